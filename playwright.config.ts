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
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
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
