// Keyboard shortcuts (web/src/shortcuts.js): which key fires which command
// where (a plain key never fires while typing in the editor, a modified one
// does), the commands on an editor state with a real analysis and diagram
// field, and the "?" overlay as a dialog (linkedom for the DOM).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';
import { readFileSync } from 'node:fs';

register(
  'data:text/javascript,' +
    encodeURIComponent(
      "export async function load(url, context, next) { if (url.endsWith('.css')) return { format: 'module', source: '', shortCircuit: true }; return next(url, context); }",
    ),
);

const { parseHTML } = await import('linkedom');
const { EditorState } = await import('@codemirror/state');
const { analysisField, analysisTransaction } = await import('../src/borrowmap-extension.js');
const { diagramField, diagramStep } = await import('../src/diagram-view.js');
const { matchShortcut, parseKeys, isTyping, installShortcuts, SHORTCUTS } = await import('../src/shortcuts.js');

const fixture = JSON.parse(readFileSync(new URL('./fixtures/timeline-move.json', import.meta.url), 'utf8'));

function page() {
  const { document, window } = parseHTML(
    '<!doctype html><html><body><button id="b">a button</button><input id="text" type="text"><input id="range" type="range">' +
      '<div class="cm-editor"><div class="cm-content" id="editor" contenteditable="true"></div></div>' +
      '<div id="host"><div data-testid="diagram" tabindex="0"></div></div></body></html>',
  );
  // linkedom keeps no focus: a minimal one, enough to see where it goes.
  let active = document.body;
  Object.defineProperty(document, 'activeElement', { get: () => active, configurable: true });
  window.HTMLElement.prototype.focus = function focus() {
    active = this;
  };
  return { document, window, $: (id) => document.getElementById(id) };
}

/** A keydown on `target` as the browser would send it. */
function key(window, target, k, mods = {}) {
  const e = new window.Event('keydown', { bubbles: true, cancelable: true });
  Object.assign(e, { key: k, code: mods.code ?? '', altKey: !!mods.alt, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift });
  target.dispatchEvent(e);
  return e;
}
const event = (target, k, mods = {}) => ({
  target,
  key: k,
  code: mods.code ?? '',
  altKey: !!mods.alt,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  defaultPrevented: !!mods.prevented,
  isComposing: false,
});

test('key specs parse into modifiers, a character and a physical key', () => {
  assert.deepEqual(parseKeys('Alt+J'), { alt: true, ctrl: false, meta: false, key: 'j', code: 'KeyJ' });
  assert.deepEqual(parseKeys('Alt+,'), { alt: true, ctrl: false, meta: false, key: ',', code: 'Comma' });
  assert.deepEqual(parseKeys('?'), { alt: false, ctrl: false, meta: false, key: '?', code: 'Slash' });
  const all = SHORTCUTS.flatMap((s) => s.keys);
  assert.equal(new Set(all).size, all.length, 'no key does two things');
});

test('typing: the editor and text fields, not buttons or the slider', () => {
  const { $ } = page();
  assert.equal(isTyping($('editor')), true);
  assert.equal(isTyping($('text')), true);
  assert.equal(isTyping($('b')), false);
  assert.equal(isTyping($('range')), false);
});

