// Test fixtures: `playground` (a PlaygroundPage on the first lesson),
// `lessonList`, `lessonPage` and `freePlay` (the #/play page; these three not
// navigated yet) and `consoleProblems`, which
// records console errors, CSP violations and uncaught page errors during a
// test; every test asserts it is empty at the end (see the auto fixture).
import { test as base, expect } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.js';
import { LessonPage, LessonListPage } from './pages/lesson-page.js';
import { FreePlayPage } from './pages/free-play-page.js';

export const test = base.extend({
  // A RegExp for console errors a test provokes on purpose (test.use it);
  // CSP violations and uncaught page errors are never allowed.
  allowedConsoleError: [null, { option: true }],
  consoleProblems: [
    async ({ page, allowedConsoleError }, use) => {
      const problems = [];
      page.on('console', (msg) => {
        const text = msg.text();
        const csp = /Content.Security.Policy|CSP violation/i.test(text);
        if (!csp && allowedConsoleError?.test(text)) return;
        if (msg.type() === 'error' || csp) problems.push(`console.${msg.type()}: ${text}`);
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
  lessonList: async ({ page }, use) => {
    await use(new LessonListPage(page));
  },
  lessonPage: async ({ page }, use) => {
    await use(new LessonPage(page));
  },
  freePlay: async ({ page }, use) => {
    await use(new FreePlayPage(page));
  },
  playground: async ({ page }, use) => {
    const playground = new PlaygroundPage(page);
    await playground.goto();
    await use(playground);
  },
});

export { expect };
