// What changed from one step of the timeline to the next, computed from the
// two steps alone: ids of regions, slots, heap objects and refs are stable
// across steps (core/docs/timeline.md), so "the same thing" is "the same
// id". The drawing marks every changed item (render.js: data-change); the
// panel says the changes in words in a caption under the drawing, and right
// after the step's sentence in the aria-live text. Pure: no DOM.
//
//   const changes = diffSteps(timeline.steps[i - 1] ?? null, timeline.steps[i]);
//   changeWords(changes, prevStep, step)   // "new: `t`; moved out: `s`." ('' if nothing changed)
//
// changes = {
//   slots:   Map(id -> 'new' | 'moved' | 'value' | 'dropped'),
//   heap:    Map(id -> 'new' | 'value' | 'freed'),
//   refs:    Map(id -> 'new' | 'ended'),       // ended: the loan's last use passed, or the ref is gone
//   regions: Map(id -> 'pushed' | 'popped'),
//   gone:    [slot ids no longer on the stack while their region still is],
//   values:  Map(slot id -> {from, to}),       // the values, for the words
// }
// The first step (no previous step) compares with an empty stack.

import { indexStep, nameOf, ownersOf } from './model.js';

const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function slotChange(before, now) {
  const was = before.state ?? 'owned';
  const is = now.state ?? 'owned';
  if (is === 'moved' && was !== 'moved') return 'moved';
  if (is === 'dropped' && was !== 'dropped') return 'dropped';
  // A field moved out (a partial move) counts as a move of the slot.
  const fieldsBefore = new Map((before.fields ?? []).map((f) => [f.name, f]));
  const fieldMoved = (now.fields ?? []).some((f) => f.state === 'moved' && fieldsBefore.get(f.name)?.state !== 'moved');
  if (fieldMoved) return 'moved';
  if (was === 'uninit' && is !== 'uninit') return 'value';
  if (!same(before.value, now.value)) return 'value';
  const values = (fs) => (fs ?? []).map((f) => [f.name, f.value ?? null]);
  if (!same(values(before.fields), values(now.fields))) return 'value';
  return null;
}

function heapChange(before, now) {
  if (now.freed && !before.freed) return 'freed';
  if (!same(before.contents, now.contents) || !same(before.items, now.items) || !same(before.strong, now.strong)) return 'value';
  return null;
}

/** The changes from step `prev` (null: before the program starts) to step `cur`. */
export function diffSteps(prev, cur) {
  const a = indexStep(prev);
  const b = indexStep(cur);
  const changes = { slots: new Map(), heap: new Map(), refs: new Map(), regions: new Map(), gone: [], values: new Map() };

  for (const id of b.regions.keys()) if (!a.regions.has(id)) changes.regions.set(id, 'pushed');
  for (const id of a.regions.keys()) if (!b.regions.has(id)) changes.regions.set(id, 'popped');

  for (const [id, slot] of b.slots) {
    const before = a.slots.get(id);
    const kind = before ? slotChange(before, slot) : 'new';
    if (!kind) continue;
    changes.slots.set(id, kind);
    if (kind === 'value' && slot.value !== null && slot.value !== undefined) {
      changes.values.set(id, { from: before?.state === 'uninit' ? null : (before?.value ?? null), to: slot.value });
    }
  }
  for (const id of a.slots.keys()) {
    // A slot whose region popped goes with it: the region's pop says it.
    if (!b.slots.has(id) && b.regions.has(a.slotRegion.get(id))) changes.gone.push(id);
  }

  for (const [id, h] of b.heap) {
    const before = a.heap.get(id);
    const kind = before ? heapChange(before, h) : 'new';
    if (kind) changes.heap.set(id, kind);
  }

  const refsBefore = new Map(a.refs.map((r) => [r.id, r]));
  const refsNow = new Map(b.refs.map((r) => [r.id, r]));
  for (const [id, r] of refsNow) {
    const before = refsBefore.get(id);
    if (!before) changes.refs.set(id, r.live === false ? 'ended' : 'new');
    else if (before.live !== false && r.live === false) changes.refs.set(id, 'ended');
  }
  for (const [id, r] of refsBefore) {
    if (!refsNow.has(id) && r.live !== false) changes.refs.set(id, 'ended');
  }
  return changes;
}

/** Whether `changes` holds anything at all. */
export function hasChanges(changes) {
  return (
    changes.slots.size + changes.heap.size + changes.refs.size + changes.regions.size + changes.gone.length > 0
  );
}

