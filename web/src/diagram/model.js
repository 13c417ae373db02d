// What is on the stack and the heap at one step, indexed by id, plus the
// words the diagram and its text alternative share. Pure: no DOM.

/** The owners of a heap object, as a list (the timeline gives one id or several). */
export function ownersOf(h) {
  return Array.isArray(h.owner) ? h.owner : h.owner ? [h.owner] : [];
}

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


/** Text after a slot's value: where a reference slot points and whether that is a problem. */
export function refNote(slotId, model, union) {
  const out = model.refs.find((r) => r.from === slotId);
  if (!out) return null;
  let target = nameOf(out.to, model, union);
  if (union.heap.has(out.to)) {
    const h = model.heap.get(out.to);
    const owner = h ? ownersOf(h)[0] : null;
    target = owner ? `${nameOf(owner, model, union)}${out.to_field != null ? `[${out.to_field}]` : ''}` : target;
  } else if (out.to_field) target += `.${out.to_field}`;
  return { text: `→ ${target}`, status: out.status, live: out.live };
}

/**
 * What a slot box says at one step: `head` ("name: Type"), `value` (its
 * value, where a reference points, or why it has none; null: nothing) with
 * `bad` when that is an error, and `tag` (its state's tag, or null).
 * Shared by the layout (to size the box for every step) and the drawing.
 */
export function slotText(slot, model, union) {
  const state = slot.state ?? 'owned';
  const note = refNote(slot.id, model, union);
  let value = null;
  let bad = false;
  if (slot.value !== null && slot.value !== undefined) value = `= ${slot.value}`;
  else if (note) {
    value = note.text + (note.status !== 'ok' ? ` ${note.status}` : '');
    bad = note.status !== 'ok';
  } else if (state === 'uninit') value = '(no value yet)';
  else if (state === 'moved') value = '(value moved out)';
  return { head: `${slot.name}: ${slot.type ?? '?'}`, value, bad, tag: STATE_TAGS[state] ?? null };
}