test('"?" opens the list outside the editor only; Alt shortcuts work in the editor too', () => {
  const { $ } = page();
  assert.equal(matchShortcut(event($('b'), '?', { shift: true })), 'help');
  assert.equal(matchShortcut(event($('editor'), '?', { shift: true })), null, 'a "?" typed in the editor is a character');
  assert.equal(matchShortcut(event($('text'), '?', { shift: true })), null);
  assert.equal(matchShortcut(event($('editor'), 'j', { alt: true, code: 'KeyJ' })), 'first-error');
  assert.equal(matchShortcut(event($('editor'), ',', { alt: true, code: 'Comma' })), 'prev-step');
  assert.equal(matchShortcut(event($('editor'), '.', { alt: true, code: 'Period' })), 'next-step');
  assert.equal(matchShortcut(event($('b'), 'c', { alt: true, code: 'KeyC' })), 'copy-link');
  assert.equal(matchShortcut(event($('b'), 'i', { alt: true, code: 'KeyI' })), 'focus-editor');
  assert.equal(matchShortcut(event($('b'), 'm', { alt: true, code: 'KeyM' })), 'focus-diagram');
  assert.equal(matchShortcut(event($('editor'), '/', { alt: true, code: 'Slash' })), 'help');
  assert.equal(matchShortcut(event($('editor'), 'j', { code: 'KeyJ' })), null, 'a plain j is typed');
  assert.equal(matchShortcut(event($('b'), 'j', { code: 'KeyJ' })), null, 'and is no shortcut anywhere');
});

test('Option+J on a Mac (which types "∆") matches by the physical key; AltGr and handled keys do not fire', () => {
  const { $ } = page();
  assert.equal(matchShortcut(event($('editor'), '∆', { alt: true, code: 'KeyJ' })), 'first-error');
  assert.equal(matchShortcut(event($('editor'), '≤', { alt: true, code: 'Comma' })), 'prev-step');
  // AltGr is Ctrl+Alt: it types characters ("[" on a German keyboard).
  assert.equal(matchShortcut(event($('editor'), 'j', { alt: true, ctrl: true, code: 'KeyJ' })), null);
  assert.equal(matchShortcut(event($('editor'), 'j', { alt: true, code: 'KeyJ', prevented: true })), null, 'the editor handled it');
  assert.equal(matchShortcut(event($('b'), '/', { code: 'Slash' })), null, 'a plain "/" is not "?"');
});

/** An editor stand-in over a real EditorState: what the commands use of an EditorView. */
function fakeView(result = { version: 1, status: 'ok', diagnostics: fixture.diagnostics, unsupported: [], timeline: fixture.timeline }) {
  let state = EditorState.create({ doc: fixture.source, extensions: [analysisField, diagramField] });
  state = state.update(analysisTransaction(state, state.doc, result)).state;
  return {
    focused: 0,
    get state() {
      return state;
    },
    dispatch(spec) {
      state = state.update(spec).state;
    },
    focus() {
      this.focused++;
    },
  };
}

test('the commands: step back and forth, jump to the first error, copy, focus', () => {
  const { document, window, $ } = page();
  const view = fakeView();
  let copies = 0;
  const ws = { view, diagramHost: $('host'), copyLink: () => copies++ };
  const shortcuts = installShortcuts(document, { workspace: () => ws });
  const start = diagramStep(view.state);
  assert.equal(start, fixture.timeline.error_step, 'a fresh analysis shows the error step');

  assert.equal(key(window, $('editor'), ',', { alt: true, code: 'Comma' }).defaultPrevented, true);
  assert.equal(diagramStep(view.state), start - 1);
  key(window, $('b'), '.', { alt: true, code: 'Period' });
  key(window, $('b'), '.', { alt: true, code: 'Period' });
  assert.equal(diagramStep(view.state), start + 1);
  for (let i = 0; i < 10; i++) key(window, $('b'), '.', { alt: true, code: 'Period' });
  assert.equal(diagramStep(view.state), fixture.timeline.steps.length - 1, 'stepping stops at the last step');

  key(window, $('editor'), 'j', { alt: true, code: 'KeyJ' });
  const d = fixture.diagnostics.find((x) => x.severity === 'error');
  const sel = view.state.selection.main;
  const line = view.state.doc.line(d.line);
  assert.equal(sel.from, line.from + d.col - 1, 'the cursor is at the error');
  assert.equal(diagramStep(view.state), fixture.timeline.error_step, 'the diagram shows the error step');
  assert.equal(view.focused, 1);

  key(window, $('b'), 'c', { alt: true, code: 'KeyC' });
  assert.equal(copies, 1);
  key(window, $('b'), 'm', { alt: true, code: 'KeyM' });
  assert.ok(document.activeElement === $('host').firstChild, 'the diagram has the focus');
  key(window, $('b'), 'i', { alt: true, code: 'KeyI' });
  assert.equal(view.focused, 2);
  assert.equal(shortcuts.announcer.textContent, '');
  shortcuts.destroy();
});

