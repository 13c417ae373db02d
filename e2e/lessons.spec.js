// Lessons in the browser: the list, a lesson completed as a learner would
// (read, predict, fix, pass), progress that survives a reload, hints one at a
// time, and a damaged store that gives a notice instead of a blank page.
import { test, expect } from './fixtures.js';
import { index, byId, lessonHash } from './lessons-data.js';

// Lesson 1: the starter is rejected with E0382 on line 9 (a use after move).
const LESSON = byId['s1-01-who-owns-this-memory'];
const STARTER_ERROR = LESSON.starter.verdict.errors[0];
const WITHOUT_LINE_9 = LESSON.starter.code.replace('    println!("a = {a}");\n', '');

test('the list groups every lesson by spiral and module and links to each', async ({ lessonList, page }) => {
  await lessonList.goto();
  await expect(lessonList.lessonLinks).toHaveCount(index.length);
  const modules = new Set(index.map((e) => `${e.placement.spiral}/${e.placement.module}`));
  await expect(lessonList.modules).toHaveCount(modules.size);
  await expect(lessonList.progressSummary).toContainText(`0 of ${index.length} lessons completed`);
  await expect(lessonList.lessonLink(index[1].id)).toHaveText(new RegExp(index[1].title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await lessonList.openLesson(index[1].id);
  await expect(page).toHaveURL(new RegExp(`#/lesson/${index[1].id}$`));
  await expect(page.getByTestId('lesson-title')).toHaveText(index[1].title);
});

test('a learner completes lesson 1: read, predict, fix, pass; it all survives a reload', async ({ lessonList, lessonPage, page }) => {
  await lessonList.goto();
  await lessonList.openLesson(LESSON.id);

  // Read: the text, and the bridge for the language picked once.
  await expect(lessonPage.lessonTitle).toHaveText(LESSON.title);
  await expect(lessonPage.lessonBody).toContainText('exactly one owner');
  await lessonPage.chooseBackground('python');
  await expect(lessonPage.bridge).toContainText('Coming from Python');
  await expect(lessonPage.bridge).toContainText('In Python');

  // Before predicting, the checker's answer is not on screen.
  await expect(lessonPage.verdictHidden).toBeVisible();
  await expect(lessonPage.page.getByTestId('diagnostics')).toBeHidden();

  // Predict: it does not compile, E0382 on line 9.
  await lessonPage.predict(1, { code: STARTER_ERROR.code, line: STARTER_ERROR.line });
  await expect(lessonPage.feedback(1)).toContainText('Right');
  await expect(lessonPage.task(1)).toHaveAttribute('data-state', 'passed');
  await expect(lessonPage.explanation(1)).toContainText('borrow of moved value');
  // ... and the diagnostics now show why.
  await expect(lessonPage.verdictHidden).toBeHidden();
  await expect(lessonPage.diagnostics.first()).toHaveAttribute('data-code', STARTER_ERROR.code);
  await expect(lessonPage.diagnostics.first()).toHaveAttribute('data-line', String(STARTER_ERROR.line));

  // Fix: checking the starter says the error is still there.
  await lessonPage.check(2);
  await expect(lessonPage.feedback(2)).toContainText(`still reports ${STARTER_ERROR.code}`);
  // Deleting the offending line is not a fix.
  await lessonPage.replaceCode(WITHOUT_LINE_9);
  await expect(lessonPage.status).toHaveText('No errors');
  await lessonPage.check(2);
  await expect(lessonPage.feedback(2)).toContainText('the task asks that `a` is still printed in `main`');
  await expect(lessonPage.task(2)).toHaveAttribute('data-state', 'failed');
  // Printing `a` before the move is.
  await lessonPage.replaceCode(LESSON.solution.code);
  await lessonPage.check(2);
  await expect(lessonPage.feedback(2)).toContainText(`Passed: ${STARTER_ERROR.code} is gone`);
  await expect(lessonPage.task(2)).toHaveAttribute('data-state', 'passed');

  // Predict about the task's own code (it compiles).
  await expect(lessonPage.task(3).getByTestId('predict-code')).toContainText('let a = 7;');
  await lessonPage.predict(3, 'compiles');
  await expect(lessonPage.feedback(3)).toContainText('Right: it compiles');
  await expect(lessonPage.explanation(3)).toContainText('no errors');
  await expect(lessonPage.lessonComplete).toBeVisible();

  // Reload: progress, the learner's code and the background are still there.
  await page.reload();
  await expect(lessonPage.lessonComplete).toBeVisible();
  await expect(lessonPage.task(2)).toHaveAttribute('data-state', 'passed');
  await expect(lessonPage.bridge).toContainText('Coming from Python');
  await expect(lessonPage.editorContent).toContainText('use a while it still owns the buffer');
  await expect(lessonPage.status).toHaveText('No errors');
  await expect(lessonPage.verdictHidden).toBeHidden();

  // The list marks it done and the journal lists it for today.
  await page.getByTestId('back-to-list').click();
  await expect(lessonList.lessonLink(LESSON.id)).toHaveAttribute('data-status', 'done');
  await expect(lessonList.progressSummary).toContainText(`1 of ${index.length} lessons completed`);
  await expect(lessonList.journalField('topics')).toHaveValue(LESSON.title);
  await lessonList.journalField('insights').fill('a move hands over the heap buffer');
  await lessonList.journalField('insights').blur();
  await page.reload();
  await expect(lessonList.journalField('insights')).toHaveValue('a move hands over the heap buffer');
});

test('a wrong prediction is answered with what the checker says, and counts as answered', async ({ lessonPage }) => {
  await lessonPage.goto(lessonHash(LESSON.id));
  await lessonPage.predict(1, { code: 'E0499', line: 7 });
  await expect(lessonPage.feedback(1)).toContainText('the error is not E0499');
  await expect(lessonPage.feedback(1)).toContainText(`${STARTER_ERROR.code} on line ${STARTER_ERROR.line}`);
  await expect(lessonPage.task(1)).toHaveAttribute('data-state', 'answered');
  await expect(lessonPage.task(1).getByTestId('task-check')).toBeHidden();
});

test('hints are revealed one at a time', async ({ lessonPage }) => {
  await lessonPage.goto(lessonHash(LESSON.id));
  const n = LESSON.hints.length;
  await expect(lessonPage.hints).toHaveCount(0);
  await expect(lessonPage.hintButton).toHaveText(`Show a hint (1 of ${n})`);
  for (let i = 1; i <= n; i++) {
    await lessonPage.showHint();
    await expect(lessonPage.hints).toHaveCount(i);
  }
  await expect(lessonPage.hints.last()).toContainText('Move');
  await expect(lessonPage.hintButton).toBeDisabled();
  await expect(lessonPage.hintButton).toHaveText('No more hints');
});

test('recall: a multiple-choice answer is checked; a short answer shows the model answer, then self-grades', async ({ lessonPage, page }) => {
  await lessonPage.goto(lessonHash(LESSON.id));
  // The questions talk about the verdicts: they open once every prediction is answered.
  await expect(page.getByTestId('recall-locked')).toBeVisible();
  await expect(page.getByTestId('recall-question').first()).toBeHidden();
  await lessonPage.predict(1, { code: STARTER_ERROR.code, line: STARTER_ERROR.line });
  await lessonPage.predict(3, 'compiles');
  await expect(page.getByTestId('recall-locked')).toBeHidden();
  const [choice, short] = [page.getByTestId('recall-question').nth(0), page.getByTestId('recall-question').nth(1)];
  await choice.getByTestId('recall-choice').nth(LESSON.recall[0].answer).check();
  await choice.getByTestId('task-check').click();
  await expect(choice.getByTestId('task-feedback')).toHaveText('Right.');
  await expect(choice.getByTestId('task-explanation')).toContainText('transfers ownership');

  await short.getByTestId('task-check').click();
  await expect(short.getByTestId('task-feedback')).toContainText('Write your answer first');
  await short.getByTestId('recall-answer').fill('i32 is Copy, so the bytes are copied');
  await short.getByTestId('task-check').click();
  await expect(short.getByTestId('task-explanation')).toContainText('Model answer');
  await short.getByTestId('self-grade-yes').click();
  await expect(short).toHaveAttribute('data-state', 'passed');
});

test('reset code, reveal the solution, previous and next', async ({ lessonPage, page }) => {
  await lessonPage.goto(lessonHash(LESSON.id));
  await lessonPage.replaceCode('fn main() {}\n');
  await expect(lessonPage.editorLine(1)).toHaveText('fn main() {}');
  await lessonPage.resetCode();
  await expect(lessonPage.editorLine(1)).toHaveText(LESSON.starter.code.split('\n')[0]);
  await expect(lessonPage.editorLine(9)).toHaveText('    println!("a = {a}");');

  await expect(lessonPage.solution).toBeHidden();
  await lessonPage.revealSolution();
  await expect(lessonPage.solution).toContainText('use a while it still owns the buffer');
  await page.getByTestId('use-solution').click();
  await expect(lessonPage.status).toHaveText('No errors');

  await expect(lessonPage.prevLink).toHaveCount(0);
  await lessonPage.nextLink.click();
  await expect(lessonPage.lessonTitle).toHaveText(index[1].title);
  await expect(lessonPage.editorLine(1)).toHaveText(byId[index[1].id].starter.code.split('\n')[0]);
  await lessonPage.prevLink.click();
  await expect(lessonPage.lessonTitle).toHaveText(LESSON.title);
  // The solution put in the editor was kept for lesson 1.
  await expect(lessonPage.editorContent).toContainText('use a while it still owns the buffer');
});

test('an unknown lesson id lands on the list with a notice', async ({ lessonList }) => {
  await lessonList.page.goto('./#/lesson/s9-99-nothing');
  await expect(lessonList.routeNotice).toContainText('There is no lesson “s9-99-nothing”');
  await expect(lessonList.lessonLinks).toHaveCount(index.length);
});

for (const [what, value] of [
  ['a corrupt', '{"version":1,"lessons":'],
  ['an outdated', JSON.stringify({ version: 0, progress: [] })],
]) {
  test(`${what} localStorage value gives a notice and a working page, not a blank one`, async ({ lessonList, lessonPage, page }) => {
    await lessonList.goto();
    await page.evaluate((v) => localStorage.setItem('borrowmap.v1', v), value);
    await page.reload();
    await expect(lessonList.storeNotice).toBeVisible();
    await expect(lessonList.storeNotice).toContainText('has been reset');
    await expect(lessonList.lessonLinks).toHaveCount(index.length);
    // The page works: open a lesson, and the notice does not come back.
    await lessonList.openLesson(LESSON.id);
    await expect(lessonPage.editorLine(1)).toHaveText(LESSON.starter.code.split('\n')[0]);
    await page.getByTestId('store-notice-dismiss').click();
    await expect(lessonList.storeNotice).toBeHidden();
    await page.reload();
    await expect(lessonPage.lessonTitle).toHaveText(LESSON.title);
    await expect(lessonList.storeNotice).toBeHidden();
  });
}

test('screenshots of the lesson list and of a lesson page with its tasks', async ({ lessonList, lessonPage, page }) => {
  await lessonPage.goto(lessonHash(LESSON.id));
  await lessonPage.chooseBackground('python');
  await lessonPage.predict(1, { code: STARTER_ERROR.code, line: STARTER_ERROR.line });
  await expect(lessonPage.diagnostics.first()).toHaveAttribute('data-code', STARTER_ERROR.code);
  // Scroll the lesson column (not the page) to the tasks.
  await page.getByTestId('tasks-section').evaluate((el) => {
    el.closest('[data-testid="lesson-column"]').scrollTop = el.offsetTop - 16;
  });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'e2e/artifacts/lesson.png' });

  // Two lessons done, one started, for a list that shows all three marks.
  await page.evaluate(
    ([a, b, c]) => {
      const data = JSON.parse(localStorage.getItem('borrowmap.v2'));
      data.lessons[a] = { ...data.lessons[a], done: true };
      data.lessons[b] = { tasks: { 0: true }, answers: {}, done: true };
      data.lessons[c] = { tasks: { 0: false }, answers: {} };
      localStorage.setItem('borrowmap.v2', JSON.stringify(data));
    },
    [index[0].id, index[1].id, index[2].id],
  );
  await lessonList.goto();
  await page.reload();
  await expect(lessonList.lessonLink(index[2].id)).toHaveAttribute('data-status', 'started');
  await page.screenshot({ path: 'e2e/artifacts/lessons.png' });
});
