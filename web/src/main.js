// The borrowmap page: the lesson list (#/), lesson pages (#/lesson/<id>)
// with the editor, the diagnostics and the stack diagram, and the free
// playground (#/play, play-page.js, its own editor). Either editor page can
// be opened from a share link (share.js, link-open.js) and has the keyboard
// shortcuts (shortcuts.js).
//
// One EditorView serves every lesson (its state is replaced when the lesson
// changes); the analysis lives in analysisField, which the lint marks, the
// diagnostics list, the tasks' check buttons and the diagram panel all read.
// The lessons come from the build ('virtual:borrowmap-lessons', see
// web/lessons-plugin.js); progress, code and journal from store.js.

import './style.css';
import './phone.css';
import { basicSetup } from 'codemirror';
import { EditorView } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import { rust } from '@codemirror/lang-rust';
import { index, lessons, errors as lessonErrors } from 'virtual:borrowmap-lessons';
import { borrowmap, whenAnalyzed, analysisField } from './borrowmap-extension.js';
import { diagnosticsView, renderTooltip } from './diagnostics-view.js';
import { diagramView, diagramField, setDiagramHidden, showDiagnosticStep, diagramStep, goToDiagramStep } from './diagram-view.js';
import { createAnalyzerClient } from './analyzer-client.js';
import { isTooLarge, tooLargeResult, failureResult } from './analysis.js';
import { parseRoute, lessonHash } from './lessons.js';
import { setMarkdown } from './markdown.js';
import { installBenchHook } from './bench-hook.js';
import { createStore } from './store.js';
import { renderLessonList } from './lesson-list.js';
import { renderLessonPage } from './lesson-page.js';
import { bindBackgroundSelect } from './background.js';
import { renderCourseEnd } from './course-end.js';
import { byTestId as $, el } from './dom.js';
import { createPlayPage } from './play-page.js';
import { createCodeTools } from './code-tools.js';
import { createOutputView } from './output-view.js';
import { installShortcuts } from './shortcuts.js';
import { readShare, shareHash } from './share.js';
import { planLink, renderLinkNotice } from './link-open.js';

const SAVE_DELAY_MS = 400;

/** localStorage, or a stand-in that refuses (so the store says it cannot save). */
function browserStorage() {
  try {
    const storage = window.localStorage;
    if (storage) return storage;
  } catch {
    /* SecurityError: storage blocked */
  }
  const refuse = () => {
    throw new Error('storage unavailable');
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse };
}

function showNotice(text) {
  $('store-notice-text').textContent = text;
  $('store-notice').hidden = false;
}

function showLessonErrors(errors) {
  if (!errors.length) return;
  const box = $('lesson-build-errors');
  box.querySelector('ul').replaceChildren(...errors.map((e) => el('li', { testid: 'lesson-build-error' }, e)));
  box.hidden = false;
}

