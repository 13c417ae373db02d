// Issue 12: fix tasks graded by what the code does. On lessons 1, 10, 12
// and 13 an equivalent fix passes and a fix that breaks the task's own rule
// fails (the programs of lessons/test/fix-cases.js, which the lesson tests
// also check with rustc); lesson 2's `shout(&greeting)` does not pass;
// lesson 4's first fix task passes once its sibling's error is fixed too;
// nothing on the page names the answer before the prediction.
import { test, expect } from './fixtures.js';
import { byId, lessonHash } from './lessons-data.js';
import { FIX_CASES } from '../lessons/test/fix-cases.js';

/** Open `lesson`, answer its starter prediction with the declared verdict (so its tasks open). */
async function openAndPredict(lessonPage, lesson) {
  await lessonPage.goto(lessonHash(lesson.id));
  await expect(lessonPage.lessonTitle).toHaveText(lesson.title);
  const v = lesson.starter.verdict;
  await lessonPage.predict(1, v.compiles ? 'compiles' : { code: v.errors[0].code, line: v.errors[0].line });
  await expect(lessonPage.feedback(1)).toHaveAttribute('data-state', 'passed');
}

// Every case the checker can judge today: lessons 1, 10, 12 and 13 (the
// programs of the issue), and any an author adds.
const JUDGED = FIX_CASES.filter((x) => !x.needs);
test('the issue\'s lessons have an equivalent fix and a rule-breaking fix each', () => {
  for (const id of ['s1-01-who-owns-this-memory', 's1-10-longest', 's1-12-option-and-match', 's1-13-result-and-question-mark']) {
    expect(JUDGED.some((c) => c.lesson === id && c.passes), `${id}: an equivalent fix`).toBe(true);
    expect(JUDGED.some((c) => c.lesson === id && !c.passes), `${id}: a rule-breaking fix`).toBe(true);
  }
});

for (const c of JUDGED) {
  const lesson = byId[c.lesson];
  test(`${lesson.title} (task ${c.task + 1}): ${c.name} ${c.passes ? 'passes' : 'fails'}`, async ({ lessonPage }) => {
    await openAndPredict(lessonPage, lesson);
    await lessonPage.replaceCode(c.code);
    await expect(lessonPage.status).toHaveText('No errors'); // both kinds compile: only the rule tells them apart
    await lessonPage.check(c.task + 1);
    const task = lessonPage.task(c.task + 1);
    if (c.passes) {
      await expect(lessonPage.feedback(c.task + 1)).toContainText('Passed:');
      await expect(task).toHaveAttribute('data-state', 'passed');
    } else {
      await expect(lessonPage.feedback(c.task + 1)).toContainText('the task asks that');
      await expect(task).toHaveAttribute('data-state', 'failed');
      // The broken rule is marked in the task's list of rules.
      for (const i of c.broken) await expect(task.getByTestId('task-rule').nth(i)).toHaveClass(/is-broken/);
      await expect(task.locator('.is-broken')).toHaveCount(c.broken.length);
    }
  });
}

test("lesson 2: `shout(&greeting)` does not pass (rustc: E0308, shout takes a String)", async ({ lessonPage, page }) => {
  const c = FIX_CASES.find((x) => x.lesson === 's1-02-moves-into-functions' && x.needs === 'E0308');
  const lesson = byId[c.lesson];
  await openAndPredict(lessonPage, lesson);
  await lessonPage.replaceCode(c.code);
  await expect(lessonPage.status).not.toHaveText('analyzing…');
  // the type checker reports it live, with rustc's code
  await expect(page.getByTestId('diagnostic').first()).toHaveAttribute('data-code', 'E0308');
  await lessonPage.check(c.task + 1);
  await expect(lessonPage.task(c.task + 1)).not.toHaveAttribute('data-state', 'passed');
  await expect(lessonPage.feedback(c.task + 1)).toContainText('E0308');
});

test('lesson 4: a fixed task passes once its sibling clears the other error, without another click', async ({ lessonPage }) => {
  const lesson = byId['s1-04-mutable-borrows'];
  await openAndPredict(lessonPage, lesson);
  // Fix the first error only: task 2 (E0384) says the other error is task 3's.
  await lessonPage.replaceCode(lesson.starter.code.replace('let count = 0;', 'let mut count = 0;'));
  await expect(lessonPage.status).toHaveText('1 error');
  await lessonPage.check(2);
  await expect(lessonPage.feedback(2)).toContainText('E0384 is gone, but the checker still reports another error (E0596 on line 9). Task 3 is about E0596');
  await expect(lessonPage.task(2)).toHaveAttribute('data-state', 'failed');
  // Fix the second: task 2 re-grades by itself.
  await lessonPage.replaceCode(lesson.solution.code);
  await expect(lessonPage.task(2)).toHaveAttribute('data-state', 'passed');
  await expect(lessonPage.feedback(2)).toContainText('Passed: E0384 is gone');
  await lessonPage.check(3);
  await expect(lessonPage.task(3)).toHaveAttribute('data-state', 'passed');
});

test('before the prediction nothing names the answer; the fix task opens after it', async ({ lessonPage, page }) => {
  const lesson = byId['s1-08-lifetimes-are-regions'];
  await lessonPage.goto(lessonHash(lesson.id));
  await expect(lessonPage.lessonTitle).toHaveText(lesson.title);
  const fix = lessonPage.task(2);
  await expect(fix.getByTestId('task-locked')).toBeVisible();
  await expect(fix).toContainText('Opens after your prediction');
  await expect(fix).not.toContainText('Fix the error');
  await expect(page.getByTestId('recall-locked')).toBeVisible();
  // No error code, no rustc message and no "run" on screen.
  const text = await page.getByTestId('lesson-view').innerText();
  expect(text).not.toMatch(/E0597|does not live long enough|run the code/i);
  await expect(page.getByTestId('diagram-note-box')).toBeHidden();
  // After the prediction: the task, its rules and the diagram note.
  await lessonPage.predict(1, { code: 'E0597', line: 5 });
  await expect(fix.getByTestId('task-locked')).toBeHidden();
  await expect(fix).toContainText('Fix the error');
  await expect(fix.getByTestId('task-rule')).toHaveCount(lesson.tasks[1].constraints.length);
  await expect(fix.getByTestId('task-rule').first()).toContainText('let r');
  await expect(page.getByTestId('diagram-note-box')).toBeVisible();
});
