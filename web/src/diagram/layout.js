// Stable layout for the stack diagram: every region, slot and heap object gets
// one position for the whole timeline, computed from the union of the ids that
// appear in any step. A slot keeps its row while the learner steps, even at
// steps where it does not exist yet, so nothing jumps.
//
// Pure: no DOM. Coordinates are SVG user units in a viewBox VIEW_W wide.

export const VIEW_W = 380;
export const STACK_X = 6;
export const STACK_W = 222; // stack column: STACK_X .. STACK_X + STACK_W
export const HEAP_X = 258; // the gutter between the columns carries the arrows
export const HEAP_W = VIEW_W - HEAP_X - 6;
// With nothing on the heap in the whole timeline, the stack takes the width
// (still the same at every step) and keeps a gutter for its arrows.
export const STACK_W_ALONE = VIEW_W - STACK_X - 48;
export const TOP = 26; // room for the column titles

const REGION_HEAD = 26;
const REGION_PAD = 8; // inset of a nested region or slot inside its parent
const REGION_BOTTOM = 8;
const REGION_EMPTY = 14; // body height of a region with nothing in it
const SLOT_H = 38;
const FIELD_H = 16;
const GAP = 6;
const FRAME_GAP = 16;
const HEAP_HEAD = 20;
const HEAP_GAP = 10;

/** Region palette: the lifetime's colour, shared by its label and the `&'x` of refs into it. */
export const LIFETIME_COLOURS = ['#6f42c1', '#0a7d6e', '#a3400b', '#b3186e', '#2f5fae', '#5f7a0c'];

const ownersOf = (h) => (Array.isArray(h.owner) ? h.owner : h.owner ? [h.owner] : []);
export { ownersOf };

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
 * Layout for a whole timeline.
 * Returns {width, height, regions: Map(id -> box), slots: Map(id -> box),
 * heap: Map(id -> box), union, lifetimeColour: Map(regionId -> colour)}.
 * A box is {x, y, w, h, depth}; slot boxes also have fieldY: {name: y};
 * heap boxes have itemW and itemsY for Vec cells.
 */
export function computeLayout(timeline) {
  const steps = timeline?.steps ?? [];
  const union = collectUnion(steps);
  const regions = new Map();
  const slots = new Map();
  const heap = new Map();
  const lifetimeColour = new Map();
  [...union.regions.values()].forEach((r, i) => {
    lifetimeColour.set(r.id, LIFETIME_COLOURS[i % LIFETIME_COLOURS.length]);
  });

  const slotHeight = (id) => SLOT_H + FIELD_H * union.slots.get(id).fields.length;

  // Lay out a region and its nested blocks; callee frames are skipped here
  // (they get their own box below their caller's).
  const place = (id, x, y, w, depth) => {
    const r = union.regions.get(id);
    let cy = y + REGION_HEAD;
    let any = false;
    for (const it of r.items) {
      if (it.type === 'slot') {
        const h = slotHeight(it.id);
        const fieldY = {};
        union.slots.get(it.id).fields.forEach((f, k) => {
          fieldY[f] = SLOT_H + FIELD_H * k + 11;
        });
        slots.set(it.id, { x: x + REGION_PAD, y: cy, w: w - 2 * REGION_PAD, h, depth: depth + 1, fieldY });
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

  const hasHeap = union.heap.size > 0;
  const stackW = hasHeap ? STACK_W : STACK_W_ALONE;
  let y = TOP;
  for (const id of frameOrder(union)) {
    const h = place(id, STACK_X, y, stackW, 0);
    y += h + FRAME_GAP;
  }
  const stackBottom = y;

  // Heap objects: in order of first appearance, each as close as it can get
  // to the row of its first owner, never overlapping the previous one.
  let hy = TOP;
  for (const h of union.heap.values()) {
    const ownerBox = h.owners.map((o) => slots.get(o)).find(Boolean);
    const want = ownerBox ? ownerBox.y : hy;
    const top = Math.max(want, hy);
    const box = { x: HEAP_X, y: top, w: HEAP_W, h: heapHeight(h), depth: 0 };
    if (h.kind === 'Vec' || h.maxItems > 0) {
      const n = Math.max(1, h.maxItems);
      box.itemW = Math.max(14, Math.min(30, Math.floor((HEAP_W - 12) / n)));
      box.itemsY = HEAP_HEAD + 4;
      box.itemsX = 6;
      box.maxVisible = Math.floor((HEAP_W - 12) / box.itemW);
    }
    heap.set(h.id, box);
    hy = top + box.h + HEAP_GAP;
  }

  const height = Math.max(stackBottom, hy, TOP + 40) + 4;
  // Arrows between stack slots bend out into the gutter, never past arrowMaxX.
  const arrowMaxX = hasHeap ? HEAP_X - 4 : VIEW_W - 6;
  return { width: VIEW_W, height, regions, slots, heap, union, lifetimeColour, hasHeap, arrowMaxX };
}

function heapHeight(h) {
  if (h.kind === 'Rc') return HEAP_HEAD + 38;
  if (h.kind === 'Vec' || h.maxItems > 0) return HEAP_HEAD + 30;
  return HEAP_HEAD + 24;
}

/** The region a slot lives in (from the union: a slot never changes region). */
export function regionOfSlot(layout, slotId) {
  return layout.union.slots.get(slotId)?.region ?? null;
}
