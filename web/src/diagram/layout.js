// Stable layout for the stack diagram: every region, slot and heap object gets
// one position for the whole timeline, computed from the union of the ids that
// appear in any step. A slot keeps its row while the learner steps, even at
// steps where it does not exist yet, so nothing jumps.
//
// Pure: no DOM. Coordinates are SVG user units; the panel lays the drawing
// out for the width it is shown at (one unit = one CSS pixel), so the text is
// drawn at the sizes diagram.css gives it, whatever the column's width. Only
// a new timeline or a new width changes the layout, never a step.

import { indexStep, ownersOf, slotText } from './model.js';

export { ownersOf };

export const VIEW_W = 380; // the width when the panel cannot measure its own
export const MIN_W = 300;
export const STACK_X = 6;
export const TOP = 24; // room for the column titles

const REGION_HEAD = 24;
const REGION_PAD = 7; // inset of a nested region or slot inside its parent
const REGION_BOTTOM = 7;
const REGION_EMPTY = 12; // body height of a region with nothing in it
const SLOT_H1 = 26; // a slot whose name, type, value and tag fit on one line
const SLOT_H2 = 40; // name and type, then value and tag
const FIELD_H = 17;
const GAP = 5;
const FRAME_GAP = 12;
const HEAP_HEAD = 21;
const HEAP_GAP = 10;
const GUTTER = 28; // between the stack and the heap: the arrows bend there

// Glyph widths (user units = px) at the sizes diagram.css uses, to shorten
// text that would not fit and to decide whether a slot fits on one line.
export const MONO_W = 7.85; // 13px monospace (DejaVu Sans Mono: 0.602em)
export const SANS_W = 7.6; // 13px system-ui, bold
export const TAG_CHAR_W = 6.5; // 10.5px bold tag text
export const tagWidth = (tag) => (tag ? Math.ceil([...tag].length * TAG_CHAR_W + 10) : 0);
export const SLOT_TEXT_X = 7;
export const SLOT_VALUE_GAP = 12; // between "name: Type" and the value on one line

/** Region palette: the lifetime's colour, shared by its label and the `&'x` of refs into it. */
export const LIFETIME_COLOURS = ['#6f42c1', '#0a7d6e', '#a3400b', '#b3186e', '#2f5fae', '#5f7a0c'];

/**
 * Walk every step and collect the union of regions, slots and heap objects,
 * in order of first appearance.
 */
export function collectUnion(steps) {
  const regions = new Map(); // id -> {id, kind, name, lifetime, parent, items: [{type, id}], first}
  const slots = new Map(); // id -> {id, region, name, type, fields: Set(name), first}
  const heap = new Map(); // id -> {id, kind, maxItems, first, owners: Set}
  const roots = [];

  const visit = (r, parent, stepIndex) => {
    let info = regions.get(r.id);
    if (!info) {
      info = {
        id: r.id,
        kind: r.kind,
        name: r.name,
        lifetime: r.lifetime,
        parent,
        items: [],
        first: stepIndex,
        order: regions.size,
      };
      regions.set(r.id, info);
      if (parent === null) roots.push(r.id);
      else regions.get(parent).items.push({ type: 'region', id: r.id });
    }
    for (const s of r.slots ?? []) {
      let si = slots.get(s.id);
      if (!si) {
        si = { id: s.id, region: r.id, name: s.name, type: s.type, fields: [], first: stepIndex };
        slots.set(s.id, si);
        info.items.push({ type: 'slot', id: s.id });
      }
      for (const f of s.fields ?? []) if (!si.fields.includes(f.name)) si.fields.push(f.name);
    }
    for (const c of r.children ?? []) visit(c, r.id, stepIndex);
  };

  steps.forEach((step, i) => {
    for (const r of step.regions ?? []) visit(r, null, i);
    for (const h of step.heap ?? []) {
      let hi = heap.get(h.id);
      if (!hi) {
        hi = { id: h.id, kind: h.kind, maxItems: 0, first: i, owners: [], longest: 0 };
        heap.set(h.id, hi);
      }
      hi.maxItems = Math.max(hi.maxItems, h.items?.length ?? 0);
      for (const o of ownersOf(h)) if (!hi.owners.includes(o)) hi.owners.push(o);
    }
  });
  return { regions, slots, heap, roots };
}

/** The frames in stack order: each root, then (depth first) the callee frames nested under it. */
function frameOrder(union) {
  const out = [];
  const walk = (id) => {
    const r = union.regions.get(id);
    if (r.kind === 'frame' || r.parent === null) out.push(id);
    for (const it of r.items) if (it.type === 'region') walk(it.id);
  };
  for (const id of union.roots) walk(id);
  return out;
}

/** Is `id` drawn in its own top-level box (a root, or a callee frame)? */
function isTopLevel(union, id) {
  const r = union.regions.get(id);
  return r.parent === null || r.kind === 'frame';
}

/**
 * How wide each slot's text gets over the whole timeline, in units:
 * Map(id -> {head, value, tag}) (the widest at any step, each on its own).
 */
function slotTextWidths(steps, union) {
  const widths = new Map();
  for (const step of steps) {
    const model = indexStep(step);
    for (const slot of model.slots.values()) {
      const t = slotText(slot, model, union);
      const w = widths.get(slot.id) ?? { head: 0, value: 0, tag: 0 };
      w.head = Math.max(w.head, [...t.head].length * MONO_W);
      w.value = Math.max(w.value, t.value ? [...t.value].length * MONO_W : 0);
      w.tag = Math.max(w.tag, tagWidth(t.tag));
      widths.set(slot.id, w);
    }
  }
  return widths;
}

