// The tools beside the diagnostics (web/src/code-tools.js), what opening a
// share link does to saved code (web/src/link-open.js) and the Output panel
// (web/src/output-view.js), with linkedom for the DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';

const { document, window } = parseHTML('<!doctype html><html><body><div id="box" hidden></div></body></html>');
globalThis.document = document; // dom.js builds with the global document
globalThis.Node = window.Node;

const { createCodeTools } = await import('../src/code-tools.js');
const { planLink, renderLinkNotice } = await import('../src/link-open.js');
const { createOutputView, runOf } = await import('../src/output-view.js');
const { readShare } = await import('../src/share.js');
const { splitHash } = await import('../src/hash.js');

const CODE = 'fn main() {\n    let s = String::from("ü🦀");\n}\n';
const click = (node) => node.dispatchEvent(new window.Event('click', { bubbles: true }));
const $ = (root, testid) => root.querySelector(`[data-testid="${testid}"]`);

test('the rustc link carries the code exactly and opens a new tab safely', () => {
  const tools = createCodeTools(document, { getShareHash: () => '#/play' });
  tools.update(CODE, null);
  const a = $(tools.element, 'rustc-link');
  const url = new URL(a.getAttribute('href'));
  assert.equal(url.searchParams.get('code'), CODE);
  assert.equal(url.searchParams.get('edition'), '2024');
  assert.equal(a.getAttribute('target'), '_blank');
  assert.equal(a.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(a.dataset.prominent, 'false');
  assert.equal($(tools.element, 'rustc-note').hidden, true);
});

test('unsupported code makes the rustc link prominent, with a sentence; a long program says to paste', () => {
  const tools = createCodeTools(document, { getShareHash: () => '#/play' });
  tools.update(CODE, { unsupported: [{ line: 1, col: 1, reason: 'trait objects are not analyzed yet' }] });
  const a = $(tools.element, 'rustc-link');
  assert.equal(a.dataset.prominent, 'true');
  assert.ok(a.classList.contains('is-prominent'));
  assert.match($(tools.element, 'rustc-note').textContent, /does not model one thing in this code .* rustc has the last word/);
  tools.update(CODE, { unsupported: [] });
  assert.equal(a.dataset.prominent, 'false');
  tools.update('// long\n'.repeat(3000), null);
  assert.equal(a.dataset.complete, 'false');
  assert.equal(new URL(a.getAttribute('href')).searchParams.get('code'), null);
  assert.match($(tools.element, 'rustc-note').textContent, /too long to send by link/);
});

test('Copy link writes the share URL and confirms; without a clipboard the link is shown, selected', async () => {
  const copied = [];
  const tools = createCodeTools(document, {
    getShareHash: () => '#/play?v=1&code=abc&step=2',
    clipboard: { writeText: async (t) => copied.push(t) },
    location: { href: 'http://127.0.0.1:4173/app/#/play' },
  });
  await tools.copyLink();
  assert.deepEqual(copied, ['http://127.0.0.1:4173/app/#/play?v=1&code=abc&step=2']);
  assert.match($(tools.element, 'copy-link-status').textContent, /^Link copied/);
  assert.equal($(tools.element, 'copy-link-fallback').hidden, true);
  tools.destroy();

  const refused = createCodeTools(document, {
    getShareHash: () => '#/play?v=1&code=abc',
    clipboard: { writeText: async () => Promise.reject(new Error('NotAllowedError')) },
    location: { href: 'http://h/#/play' },
  });
  click($(refused.element, 'copy-link'));
  await new Promise((r) => setTimeout(r, 0));
  const field = $(refused.element, 'copy-link-fallback');
  assert.equal(field.hidden, false);
  assert.equal(field.value, 'http://h/#/play?v=1&code=abc');
  assert.match($(refused.element, 'copy-link-status').textContent, /did not let borrowmap copy/);
  refused.destroy();
});

test('Copy link on a program too large for a link says so and copies nothing', async () => {
  const copied = [];
  const tools = createCodeTools(document, { getShareHash: () => null, clipboard: { writeText: async (t) => copied.push(t) }, location: { href: 'http://h/' } });
  await tools.copyLink();
  assert.deepEqual(copied, []);
  assert.match($(tools.element, 'copy-link-status').textContent, /too large for a link/);
  tools.destroy();
});

test('a link never overwrites saved code without asking', () => {
  const link = { code: 'fn main() { let x = 1; }', step: 2 };
  assert.deepEqual(planLink(null, { saved: 'mine' }), { kind: 'none', step: null });
  assert.deepEqual(planLink(link, { saved: null }), { kind: 'open', code: link.code, step: 2 });
  assert.deepEqual(planLink(link, { saved: undefined }), { kind: 'open', code: link.code, step: 2 });
  assert.deepEqual(planLink(link, { saved: link.code }), { kind: 'open', code: link.code, step: 2 });
  assert.deepEqual(planLink(link, { saved: 'mine' }), { kind: 'conflict', code: link.code, step: 2 });
  const bad = readShare(splitHash('#/play?v=1&code=eNoBAgM').params);
  assert.equal(planLink(bad, { saved: 'mine' }).kind, 'error');
});

test('the link notice: an unreadable link says why; a conflict asks, and each choice is heard', () => {
  const box = document.getElementById('box');
  const bad = planLink(readShare(new Map([['code', 'eNoBAgM']])), { saved: null });
  renderLinkNotice(box, bad, { where: 'the playground' });
  assert.equal(box.hidden, false);
  assert.equal(box.getAttribute('role'), 'alert');
  assert.match($(box, 'link-notice-text').textContent, /^The link .* cannot be shown\. Your own code is shown instead\.$/);
  click($(box, 'link-notice-dismiss'));
  assert.equal(box.hidden, true);

  const picked = [];
  const conflict = { kind: 'conflict', code: 'x', step: null };
  const handlers = { where: 'the playground', onKeepLink: () => picked.push('link'), onKeepMine: () => picked.push('mine') };
  renderLinkNotice(box, conflict, handlers);
  assert.match($(box, 'link-notice-text').textContent, /not the one you saved in the playground.*nothing is saved until you choose/);
  click($(box, 'link-keep-link'));
  renderLinkNotice(box, conflict, handlers);
  click($(box, 'link-keep-mine'));
  assert.deepEqual(picked, ['link', 'mine']);
  assert.equal(box.hidden, true);
  renderLinkNotice(box, { kind: 'open', code: 'x', step: null }, handlers);
  assert.equal(box.hidden, true);
  assert.equal(box.children.length, 0);
});

test('the Output panel shows what the program has printed by the diagram\'s step, in UTF-8 bytes', () => {
  const out = createOutputView();
  const steps = [{ stdout_len: 0 }, { stdout_len: 5 }, { stdout_len: 5 }, { stdout_len: 11 }];
  out.update({ run: { status: 'ok', stdout: 'h\u00e9!\n' + 'ok\n', stderr: '', exit_code: 0 }, timeline: { steps } });
  // 'hé!\n' is 5 bytes (é is 2), 'ok\n' 3 more: step 3 prints up to byte 11 > 8, the end
  out.showStep(0);
  assert.equal($(out.element, 'play-stdout').textContent, '(nothing printed)');
  assert.equal($(out.element, 'play-output-step').hidden, false);
  assert.match($(out.element, 'play-output-step').textContent, /by step 1 of 4/);
  out.showStep(1);
  assert.equal($(out.element, 'play-stdout').textContent, 'h\u00e9!\n');
  out.showStep(3);
  assert.equal($(out.element, 'play-stdout').textContent, 'h\u00e9!\nok\n');
  assert.equal($(out.element, 'play-output-step').hidden, true, 'the last step: the whole output');
  out.showStep(-1);
  assert.equal($(out.element, 'play-stdout').textContent, 'h\u00e9!\nok\n', 'no step shown: the whole output');
  out.update({ run: { status: 'rejected', stdout: '', stderr: '', exit_code: 2, reason: 'x' }, timeline: { steps } });
  out.showStep(1);
  assert.equal($(out.element, 'play-output-step').hidden, true, 'a program not run has no output by step');
});

test('the Output panel stays hidden until a result has a run, then shows it as text', () => {
  const out = createOutputView();
  out.update({ version: 1, status: 'ok', diagnostics: [] });
  assert.equal(out.element.hidden, true);
  assert.equal(runOf({ run: 'nope' }), null);
  out.update({ run: { status: 'ok', stdout: 'hello <b>x</b>\n', stderr: '', exit_code: 0, reason: null } });
  assert.equal(out.element.hidden, false);
  assert.equal($(out.element, 'play-stdout').textContent, 'hello <b>x</b>\n');
  assert.equal($(out.element, 'play-stdout').children.length, 0, 'printed text is text, never markup');
  assert.equal($(out.element, 'play-stderr').hidden, true);
  assert.equal($(out.element, 'play-exit').textContent, 'The program ran to the end: exit code 0.');
  out.update({ run: { status: 'panic', stdout: '', stderr: "thread 'main' panicked", exit_code: 101, reason: null } });
  assert.equal($(out.element, 'play-stdout').textContent, '(nothing printed)');
  assert.equal($(out.element, 'play-stderr').textContent, "thread 'main' panicked");
  assert.equal($(out.element, 'play-exit').textContent, "The program panicked: exit code 101. The diagram's last step shows the stack where it did.");
  out.update({ run: { status: 'rejected', stdout: '', stderr: '', exit_code: 2, reason: 'error[E0382]: borrow of moved value: `s`', line: 4 } });
  assert.equal($(out.element, 'play-stdout').hidden, true, 'a program that was not run printed nothing, not "(nothing printed)"');
  assert.equal($(out.element, 'play-exit').textContent, 'Not run: the program does not compile: error[E0382]: borrow of moved value: `s`');
  out.update({ run: { status: 'unsupported', stdout: 'a\n', stderr: '', exit_code: 2, reason: 'trait objects are not run yet', line: 7 } });
  assert.equal($(out.element, 'play-stdout').hidden, false);
  assert.match($(out.element, 'play-exit').textContent, /^The run was stopped \(line 7\): trait objects are not run yet\. /);
  out.update({ version: 1 });
  assert.equal(out.element.hidden, true);
});
