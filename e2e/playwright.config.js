// Playwright runs the e2e tests against the BUILT bundle (npm run build:wasm
// && npm run build:web first), served by vite preview, in Debian's chromium.
// Never download a browser: executablePath points at /usr/bin/chromium.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './chromium.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
// The port of the preview server: 4173, or BM_E2E_PORT (so that two
// checkouts can run their suites at once without testing each other's bundle).
const port = Number(process.env.BM_E2E_PORT) || 4173;
const base = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.js',
  outputDir: 'artifacts/test-output',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { outputFolder: 'artifacts/report', open: 'never' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    baseURL: base,
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --config web/vite.config.js --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: repoRoot,
    url: base,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
