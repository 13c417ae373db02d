// The diagram panel under node, with linkedom for the DOM: what it draws for
// each fixture timeline, that positions stay put while stepping, the step
// controls, the text alternative, the empty states, and that analyzer strings
// are only ever text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';
import { readFileSync } from 'node:fs';

// panel.js imports its stylesheet (Vite bundles it); under node a .css
// import is an empty module.
register(
  'data:text/javascript,' +
    encodeURIComponent(
      "export async function load(url, context, next) { if (url.endsWith('.css')) return { format: 'module', source: '', shortCircuit: true }; return next(url, context); }",
    ),
);

const { parseHTML } = await import('linkedom');
const { createDiagramPanel, MESSAGES, stepForLine, stepSpan, stepForDiagnostic, computeLayout, describeStep } = await import(
  '../src/diagram/panel.js'
);

const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/timeline-${name}.json`, import.meta.url), 'utf8'));
const FIXTURES = ['move', 'dangling', 'call-mut', 'vec-rc'];
const css = readFileSync(new URL('../src/diagram/diagram.css', import.meta.url), 'utf8');

function mount(options = {}) {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="host"></div></body></html>');
  const host = document.getElementById('host');
  const calls = [];
  const panel = createDiagramPanel(host, {
    onStepChange: (i, step, info) => calls.push({ i, line: step.line, source: info.source }),
    ...options,
  });
  const $ = (sel) => host.querySelector(sel);
  const $$ = (sel) => [...host.querySelectorAll(sel)];
  const click = (sel) => $(sel).dispatchEvent(new window.Event('click', { bubbles: true }));
  const key = (target, k) => {
    const e = new window.Event('keydown', { bubbles: true, cancelable: true });
    e.key = k;
    target.dispatchEvent(e);
    return e;
  };
  return { document, window, host, panel, calls, $, $$, click, key };
}

const slotOf = (m, id) => m.$(`[data-testid="diagram-slot"][data-slot-id="${id}"]`);
const regionOf = (m, id) => m.$(`[data-testid="diagram-region"][data-region-id="${id}"]`);
const rectOf = (g) => {
  const r = g.querySelector('rect.bm-d-region-box');
  return { x: +r.getAttribute('x'), y: +r.getAttribute('y'), w: +r.getAttribute('width'), h: +r.getAttribute('height') };
};
const translateOf = (g) => {
  const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute('transform'));
  return { x: +m[1], y: +m[2] };
};

test('fixtures follow the contract: ids, states, kinds, error_step and diagnostic indexes', () => {
  const states = new Set(['uninit', 'owned', 'moved', 'borrowed', 'borrowed-mut', 'dropped']);
  const events = new Set(['init', 'move', 'copy', 'borrow', 'borrow-mut', 'reborrow', 'loan-end', 'assign', 'drop', 'push', 'pop']);
  for (const name of FIXTURES) {
    const f = fixture(name);
    assert.equal(typeof f.source, 'string', name);
    const { steps, error_step, unsupported } = f.timeline;
    assert.equal(unsupported, null);
    const first = steps.findIndex((s) => s.diagnostic !== undefined);
    assert.equal(error_step, first < 0 ? null : first, `${name}: error_step is the first step with a diagnostic`);
    const lines = f.source.split('\n');
    for (const s of steps) {
      assert.ok(s.line >= 1 && s.line <= lines.length, `${name}: line ${s.line}`);
      assert.ok(s.col >= 1 && s.end_col > s.col && s.end_col <= lines[s.end_line - 1].length + 1, `${name}: span of line ${s.line}`);
      assert.ok(s.sentence.length > 0);
      for (const e of s.events) assert.ok(events.has(e.kind), e.kind);
      if (s.diagnostic !== undefined) assert.ok(f.diagnostics[s.diagnostic], `${name}: diagnostic index`);
      const walk = (r) => {
        assert.match(r.id, /^r\d+$/);
        assert.ok(['frame', 'block'].includes(r.kind));
        assert.match(r.lifetime, /^'[a-z]+$/);
        for (const sl of r.slots) {
          assert.match(sl.id, /^v\d+$/);
          assert.ok(states.has(sl.state), sl.state);
        }
        r.children.forEach(walk);
      };
      s.regions.forEach(walk);
      for (const h of s.heap) assert.match(h.id, /^h\d+$/);
      for (const r of s.refs) {
        assert.match(r.id, /^l\d+$/);
        assert.ok(['shared', 'mut'].includes(r.kind));
        assert.ok(['ok', 'conflict', 'dangling'].includes(r.status));
      }
    }
  }
  // The rustc codes each fixture is about.
  assert.equal(fixture('move').diagnostics[0].code, 'E0382');
  assert.equal(fixture('dangling').diagnostics[0].code, 'E0597');
  assert.equal(fixture('vec-rc').diagnostics[0].code, 'E0502');
  assert.equal(fixture('call-mut').timeline.error_step, null);
});

test('regions are nested as in the timeline and labelled with name and lifetime', () => {
  const m = mount();
  const f = fixture('dangling');
  m.panel.update(f.timeline, f.diagnostics, { step: 4 });
  const main = regionOf(m, 'r1');
  const block = regionOf(m, 'r2');
  assert.equal(main.getAttribute('data-lifetime'), "'a");
  assert.equal(block.getAttribute('data-lifetime'), "'b");
  assert.equal(main.getAttribute('data-kind'), 'frame');
  assert.equal(block.getAttribute('data-kind'), 'block');
  assert.equal(main.querySelector('.bm-d-region-label').textContent, "main'a");
  assert.match(main.querySelector('.bm-d-region-label').textContent, /^main'a$/);
  assert.equal(block.querySelector('.bm-d-region-name').textContent, 'block at line 3');
  assert.equal(block.querySelector('.bm-d-lifetime').textContent, "'b");
  // The block's rectangle lies inside main's, and x (in the block) inside the block.
  const a = rectOf(main);
  const b = rectOf(block);
  assert.ok(b.x > a.x && b.y > a.y && b.x + b.w < a.x + a.w && b.y + b.h < a.y + a.h, 'block inside main');
  const x = translateOf(slotOf(m, 'v2'));
  assert.ok(x.x > b.x && x.y > b.y && x.y < b.y + b.h, 'x inside the block');
  const r = translateOf(slotOf(m, 'v1'));
  assert.ok(r.y < b.y, 'r (declared before the block) is above it');

  // A callee's frame is its own box under its caller's, not inside it.
  const c = fixture('call-mut');
  m.panel.update(c.timeline, c.diagnostics, { step: 2 });
  const caller = rectOf(regionOf(m, 'r1'));
  const callee = rectOf(regionOf(m, 'r2'));
  assert.ok(callee.y >= caller.y + caller.h, 'callee frame below the caller');
  assert.equal(regionOf(m, 'r2').querySelector('.bm-d-region-name').textContent, 'shout');
});

test('slot states are data attributes; the moved slot is "moved" from the move step on', () => {
  const m = mount();
  const f = fixture('move');
  m.panel.update(f.timeline, f.diagnostics, { step: 1 });
  assert.equal(slotOf(m, 'v1').getAttribute('data-state'), 'owned');
  assert.equal(slotOf(m, 'v2'), null, 't does not exist before its let');
  m.panel.setStep(2);
  assert.equal(slotOf(m, 'v1').getAttribute('data-state'), 'moved');
  assert.equal(slotOf(m, 'v2').getAttribute('data-state'), 'owned');
  // The move step outlines the moved slot, with the event's kind.
  assert.equal(slotOf(m, 'v1').getAttribute('data-event'), 'move');
  assert.ok(slotOf(m, 'v1').querySelector('.bm-d-hl-ring'));
  assert.equal(slotOf(m, 'v1').querySelector('[data-testid="diagram-slot-tag"]').textContent, 'moved');
  // The heap String changed owner: its owner edge now starts at t.
  const owner = m.$('[data-testid="diagram-owner"]');
  assert.equal(owner.getAttribute('data-from'), 'v2');
  assert.equal(owner.getAttribute('data-to'), 'h1');
  m.panel.setStep(3);
  assert.equal(slotOf(m, 'v1').getAttribute('data-state'), 'moved');
  assert.ok(slotOf(m, 'v1').getAttribute('class').includes('bm-d-hl--error'), 'the error step outlines s in red');
  // The dangling fixture has an uninit slot; the last step of move frees the heap.
  const d = fixture('dangling');
  m.panel.update(d.timeline, d.diagnostics, { step: 1 });
  assert.equal(slotOf(m, 'v1').getAttribute('data-state'), 'uninit');
  m.panel.update(f.timeline, f.diagnostics, { step: 4 });
  assert.equal(m.$('[data-testid="diagram-heap"]').getAttribute('data-freed'), 'true');
  assert.equal(m.$$('[data-testid="diagram-owner"]').length, 0, 'a freed object has no owner');
});

test('refs: kinds, statuses and liveness; shared and mutable differ by more than colour', () => {
  const m = mount();
  const c = fixture('call-mut');
  m.panel.update(c.timeline, c.diagnostics, { step: 2 });
  const mut = m.$('[data-testid="diagram-ref"]');
  assert.equal(mut.getAttribute('data-ref-kind'), 'mut');
  assert.equal(mut.getAttribute('data-status'), 'ok');
  assert.equal(mut.getAttribute('data-live'), 'true');
  assert.equal(mut.getAttribute('data-from'), 'v2');
  assert.equal(mut.getAttribute('data-to'), 'v1');
  assert.equal(mut.querySelector('.bm-d-ref-label').textContent, "&'a mut", 'the label names the region it borrows from');
  assert.match(mut.querySelector('.bm-d-ref-line').getAttribute('marker-end'), /-mut\)$/);
  assert.equal(slotOf(m, 'v1').getAttribute('data-state'), 'borrowed-mut');
  m.panel.setStep(4);
  assert.equal(m.$$('[data-testid="diagram-ref"]').length, 0, 'the callee frame popped with its reference');

  const v = fixture('vec-rc');
  m.panel.update(v.timeline, v.diagnostics, { step: 2 });
  const shared = m.$('[data-testid="diagram-ref"]');
  assert.equal(shared.getAttribute('data-ref-kind'), 'shared');
  assert.equal(shared.querySelector('.bm-d-ref-label').textContent, "&'a");
  assert.match(shared.querySelector('.bm-d-ref-line').getAttribute('marker-end'), /-shared\)$/);
  m.panel.setStep(v.timeline.error_step);
  const conflict = m.$('[data-testid="diagram-ref"]');
  assert.equal(conflict.getAttribute('data-status'), 'conflict');
  assert.match(conflict.querySelector('.bm-d-ref-line').getAttribute('marker-end'), /-bad\)$/);
  assert.match(slotOf(m, 'v2').textContent, /v\[0\] conflict/);
  m.panel.setStep(6);
  assert.equal(m.$('[data-testid="diagram-ref"]').getAttribute('data-live'), 'false');
  assert.ok(m.$('[data-testid="diagram-ref"]').getAttribute('class').includes('bm-d-ref--dead'));

  // The CSS draws them differently: width, and mutable is not only a colour.
  assert.match(css, /\.bm-d-ref--shared \.bm-d-ref-line \{[^}]*stroke-width: 2;/);
  assert.match(css, /\.bm-d-ref--mut \.bm-d-ref-line \{[^}]*stroke-width: 3\.6;/);
  assert.match(css, /\.bm-d-ref--dead \{[^}]*opacity: 0\.4;/);
});

test('the dangling ref is red at the error step, into the popped block', () => {
  const m = mount();
  const f = fixture('dangling');
  m.panel.update(f.timeline, f.diagnostics);
  assert.equal(m.panel.step(), 5, 'starts at error_step');
  const ref = m.$('[data-testid="diagram-ref"]');
  assert.equal(ref.getAttribute('data-status'), 'dangling');
  assert.ok(ref.getAttribute('class').includes('bm-d-ref--dangling'));
  assert.match(ref.querySelector('.bm-d-ref-line').getAttribute('marker-end'), /-bad\)$/);
  assert.match(css, /--d-bad: #c21c1c;/);
  assert.match(css, /\.bm-d-ref--dangling \.bm-d-ref-line,\s*\.bm-d-ref--conflict \.bm-d-ref-line \{ stroke: var\(--d-bad\);/);
  // The block is drawn as popped (an outline), x as gone, and the arrow ends where x was.
  const block = regionOf(m, 'r2');
  assert.equal(block.getAttribute('data-status'), 'popped');
  assert.ok(block.getAttribute('class').includes('bm-d-region--dangling-target'));
  assert.match(block.textContent, /popped/);
  assert.equal(slotOf(m, 'v2'), null);
  const ghost = m.$('[data-testid="diagram-ghost-slot"][data-slot-id="v2"]');
  assert.ok(ghost);
  const d = ref.querySelector('.bm-d-ref-line').getAttribute('d');
  const end = d.trim().split(/[\s,C]+/).slice(-2).map(Number);
  const g = translateOf(ghost);
  const w = +ghost.querySelector('rect').getAttribute('width');
  assert.ok(Math.abs(end[0] - (g.x + w)) <= 2 && end[1] > g.y && end[1] < g.y + 38, `arrow ends at x's old place: ${end}`);
  assert.match(slotOf(m, 'v1').textContent, /→ x dangling/);
  // One step before, the block is live and the ref fine.
  m.click('[data-testid="diagram-prev"]');
  assert.equal(regionOf(m, 'r2').getAttribute('data-status'), 'live');
  assert.equal(m.$('[data-testid="diagram-ref"]').getAttribute('data-status'), 'ok');
  // Before the block was pushed, it is not drawn at all.
  m.panel.setStep(1);
  assert.equal(regionOf(m, 'r2'), null);
});