function start() {
  const store = createStore(browserStorage(), { onNotice: showNotice });
  if (store.notice) showNotice(store.notice);
  $('store-notice-dismiss').addEventListener('click', () => {
    $('store-notice').hidden = true;
  });
  showLessonErrors(lessonErrors);

  const client = createAnalyzerClient(
    () => new Worker(new URL('./analyzer.worker.js', import.meta.url), { type: 'module', name: 'borrowmap-analyzer' }),
  );
  installBenchHook(client);

  const listView = $('lesson-list-view');
  const lessonView = $('lesson-view');
  const endView = $('course-end-view');
  const column = $('lesson-column');
  const workSlot = $('lesson-work-slot');

  // "Skip to content" moves focus to the page's heading and leaves the route
  // (the hash) alone: following href="#content" would make the router look
  // for a page called "#content".
  document.querySelector('.skip-link')?.addEventListener('click', (event) => {
    event.preventDefault();
    const target = [lessonView, listView, endView, $('play-view')].find((v) => !v.hidden)?.querySelector('h2[tabindex="-1"]') ?? $('content');
    target.focus();
  });

  // On a narrow screen (the stacked layout) the tasks come right after the
  // editor instead of above it, in the DOM as on screen, so the tab order
  // follows what the learner sees.
  const narrow = window.matchMedia('(max-width: 1100px)');
  function placeWork() {
    const work = current?.page?.work;
    workSlot.hidden = !narrow.matches;
    // Another lesson's tasks (or none, off a lesson page) leave the slot.
    for (const child of [...workSlot.children]) if (child !== work) child.remove();
    if (!work) return;
    const slot = narrow.matches ? workSlot : column;
    if (work.parentNode !== slot) slot.append(work);
  }
  narrow.addEventListener('change', placeWork);
  let current = null; // {id, lesson, page}
  let view = null;
  let saveTimer = null;
  let holdSave = false; // a share link's code is shown over saved code, and the learner has not chosen

  // --- the learner's code, saved per lesson
  function saveCode() {
    clearTimeout(saveTimer);
    saveTimer = null;
    if (!current || !view || holdSave) return;
    const code = view.state.doc.toString();
    if (code === current.lesson.starter.code) {
      if (store.lessonState(current.id).code !== undefined) store.clearCode(current.id);
    } else if (store.lessonState(current.id).code !== code) store.setCode(current.id, code);
  }
  window.addEventListener('pagehide', saveCode);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveCode();
  });

  // "Check with real rustc" and "Copy link" beside the lesson's diagnostics.
  const lessonTools = createCodeTools(document, {
    getShareHash: () => shareHash(lessonHash(current.id), view.state.doc.toString(), diagramStep(view.state)),
  });
  $('lesson-code-tools').append(lessonTools.element);
  // What the lesson's program prints when it runs (hidden, as the
  // diagnostics are, while a prediction is pending: style.css).
  const lessonOutput = createOutputView({ prefix: 'lesson' });
  $('lesson-output-slot').append(lessonOutput.element);

  const extensions = () => [
    basicSetup,
    rust(),
    EditorView.lineWrapping, // long comments in lessons stay readable
    EditorView.contentAttributes.of({ 'aria-label': 'Rust code editor' }),
    borrowmap({ client, renderMessage: renderTooltip, run: true }),
    diagnosticsView({ list: $('diagnostics'), status: $('status'), jumpEffects: (_d, i) => [showDiagnosticStep.of(i)] }),
    diagramView({ host: $('diagram-host') }),
    EditorView.updateListener.of((update) => {
      if (!current) return;
      const analysis = update.state.field(analysisField);
      if (analysis !== update.startState.field(analysisField) && analysis.phase === 'done') current.page.analysisChanged?.(analysis);
      if (!update.docChanged) return;
      clearTimeout(saveTimer);
      saveTimer = setTimeout(saveCode, SAVE_DELAY_MS);
      const code = update.state.doc.toString();
      current.page.codeChanged(code);
      updateDiagramNote(code);
    }),
    EditorView.updateListener.of((update) => {
      const analysis = update.state.field(analysisField);
      const fresh = update.docChanged || analysis !== update.startState.field(analysisField);
      if (fresh) {
        lessonTools.update(update.state.doc.toString(), analysis.phase === 'done' ? analysis.result : null);
        if (analysis.phase === 'done') lessonOutput.update(analysis.result);
      }
      const step = diagramStep(update.state);
      if (fresh || step !== diagramStep(update.startState)) lessonOutput.showStep(step);
    }),
  ];

  function editorFor(code) {
    const state = EditorState.create({ doc: code, extensions: extensions() });
    if (view) view.setState(state);
    else view = new EditorView({ state, parent: $('editor') });
    lessonTools.update(code, null);
    lessonOutput.update(null);
    return view;
  }

  function replaceCode(code) {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
  }

  function setVerdictHidden(hidden) {
    lessonView.classList.toggle('is-verdict-hidden', hidden);
    $('verdict-hidden').hidden = !hidden;
    // The lesson's diagram note talks about the answer too.
    $('diagram-note-box').hidden = hidden || !current?.lesson.diagram_note;
    // The diagram would give the answer away too. This can be called from
    // inside an editor update (an edit un-hides it), where dispatching is not
    // allowed, so the effect goes out right after.
    queueMicrotask(() => {
      if (view && view.state.field(diagramField, false)?.hidden !== hidden) view.dispatch({ effects: setDiagramHidden.of(hidden) });
    });
  }
  $('show-verdict').addEventListener('click', () => current?.page.revealVerdict());

  $('reset-code').addEventListener('click', () => {
    if (!current) return;
    replaceCode(current.lesson.starter.code);
    const note = $('reset-note');
    note.textContent = 'The code is back to the lesson’s starter. Ctrl+Z brings your version back.';
    note.hidden = false;
    view.focus();
  });

  const checkRules = (code, rules) =>
    isTooLarge(code)
      ? Promise.resolve({ rules: { status: 'too-large', error: 'the code is too large to check', results: [] } })
      : client.checkRules(code, rules);

  const analyzeCode = (code) => {
    if (isTooLarge(code)) return Promise.resolve(tooLargeResult(code));
    return client.analyze(code).then(
      (answer) => answer.result,
      (err) => failureResult(err?.message ?? String(err)),
    );
  };

  const syncSelect = bindBackgroundSelect($('background-select'), store, () => (current ? current.page.refreshBridge() : route()));

  // --- a share link to a lesson: its code (the learner's version) and step
  function openLessonLink(id, plan, own) {
    const box = $('link-notice');
    box.dataset.page = 'lesson';
    const clean = () => {
      if (location.hash !== lessonHash(id)) history.replaceState(null, '', lessonHash(id));
    };
    renderLinkNotice(box, plan, {
      where: 'this lesson',
      onKeepLink: () => {
        holdSave = false;
        saveCode();
        clean();
        view.focus();
      },
      onKeepMine: () => {
        holdSave = false;
        replaceCode(own);
        saveCode();
        clean();
        view.focus();
      },
      onDismiss: () => view.focus(),
    });
    if (plan.kind === 'open' || plan.kind === 'error') clean();
    if (plan.step !== null && plan.step !== undefined) {
      const doc = view.state.doc;
      whenAnalyzed(view).then(() => {
        if (current?.id === id && view.state.doc === doc) goToDiagramStep(view, plan.step);
      });
    }
  }
  function leaveLessonLink() {
    holdSave = false;
    if ($('link-notice').dataset.page === 'lesson') renderLinkNotice($('link-notice'), { kind: 'none' });
  }

  function showList(notice) {
    saveCode();
    leaveLessonLink();
    current = null;
    placeWork();
    lessonView.hidden = true;
    endView.hidden = true;
    endView.replaceChildren();
    listView.hidden = false;
    renderLessonList(listView, {
      index,
      lessons,
      store,
      notice,
      onBackground: () => {
        syncSelect();
        route();
      },
    });
    document.title = 'Lessons · borrowmap';
  }

  function showEnd() {
    saveCode();
    current = null;
    placeWork();
    lessonView.hidden = true;
    listView.hidden = true;
    listView.replaceChildren();
    endView.hidden = false;
    renderCourseEnd(endView, { index, lessons, store });
    document.title = 'Course summary · borrowmap';
  }

  function showLesson(id, { focus, params }) {
    const lesson = Object.hasOwn(lessons, id) ? lessons[id] : null;
    if (!lesson) {
      showList(`There is no lesson “${id}”. Pick one from the list.`);
      return;
    }
    saveCode();
    leaveLessonLink();
    const own = store.lessonState(id).code;
    const plan = planLink(params ? readShare(params) : null, { saved: own });
    const saved = plan.kind === 'open' || plan.kind === 'conflict' ? plan.code : own;
    holdSave = plan.kind === 'conflict';
    listView.hidden = true;
    listView.replaceChildren(); // one set of test ids and labels on screen at a time
    endView.hidden = true;
    endView.replaceChildren();
    lessonView.hidden = false;
    $('reset-note').hidden = true;
    // The page object must exist before the editor's first update reaches it.
    current = { id, lesson, page: { codeChanged() {}, revealVerdict() {} } };
    editorFor(saved ?? lesson.starter.code);
    current.page = renderLessonPage(column, lesson, {
      store,
      index,
      getCode: () => view.state.doc.toString(),
      replaceCode,
      analysisOfEditor: () => whenAnalyzed(view),
      analyzeCode,
      checkRules,
      setVerdictHidden,
      onBackground: syncSelect,
      onProgress() {},
    });
    placeWork();
    const note = $('diagram-note');
    if (lesson.diagram_note) setMarkdown(note, lesson.diagram_note);
    else note.replaceChildren();
    $('diagram-note-box').hidden = !lesson.diagram_note || lessonView.classList.contains('is-verdict-hidden');
    noteMatches = null;
    updateDiagramNote(view.state.doc.toString());
    document.title = `${lesson.title} · borrowmap`;
    column.scrollTop = 0;
    if (focus) $('lesson-title')?.focus({ preventScroll: true });
    openLessonLink(id, plan, own ?? lesson.starter.code);
  }

  // --- the free playground, its own editor and saved code
  const play = createPlayPage($('play-view'), {
    client,
    storage: browserStorage(),
    linkNotice: $('link-notice'),
    showNotice,
    renderTooltip,
  });
  function showPlay(params, { focus }) {
    saveCode();
    leaveLessonLink();
    current = null;
    listView.hidden = true;
    listView.replaceChildren();
    lessonView.hidden = true;
    endView.hidden = true;
    endView.replaceChildren();
    play.show(params, { focus });
  }

  // --- keyboard shortcuts, on whichever editor page is shown
  const shortcuts = installShortcuts(document, {
    workspace: () =>
      play.workspace() ??
      (current && view
        ? {
            view,
            diagramHost: $('diagram-host'),
            copyLink: () => lessonTools.copyLink(),
            verdictHidden: () => lessonView.classList.contains('is-verdict-hidden'),
          }
        : null),
  });
  $('shortcuts-button').addEventListener('click', () => shortcuts.overlay.open());

  // The lesson's diagram note talks about the lesson's code (its starter or
  // its solution). While the editor holds that code the note is open; once
  // the learner's code is something else it folds into a "Lesson note"
  // toggle that says so, rather than describing variables that are not there.
  let noteMatches = null;
  function updateDiagramNote(code) {
    if (!current) return;
    const { starter, solution } = current.lesson;
    const matches = code === starter.code || code === solution?.code;
    if (matches === noteMatches) return;
    noteMatches = matches;
    $('diagram-note-box').open = matches;
    $('diagram-note-toggle').textContent = matches ? 'Lesson note' : 'Lesson note (about the lesson’s code, not yours)';
  }

  let first = true;
  function route() {
    const r = parseRoute(location.hash);
    for (const [testid, here] of [['nav-lessons', r.view === 'list'], ['nav-play', r.view === 'play']]) {
      if (here) $(testid).setAttribute('aria-current', 'page');
      else $(testid).removeAttribute('aria-current');
    }
    if (r.view !== 'play') play.hide();
    if (r.view === 'play') showPlay(r.params, { focus: !first });
    else if (r.view === 'lesson') showLesson(r.id, { focus: !first, params: r.params });
    else if (r.view === 'end') showEnd();
    else showList(r.unknown ? `There is no page “${r.unknown}”; here are the lessons.` : null);
    if (!first && r.view === 'list') $('list-title')?.focus({ preventScroll: true });
    if (!first && r.view === 'end') $('end-title')?.focus({ preventScroll: true });
    first = false;
  }
  window.addEventListener('hashchange', route);
  route();
}

try {
  start();
} catch (err) {
  const banner = document.querySelector('[data-testid="fatal-error"]');
  banner.textContent = `borrowmap could not start: ${err.message}`;
  banner.hidden = false;
  throw err;
}
