// Playwright runs the e2e tests against the BUILT bundle (npm run build:wasm
// && npm run build:web first), served by vite preview, in Debian's chromium.
// Never download a browser: executablePath points at /usr/bin/chromium.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './chromium.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
// BM_E2E_PORT: another port than `npm run serve`'s 4173, for a machine where
// several checkouts run their tests at once (a server already on the port
// would otherwise be reused, serving another checkout's build).
const port = Number(process.env.BM_E2E_PORT) || 4173;
const origin = `http://127.0.0.1:${port}/`;

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
    baseURL: origin,
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: port === 4173 ? 'npm run serve' : `npx vite preview --config web/vite.config.js --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: repoRoot,
    url: origin,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
