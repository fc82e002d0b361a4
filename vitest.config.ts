import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Budgets against a hung test, not speed limits: a loaded machine takes longer, never wrongly.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
