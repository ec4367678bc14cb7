import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, systemChromium } from './e2e/chromium';

/**
 * e2e against the built static export, served as users get it (scripts/serve.mjs on out/).
 * Uses a system Chromium when there is one (CHROMIUM_PATH, or Debian's /usr/bin/chromium);
 * otherwise Playwright's own browser, which `npx playwright install chromium` fetches where
 * the internet is reachable.
 */
const PORT = Number(process.env.E2E_PORT ?? 3107);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: systemChromium,
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://localhost:${PORT}/en/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
