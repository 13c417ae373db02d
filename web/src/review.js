// What the learner should look at again, read from the store: recall
// questions answered "not yet" (or with a wrong choice) and predictions that
// went wrong. Pure: the lesson list and the course-end page render it.

import { lessonHash } from './lessons.js';

/**
 * The recall answers of `lessons` ({id: lesson}) that did not pass, in
 * curriculum order (`index`): [{lessonId, lessonTitle, number, key,
 * question, date, hash}]. `number` is the lesson's position (1-based).
 */
export function reviewList(index, lessons, store) {
  const out = [];
  (index ?? []).forEach((entry, n) => {
    const lesson = lessons[entry.id];
    if (!lesson) return;
    const answers = store.lessonState(entry.id).answers ?? {};
    const questions = [
      ...lesson.tasks.map((t, i) => (t.kind === 'recall' ? [`tasks/${i}`, t] : null)).filter(Boolean),
      ...lesson.recall.map((q, i) => [`recall/${i}`, q]),
    ];
    for (const [key, q] of questions) {
      const a = answers[key];
      if (a && a.passed === false)
        out.push({ lessonId: entry.id, lessonTitle: lesson.title, number: n + 1, key, question: q.question, date: a.date, hash: lessonHash(entry.id) });
    }
  });
  return out;
}

/**
 * The predictions that went wrong: [{lessonId, lessonTitle, number, task
 * (1-based), prompt, code (the task's own code, or null for the starter),
 * hash}].
 */
export function missedPredictions(index, lessons, store) {
  const out = [];
  (index ?? []).forEach((entry, n) => {
    const lesson = lessons[entry.id];
    if (!lesson) return;
    const tasks = store.lessonState(entry.id).tasks ?? {};
    lesson.tasks.forEach((t, i) => {
      if (t.kind === 'predict' && tasks[String(i)] === false)
        out.push({ lessonId: entry.id, lessonTitle: lesson.title, number: n + 1, task: i + 1, prompt: t.prompt, code: t.code ?? null, hash: lessonHash(entry.id) });
    });
  });
  return out;
}
