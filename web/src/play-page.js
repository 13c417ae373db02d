// The free playground (#/play): an editor for the learner's own program,
// with the diagnostics, the diagram, the code tools (copy link, real rustc)
// and the Output panel (the program run by the core); a picker of example
// programs to start from. Its code is saved on its own (play-store.js),
// never in a lesson's progress.
//
//   const play = createPlayPage(mainElement, env);
//   play.show(params, { focus });   // route #/play (params: a share link's, or null)
//   play.hide();                    // another page: saves, tears the editor down
//   play.workspace();               // {view, diagramHost, copyLink} for the shortcuts
//
// env = {client, storage, linkNotice (the page's link notice box),
//        showNotice(text), renderTooltip}
//
// The view is built on show and removed on hide, so only one editor, one
// diagram and one set of test ids and labels are on the page at a time.

import './play.css';
import { basicSetup } from 'codemirror';
import { EditorView } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import { isolateHistory } from '@codemirror/commands';
import { rust } from '@codemirror/lang-rust';
import { borrowmap, analysisField, whenAnalyzed } from './borrowmap-extension.js';
import { diagnosticsView } from './diagnostics-view.js';
import { diagramView, showDiagnosticStep, goToDiagramStep, diagramStep } from './diagram-view.js';
import { createCodeTools } from './code-tools.js';
import { createOutputView } from './output-view.js';
import { createPlayStore } from './play-store.js';
import { EXAMPLES, DEFAULT_EXAMPLE, exampleById } from './examples.js';
import { readShare, shareHash } from './share.js';
import { planLink, renderLinkNotice } from './link-open.js';
import { PLAY_HASH } from './lessons.js';
import { el, uniqueId } from './dom.js';

const SAVE_DELAY_MS = 400;

