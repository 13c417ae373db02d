// The lesson column of a lesson page: text, the learner's bridge, tasks,
// hints, solution, recall questions, previous/next. The editor, diagnostics
// and diagram panel stay where they are (main.js owns them); this module
// reaches them through `env`:
//
// env = {
//   store, index,
//   getCode(), replaceCode(code)            the editor (replace is undoable)
//   analysisOfEditor(): Promise<analysis>   analysisField when current
//   analyzeCode(code): Promise<result>      one-shot, same worker
//   checkRules(code, rules): Promise<{rules}> a task's constraints, same worker
//   setVerdictHidden(hidden)                mask diagnostics until predicted
//   onProgress()                            a task or the lesson was completed
// }
//
// The column has two parts: `intro` (title, text, bridge) and `work` (tasks,
// help, recall, previous/next). main.js keeps `work` in the column on a wide
// screen and puts it right after the editor on a narrow one, so the code
// comes straight after the text it is about, with the tasks that grade it.
//
// Nothing on the page gives a prediction away: until the starter's
// prediction is answered (or the learner changes the code, or asks to see the
// checker's answer) the diagnostics, the diagram and its note stay hidden and
// the fix and compile tasks say only that they open after the prediction;
// the recall questions open once every prediction is answered.

import './lesson-page.css';
import { el } from './dom.js';
import { setMarkdown, markdownElement } from './markdown.js';
import { renderTask, recallQuestion } from './tasks-view.js';
import { lessonHash, lessonComplete, neighbors, COURSE_END_HASH } from './lessons.js';
import { BACKGROUNDS, today, plainText } from './store.js';
import { backgroundPrompt } from './background.js';

function bridgeFor(lesson, background) {
  if (!background || background === 'none') return null;
  const text = lesson.bridges?.[background];
  const label = BACKGROUNDS.find((b) => b.id === background)?.label ?? background;
  if (!text) {
    return el(
      'aside',
      { className: 'bridge bridge-none', testid: 'bridge-none', dataset: { language: background }, 'aria-label': `Coming from ${label}` },
      el('p', {}, `This lesson has no note for ${label} yet: nothing here is specific to it. You can pick another language at the top of the page.`),
    );
  }
  return el(
    'aside',
    { className: 'bridge', testid: 'bridge', dataset: { language: background }, 'aria-label': `Coming from ${label}` },
    el('h3', { className: 'bridge-title' }, `Coming from ${label}`),
    markdownElement(text, { className: 'md' }),
  );
}

