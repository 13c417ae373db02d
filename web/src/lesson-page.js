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
//   setVerdictHidden(hidden)                mask diagnostics until predicted
//   onProgress()                            a task or the lesson was completed
// }

import { el } from './dom.js';
import { setMarkdown, markdownElement } from './markdown.js';
import { renderTask, recallQuestion } from './tasks-view.js';
import { lessonHash, lessonComplete, neighbors } from './lessons.js';
import { BACKGROUNDS, today } from './store.js';
import { backgroundPrompt } from './background.js';

function bridgeFor(lesson, background) {
  if (!background || background === 'none') return null;
  const text = lesson.bridges?.[background];
  const label = BACKGROUNDS.find((b) => b.id === background)?.label ?? background;
  if (!text) return null;
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
  const updateVerdict = (code = env.getCode()) => env.setVerdictHidden(verdictSecret(code));
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
  const taskList = el(
    'ol',
    { className: 'tasks', testid: 'tasks' },
    lesson.tasks.map((task, i) =>
      renderTask(task, i, {
        lesson,
        getCode: env.getCode,
        analysisOfEditor: env.analysisOfEditor,
        resultFor,
        revealVerdict,
        saved: store.lessonState(id).tasks[String(i)],
        onResult(passed) {
          const before = store.lessonState(id).tasks[String(i)];
          // A passed task stays passed; a prediction is recorded once.
          if (before === true) return;
          store.setTask(id, i, passed);
          updateVerdict();
          checkComplete();
        },
      }),
    ),
  );

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

  // --- recall questions (practice; not needed to complete the lesson)
  const recall = lesson.recall.map((q, i) => recallQuestion(q, i, {}, { testid: 'recall-question', title: `Question ${i + 1}` }));

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
      : el('a', { href: '#/', className: 'pager-link pager-next', testid: 'lesson-next' }, 'All lessons →'),
  );

  const section = (heading, testid, ...children) =>
    el('section', { className: 'lesson-section', testid, 'aria-label': heading }, el('h3', { className: 'section-title' }, heading), ...children);

  container.replaceChildren(
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
    section('Your tasks', 'tasks-section', taskList, complete),
    section('Stuck?', 'help-section', hintList, el('div', { className: 'task-actions' }, hintButton, revealSolution), solution, solutionNote),
    section('Check your understanding', 'recall-section', el('ol', { className: 'tasks' }, recall)),
    pager,
  );
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
  };
}