export function createPlayPage(root, env) {
  let store = null; // created on the first visit: its notice belongs to this page
  let view = null;
  let tools = null;
  let output = null;
  let diagramHost = null;
  let saveTimer = null;
  let holding = false; // a link's program is shown and the learner has not chosen: save nothing

  const save = () => {
    clearTimeout(saveTimer);
    saveTimer = null;
    if (!view || holding) return;
    store.save(view.state.doc.toString());
  };
  const win = root.ownerDocument.defaultView;
  win.addEventListener('pagehide', save);
  root.ownerDocument.addEventListener('visibilitychange', () => {
    if (root.ownerDocument.visibilityState === 'hidden') save();
  });

  // One undo step of its own (Ctrl+Z brings back what was there before).
  const replaceCode = (code) =>
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code }, annotations: isolateHistory.of('full') });
  const cleanUrl = () => {
    if (win.location.hash !== PLAY_HASH) win.history.replaceState(null, '', PLAY_HASH);
  };

  function build() {
    const selectId = uniqueId('example');
    const select = el(
      'select',
      { id: selectId, testid: 'example-select' },
      EXAMPLES.map((e) => el('option', { value: e.id }, e.title)),
    );
    const exampleNote = el('p', { className: 'task-note', testid: 'example-note', role: 'status' });
    const openExample = el('button', {
      type: 'button',
      className: 'btn btn-small',
      testid: 'open-example',
      onclick: () => {
        const ex = exampleById(select.value);
        if (!ex) return;
        replaceCode(ex.code);
        exampleNote.textContent = `The editor now holds the example “${ex.title}”. Ctrl+Z brings your code back.`;
        view.focus();
      },
    }, 'Open');
    const status = el('p', { className: 'status', testid: 'play-status', role: 'status', 'aria-live': 'polite' }, 'analyzing…');
    const editorBox = el('div', { className: 'editor', testid: 'play-editor' });
    const list = el('ul', { className: 'diagnostics', testid: 'play-diagnostics', 'aria-label': 'Diagnostics' });
    diagramHost = el('div', { className: 'diagram-host', testid: 'play-diagram-host' });
    tools = createCodeTools(root.ownerDocument, {
      getShareHash: () => shareHash(PLAY_HASH, view.state.doc.toString(), diagramStep(view.state)),
    });
    output = createOutputView();

    root.replaceChildren(
      el(
        'section',
        { className: 'lesson play-intro', testid: 'play-intro', 'aria-labelledby': 'play-title' },
        el('h2', { id: 'play-title', className: 'lesson-title', testid: 'play-title', tabindex: '-1' }, 'Playground'),
        el(
          'p',
          { className: 'play-lede' },
          'Write any Rust program: it is checked as you type, and the diagram shows where every value lives. Your code here is saved in this browser, apart from the lessons.',
        ),
        el(
          'section',
          { className: 'lesson-section', 'aria-labelledby': 'play-examples-title' },
          el('h3', { className: 'section-title', id: 'play-examples-title' }, 'Start from an example'),
          el('div', { className: 'example-picker' }, el('label', { for: selectId }, 'Example'), select, openExample),
          el('p', { className: 'muted play-hint' }, 'Opening one replaces the code in the editor (Ctrl+Z undoes it).'),
          exampleNote,
        ),
        el(
          'section',
          { className: 'lesson-section', 'aria-labelledby': 'play-share-title' },
          el('h3', { className: 'section-title', id: 'play-share-title' }, 'Share and check'),
          el(
            'p',
            { className: 'play-hint' },
            '“Copy link” makes a link that opens this program at the step the diagram shows. “Check with real rustc” opens it in the Rust Playground. Press ',
            el('kbd', {}, '?'),
            ' for the keyboard shortcuts.',
          ),
        ),
      ),
      el(
        'section',
        { className: 'workbench', 'aria-label': 'Code and diagnostics' },
        el('div', { className: 'editor-head' }, el('h2', { className: 'section-title' }, 'Your code'), el('div', { className: 'editor-tools' }, status)),
        editorBox,
        el('h2', { className: 'section-title' }, 'What the checker says'),
        list,
        tools.element,
        output.element,
      ),
      el(
        'aside',
        { className: 'diagram', testid: 'play-diagram-panel', 'aria-label': 'Stack diagram' },
        el('h2', { className: 'section-title' }, 'Stack diagram'),
        diagramHost,
      ),
    );
    return { editorBox, list, status };
  }

  function extensions({ list, status }) {
    return [
      basicSetup,
      rust(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Rust code editor' }),
      borrowmap({ client: env.client, renderMessage: env.renderTooltip, run: true }),
      diagnosticsView({ list, status, jumpEffects: (_d, i) => [showDiagnosticStep.of(i)] }),
      diagramView({ host: diagramHost }),
      EditorView.updateListener.of((update) => {
        const analysis = update.state.field(analysisField);
        if (update.docChanged) {
          clearTimeout(saveTimer);
          saveTimer = setTimeout(save, SAVE_DELAY_MS);
        }
        const fresh = update.docChanged || analysis !== update.startState.field(analysisField);
        if (fresh) {
          tools.update(update.state.doc.toString(), analysis.phase === 'done' ? analysis.result : null);
          if (analysis.phase === 'done') output.update(analysis.result);
        }
        const step = diagramStep(update.state);
        if (fresh || step !== diagramStep(update.startState)) output.showStep(step);
      }),
    ];
  }

  function hide() {
    if (!view) {
      root.hidden = true;
      return;
    }
    save();
    holding = false;
    view.destroy();
    tools.destroy();
    view = tools = output = diagramHost = null;
    root.replaceChildren();
    root.hidden = true;
    // The link notice belongs to the playground's link; another page has its own.
    if (env.linkNotice.dataset.page === 'play') renderLinkNotice(env.linkNotice, { kind: 'none' });
  }

  function show(params, { focus = false } = {}) {
    hide();
    if (!store) {
      store = createPlayStore(env.storage, { onNotice: env.showNotice });
      if (store.notice) env.showNotice(store.notice);
    }
    const plan = planLink(params ? readShare(params) : null, { saved: store.code });
    const own = store.code ?? DEFAULT_EXAMPLE.code;
    const code = plan.kind === 'open' || plan.kind === 'conflict' ? plan.code : own;
    holding = plan.kind === 'conflict';

    const parts = build();
    view = new EditorView({ state: EditorState.create({ doc: code, extensions: extensions(parts) }), parent: parts.editorBox });
    root.hidden = false;
    tools.update(code, null);

    env.linkNotice.dataset.page = 'play';
    renderLinkNotice(env.linkNotice, plan, {
      where: 'the playground',
      onKeepLink: () => {
        holding = false;
        save();
        cleanUrl();
        view?.focus();
      },
      onKeepMine: () => {
        holding = false;
        replaceCode(own);
        save();
        cleanUrl();
        view?.focus();
      },
      onDismiss: () => view?.focus(),
    });
    if (plan.kind === 'open') {
      save(); // nothing saved was different: the link's program is the learner's now
      cleanUrl();
    } else if (plan.kind === 'error') cleanUrl();
    if (plan.step !== null && plan.step !== undefined) {
      const shown = view;
      // The step once the diagram of the link's code is there (clamped to it).
      whenAnalyzed(shown).then(() => {
        if (view === shown && shown.state.doc.toString() === code) goToDiagramStep(shown, plan.step);
      });
    }
    root.ownerDocument.title = 'Playground · borrowmap';
    if (focus) root.ownerDocument.getElementById('play-title')?.focus({ preventScroll: true });
  }

  return {
    show,
    hide,
    /** Whether the playground is the page shown. */
    get active() {
      return view !== null;
    },
    /** What the keyboard shortcuts act on, or null when the playground is not shown. */
    workspace() {
      return view ? { view, diagramHost, copyLink: () => tools.copyLink() } : null;
    },
  };
}