test('layout is stable: every slot, region and heap object keeps its position at every step', () => {
  for (const name of FIXTURES) {
    const f = fixture(name);
    const m = mount();
    m.panel.update(f.timeline, f.diagnostics, { step: 0 });
    const pos = new Map();
    let viewBox = null;
    for (let i = 0; i < f.timeline.steps.length; i++) {
      m.panel.setStep(i);
      assert.equal(m.panel.step(), i);
      const svg = m.$('[data-testid="diagram-svg"]');
      viewBox ??= svg.getAttribute('viewBox');
      assert.equal(svg.getAttribute('viewBox'), viewBox, `${name}: the drawing keeps its size`);
      const seen = [
        ...m.$$('[data-testid="diagram-slot"]').map((g) => [`slot ${g.getAttribute('data-slot-id')}`, JSON.stringify(translateOf(g))]),
        ...m.$$('[data-testid="diagram-ghost-slot"]').map((g) => [`slot ${g.getAttribute('data-slot-id')}`, JSON.stringify(translateOf(g))]),
        ...m.$$('[data-testid="diagram-heap"]').map((g) => [`heap ${g.getAttribute('data-heap-id')}`, JSON.stringify(translateOf(g))]),
        ...m.$$('[data-testid="diagram-region"]').map((g) => [`region ${g.getAttribute('data-region-id')}`, JSON.stringify(rectOf(g))]),
      ];
      for (const [id, p] of seen) {
        if (!pos.has(id)) pos.set(id, p);
        assert.equal(p, pos.get(id), `${name}: ${id} moved at step ${i}`);
      }
    }
    assert.ok(pos.size >= 3, `${name}: something was drawn`);
  }
});

