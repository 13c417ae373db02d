// Accessibility audit with axe-core (WCAG 2 A and AA rules): the lesson
// list, a lesson page with its diagram drawn, the playground (the editor
// with diagnostics and lint marks), and the free playground (#/play) with a
// link notice and the shortcuts dialog. Serious and critical violations fail.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.js';
import { LessonListPage, LessonPage } from './pages/lesson-page.js';
import { DiagramPanel } from './pages/diagram-panel.js';
import { byId, index, lessonHash } from './lessons-data.js';

async function audit(page, what) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`);
  expect(report, `axe on ${what}`).toEqual([]);
}

test('the lesson list has no serious or critical axe violations', async ({ page }) => {
  const list = new LessonListPage(page);
  await list.goto();
  await expect(list.lessonLinks.first()).toBeVisible();
  await audit(page, 'the lesson list (first visit, background prompt shown)');
  await page.getByTestId('background-python').first().click();
  await audit(page, 'the lesson list');
});

test('a lesson page with its diagram has no serious or critical axe violations', async ({ page }) => {
  const lesson = byId[index[0].id];
  const lessonPage = new LessonPage(page);
  const diagram = new DiagramPanel(page);
  await lessonPage.goto(lessonHash(lesson.id));
  await expect(lessonPage.lessonTitle).toHaveText(lesson.title);
  await audit(page, 'a lesson page before the prediction');
  const [error] = lesson.starter.verdict.errors;
  await lessonPage.predict(1, { code: error.code, line: error.line });
  await expect(lessonPage.feedback(1)).toHaveAttribute('data-state', 'passed');
  await expect(diagram.svg).toBeVisible();
  await lessonPage.showHint();
  await lessonPage.revealSolution();
  await audit(page, 'a lesson page with the diagram, a hint and the solution');
});

test('the playground (editor, diagnostics, lint marks, diagram) has no serious or critical axe violations', async ({ playground, page }) => {
  await playground.replaceCode('fn main() {\n    let s = String::from("hi");\n    let t = s;\n    println!("{s} {t}");\n}\n');
  await expect(playground.status).toHaveText('1 error');
  await expect(playground.diagnostics).toHaveCount(1);
  await expect(new DiagramPanel(page).svg).toBeVisible();
  await audit(page, 'the playground with an error');
});

test('the free playground (#/play) with its diagram and changed items has no serious or critical axe violations', async ({ freePlay, page }) => {
  await freePlay.goto();
  await freePlay.openExample('borrow-conflict');
  await expect(freePlay.status).toHaveText('1 error');
  await freePlay.diagram.slideTo(2);
  await expect(freePlay.diagram.changedItems.first()).toBeVisible();
  await audit(page, 'the free playground with an error and changed items');
});

test('a link notice and the shortcuts dialog have no serious or critical axe violations', async ({ freePlay, page }) => {
  await freePlay.goto('#/play?v=1&code=damaged');
  await expect(freePlay.linkNotice).toBeVisible();
  await expect(freePlay.status).toHaveText('1 error');
  await audit(page, 'the free playground with a link notice');
  await freePlay.shortcutsButton.click();
  await expect(freePlay.shortcutsDialog).toBeVisible();
  await audit(page, 'the shortcuts dialog');
});

// Issue 12: the same audit on a phone and on a large screen, including the
// course-end page, a lesson with answered tasks and a recall answer kept.
for (const viewport of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the list, a lesson (before and after its prediction) and the course end have no serious or critical axe violations', async ({ page }) => {
      const size = `${viewport.width}×${viewport.height}`;
      const list = new LessonListPage(page);
      await list.goto();
      await expect(list.lessonLinks.first()).toBeVisible();
      await page.getByTestId('background-go').first().click();
      await audit(page, `the lesson list at ${size}`);

      const lesson = byId[index[0].id];
      const lessonPage = new LessonPage(page);
      await lessonPage.goto(lessonHash(lesson.id));
      await expect(lessonPage.lessonTitle).toHaveText(lesson.title);
      await expect(lessonPage.bridge).toBeVisible();
      await audit(page, `a lesson before its prediction at ${size}`);
      const [error] = lesson.starter.verdict.errors;
      await lessonPage.predict(1, { code: error.code, line: error.line });
      await expect(new DiagramPanel(page).svg).toBeVisible();
      await lessonPage.check(2);
      await expect(lessonPage.feedback(2)).toHaveAttribute('data-state', 'failed');
      await lessonPage.predict(3, 'compiles');
      await lessonPage.answerRecallInWords(2, 'a copy of the bytes', false);
      await lessonPage.showHint();
      await audit(page, `a lesson with answers, the diagram and a hint at ${size}`);

      await page.goto('./#/end');
      await expect(page.getByTestId('end-title')).toBeVisible();
      await audit(page, `the course end at ${size}`);
      await list.goto();
      await expect(page.getByTestId('review-item')).toHaveCount(1);
      await audit(page, `the lesson list with a review item at ${size}`);
    });
  });
}