const code = (name) => `\`${name}\``;

/** Names from step `b`, else from step `a` (for what went away). */
function namer(a, b, union) {
  return (id) => {
    const n = nameOf(id, b, null);
    return n !== id ? n : nameOf(id, a, union);
  };
}

/** Where a ref points, short: `v`, `p.x`, `v[0]` (a heap object is named by its owner). */
function targetName(ref, a, b, union) {
  const name = namer(a, b, union);
  const h = b.heap.get(ref.to) ?? a.heap.get(ref.to);
  if (h) {
    const owner = ownersOf(h)[0] ?? ownersOf(a.heap.get(ref.to) ?? {})[0];
    const whole = owner ? name(owner) : h.kind;
    return ref.to_field != null ? `${whole}[${ref.to_field}]` : whole;
  }
  return ref.to_field ? `${name(ref.to)}.${ref.to_field}` : name(ref.to);
}

function regionName(r) {
  const lt = r.lifetime ?? r.id;
  return r.kind === 'frame' ? `${lt} (frame of ${code(r.name)})` : `${lt} (${r.name})`;
}

/**
 * The changes in words, short enough for a one- or two-line caption (the
 * screen reader hears them too): "new: `t`; moved out: `s`." and so on,
 * for a line that starts "Changed: "; '' when nothing changed. Names come
 * from the step they are in (`prev` for what went away, else `union`, the
 * layout's union of every step, when given).
 */
export function changeWords(changes, prev, cur, union = null) {
  const a = indexStep(prev);
  const b = indexStep(cur);
  const parts = [];
  const name = namer(a, b, union);
  const slotName = (id) => code(name(id));

  const byKind = (map, kind) => [...map].filter(([, k]) => k === kind).map(([id]) => id);
  const list = (ids) => ids.map(slotName).join(', ');
  const value = (v) => (v !== null && v !== undefined ? ` = ${v}` : '');

  for (const id of byKind(changes.regions, 'pushed')) parts.push(`${regionName(b.regions.get(id))} pushed`);
  const fresh = byKind(changes.slots, 'new');
  if (fresh.length) parts.push(`new: ${fresh.map((id) => slotName(id) + value(b.slots.get(id)?.value)).join(', ')}`);
  for (const id of byKind(changes.slots, 'value')) {
    const v = changes.values.get(id);
    const wasUninit = (a.slots.get(id)?.state ?? 'owned') === 'uninit';
    if (v && v.from !== null) parts.push(`${slotName(id)}: ${v.from} → ${v.to}`);
    else if (v) parts.push(`${slotName(id)}${value(v.to)}`);
    else parts.push(`${slotName(id)} ${wasUninit ? 'initialised' : 'changed'}`);
  }
  const moved = byKind(changes.slots, 'moved');
  if (moved.length) parts.push(`moved out: ${list(moved)}`);
  for (const [id, kind] of changes.refs) {
    const r = b.refs.find((x) => x.id === id) ?? a.refs.find((x) => x.id === id);
    const arrow = `${slotName(r.from)} → ${code(targetName(r, a, b, union))}`;
    if (kind === 'new') parts.push(`new ${r.kind === 'mut' ? '&mut ' : ''}borrow: ${arrow}`);
    else parts.push(`borrow ended: ${arrow}`);
  }
  for (const [id, kind] of changes.heap) {
    const h = b.heap.get(id);
    const owner = ownersOf(h)[0];
    const whose = owner ? ` of ${slotName(owner)}` : '';
    if (kind === 'new') parts.push(`new ${h.kind} on the heap${owner ? ` (${slotName(owner)})` : ''}`);
    else if (kind === 'freed') parts.push(`${h.kind} freed`);
    else {
      const what = h.contents ?? (Array.isArray(h.items) ? h.items.join(', ') : null);
      parts.push(`${h.kind}${whose} ${what !== null && what !== '' ? `now ${what}` : 'changed'}`);
    }
  }
  const dropped = byKind(changes.slots, 'dropped');
  if (dropped.length) parts.push(`dropped: ${list(dropped)}`);
  if (changes.gone.length) parts.push(`gone: ${list(changes.gone)}`);
  for (const id of byKind(changes.regions, 'popped')) parts.push(`${regionName(a.regions.get(id))} popped`);

  return parts.length ? `${parts.join('; ')}.` : '';
}