test('a slot declared later already has its row reserved (no overlap, nothing jumps)', () => {
  const f = fixture('vec-rc');
  const layout = computeLayout(f.timeline);
  const boxes = [...layout.slots.values()];
  assert.equal(boxes.length, 4);
  for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i].y >= boxes[i - 1].y + boxes[i - 1].h, 'rows do not overlap');
  const m = mount();
  m.panel.update(f.timeline, f.diagnostics, { step: 1 });
  const frameAtStart = rectOf(regionOf(m, 'r1'));
  m.panel.setStep(4);
  assert.deepEqual(rectOf(regionOf(m, 'r1')), frameAtStart, 'the frame is as tall at step 1 as at step 4');
});

test('3 frames and 10 slots fit a readable drawing: nested, no overlaps', () => {
  // main -> parse(&mut) -> check(&) with a block in main; 10 slots in all.
  const sl = (id, name, type, state = 'owned', value = null) => ({ id, name, type, state, value, fields: null });
  const steps = [
    {
      line: 1, col: 1, end_line: 1, end_col: 2, sentence: 'three frames', events: [],
      regions: [{
        id: 'r1', kind: 'frame', name: 'main', lifetime: "'a", line: 1, end_line: 20,
        slots: [sl('v1', 'input', 'String'), sl('v2', 'count', 'usize', 'borrowed-mut', '0'), sl('v3', 'limit', 'u32', 'owned', '10')],
        children: [
          { id: 'r2', kind: 'block', name: 'block at line 5', lifetime: "'b", line: 5, end_line: 12,
            slots: [sl('v4', 'words', 'Vec<&str>'), sl('v5', 'i', 'usize', 'owned', '3')],
            children: [{ id: 'r3', kind: 'frame', name: 'parse', lifetime: "'c", line: 14, end_line: 18,
              slots: [sl('v6', 'text', '&str'), sl('v7', 'n', '&mut usize'), sl('v8', 'done', 'bool', 'uninit')],
              children: [{ id: 'r4', kind: 'frame', name: 'check', lifetime: "'d", line: 19, end_line: 22,
                slots: [sl('v9', 'w', '&str'), sl('v10', 'ok', 'bool', 'owned', 'true')], children: [] }] }] },
        ],
      }],
      heap: [
        { id: 'h1', kind: 'String', owner: 'v1', contents: '"one two three"', items: null, strong: null, freed: false },
        { id: 'h2', kind: 'Vec', owner: 'v4', contents: null, items: ['"one"', '"two"', '"three"'], strong: null, freed: false },
      ],
      refs: [
        { id: 'l1', from: 'v6', to: 'h1', to_field: null, kind: 'shared', live: true, status: 'ok' },
        { id: 'l2', from: 'v7', to: 'v2', to_field: null, kind: 'mut', live: true, status: 'ok' },
        { id: 'l3', from: 'v9', to: 'h2', to_field: '1', kind: 'shared', live: true, status: 'ok' },
      ],
    },
  ];
  const timeline = { steps, error_step: null, unsupported: null };
  const layout = computeLayout(timeline);
  const inside = (a, b) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
  const regionOfSlot = { v1: 'r1', v2: 'r1', v3: 'r1', v4: 'r2', v5: 'r2', v6: 'r3', v7: 'r3', v8: 'r3', v9: 'r4', v10: 'r4' };
  for (const [s, r] of Object.entries(regionOfSlot)) assert.ok(inside(layout.slots.get(s), layout.regions.get(r)), `${s} in ${r}`);
  assert.ok(inside(layout.regions.get('r2'), layout.regions.get('r1')), 'the block nests in main');
  // The callee frames stack below, each in its own box.
  const [r1, r3, r4] = ['r1', 'r3', 'r4'].map((id) => layout.regions.get(id));
  assert.ok(r3.y >= r1.y + r1.h && r4.y >= r3.y + r3.h);
  const all = [...layout.slots.values()];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i];
      const b = all[j];
      assert.ok(a.y + a.h <= b.y || b.y + b.h <= a.y, 'slots never overlap');
    }
  // Slots stay wide enough for "name: Type" at 11.5px monospace, and the
  // whole drawing is about as tall as a laptop panel (it may scroll).
  for (const b of all) assert.ok(b.w >= 190, `slot width ${b.w}`);
  assert.ok(layout.height < 900, `height ${layout.height}`);
  const m = mount();
  m.panel.update(timeline, []);
  assert.equal(m.$$('[data-testid="diagram-slot"]').length, 10);
  assert.equal(m.$$('[data-testid="diagram-region"]').length, 4);
  assert.equal(m.$$('[data-testid="diagram-ref"]').length, 3);
  assert.equal(m.$$('[data-testid="diagram-heap"]').length, 2);
  assert.equal(m.$$('.bm-d-item').length, 3, 'the Vec draws its items');
});