/**
 * Layout for a whole timeline, `width` units wide (the panel passes its
 * width in CSS pixels; at least MIN_W).
 * Returns {width, height, regions: Map(id -> box), slots: Map(id -> box),
 * heap: Map(id -> box), union, lifetimeColour: Map(regionId -> colour),
 * hasHeap, heapX, arrowMaxX}.
 * A box is {x, y, w, h, depth}; slot boxes also have fieldY: {name: y} and
 * oneLine (value and tag on the name's line); heap boxes have itemW and
 * itemsY for Vec cells.
 */
export function computeLayout(timeline, { width = VIEW_W } = {}) {
  const W = Math.max(MIN_W, Math.round(Number(width) || VIEW_W));
  const steps = timeline?.steps ?? [];
  const union = collectUnion(steps);
  const textW = slotTextWidths(steps, union);
  const regions = new Map();
  const slots = new Map();
  const heap = new Map();
  const lifetimeColour = new Map();
  [...union.regions.values()].forEach((r, i) => {
    lifetimeColour.set(r.id, LIFETIME_COLOURS[i % LIFETIME_COLOURS.length]);
  });

  // The heap takes about a quarter of the width; with nothing on the heap in
  // the whole timeline the stack takes it (the same at every step), keeping a
  // gutter for its arrows.
  const hasHeap = union.heap.size > 0;
  const heapW = hasHeap ? Math.max(96, Math.min(170, Math.round(W * 0.25))) : 0;
  const heapX = W - 6 - heapW;
  const stackW = hasHeap ? heapX - GUTTER - STACK_X : W - STACK_X - 44;

  const oneLine = (id, w) => {
    const info = union.slots.get(id);
    const t = textW.get(id);
    if (info.fields.length || !t) return false;
    const inner = w - 2 * SLOT_TEXT_X;
    const value = t.value ? SLOT_VALUE_GAP + t.value : 0;
    const tag = t.tag ? 8 + t.tag : 0;
    return t.head + value + tag <= inner;
  };

  // Lay out a region and its nested blocks; callee frames are skipped here
  // (they get their own box below their caller's).
  const place = (id, x, y, w, depth) => {
    const r = union.regions.get(id);
    let cy = y + REGION_HEAD;
    let any = false;
    for (const it of r.items) {
      if (it.type === 'slot') {
        const sw = w - 2 * REGION_PAD;
        const one = oneLine(it.id, sw);
        const base = one ? SLOT_H1 : SLOT_H2;
        const fields = union.slots.get(it.id).fields;
        const h = base + FIELD_H * fields.length;
        const fieldY = {};
        fields.forEach((f, k) => {
          fieldY[f] = base + FIELD_H * k + 8;
        });
        slots.set(it.id, { x: x + REGION_PAD, y: cy, w: sw, h, depth: depth + 1, fieldY, oneLine: one });
        cy += h + GAP;
        any = true;
      } else if (!isTopLevel(union, it.id)) {
        const h = place(it.id, x + REGION_PAD, cy, w - 2 * REGION_PAD, depth + 1);
        cy += h + GAP;
        any = true;
      }
    }
    if (!any) cy += REGION_EMPTY;
    else cy -= GAP;
    const h = cy + REGION_BOTTOM - y;
    regions.set(id, { x, y, w, h, depth });
    return h;
  };

  let y = TOP;
  for (const id of frameOrder(union)) {
    const h = place(id, STACK_X, y, stackW, 0);
    y += h + FRAME_GAP;
  }
  const stackBottom = y - FRAME_GAP;

  // Heap objects: in order of first appearance, each as close as it can get
  // to the row of its first owner, never overlapping the previous one.
  let hy = TOP;
  for (const h of union.heap.values()) {
    const ownerBox = h.owners.map((o) => slots.get(o)).find(Boolean);
    const want = ownerBox ? ownerBox.y : hy;
    const top = Math.max(want, hy);
    const box = { x: heapX, y: top, w: heapW, h: heapHeight(h), depth: 0 };
    if (h.kind === 'Vec' || h.maxItems > 0) {
      const n = Math.max(1, h.maxItems);
      box.itemW = Math.max(18, Math.min(36, Math.floor((heapW - 12) / n)));
      box.itemsY = HEAP_HEAD + 5;
      box.itemsX = 6;
      box.maxVisible = Math.floor((heapW - 12) / box.itemW);
    }
    heap.set(h.id, box);
    hy = top + box.h + HEAP_GAP;
  }

  const height = Math.max(stackBottom, hy - HEAP_GAP, TOP + 40) + 6;
  // Arrows between stack slots bend out into the gutter, never past arrowMaxX.
  const arrowMaxX = hasHeap ? heapX - 4 : W - 6;
  return { width: W, height, regions, slots, heap, union, lifetimeColour, hasHeap, heapX, arrowMaxX };
}

function heapHeight(h) {
  if (h.kind === 'Rc') return HEAP_HEAD + 42;
  if (h.kind === 'Vec' || h.maxItems > 0) return HEAP_HEAD + 33;
  return HEAP_HEAD + 26;
}

/** The region a slot lives in (from the union: a slot never changes region). */
export function regionOfSlot(layout, slotId) {
  return layout.union.slots.get(slotId)?.region ?? null;
}
