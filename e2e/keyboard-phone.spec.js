// Issue 12: keyboard and screen-reader fixes, and the phone layout.
//   - "Skip to content" moves focus and keeps the route.
//   - Focus never falls to <body> when a button hides or disables itself
//     (a prediction's check, the diagram's step buttons at either end), and
//     the diagram's arrow keys keep working from the panel.
//   - At 390×844 nothing scrolls sideways (scrollWidth), the header fits
//     360 px, and the editor comes right after the lesson text, the tasks
//     right after the editor.
import { test, expect } from './fixtures.js';
import { DiagramPanel } from './pages/diagram-panel.js';
import { KeyboardLearner } from './pages/keyboard.js';
import { byId, index, lessonHash } from './lessons-data.js';

const LESSON = byId['s1-01-who-owns-this-memory'];
const ERR = LESSON.starter.verdict.errors[0];

test('"Skip to content" moves focus to the page heading and keeps the route', async ({ lessonPage, page }) => {
  for (const [hash, heading] of [
    [lessonHash(LESSON.id), 'lesson-title'],
    ['#/', 'list-title'],
    ['#/end', 'end-title'],
  ]) {
    await page.goto(`./${hash}`);
    await page.reload(); // a fresh page: Tab starts at the top
    await expect(page.getByTestId(heading)).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(heading)).toBeFocused();
    expect(new URL(page.url()).hash || '#/').toBe(hash);
    await expect(page.getByTestId('route-notice')).toHaveCount(0);
    await expect(page.getByText('There is no page')).toHaveCount(0);
  }
  await expect(lessonPage.lessonTitle).toHaveCount(0); // the end page is shown, nothing else
});

test('after "Check my prediction" focus is on the verdict, not on <body>', async ({ lessonPage, page }) => {
  const kb = new KeyboardLearner(page);
  await lessonPage.goto(lessonHash(LESSON.id));
  const task = lessonPage.task(1);
  await task.getByTestId('predict-fails').check();
  await task.getByTestId('predict-error-code').selectOption(ERR.code);
  await task.getByTestId('predict-line').fill(String(ERR.line));
  await task.getByTestId('task-check').focus();
  await page.keyboard.press('Enter');
  await expect(lessonPage.feedback(1)).toHaveAttribute('data-state', 'passed');
  await expect(task.getByTestId('task-check')).toBeHidden();
  await expect(lessonPage.feedback(1)).toBeFocused();
  await kb.expectFocusKept('Check my prediction');
});

test('the diagram says how to step, keeps focus at its first and last step, and the arrow keys keep working', async ({ lessonPage, page }) => {
  const diagram = new DiagramPanel(page);
  await lessonPage.goto(lessonHash(LESSON.id));
  await page.getByTestId('show-verdict').click();
  await expect(diagram.svg).toBeVisible();
  await expect(page.getByTestId('diagram-keys')).toContainText('← and →');
  await expect(diagram.root).toHaveAttribute('aria-label', /arrow keys/);
  // Step to the last step with the "next" button, by keyboard.
  await diagram.firstButton.focus();
  await page.keyboard.press('Enter');
  await expect(diagram.stepLabel).toHaveAttribute('data-step', '0');
  await expect(diagram.firstButton).toBeDisabled();
  await expect(diagram.root).toBeFocused(); // the button disabled itself: the panel has focus
  await page.keyboard.press('ArrowRight');
  await expect(diagram.stepLabel).toHaveAttribute('data-step', '1');
  await diagram.nextButton.focus();
  const n = Number(await diagram.slider.getAttribute('max')) + 1;
  for (let i = 1; i < n - 1; i++) await page.keyboard.press('Enter');
  await expect(diagram.stepLabel).toHaveAttribute('data-step', String(n - 1));
  await expect(diagram.nextButton).toBeDisabled();
  await expect(diagram.root).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(diagram.stepLabel).toHaveAttribute('data-step', String(n - 2));
  await page.keyboard.press('Home');
  await expect(diagram.stepLabel).toHaveAttribute('data-step', '0');
  await expect(diagram.root).toBeFocused();
});

/** The page's horizontal overflow: scrollWidth beyond the viewport, in px. */
async function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const widest = Math.max(doc.scrollWidth, document.body.scrollWidth);
    // What sticks out, to say why (code blocks scroll inside themselves: only
    // looked at when the page itself overflows).
    const culprits = widest <= doc.clientWidth ? [] : [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && el.getClientRects().length)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 60));
    return { overflow: widest - doc.clientWidth, culprits };
  });
}