test('heap: String contents, Vec items, Rc strong count', () => {
  const m = mount();
  const f = fixture('vec-rc');
  m.panel.update(f.timeline, f.diagnostics, { step: 4 });
  const vec = m.$('[data-testid="diagram-heap"][data-heap-id="h1"]');
  assert.equal(vec.getAttribute('data-kind'), 'Vec');
  assert.deepEqual([...vec.querySelectorAll('.bm-d-item text')].map((t) => t.textContent), ['1', '2', '3']);
  const rc = m.$('[data-testid="diagram-heap"][data-heap-id="h2"]');
  assert.equal(rc.querySelector('[data-testid="diagram-strong"]').textContent, 'strong count: 2');
  assert.equal(rc.querySelector('.bm-d-heap-contents').textContent, '"hi"');
  m.panel.setStep(3);
  assert.equal(m.$('[data-testid="diagram-strong"]').textContent, 'strong count: 1');
});

test('step controls: buttons, slider and arrow keys change the step, the label and the sentence', () => {
  const m = mount();
  const f = fixture('move');
  m.panel.update(f.timeline, f.diagnostics);
  assert.equal(m.panel.step(), 3);
  assert.deepEqual(m.calls.at(-1), { i: 3, line: 4, source: 'update' });
  assert.equal(m.$('[data-testid="diagram-step-label"]').textContent, 'Step 4 of 5');
  assert.equal(m.$('[data-testid="diagram-sentence"]').textContent, f.timeline.steps[3].sentence.replaceAll('`', ''));
  assert.equal(m.$('[data-testid="diagram-sentence"] code').textContent, 'println!', 'backticks become code');

  m.click('[data-testid="diagram-prev"]');
  assert.equal(m.panel.step(), 2);
  assert.equal(m.$('[data-testid="diagram-step-label"]').textContent, 'Step 3 of 5');
  assert.equal(m.$('[data-testid="diagram-sentence"]').textContent, '`s` moves into `t`; `s` can no longer be used.'.replaceAll('`', ''));
  assert.deepEqual(m.calls.at(-1), { i: 2, line: 3, source: 'user' });
  assert.equal(m.$('[data-testid="diagram-svg"]').getAttribute('data-step'), '2');

  m.click('[data-testid="diagram-next"]');
  m.click('[data-testid="diagram-next"]');
  assert.equal(m.panel.step(), 4);
  assert.equal(m.$('[data-testid="diagram-next"]').disabled, true, 'next is disabled at the last step');
  m.click('[data-testid="diagram-next"]');
  assert.equal(m.panel.step(), 4);

  m.click('[data-testid="diagram-first"]');
  assert.equal(m.panel.step(), 0);
  assert.equal(m.$('[data-testid="diagram-prev"]').disabled, true);
  m.click('[data-testid="diagram-last"]');
  assert.equal(m.panel.step(), 4);

  const slider = m.$('[data-testid="diagram-slider"]');
  assert.equal(slider.getAttribute('max'), '4');
  slider.value = '1';
  slider.dispatchEvent(new m.window.Event('input', { bubbles: true }));
  assert.equal(m.panel.step(), 1);
  assert.equal(m.$('[data-testid="diagram-step-label"]').textContent, 'Step 2 of 5');

  // Arrow keys on the panel, and on its buttons (the event bubbles).
  const root = m.$('[data-testid="diagram"]');
  assert.equal(root.getAttribute('tabindex'), '0', 'the panel can take focus');
  const e = m.key(root, 'ArrowRight');
  assert.equal(m.panel.step(), 2);
  assert.equal(e.defaultPrevented, true);
  m.key(m.$('[data-testid="diagram-next"]'), 'ArrowLeft');
  assert.equal(m.panel.step(), 1);
  m.key(root, 'End');
  assert.equal(m.panel.step(), 4);
  m.key(root, 'Home');
  assert.equal(m.panel.step(), 0);
  m.key(root, 'ArrowLeft');
  assert.equal(m.panel.step(), 0, 'clamped at the first step');
  const other = m.key(root, 'a');
  assert.equal(other.defaultPrevented, false, 'other keys are left alone');

  // setStep clamps, reports 'api', and does nothing when the step is unchanged.
  const before = m.calls.length;
  m.panel.setStep(99);
  assert.equal(m.panel.step(), 4);
  assert.deepEqual(m.calls.at(-1), { i: 4, line: 5, source: 'api' });
  m.panel.setStep(4);
  assert.equal(m.calls.length, before + 1);

  // The error button jumps to error_step.
  const jump = m.$('[data-testid="diagram-error-jump"]');
  assert.equal(jump.hidden, false);
  assert.equal(jump.textContent, 'Go to E0382');
  m.click('[data-testid="diagram-error-jump"]');
  assert.equal(m.panel.step(), 3);
  assert.equal(jump.disabled, true);
});

