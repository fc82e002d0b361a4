import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/chromium.js';

const executablePath = chromiumPath();
if (!executablePath && !existsSync(chromium.executablePath())) {
  throw new Error(
    'Aucun Chromium pour les tests de bout en bout. Sous Debian/Ubuntu : « sudo apt-get install -y chromium » ; ailleurs : « npx playwright install chromium » (accès Internet requis), ou CHROMIUM_PATH=/chemin/vers/chromium.',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Budgets against a hung test, not speed limits: far above what two busy cores need. Speed is
  // measured by `npm run bench`; a test waits for its condition, however long a loaded machine takes.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: true,
  workers: 2,
  // Never retried: a test that passes only on its second try is a bug to fix, not to hide.
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'fr-FR',
    viewport: { width: 1280, height: 720 },
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