test.describe('at 390×844 (a phone)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('nothing scrolls sideways: the list, a lesson before and after its prediction, and the course end', async ({ lessonPage, page }) => {
    await page.goto('./#/');
    await expect(page.getByTestId('lesson-link').first()).toBeVisible();
    expect(await sidewaysOverflow(page), 'the list, first visit').toEqual({ overflow: 0, culprits: [] });
    await page.getByTestId('background-typescript').first().click();
    expect(await sidewaysOverflow(page), 'the list').toEqual({ overflow: 0, culprits: [] });
    for (const entry of index) {
      await lessonPage.goto(lessonHash(entry.id));
      await expect(lessonPage.lessonTitle).toHaveText(entry.title);
      await expect(lessonPage.status).not.toHaveText('analyzing…');
      expect(await sidewaysOverflow(page), `lesson ${entry.id}`).toEqual({ overflow: 0, culprits: [] });
    }
    await lessonPage.goto(lessonHash(LESSON.id));
    await lessonPage.predict(1, { code: ERR.code, line: ERR.line });
    await expect(new DiagramPanel(page).svg).toBeVisible();
    await lessonPage.showHint();
    await lessonPage.revealSolution();
    expect(await sidewaysOverflow(page), 'lesson 1 with the diagram, a hint and the solution').toEqual({ overflow: 0, culprits: [] });
    await page.goto('./#/end');
    await expect(page.getByTestId('end-title')).toBeVisible();
    expect(await sidewaysOverflow(page), 'the course end').toEqual({ overflow: 0, culprits: [] });
  });

  test('the editor comes right after the lesson text, the tasks right after the editor', async ({ lessonPage, page }) => {
    await lessonPage.goto(lessonHash(LESSON.id));
    await lessonPage.chooseBackground('python');
    await expect(lessonPage.bridge).toBeVisible();
    const intro = await page.getByTestId('lesson-intro').boundingBox();
    const editor = await lessonPage.editor.boundingBox();
    const tasks = await page.getByTestId('tasks-section').boundingBox();
    const diagramBox = await page.getByTestId('diagram-panel').boundingBox();
    expect(editor.y, 'the editor is below the text').toBeGreaterThan(intro.y + intro.height);
    expect(editor.y - (intro.y + intro.height), 'and right after it (the editor heading between)').toBeLessThan(140);
    expect(tasks.y, 'the tasks come after the editor').toBeGreaterThan(editor.y + editor.height);
    expect(diagramBox.y, 'the diagram after the tasks').toBeGreaterThan(tasks.y);
    // In the DOM too, so Tab follows the same order.
    const order = await page.evaluate(() => {
      const at = (id) => document.querySelector(`[data-testid="${id}"]`);
      const before = (a, b) => Boolean(at(a).compareDocumentPosition(at(b)) & Node.DOCUMENT_POSITION_FOLLOWING);
      return [before('lesson-body', 'editor'), before('editor', 'tasks-section'), before('tasks-section', 'diagram-panel')];
    });
    expect(order).toEqual([true, true, true]);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: 'e2e/artifacts/lesson-phone-full.png', fullPage: true });
    // What the learner sees as the text ends: the bridge, then the code.
    await page.getByTestId('bridge').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 200));
    await page.screenshot({ path: 'e2e/artifacts/lesson-phone.png' });
    // Back on a wide screen the tasks return to the lesson column.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByTestId('lesson-column').getByTestId('tasks-section')).toBeVisible();
    await expect(page.getByTestId('lesson-work-slot')).toBeHidden();
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the header fits: nothing in it reaches past the right edge', async ({ page }) => {
    for (const hash of ['#/', lessonHash(LESSON.id)]) {
      await page.goto(`./${hash}`);
      await expect(page.getByTestId('home-link')).toBeVisible();
      const fit = await page.locator('.app-header').evaluate((header) => ({
        scroll: header.scrollWidth,
        client: header.clientWidth,
        right: Math.max(...[...header.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right)),
      }));
      expect(fit.scroll, `header on ${hash}`).toBeLessThanOrEqual(fit.client);
      expect(fit.right, `header on ${hash}`).toBeLessThanOrEqual(360);
      expect(await sidewaysOverflow(page), `page ${hash}`).toEqual({ overflow: 0, culprits: [] });
    }
    // The background picker keeps its label for screen readers.
    await expect(page.getByRole('combobox', { name: 'I know best' })).toBeVisible();
  });
});