test('text alternative: the aria-live region says the sentence, the stack, the heap and the refs', () => {
  const m = mount();
  const f = fixture('move');
  m.panel.update(f.timeline, f.diagnostics, { step: 3 });
  const live = m.$('[data-testid="diagram-description"]');
  assert.equal(live.getAttribute('aria-live'), 'polite');
  assert.equal(
    live.textContent,
    "Step 4 of 5, line 4. `println!` borrows `s`, but `s` was moved out on line 3: nothing is there to read (E0382). " +
      'Error E0382: borrow of moved value: `s`. ' +
      "Frame main ('a): s: String, moved out; t: String, owned. " +
      'Heap: String "hello" owned by t.',
  );
  const svg = m.$('[data-testid="diagram-svg"]');
  assert.equal(svg.getAttribute('role'), 'img');
  assert.match(svg.getAttribute('aria-label'), /^Stack and heap at step 4 of 5: `println!` borrows/);

  const d = fixture('dangling');
  m.panel.update(d.timeline, d.diagnostics);
  assert.match(live.textContent, /Frame main \('a\): r: &i32, owned\. Block at line 3 \('b\) has popped, but a reference still points into it\. References: r → x \(shared, live, dangling\)\.$/);
  m.click('[data-testid="diagram-prev"]');
  assert.match(live.textContent, /^Step 5 of 8, line 5\. `r` borrows `x`/);
  assert.match(live.textContent, /Block at line 3 \('b\) inside main: x: i32 = 5, borrowed\./);

  const c = fixture('call-mut');
  m.panel.update(c.timeline, c.diagnostics, { step: 2 });
  assert.match(live.textContent, /Frame shout \('b\), called from main: s: &mut String, owned\./);
  assert.match(live.textContent, /References: s → msg \(mutable, live\)\./);
  const v = fixture('vec-rc');
  m.panel.update(v.timeline, v.diagnostics, { step: 5 });
  assert.match(live.textContent, /first → element 0 of the Vec owned by v \(shared, live, conflict\)/);
  assert.match(live.textContent, /Rc "hi" owned by a, strong count 2/);
  assert.equal(describeStep(v.timeline, 99, v.diagnostics), '');
});

test('no timeline, an unsupported one, or no steps: a short message instead of a drawing', () => {
  const m = mount();
  const syntax = [{ code: null, severity: 'error', message: 'syntax error near `= )`', line: 2, col: 11, end_line: 2, end_col: 14, labels: [], notes: [], help: null }];
  m.panel.update(undefined, syntax);
  const msg = m.$('[data-testid="diagram-message"]');
  assert.equal(msg.hidden, false);
  assert.equal(msg.textContent, 'Fix the syntax error to see the diagram.');
  assert.equal(m.$('[data-testid="diagram-svg"]'), null);
  assert.equal(m.panel.step(), -1);
  assert.equal(m.$('[data-testid="diagram-description"]').textContent, MESSAGES.syntax);

  m.panel.update({ steps: [], error_step: null, unsupported: 'loops are not drawn yet' }, []);
  assert.equal(msg.textContent, "The diagram can't show this yet: loops are not drawn yet");
  m.panel.update({ steps: [], error_step: null, unsupported: null }, []);
  assert.equal(msg.textContent, MESSAGES.empty);
  m.panel.update(null, []);
  assert.equal(msg.textContent, MESSAGES.waiting);

  // Keys and setStep do nothing without a timeline; a good timeline brings the drawing back.
  m.key(m.$('[data-testid="diagram"]'), 'ArrowRight');
  m.panel.setStep(2);
  assert.equal(m.panel.step(), -1);
  const f = fixture('move');
  m.panel.update(f.timeline, f.diagnostics);
  assert.equal(msg.hidden, true);
  assert.ok(m.$('[data-testid="diagram-svg"]'));
});

test('showMessage replaces a drawing with the page\'s own text, as text', () => {
  const m = mount();
  const f = fixture('move');
  m.panel.update(f.timeline, f.diagnostics);
  assert.ok(m.$('[data-testid="diagram-svg"]'));
  m.panel.showMessage('Predict first: <b>not markup</b>');
  const msg = m.$('[data-testid="diagram-message"]');
  assert.equal(msg.hidden, false);
  assert.equal(msg.textContent, 'Predict first: <b>not markup</b>');
  assert.equal(msg.querySelector('b'), null);
  assert.equal(m.$('[data-testid="diagram-svg"]'), null);
  assert.equal(m.panel.step(), -1);
  assert.equal(m.$('[data-testid="diagram-description"]').textContent, 'Predict first: <b>not markup</b>');
  m.panel.setStep(1);
  assert.equal(m.panel.step(), -1);
});

test('hostile strings from the analyzer are drawn as text, never as markup', () => {
  const evil = '<img src=x onerror="globalThis.pwned=1">';
  const timeline = {
    error_step: 0,
    unsupported: null,
    steps: [
      {
        line: 1, col: 1, end_line: 1, end_col: 2,
        sentence: `\`${evil}\` <script>globalThis.pwned=2</script>`,
        events: [{ kind: 'init', slot: 'v1' }],
        regions: [{ id: 'r1', kind: 'frame', name: `<b onclick="x()">main</b>`, lifetime: "'a", line: 1, end_line: 3,
          slots: [{ id: 'v1', name: evil, type: '<svg onload=alert(1)>', state: 'owned', value: '"</text><script>1</script>"', fields: [{ name: '<i>f</i>', value: '<u>1</u>', state: 'owned' }] }],
          children: [] }],
        heap: [{ id: 'h1', kind: 'String', owner: 'v1', contents: '"<iframe src=javascript:1>"', items: null, strong: null, freed: false }],
        refs: [{ id: 'l1', from: 'v1', to: 'v1', to_field: '<i>f</i>', kind: 'shared', live: true, status: 'ok' }],
        diagnostic: 0,
      },
    ],
  };
  const m = mount();
  m.panel.update(timeline, [{ code: '<E>', severity: 'error', message: '<img src=y>', line: 1, col: 1, end_line: 1, end_col: 2, labels: [], notes: [], help: null }]);
  for (const tag of ['img', 'script', 'iframe', 'b', 'i', 'u']) assert.equal(m.host.querySelectorAll(tag).length, 0, `no <${tag}> element`);
  assert.equal(m.$$('svg').filter((s) => s.getAttribute('onload')).length, 0);
  assert.equal(slotOf(m, 'v1').querySelector('.bm-d-slot-name').textContent.startsWith('<img'), true, 'the name is shown as typed');
  assert.ok(m.$('[data-testid="diagram-sentence"] code').textContent === evil);
  assert.match(m.$('[data-testid="diagram-description"]').textContent, /<img src=x onerror=/);
  assert.match(m.$('[data-testid="diagram-description"]').textContent, /Error <E>: <img src=y>\./);
  assert.equal(m.$('[data-testid="diagram-error-jump"]').textContent, '<E> here');
  assert.equal(globalThis.pwned, undefined);
  // A hostile unsupported reason is text too.
  m.panel.update({ steps: [], error_step: null, unsupported: '<img src=z>' }, []);
  assert.equal(m.host.querySelectorAll('img').length, 0);
  assert.equal(m.$('[data-testid="diagram-message"]').textContent, "The diagram can't show this yet: <img src=z>");
});

test('cursor line <-> step helpers for the editor', () => {
  const f = fixture('call-mut');
  const t = f.timeline;
  assert.equal(stepForLine(t, 6), 1, 'the let on line 6');
  assert.equal(stepForLine(t, 2), 3, "shout's body runs at step 3");
  assert.equal(stepForLine(t, 4), 4, 'a blank line shows the nearest step above it (line 3)');
  assert.equal(stepForLine(t, 7, 2), 2, 'the current step is kept when it covers the line');
  assert.equal(stepForLine({ steps: [] }, 3), -1);
  assert.deepEqual(stepSpan(t.steps[1]), { line: 6, col: 5, end_line: 6, end_col: 38 });
  const d = fixture('dangling');
  assert.equal(stepForDiagnostic(d.timeline, 0), 5);
  assert.equal(stepForDiagnostic(d.timeline, 1), -1);
});

test('destroy removes the panel and its listeners', () => {
  const m = mount();
  const f = fixture('move');
  m.panel.update(f.timeline, f.diagnostics);
  const root = m.$('[data-testid="diagram"]');
  const next = m.$('[data-testid="diagram-prev"]');
  m.panel.destroy();
  assert.equal(m.host.children.length, 0);
  const n = m.calls.length;
  next.dispatchEvent(new m.window.Event('click', { bubbles: true }));
  m.key(root, 'ArrowLeft');
  assert.equal(m.calls.length, n);
  assert.equal(m.panel.step(), -1);
});

test('two panels on one page use different marker ids', () => {
  const { document } = parseHTML('<!doctype html><html><body><div id="a"></div><div id="b"></div></body></html>');
  const f = fixture('dangling');
  createDiagramPanel(document.getElementById('a')).update(f.timeline, f.diagnostics);
  createDiagramPanel(document.getElementById('b')).update(f.timeline, f.diagnostics);
  const ids = [...document.querySelectorAll('marker')].map((mk) => mk.getAttribute('id'));
  assert.equal(new Set(ids).size, ids.length);
  for (const path of document.querySelectorAll('[data-testid="diagram-ref"] .bm-d-ref-line')) {
    const id = /url\(#(.+)\)/.exec(path.getAttribute('marker-end'))[1];
    assert.ok(ids.includes(id), `marker ${id} exists`);
  }
});
