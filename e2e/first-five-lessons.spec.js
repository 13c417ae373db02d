// Issue 5, "done when: a new user can complete the first five lessons in the
// browser without help". A learner's run through lessons 1–5: read the text,
// answer every task (predictions from the verdicts the lesson files declare,
// fix/compile tasks by editing the code in the editor into the lesson's
// solution, recall questions with the right choice), see each pass, follow
// "next", and find the five lessons done in the list, also after a reload.
import { test, expect } from './fixtures.js';
import { LessonPage, LessonListPage } from './pages/lesson-page.js';
import { byId, index } from './lessons-data.js';

const FIRST_FIVE = index.slice(0, 5).map((e) => byId[e.id]);

/** How a learner who got it right answers a predict task: from the declared verdict. */
function answerFor(lesson, task) {
  const verdict = task.code === undefined ? lesson.starter.verdict : task.verdict;
  if (verdict.compiles) return 'compiles';
  const [first] = verdict.errors;
  return { code: first.code, line: first.line };
}

test('a new learner completes lessons 1–5 in the browser, and the list remembers it', async ({ page }) => {
  test.setTimeout(120_000);
  const list = new LessonListPage(page);
  const lessonPage = new LessonPage(page);

  await list.goto();
  await expect(list.progressSummary).toContainText(`0 of ${index.length} lessons completed.`);
  await page.getByTestId('continue').click();

  for (const [k, lesson] of FIRST_FIVE.entries()) {
    await test.step(`lesson ${k + 1}: ${lesson.title}`, async () => {
      await expect(lessonPage.lessonTitle).toHaveText(lesson.title);
      await expect(page.getByText(`Lesson ${k + 1} of ${index.length}`)).toBeVisible();
      // The body is there to read (its first sentence, as text).
      await expect(lessonPage.lessonBody).toBeVisible();
      const firstLine = lesson.body.split('\n').find((l) => l.trim()).replace(/[*_`]/g, '').slice(0, 30);
      await expect(lessonPage.lessonBody).toContainText(firstLine);
      await expect(lessonPage.tasks).toHaveCount(lesson.tasks.length);

      let solved = false; // the editor holds the solution
      for (const [i, task] of lesson.tasks.entries()) {
        const n = i + 1;
        if (task.kind === 'predict') {
          await lessonPage.predict(n, answerFor(lesson, task));
          await expect(lessonPage.feedback(n)).toHaveAttribute('data-state', 'passed');
          await expect(lessonPage.feedback(n)).toContainText(/^Right/);
          await expect(lessonPage.explanation(n)).toBeVisible();
        } else if (task.kind === 'fix' || task.kind === 'compile') {
          if (!solved) {
            await lessonPage.replaceCode(lesson.solution.code);
            await expect(lessonPage.status).toHaveText('No errors');
            solved = true;
          }
          await lessonPage.check(n);
          await expect(lessonPage.feedback(n)).toHaveAttribute('data-state', 'passed');
        } else {
          throw new Error(`lesson ${lesson.id}: a ${task.kind} task; teach this test to answer it`);
        }
        await expect(lessonPage.task(n)).toHaveAttribute('data-state', 'passed');
        await expect(lessonPage.task(n).getByTestId('task-badge')).toHaveText('✓ Done');
      }
      await expect(lessonPage.lessonComplete).toBeVisible();
      await expect(lessonPage.lessonComplete).toContainText('Lesson complete.');

      // Practice questions: the right choice, or an answer in words.
      for (const [i, q] of lesson.recall.entries()) {
        if (Array.isArray(q.choices)) await lessonPage.answerRecallChoice(i + 1, q.answer);
        else await lessonPage.answerRecallInWords(i + 1, 'In my own words: see the lesson.');
        await expect(lessonPage.recallQuestion(i + 1)).toHaveAttribute('data-state', 'passed');
      }

      await lessonPage.next();
    });
  }

  // The sixth lesson opened; the list shows five done.
  await expect(lessonPage.lessonTitle).toHaveText(byId[index[5].id].title);
  await page.getByTestId('nav-lessons').click();
  const expectFiveDone = async () => {
    await expect(list.progressSummary).toContainText(`5 of ${index.length} lessons completed.`);
    for (const lesson of FIRST_FIVE) {
      await expect(list.lessonLink(lesson.id)).toHaveAttribute('data-status', 'done');
      await expect(list.lessonLink(lesson.id)).toContainText('(done)');
    }
    await expect(list.lessonLink(index[5].id)).not.toHaveAttribute('data-status', 'done');
  };
  await expectFiveDone();
  await page.reload();
  await expectFiveDone();
});
