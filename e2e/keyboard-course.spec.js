// Issue 12, "done when: a learner completes all 16 lessons by keyboard only".
// No click, no focus() from the test: Tab, Shift-free, Enter, Space, the arrow
// keys and typing. Predictions come from the verdicts the lessons declare;
// lesson 1 is fixed by moving a line with Alt+↑ in the editor, lesson 16 by
// "Put the solution in the editor", the rest by selecting all and typing the
// solution. Focus never falls to <body> after a button was used. At the end
// the course-end page summarises the course.
import { test, expect } from './fixtures.js';
import { LessonPage, LessonListPage } from './pages/lesson-page.js';
import { KeyboardLearner } from './pages/keyboard.js';
import { byId, index } from './lessons-data.js';

const ALL = index.map((e) => byId[e.id]);

function answerFor(lesson, task) {
  const verdict = task.code === undefined ? lesson.starter.verdict : task.verdict;
  if (verdict.compiles) return 'compiles';
  const [first] = verdict.errors;
  return { code: first.code, line: first.line };
}

test('a learner completes all 16 lessons by keyboard only and reaches the course summary', async ({ page }) => {
  test.setTimeout(600_000);
  const list = new LessonListPage(page);
  const lessonPage = new LessonPage(page);
  const kb = new KeyboardLearner(page);

  await list.goto();
  await expect(list.lessonLinks).toHaveCount(ALL.length);
  // First visit: pick a background with the keyboard.
  await kb.activate(page.getByTestId('background-ruby'));
  await kb.activate(page.getByTestId('continue'));

  for (const [k, lesson] of ALL.entries()) {
    await test.step(`lesson ${k + 1}: ${lesson.title}`, async () => {
      await expect(lessonPage.lessonTitle).toHaveText(lesson.title);
      await expect(page.getByTestId('bridge')).toContainText('Coming from Ruby');
      let solved = false;
      for (const [i, task] of lesson.tasks.entries()) {
        const n = i + 1;
        const item = lessonPage.task(n);
        if (task.kind === 'predict') {
          const answer = answerFor(lesson, task);
          if (answer === 'compiles') await kb.chooseRadio(item.getByTestId('predict-compiles'), 0);
          else {
            await kb.chooseRadio(item.getByTestId('predict-compiles'), 1);
            await kb.selectByArrows(item.getByTestId('predict-error-code'), answer.code);
            await kb.tabTo(item.getByTestId('predict-line'));
            await page.keyboard.type(String(answer.line));
          }
          await kb.activate(item.getByTestId('task-check'));
          await expect(lessonPage.feedback(n)).toHaveAttribute('data-state', 'passed');
          await kb.expectFocusKept(`lesson ${k + 1}, predict task ${n}`);
        } else if (task.kind === 'fix' || task.kind === 'compile') {
          if (!solved) {
            await enterFix(k, lesson);
            await expect(lessonPage.status).toHaveText('No errors');
            solved = true;
          }
          await kb.activate(item.getByTestId('task-check'));
          await expect(lessonPage.feedback(n)).toHaveAttribute('data-state', 'passed');
          await kb.expectFocusKept(`lesson ${k + 1}, task ${n}`);
        } else throw new Error(`lesson ${lesson.id}: a ${task.kind} task; teach this test to answer it`);
        await expect(item).toHaveAttribute('data-state', 'passed');
      }
      await expect(lessonPage.lessonComplete).toBeVisible();

      for (const [i, q] of lesson.recall.entries()) {
        const question = lessonPage.recallQuestion(i + 1);
        if (Array.isArray(q.choices)) {
          await kb.chooseRadio(question.getByTestId('recall-choice').first(), q.answer);
          await kb.activate(question.getByTestId('task-check'));
        } else {
          await kb.tabTo(question.getByTestId('recall-answer'));
          await page.keyboard.type('In my own words: who owns it, and where the borrow ends.');
          await kb.activate(question.getByTestId('task-check'));
          await kb.activate(question.getByTestId('self-grade-yes'));
        }
        await expect(question).toHaveAttribute('data-state', 'passed');
        await kb.expectFocusKept(`lesson ${k + 1}, recall question ${i + 1}`);
      }
      await kb.activate(lessonPage.nextLink);
    });
  }

  // The course-end page.
  const title = page.getByTestId('end-title');
  await expect(title).toHaveText('You finished spiral 1');
  await expect(title).toBeFocused();
  await expect(page.getByTestId('end-lesson')).toHaveCount(ALL.length);
  await expect(page.locator('[data-testid="end-lesson"][data-status="done"]')).toHaveCount(ALL.length);
  await expect(page.getByTestId('end-missed')).toContainText('None: every prediction you made was right.');
  await expect(page.getByTestId('end-next')).toContainText('The playground');
  await expect(page.getByTestId('end-spiral-2')).toContainText('Rc<T>');
  await page.getByTestId('end-missed').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/artifacts/course-end.png', fullPage: true });

  // Back on the list, everything is done.
  await page.goto('./#/');
  await expect(list.progressSummary).toContainText(`${ALL.length} of ${ALL.length} lessons completed.`);

  /** Make lesson k's code the fixed version, by keyboard. */
  async function enterFix(k, lesson) {
    if (k === 0) {
      // Lesson 1: move `println!("a = {a}");` (line 9) above the move (line 7).
      await kb.tabTo(lessonPage.editorContent);
      // From the end (line 11, empty) up two lines; the lines above wrap in a
      // narrow editor, so arrows from the top would count screen lines.
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Alt+ArrowUp');
      await page.keyboard.press('Alt+ArrowUp');
      await expect(lessonPage.editorLine(7)).toHaveText('    println!("a = {a}");');
      return;
    }
    if (k === ALL.length - 1) {
      // The last lesson: "Stuck?" → reveal the solution → put it in the editor.
      await kb.activate(page.getByTestId('reveal-solution'));
      await kb.activate(page.getByTestId('use-solution'));
      await expect(page.getByRole('status').filter({ hasText: 'The solution is in the editor' })).toBeVisible();
      return;
    }
    await kb.tabTo(lessonPage.editorContent);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(lesson.solution.code);
  }
});
