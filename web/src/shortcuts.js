// Keyboard shortcuts for the pages with an editor (a lesson, the free
// playground), and the "?" overlay that lists them.
//
//   const shortcuts = installShortcuts(document, { workspace: () => ws });
//   shortcuts.overlay.open();          // the header's "Shortcuts" button
//
// `workspace()` returns the page's {view, diagramHost, copyLink(),
// verdictHidden?()} or null (the lesson list has no editor: only "?" works
// there).
//
// The rule for typing: a shortcut with Alt, Ctrl or Cmd works everywhere,
// the editor included (none of these is bound by CodeMirror's default
// keymap, Chrome or Firefox); a plain key ("?") never fires while the focus
// is in the editor or a text field, where it is a character to type. A key
// the editor has already handled (defaultPrevented) is left alone. Letters
// and punctuation match by the character, else by the physical key
// (event.code), so Option+J on a Mac (which types "∆") still works.

import { EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { analysisField } from './borrowmap-extension.js';
import { goToDiagramStep, diagramStep, showDiagnosticStep } from './diagram-view.js';
import { toRange } from './positions.js';

/** Every shortcut: what the overlay lists and the handler matches. `run` names a command below. */
export const SHORTCUTS = [
  { id: 'prev-step', keys: ['Alt+,'], label: 'Previous step of the diagram' },
  { id: 'next-step', keys: ['Alt+.'], label: 'Next step of the diagram' },
  { id: 'first-error', keys: ['Alt+J'], label: 'Jump to the first error (in the code and the diagram)' },
  { id: 'copy-link', keys: ['Alt+C'], label: 'Copy a link to this program at this step' },
  { id: 'focus-editor', keys: ['Alt+I'], label: 'Put the focus in the editor' },
  { id: 'focus-diagram', keys: ['Alt+M'], label: 'Put the focus on the diagram' },
  { id: 'help', keys: ['?', 'Alt+/'], label: 'Show this list of shortcuts' },
];

/** Keys the diagram handles itself while it has the focus (listed, not matched here). */
export const DIAGRAM_KEYS = [
  { keys: ['←', '→'], label: 'Previous or next step, while the diagram has the focus' },
  { keys: ['Home', 'End'], label: 'First or last step, while the diagram has the focus' },
  { keys: ['Tab'], label: 'Move between the page’s controls, the editor and the diagram' },
];

const CODES = { ',': 'Comma', '.': 'Period', '/': 'Slash', '?': 'Slash' };

/** "Alt+J" → {alt, ctrl, meta, key: 'j', code: 'KeyJ'}. */
export function parseKeys(spec) {
  const parts = spec.split('+');
  // "Alt++" would be a plus; none of ours is.
  const key = parts.pop();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const lower = key.length === 1 ? key.toLowerCase() : key;
  const code = /^[a-z]$/.test(lower) ? `Key${lower.toUpperCase()}` : (CODES[key] ?? null);
  return { alt: mods.has('alt'), ctrl: mods.has('ctrl'), meta: mods.has('meta'), key: lower, code };
}

const PARSED = SHORTCUTS.flatMap((s) => s.keys.map((k) => ({ id: s.id, ...parseKeys(k) })));

/** Is the focus somewhere a plain key types a character (the editor, a text field)? */
export function isTyping(target) {
  if (!target || typeof target.closest !== 'function') return false;
  if (target.closest('.cm-editor')) return true;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes((target.type || 'text').toLowerCase());
  return false;
}

/** The id of the shortcut `event` (a keydown) asks for, or null. */
export function matchShortcut(event, shortcuts = PARSED) {
  if (event.defaultPrevented || event.isComposing) return null;
  const alt = !!event.altKey;
  const ctrl = !!event.ctrlKey;
  const meta = !!event.metaKey;
  const plain = !alt && !ctrl && !meta;
  if (plain && isTyping(event.target)) return null;
  const fits = (s) => s.alt === alt && s.ctrl === ctrl && s.meta === meta;
  const key = typeof event.key === 'string' && event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const byKey = shortcuts.find((s) => fits(s) && s.key === key);
  if (byKey) return byKey.id;
  // By position: only with a modifier (Option+letter types another letter),
  // and never for "?" (its key types "/" without Shift).
  if (plain) return null;
  const byCode = shortcuts.find((s) => fits(s) && s.code && s.code === event.code && s.key !== '?');
  return byCode ? byCode.id : null;
}

/**
 * Select the first error of the editor's analysis, scroll to it and show
 * its step in the diagram (what a click on it in the list does). Returns
 * false when the code has no error.
 */
export function jumpToFirstError(view) {
  const result = view.state.field(analysisField, false)?.result;
  const diagnostics = result?.diagnostics ?? [];
  const index = diagnostics.findIndex((d) => d?.severity === 'error');
  if (index < 0) return false;
  const { from, to } = toRange(view.state.doc, diagnostics[index]);
  view.dispatch({
    selection: EditorSelection.range(from, to),
    effects: [EditorView.scrollIntoView(from, { y: 'center' }), showDiagnosticStep.of(index)],
  });
  view.focus();
  return true;
}

/** What each shortcut does to a workspace: returns a sentence to announce, or null. */
export const COMMANDS = {
  'prev-step': (ws) => step(ws, -1),
  'next-step': (ws) => step(ws, +1),
  'first-error': (ws) => {
    // While a prediction is open the errors are hidden: jumping would tell.
    if (ws.verdictHidden?.()) return 'The checker’s answer is hidden until you make your prediction.';
    return jumpToFirstError(ws.view) ? null : 'There is no error in this code.';
  },
  'copy-link': (ws) => {
    ws.copyLink();
    return null;
  },
  'focus-editor': (ws) => {
    ws.view.focus();
    return null;
  },
  'focus-diagram': (ws) => {
    const diagram = ws.diagramHost?.querySelector('[data-testid="diagram"]');
    if (!diagram) return 'There is no diagram on this page.';
    diagram.focus();
    return null;
  },
};

function step(ws, delta) {
  const i = diagramStep(ws.view.state);
  if (i < 0) return 'There is no diagram to step through yet.';
  goToDiagramStep(ws.view, i + delta);
  return null;
}

function h(doc, tag, attrs = {}, ...children) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'className') node.className = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
  return node;
}

