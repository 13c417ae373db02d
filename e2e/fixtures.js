// Test fixtures: `playground` (a PlaygroundPage) and `consoleProblems`, which
// records console errors, CSP violations and uncaught page errors during a
// test; every test asserts it is empty at the end (see the auto fixture).
import { test as base, expect } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.js';

export const test = base.extend({
  consoleProblems: [
    async ({ page }, use) => {
      const problems = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' || /Content.Security.Policy/i.test(msg.text())) {
          problems.push(`console.${msg.type()}: ${msg.text()}`);
        }
      });
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      // CSP violations are also reported as DOM events; collect those too.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  playground: async ({ page }, use) => {
    const playground = new PlaygroundPage(page);
    await playground.goto();
    await use(playground);
  },
});

export { expect };
