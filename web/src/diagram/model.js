// What is on the stack and the heap at one step, indexed by id, plus the
// words the diagram and its text alternative share. Pure: no DOM.

import { ownersOf } from './layout.js';

/** Index one step: {regions, slots, heap: Map(id -> object), slotRegion, refs, seen}. */
export function indexStep(step) {
  const regions = new Map();
  const slots = new Map();
  const slotRegion = new Map();
  const heap = new Map();
  const visit = (r) => {
    regions.set(r.id, r);
    for (const s of r.slots ?? []) {
      slots.set(s.id, s);
      slotRegion.set(s.id, r.id);
    }
    for (const c of r.children ?? []) visit(c);
  };
  for (const r of step?.regions ?? []) visit(r);
  for (const h of step?.heap ?? []) heap.set(h.id, h);
  return { regions, slots, slotRegion, heap, refs: step?.refs ?? [] };
}

/** Ids seen at any step up to and including `index` (to tell "popped" from "not yet"). */
export function seenUpTo(steps, index) {
  const seen = new Set();
  for (let i = 0; i <= index && i < steps.length; i++) {
    const m = indexStep(steps[i]);
    for (const id of m.regions.keys()) seen.add(id);
    for (const id of m.slots.keys()) seen.add(id);
    for (const id of m.heap.keys()) seen.add(id);
  }
  return seen;
}

export const STATE_WORDS = {
  uninit: 'uninitialised',
  owned: 'owned',
  moved: 'moved out',
  borrowed: 'borrowed',
  'borrowed-mut': 'borrowed mutably',
  dropped: 'dropped',
};

/** The short tag drawn on a slot for its state (null: no tag). */
export const STATE_TAGS = {
  uninit: 'uninit',
  moved: 'moved',
  borrowed: '& borrowed',
  'borrowed-mut': '&mut borrowed',
  dropped: 'dropped',
};

/** The name of whatever an id refers to at this step (slot name, heap kind, region name). */
export function nameOf(id, model, union) {
  const s = model.slots.get(id) ?? union?.slots.get(id);
  if (s) return s.name;
  const h = model.heap.get(id) ?? union?.heap.get(id);
  if (h) return h.kind;
  const r = model.regions.get(id) ?? union?.regions.get(id);
  if (r) return r.name;
  return id;
}

/** The region a ref points into: the target slot's, the owner's for heap data, or the region itself. */
export function targetRegion(ref, model, union) {
  if (union.regions.has(ref.to)) return ref.to;
  if (union.slots.has(ref.to)) return union.slots.get(ref.to).region;
  const h = model.heap.get(ref.to);
  const owner = h ? ownersOf(h)[0] : union.heap.get(ref.to)?.owners[0];
  if (owner && union.slots.has(owner)) return union.slots.get(owner).region;
  return null;
}

/** `&'b` or `&'b mut` for a ref, from the lifetime of the region it points into. */
export function refLabel(ref, model, union) {
  const rid = targetRegion(ref, model, union);
  const lt = rid ? union.regions.get(rid)?.lifetime ?? '' : '';
  return ref.kind === 'mut' ? `&${lt}${lt ? ' ' : ''}mut` : `&${lt}`;
}

export { ownersOf };