export function renderLessonPage(container, lesson, env) {
  const { store, index } = env;
  const id = lesson.id;
  const position = index.findIndex((e) => e.id === id);
  let verdictRevealed = false;

  // Whether the diagnostics would answer an open prediction about the starter.
  const starterPredicts = lesson.tasks.map((t, i) => (t.kind === 'predict' && t.code === undefined ? i : -1)).filter((i) => i >= 0);
  const verdictSecret = (code) =>
    !verdictRevealed &&
    starterPredicts.some((i) => typeof store.lessonState(id).tasks[String(i)] !== 'boolean') &&
    code.length === lesson.starter.code.length &&
    code === lesson.starter.code;
  const predictionsOpen = () => lesson.tasks.some((t, i) => t.kind === 'predict' && typeof store.lessonState(id).tasks[String(i)] !== 'boolean');
  let controllers = [];
  let recallLocked = null;
  const updateLocks = (secret) => {
    for (const c of controllers) c.setLocked?.(secret);
    const open = predictionsOpen();
    if (recallLocked) {
      recallLocked.note.hidden = !open;
      recallLocked.list.hidden = open;
    }
  };
  const updateVerdict = (code = env.getCode()) => {
    const secret = verdictSecret(code);
    env.setVerdictHidden(secret);
    updateLocks(secret);
  };
  const revealVerdict = () => {
    verdictRevealed = true;
    updateVerdict();
  };

  // --- heading and text
  const title = el('h2', { id: 'lesson-title', className: 'lesson-title', testid: 'lesson-title', tabindex: '-1' }, lesson.title);
  const body = el('div', { className: 'lesson-body md', testid: 'lesson-body' });
  try {
    setMarkdown(body, lesson.body);
  } catch (err) {
    body.textContent = `The lesson text could not be shown: ${err.message}`;
  }
  const bridgeSlot = el('div', { className: 'bridge-slot' });
  const showBridge = () => {
    const bg = store.background;
    const node = bg
      ? bridgeFor(lesson, bg)
      : backgroundPrompt(store, () => {
          env.onBackground?.();
          showBridge();
        });
    bridgeSlot.replaceChildren(...(node ? [node] : []));
  };
  showBridge();

  // --- tasks
  const complete = el(
    'div',
    { className: 'lesson-complete', testid: 'lesson-complete', role: 'status', hidden: true },
    el('strong', {}, 'Lesson complete. '),
    'Every task is done; your progress is saved.',
  );
  const checkComplete = () => {
    const saved = store.lessonState(id);
    if (!saved.done && lessonComplete(lesson, saved)) {
      store.setDone(id);
      store.addJournalTopic(today(), lesson.title);
    }
    complete.hidden = !store.lessonState(id).done;
    env.onProgress?.();
  };
  const resultFor = async (code) => {
    if (env.getCode() === code) {
      const analysis = await env.analysisOfEditor();
      if (analysis.doc.toString() === code) return analysis.result;
    }
    return env.analyzeCode(code);
  };
  const others = lesson.tasks.map((t, i) => ({ number: i + 1, error: t.kind === 'fix' ? t.error : null }));
  // A "not yet" answer goes on the review list (lesson-list.js reads the
  // store) and into today's journal, under struggles.
  const answerFor = (key, question) => (a) => {
    if (!a) return store.clearAnswer(id, key);
    store.setAnswer(id, key, a);
    if (!a.passed) store.addJournalLine(today(), 'struggles', `${lesson.title}: ${plainText(question)}`);
  };
  controllers = lesson.tasks.map((task, i) =>
    renderTask(task, i, {
      lesson,
      getCode: env.getCode,
      analysisOfEditor: env.analysisOfEditor,
      resultFor,
      checkRules: env.checkRules,
      revealVerdict,
      others: others.filter((o) => o.number !== i + 1 && o.error),
      saved: task.kind === 'recall' ? (store.answer(id, `tasks/${i}`) ?? store.lessonState(id).tasks[String(i)]) : store.lessonState(id).tasks[String(i)],
      onResult(passed) {
        const before = store.lessonState(id).tasks[String(i)];
        // A passed task stays passed; a prediction is recorded once.
        if (before === true) return;
        store.setTask(id, i, passed);
        updateVerdict();
        checkComplete();
      },
      onAnswer: answerFor(`tasks/${i}`, task.question),
    }),
  );
  const taskList = el('ol', { className: 'tasks', testid: 'tasks' }, controllers.map((c) => c.element));

  // --- hints, one at a time
  const hintList = el('ol', { className: 'hints', testid: 'hints' });
  const hintButton = el('button', { type: 'button', className: 'btn', testid: 'hint-button' });
  let shownHints = 0;
  const updateHintButton = () => {
    const left = lesson.hints.length - shownHints;
    hintButton.textContent = left > 0 ? `Show a hint (${shownHints + 1} of ${lesson.hints.length})` : 'No more hints';
    hintButton.disabled = left === 0;
  };
  hintButton.addEventListener('click', () => {
    if (shownHints >= lesson.hints.length) return;
    const item = el('li', { className: 'hint', testid: 'hint', tabindex: '-1' }, markdownElement(lesson.hints[shownHints], { className: 'md' }));
    hintList.append(item);
    shownHints++;
    updateHintButton();
    if (shownHints === lesson.hints.length) item.focus();
  });
  updateHintButton();

  // --- solution
  const solution = el(
    'div',
    { className: 'solution', testid: 'solution', hidden: true },
    el('pre', { className: 'code-listing', tabindex: '0', 'aria-label': 'The solution' }, el('code', {}, lesson.solution.code)),
    el(
      'button',
      {
        type: 'button',
        className: 'btn',
        testid: 'use-solution',
        onclick: () => {
          env.replaceCode(lesson.solution.code);
          solutionNote.textContent = 'The solution is in the editor. Ctrl+Z brings your code back.';
        },
      },
      'Put the solution in the editor',
    ),
  );
  const solutionNote = el('p', { className: 'task-note', role: 'status' });
  const revealSolution = el(
    'button',
    {
      type: 'button',
      className: 'btn',
      testid: 'reveal-solution',
      'aria-expanded': 'false',
      onclick: () => {
        solution.hidden = !solution.hidden;
        revealSolution.setAttribute('aria-expanded', String(!solution.hidden));
        revealSolution.textContent = solution.hidden ? 'Reveal the solution' : 'Hide the solution';
      },
    },
    'Reveal the solution',
  );

  // --- recall questions (practice; not needed to complete the lesson),
  // opened once every prediction is answered: they talk about the verdicts.
  const recall = lesson.recall.map(
    (q, i) =>
      recallQuestion(q, i, { saved: store.answer(id, `recall/${i}`), onAnswer: answerFor(`recall/${i}`, q.question) }, { testid: 'recall-question', title: `Question ${i + 1}` }).element,
  );
  const recallList = el('ol', { className: 'tasks' }, recall);
  const recallNote = el('p', { className: 'task-note', testid: 'recall-locked' }, 'These questions open once you have answered the predictions above: they talk about the answers.');
  recallLocked = { note: recallNote, list: recallList };

  // --- previous / next
  const { prev, next } = neighbors(index, id);
  const pager = el(
    'nav',
    { className: 'pager', 'aria-label': 'Previous and next lesson' },
    prev
      ? el('a', { href: lessonHash(prev.id), className: 'pager-link', testid: 'lesson-prev', rel: 'prev' }, '← ', prev.title)
      : el('span'),
    next
      ? el('a', { href: lessonHash(next.id), className: 'pager-link pager-next', testid: 'lesson-next', rel: 'next' }, next.title, ' →')
      : el('a', { href: COURSE_END_HASH, className: 'pager-link pager-next', testid: 'lesson-next' }, 'Course summary: what you covered, what next →'),
  );

  const section = (heading, testid, ...children) =>
    el('section', { className: 'lesson-section', testid, 'aria-label': heading }, el('h3', { className: 'section-title' }, heading), ...children);

  const intro = el(
    'div',
    { className: 'lesson-intro', testid: 'lesson-intro' },
    el(
      'nav',
      { className: 'crumbs', 'aria-label': 'Breadcrumb' },
      el('a', { href: '#/', testid: 'back-to-list' }, '← All lessons'),
      el('span', { className: 'crumb-pos' }, position >= 0 ? `Lesson ${position + 1} of ${index.length}` : ''),
    ),
    el('p', { className: 'lesson-module', testid: 'lesson-module' }, `Spiral ${lesson.placement.spiral} · ${lesson.placement.module}`),
    title,
    body,
    bridgeSlot,
  );
  const work = el(
    'div',
    { className: 'lesson-work', testid: 'lesson-work' },
    section('Your tasks', 'tasks-section', taskList, complete),
    section('Stuck?', 'help-section', hintList, el('div', { className: 'task-actions' }, hintButton, revealSolution), solution, solutionNote),
    section('Check your understanding', 'recall-section', recallNote, recallList),
    pager,
  );
  container.replaceChildren(intro, work);
  complete.hidden = !store.lessonState(id).done;
  updateVerdict();

  return {
    /** Call on every edit: the diagnostics stay hidden only on the untouched starter. */
    codeChanged(code) {
      updateVerdict(code);
    },
    /** "Show it anyway": stop hiding the checker's answer. */
    revealVerdict,
    /** The learner picked another background language. */
    refreshBridge: showBridge,
    /** The tasks, hints and recall: main.js places them (column or after the editor). */
    work,
    /** The editor's code has a new analysis: re-grade the code tasks already checked. */
    analysisChanged(analysis) {
      for (const c of controllers) c.regrade?.(analysis);
    },
  };
}
