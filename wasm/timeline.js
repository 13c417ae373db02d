// The timeline's compact encoding ("encoding": "compact-1", core/docs/timeline.md),
// expanded into the full form the diagram reads: every step with its
// "regions", "heap" and "refs", every region with its header and slots,
// every slot, heap object and reference with all its fields.
//
// What the core leaves out, and how it comes back:
//   - a step without "regions" / "heap" / "refs": the previous step's;
//   - a region's kind, name, lifetime and lines: from its first appearance;
//     "same": true instead of "slots": the slots it had when last written;
//   - a slot's name and type: from when they were last written;
//   - a slot, heap object or reference given by its id alone: as it was
//     last written; a slot's missing value or fields are null, a region's
//     missing children are [].

/** Expand a timeline in place (a full one is left as it is); returns it. */
export function expandTimeline(timeline) {
  if (!timeline || timeline.encoding !== 'compact-1' || !Array.isArray(timeline.steps)) return timeline;
  const headers = new Map();
  const regionSlots = new Map();
  const names = new Map();
  const bodies = new Map();   // "v1" / "h1" / "l1" -> the fields last written
  const withBody = (item, defaults) => {
    const keys = Object.keys(item);
    if (keys.length === 1 && keys[0] === 'id') return { ...defaults, ...bodies.get(item.id), id: item.id };
    const { id, ...body } = item;
    bodies.set(id, body);
    return { ...defaults, ...item };
  };
  const slot = (s) => {
    if ('name' in s) names.set(s.id, { name: s.name, type: s.type });
    const { name, type, ...rest } = s;
    return { ...names.get(s.id), ...withBody(rest, { value: null, fields: null }) };
  };
  const region = (r) => {
    const { same, slots, children, ...head } = r;
    if ('kind' in head) headers.set(r.id, head);
    const out = { ...headers.get(r.id), ...head };
    out.slots = same ? regionSlots.get(r.id) ?? [] : (slots ?? []).map(slot);
    regionSlots.set(r.id, out.slots);
    out.children = (children ?? []).map(region);
    return out;
  };
  let prev = null;
  for (const step of timeline.steps) {
    step.regions = 'regions' in step ? step.regions.map(region) : prev ? prev.regions : [];
    step.heap = 'heap' in step ? step.heap.map((h) => withBody(h, {})) : prev ? prev.heap : [];
    step.refs = 'refs' in step ? step.refs.map((r) => withBody(r, {})) : prev ? prev.refs : [];
    prev = step;
  }
  delete timeline.encoding;
  return timeline;
}