const KEY_NAMES = { ',': ',', '.': '.', '/': '/' };

/** <kbd>Alt</kbd>+<kbd>J</kbd> for "Alt+J". */
function keysNode(doc, spec) {
  const parts = spec === '?' ? ['?'] : spec.split('+');
  const out = [];
  parts.forEach((p, i) => {
    if (i) out.push('+');
    out.push(h(doc, 'kbd', {}, KEY_NAMES[p] ?? (p.length === 1 ? p.toUpperCase() : p)));
  });
  return out;
}

/**
 * The overlay: a modal <dialog> listing every shortcut, titled, closed by
 * its button or Escape, giving the focus back to where it was.
 */
export function createShortcutOverlay(doc) {
  const title = h(doc, 'h2', { id: 'shortcuts-title', className: 'shortcuts-title' }, 'Keyboard shortcuts');
  const row = (keys, label) =>
    h(
      doc,
      'tr',
      {},
      h(doc, 'td', { className: 'shortcut-keys' }, keys.flatMap((k, i) => (i ? [' or ', ...keysNode(doc, k)] : keysNode(doc, k)))),
      h(doc, 'td', {}, label),
    );
  const table = h(
    doc,
    'table',
    { className: 'shortcuts-table', 'data-testid': 'shortcuts-table' },
    h(doc, 'thead', {}, h(doc, 'tr', {}, h(doc, 'th', { scope: 'col' }, 'Keys'), h(doc, 'th', { scope: 'col' }, 'What they do'))),
    h(doc, 'tbody', {}, SHORTCUTS.map((s) => row(s.keys, s.label)), DIAGRAM_KEYS.map((s) => row(s.keys, s.label))),
  );
  const note = h(
    doc,
    'p',
    { className: 'shortcuts-note' },
    'Shortcuts with Alt work in the editor too (on a Mac, Alt is Option). “?” works when the focus is not in the editor.',
  );
  const close = h(doc, 'button', { type: 'button', className: 'btn', 'data-testid': 'shortcuts-close' }, 'Close');
  const dialog = h(
    doc,
    'dialog',
    { className: 'shortcuts-dialog', 'data-testid': 'shortcuts-dialog', 'aria-labelledby': 'shortcuts-title' },
    title,
    table,
    note,
    h(doc, 'div', { className: 'shortcuts-actions' }, close),
  );
  doc.body.append(dialog);
  let returnTo = null;

  const isOpen = () => dialog.hasAttribute('open');
  const api = {
    element: dialog,
    isOpen,
    open() {
      if (isOpen()) return;
      returnTo = doc.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      close.focus();
    },
    close() {
      if (!isOpen()) return;
      if (typeof dialog.close === 'function') dialog.close();
      else {
        dialog.removeAttribute('open');
        restore();
      }
    },
  };
  // Escape closes a modal dialog by itself; either way, 'close' fires and
  // the focus goes back.
  function restore() {
    const back = returnTo;
    returnTo = null;
    if (back && typeof back.focus === 'function' && doc.contains(back)) back.focus();
  }
  dialog.addEventListener('close', restore);
  close.addEventListener('click', () => api.close());
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) api.close();
  });
  return api;
}

/**
 * Listen for the shortcuts on `doc`. Returns {overlay, announcer, destroy()}.
 * Sentences for a shortcut that could not act ("There is no error…") go to
 * a polite live region.
 */
export function installShortcuts(doc, { workspace = () => null } = {}) {
  const overlay = createShortcutOverlay(doc);
  const announcer = h(doc, 'p', { className: 'visually-hidden', role: 'status', 'data-testid': 'shortcut-status' });
  doc.body.append(announcer);
  const onKey = (e) => {
    if (overlay.isOpen()) return; // the dialog is modal: its own keys only
    const id = matchShortcut(e);
    if (!id) return;
    if (id === 'help') {
      e.preventDefault();
      overlay.open();
      return;
    }
    const ws = workspace();
    if (!ws) return;
    e.preventDefault();
    const said = COMMANDS[id](ws);
    announcer.textContent = said ?? '';
  };
  doc.addEventListener('keydown', onKey);
  return {
    overlay,
    announcer,
    destroy() {
      doc.removeEventListener('keydown', onKey);
      overlay.element.remove();
      announcer.remove();
    },
  };
}