test('a command that cannot act says why in the live region; a hidden verdict is not given away', () => {
  const { document, window, $ } = page();
  const clean = fakeView({ version: 1, status: 'ok', diagnostics: [], unsupported: [], timeline: null });
  const shortcuts = installShortcuts(document, { workspace: () => ({ view: clean, diagramHost: document.createElement('div'), copyLink() {} }) });
  key(window, $('b'), 'j', { alt: true, code: 'KeyJ' });
  assert.equal(shortcuts.announcer.textContent, 'There is no error in this code.');
  key(window, $('b'), '.', { alt: true, code: 'Period' });
  assert.equal(shortcuts.announcer.textContent, 'There is no diagram to step through yet.');
  key(window, $('b'), 'm', { alt: true, code: 'KeyM' });
  assert.equal(shortcuts.announcer.textContent, 'There is no diagram on this page.');
  shortcuts.destroy();

  const view = fakeView();
  const before = view.state.selection.main.from;
  const hidden = installShortcuts(document, { workspace: () => ({ view, diagramHost: $('host'), copyLink() {}, verdictHidden: () => true }) });
  key(window, $('b'), 'j', { alt: true, code: 'KeyJ' });
  assert.equal(view.state.selection.main.from, before, 'the cursor does not move to the hidden error');
  assert.match(hidden.announcer.textContent, /hidden until you make your prediction/);
  hidden.destroy();
});

test('the overlay: "?" opens a labelled dialog listing every shortcut, Close gives the focus back', () => {
  const { document, window, $ } = page();
  const shortcuts = installShortcuts(document, { workspace: () => null });
  const dialog = document.querySelector('[data-testid="shortcuts-dialog"]');
  assert.equal(dialog.tagName, 'DIALOG');
  assert.equal(document.getElementById(dialog.getAttribute('aria-labelledby')).textContent, 'Keyboard shortcuts');
  assert.equal(dialog.hasAttribute('open'), false);
  $('b').focus();
  key(window, $('b'), '?', { shift: true, code: 'Slash' });
  assert.equal(dialog.hasAttribute('open'), true);
  assert.ok(document.activeElement === document.querySelector('[data-testid="shortcuts-close"]'), 'the focus is in the dialog');
  const rows = [...dialog.querySelectorAll('tbody tr')].map((r) => r.textContent);
  for (const s of SHORTCUTS) assert.ok(rows.some((r) => r.includes(s.label)), s.label);
  assert.ok(rows.some((r) => r.startsWith('Alt+J')), rows.join('\n'));
  // While it is open, other shortcuts wait.
  assert.equal(key(window, $('b'), 'j', { alt: true, code: 'KeyJ' }).defaultPrevented, false);
  document.querySelector('[data-testid="shortcuts-close"]').dispatchEvent(new window.Event('click', { bubbles: true }));
  assert.equal(dialog.hasAttribute('open'), false);
  assert.ok(document.activeElement === $('b'), 'the focus is back where it was');
  // "?" typed in the editor does not open it.
  key(window, $('editor'), '?', { shift: true, code: 'Slash' });
  assert.equal(dialog.hasAttribute('open'), false);
  // Without an editor page, the other shortcuts do nothing and prevent nothing.
  assert.equal(key(window, $('b'), '.', { alt: true, code: 'Period' }).defaultPrevented, false);
  shortcuts.destroy();
  assert.equal(document.querySelector('[data-testid="shortcuts-dialog"]'), null);
});
