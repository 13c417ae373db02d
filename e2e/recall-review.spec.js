// Issue 12: recall answers and self-grades survive a reload; a "not yet"
// goes to the review list and to the journal's struggles, and can be
// answered again; yesterday's store (version 1) is migrated, progress kept;
// the course-end page lists the predictions that went wrong.
import { test, expect } from './fixtures.js';
import { LessonListPage } from './pages/lesson-page.js';
import { byId, index, lessonHash } from './lessons-data.js';

const LESSON = byId['s1-01-who-owns-this-memory'];
const [CHOICE, WORDS] = LESSON.recall; // a multiple-choice question, then one in words
const ERR = LESSON.starter.verdict.errors[0];

async function answerPredictions(lessonPage) {
  await lessonPage.predict(1, { code: ERR.code, line: ERR.line });
  await lessonPage.predict(3, 'compiles');
}

test('recall answers and self-grades survive a reload; "not yet" feeds the review list and the journal', async ({ lessonPage, page }) => {
  expect(Array.isArray(CHOICE.choices) && !Array.isArray(WORDS.choices), 'lesson 1 has a choice question, then one in words').toBe(true);
  await lessonPage.goto(lessonHash(LESSON.id));
  await answerPredictions(lessonPage);
  const wrong = (CHOICE.answer + 1) % CHOICE.choices.length;
  await lessonPage.answerRecallChoice(1, wrong);
  await expect(lessonPage.recallQuestion(1).getByTestId('task-feedback')).toHaveText('Not quite.');
  await lessonPage.answerRecallInWords(2, 'The bytes of an i32 are copied; a String would move.', false);
  await expect(lessonPage.recallQuestion(2).getByTestId('task-feedback')).toContainText('on your review list');

  await page.reload();
  const [q1, q2] = [lessonPage.recallQuestion(1), lessonPage.recallQuestion(2)];
  await expect(q1).toHaveAttribute('data-state', 'answered');
  await expect(q1.getByTestId('recall-choice').nth(wrong)).toBeChecked();
  await expect(q1.getByTestId('task-explanation')).toContainText('The answer:');
  await expect(q2).toHaveAttribute('data-state', 'answered');
  await expect(q2.getByTestId('recall-your-answer')).toContainText('The bytes of an i32 are copied; a String would move.');
  await expect(q2.getByTestId('task-explanation')).toContainText('Model answer');

  // The list: both on the review list, the one in words in today's struggles.
  const list = new LessonListPage(page);
  await page.getByTestId('back-to-list').click();
  await expect(page.getByTestId('review-item')).toHaveCount(2);
  await expect(page.getByTestId('review')).toContainText(LESSON.title);
  await expect(list.journalField('struggles')).toHaveValue(new RegExp(`${LESSON.title.replace(/[?]/g, '\\?')}: `));

  // Answer again, right this time: it leaves the review list.
  await page.getByTestId('review-item').first().getByRole('link').click();
  await q1.getByTestId('recall-again').click();
  await expect(q1.getByTestId('recall-choice').first()).toBeFocused();
  await lessonPage.answerRecallChoice(1, CHOICE.answer);
  await expect(q1).toHaveAttribute('data-state', 'passed');
  await page.reload();
  await expect(q1).toHaveAttribute('data-state', 'passed');
  await page.getByTestId('back-to-list').click();
  await expect(page.getByTestId('review-item')).toHaveCount(1);
});

test("yesterday's store (version 1) is migrated: progress, code and journal kept", async ({ lessonList, lessonPage, page }) => {
  await lessonList.goto();
  const v1 = {
    version: 1,
    background: 'c',
    lessons: { [LESSON.id]: { code: LESSON.solution.code, done: true, tasks: { 0: true, 1: true, 2: false } } },
    journal: [{ date: '2026-01-02', topics: LESSON.title, struggles: 'moves', insights: '' }],
  };
  await page.evaluate((v) => {
    localStorage.clear();
    localStorage.setItem('borrowmap.v1', JSON.stringify(v));
  }, v1);
  await page.reload();
  await expect(lessonList.storeNotice).toBeHidden();
  await expect(lessonList.lessonLink(LESSON.id)).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('background-select')).toHaveValue('c');
  await expect(page.getByTestId('journal-entry')).toContainText('moves');
  const stored = await page.evaluate(() => [localStorage.getItem('borrowmap.v1'), JSON.parse(localStorage.getItem('borrowmap.v2'))]);
  expect(stored[0]).toBeNull();
  expect(stored[1].version).toBe(2);
  expect(stored[1].lessons[LESSON.id].answers).toEqual({});
  await lessonList.openLesson(LESSON.id);
  await expect(lessonPage.editorContent).toContainText('use a while it still owns the buffer');
  await expect(lessonPage.task(3)).toHaveAttribute('data-state', 'answered');
});

test('the course-end page lists the predictions that went wrong and the questions to look at again', async ({ lessonPage, page }) => {
  await lessonPage.goto(lessonHash(LESSON.id));
  // A wrong prediction about the starter, and a "not yet".
  await lessonPage.predict(1, 'compiles');
  await lessonPage.predict(3, 'compiles');
  await lessonPage.answerRecallInWords(2, 'not sure', false);
  await page.goto('./#/end');
  await expect(page.getByTestId('end-title')).toHaveText('Course summary');
  await expect(page.getByTestId('end-summary')).toContainText(`0 of ${index.length} lessons done`);
  await expect(page.getByTestId('end-missed-item')).toHaveCount(1);
  await expect(page.getByTestId('end-missed-item')).toContainText(`Lesson 1: ${LESSON.title}, task 1 (the starter code)`);
  await expect(page.getByTestId('end-review-item')).toHaveCount(1);
  await expect(page.getByTestId('end-playground')).toHaveAttribute('href', '#/play');
  await page.screenshot({ path: 'e2e/artifacts/course-end-review.png', fullPage: true });
});
