// Draws one step of a timeline as an SVG element, from the stable layout.
// Every string from the analyzer goes in through textContent or an attribute:
// never markup.

import { STACK_X, TOP, MONO_W, SANS_W, SLOT_TEXT_X, SLOT_VALUE_GAP, tagWidth } from './layout.js';
import { indexStep, nameOf, ownersOf, refLabel, slotText, STATE_TAGS, STATE_WORDS, targetRegion } from './model.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Create an SVG element with attributes; `text` (if given) becomes its textContent. */
export function svgEl(doc, name, attrs = {}, text) {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    node.setAttribute(k, String(v));
  }
  if (text !== undefined) node.textContent = String(text);
  return node;
}

/** Shorten `text` to fit `width` units of monospace; returns [shown, wasShortened]. */
export function fit(text, width, charW = MONO_W) {
  const max = Math.max(1, Math.floor(width / charW));
  const s = String(text);
  if ([...s].length <= max) return [s, false];
  return [[...s].slice(0, Math.max(1, max - 1)).join('') + '…', true];
}

const r1 = (n) => Math.round(n * 10) / 10;

function markers(doc, p) {
  const defs = svgEl(doc, 'defs');
  const marker = (id, w, h, refX, refY, shape, cls) => {
    const m = svgEl(doc, 'marker', {
      id: `${p}-${id}`,
      viewBox: `0 0 ${w} ${h}`,
      markerWidth: w,
      markerHeight: h,
      refX,
      refY,
      orient: 'auto-start-reverse',
      markerUnits: 'userSpaceOnUse',
    });
    shape.setAttribute('class', cls);
    m.append(shape);
    defs.append(m);
  };
  // Shared: an open chevron. Mutable: a filled triangle. Error: a red filled
  // triangle with a bar. Dead: grey chevron. Owner: a dot at the slot end.
  marker('shared', 10, 10, 9, 5, svgEl(doc, 'path', { d: 'M1,1 L9,5 L1,9' }), 'bm-d-mk bm-d-mk--shared');
  marker('mut', 12, 12, 11, 6, svgEl(doc, 'path', { d: 'M0,0 L12,6 L0,12 Z' }), 'bm-d-mk bm-d-mk--mut');
  marker('bad', 14, 14, 13, 7, svgEl(doc, 'path', { d: 'M0,1 L12,7 L0,13 Z M12.5,0 L12.5,14' }), 'bm-d-mk bm-d-mk--bad');
  marker('own', 8, 8, 7, 4, svgEl(doc, 'path', { d: 'M0,0 L8,4 L0,8 Z' }), 'bm-d-mk bm-d-mk--own');
  marker('dot', 6, 6, 3, 3, svgEl(doc, 'circle', { cx: 3, cy: 3, r: 2.6 }), 'bm-d-mk bm-d-mk--own');
  return defs;
}

/** Ids an event of this step touches, and which kinds touch them. */
function eventTargets(step) {
  const hit = new Map();
  for (const ev of step?.events ?? []) {
    for (const key of ['slot', 'target', 'region', 'heap', 'ref', 'from', 'to']) {
      const id = ev[key];
      if (typeof id !== 'string') continue;
      if (!hit.has(id)) hit.set(id, []);
      hit.get(id).push(ev.kind);
    }
  }
  hit.error = step?.diagnostic !== undefined && step?.diagnostic !== null;
  return hit;
}

function drawRegion(doc, g, id, box, info, status, colour) {
  const grp = svgEl(doc, 'g', {
    'data-testid': 'diagram-region',
    'data-region-id': id,
    'data-lifetime': info.lifetime ?? '',
    'data-kind': info.kind,
    'data-status': status,
    class: `bm-d-region bm-d-region--${info.kind === 'frame' ? 'frame' : 'block'} bm-d-region--${status} bm-d-depth-${Math.min(box.depth, 3)}`,
  });
  grp.append(
    svgEl(doc, 'rect', {
      class: 'bm-d-region-box',
      x: box.x,
      y: box.y,
      width: box.w,
      height: box.h,
      rx: info.kind === 'frame' ? 9 : 7,
      style: `--lt:${colour}`,
    }),
  );
  const label = svgEl(doc, 'text', { class: 'bm-d-region-label', x: box.x + 9, y: box.y + 16.5 });
  const lt = info.lifetime ? ` ${info.lifetime}` : '';
  const tail = status === 'popped' ? ' popped' : '';
  const [name] = fit(info.name, box.w - 18 - (lt.length + tail.length + 1) * SANS_W, SANS_W);
  label.append(svgEl(doc, 'tspan', { class: 'bm-d-region-name' }, name));
  if (lt) label.append(svgEl(doc, 'tspan', { class: 'bm-d-lifetime', dx: 7, fill: colour }, info.lifetime));
  if (tail) label.append(svgEl(doc, 'tspan', { class: 'bm-d-popped-tag', dx: 7 }, 'popped'));
  grp.append(label);
  grp.append(svgEl(doc, 'title', {}, `${info.name} (${info.lifetime ?? 'no lifetime'})${status === 'popped' ? ': popped, gone from the stack' : ''}`));
  g.append(grp);
  return grp;
}

/** The bar on the left edge of a box that changed since the previous step (changes.js). */
function changeBar(doc, grp, change, h) {
  if (change) grp.append(svgEl(doc, 'rect', { class: `bm-d-change-bar bm-d-change-bar--${change}`, x: 0.5, y: 0.5, width: 4, height: h - 1, rx: 2 }));
}

const CHANGE_WORDS = { new: 'new', moved: 'moved out', value: 'changed', dropped: 'dropped', freed: 'freed' };

function drawSlot(doc, g, slot, box, model, union, events, change) {
  const state = slot.state ?? 'owned';
  const evs = events.get(slot.id);
  const grp = svgEl(doc, 'g', {
    'data-testid': 'diagram-slot',
    'data-slot-id': slot.id,
    'data-state': state,
    'data-event': evs ? evs.join(' ') : null,
    'data-change': change,
    class: `bm-d-slot bm-d-slot--${state}${evs ? ' bm-d-hl' : ''}${evs && events.error ? ' bm-d-hl--error' : ''}${change ? ` bm-d-changed bm-d-changed--${change}` : ''}`,
    transform: `translate(${box.x} ${box.y})`,
  });
  if (evs) {
    grp.append(svgEl(doc, 'rect', { class: 'bm-d-hl-ring', x: -3, y: -3, width: box.w + 6, height: box.h + 6, rx: 7 }));
  }
  grp.append(svgEl(doc, 'rect', { class: 'bm-d-slot-box', x: 0, y: 0, width: box.w, height: box.h, rx: 5 }));
  changeBar(doc, grp, change, box.h);

  const X = SLOT_TEXT_X;
  const inner = box.w - 2 * X;
  const text = slotText(slot, model, union);
  const { tag } = text;
  const tagW = tagWidth(tag);
  const secondCls = `bm-d-slot-value${text.bad ? ' bm-d-slot-value--bad' : ''}`;
  const nameLen = [...String(slot.name)].length;
  const line1 = svgEl(doc, 'text', { class: 'bm-d-slot-line1', x: X, y: box.oneLine ? 17.5 : 16 });
  if (box.oneLine) {
    // Everything fits on one line at every step (the layout measured it).
    line1.append(svgEl(doc, 'tspan', { class: 'bm-d-slot-name' }, slot.name));
    line1.append(svgEl(doc, 'tspan', { class: 'bm-d-slot-type' }, `: ${slot.type ?? '?'}`));
    grp.append(line1);
    if (text.value) {
      const vx = X + [...text.head].length * MONO_W + SLOT_VALUE_GAP;
      const [shown] = fit(text.value, inner - (vx - X) - (tag ? tagW + 6 : 0));
      grp.append(svgEl(doc, 'text', { class: secondCls, x: r1(vx), y: 17.5 }, shown));
    }
  } else {
    const [name] = fit(slot.name, inner * 0.6);
    const [type] = fit(`: ${slot.type ?? '?'}`, inner - Math.min(nameLen, Math.floor((inner * 0.6) / MONO_W)) * MONO_W);
    line1.append(svgEl(doc, 'tspan', { class: 'bm-d-slot-name' }, name));
    line1.append(svgEl(doc, 'tspan', { class: 'bm-d-slot-type' }, type));
    grp.append(line1);
    // Second line: the value (or where a reference points), and the state tag.
    if (text.value) {
      const [shown] = fit(text.value, inner - tagW - 4);
      grp.append(svgEl(doc, 'text', { class: secondCls, x: X, y: 33 }, shown));
    }
  }
  if (tag) {
    const ty = box.oneLine ? 5 : 22;
    const t = svgEl(doc, 'g', { class: `bm-d-tag bm-d-tag--${state}`, 'data-testid': 'diagram-slot-tag' });
    t.append(svgEl(doc, 'rect', { x: box.w - 5 - tagW, y: ty, width: tagW, height: 16, rx: 8 }));
    t.append(svgEl(doc, 'text', { x: box.w - 5 - tagW / 2, y: ty + 11.8, 'text-anchor': 'middle' }, tag));
    grp.append(t);
  }
  // Fields (structs): one line each, with their own state.
  (union.slots.get(slot.id)?.fields ?? []).forEach((fname) => {
    const f = (slot.fields ?? []).find((x) => x.name === fname);
    if (!f) return;
    const y = box.fieldY[fname];
    const fs = f.state ?? 'owned';
    const [txt] = fit(`.${f.name} = ${f.value ?? '…'}${fs !== 'owned' ? `  ${STATE_TAGS[fs] ?? fs}` : ''}`, inner - 8);
    grp.append(svgEl(doc, 'text', { class: `bm-d-field bm-d-field--${fs}`, x: 15, y: y + 4, 'data-field': f.name }, txt));
  });
  const v = slot.value != null ? ` = ${slot.value}` : '';
  const since = change ? ` (${CHANGE_WORDS[change] ?? change} since the previous step)` : '';
  grp.append(svgEl(doc, 'title', {}, `${slot.name}: ${slot.type ?? '?'}${v}, ${STATE_WORDS[state] ?? state}${since}`));
  g.append(grp);
  return grp;
}

function drawGhostSlot(doc, g, info, box) {
  const grp = svgEl(doc, 'g', {
    'data-testid': 'diagram-ghost-slot',
    'data-slot-id': info.id,
    class: 'bm-d-ghost',
    transform: `translate(${box.x} ${box.y})`,
  });
  grp.append(svgEl(doc, 'rect', { class: 'bm-d-ghost-box', x: 0, y: 0, width: box.w, height: box.h, rx: 5 }));
  const [name] = fit(`${info.name} (gone)`, box.w - 14);
  grp.append(svgEl(doc, 'text', { class: 'bm-d-ghost-name', x: 7, y: 17 }, name));
  g.append(grp);
}

function drawHeap(doc, g, h, box, model, union, events, change) {
  const evs = events.get(h.id);
  const grp = svgEl(doc, 'g', {
    'data-testid': 'diagram-heap',
    'data-heap-id': h.id,
    'data-kind': h.kind,
    'data-freed': h.freed ? 'true' : 'false',
    'data-change': change,
    class: `bm-d-heap${h.freed ? ' bm-d-heap--freed' : ''}${evs ? ' bm-d-hl' : ''}${change ? ` bm-d-changed bm-d-changed--${change}` : ''}`,
    transform: `translate(${box.x} ${box.y})`,
  });
  grp.append(svgEl(doc, 'rect', { class: 'bm-d-heap-box', x: 0, y: 0, width: box.w, height: box.h, rx: 5 }));
  changeBar(doc, grp, change, box.h);
  grp.append(svgEl(doc, 'path', { class: 'bm-d-heap-sep', d: `M0,20 H${box.w}` }));
  grp.append(svgEl(doc, 'text', { class: 'bm-d-heap-kind', x: 7, y: 15 }, h.kind));
  if (h.freed) grp.append(svgEl(doc, 'text', { class: 'bm-d-heap-freed', x: box.w - 7, y: 15, 'text-anchor': 'end' }, 'freed'));
  const inner = box.w - 14;
  if (box.itemW && Array.isArray(h.items)) {
    const n = h.items.length;
    const visible = n > box.maxVisible ? box.maxVisible - 1 : n;
    for (let i = 0; i < visible; i++) {
      const x = box.itemsX + i * box.itemW;
      const cell = svgEl(doc, 'g', { class: 'bm-d-item', 'data-index': i });
      cell.append(svgEl(doc, 'rect', { x, y: box.itemsY, width: box.itemW, height: 24 }));
      const [t] = fit(h.items[i], box.itemW - 4);
      cell.append(svgEl(doc, 'text', { x: x + box.itemW / 2, y: box.itemsY + 16.5, 'text-anchor': 'middle' }, t));
      grp.append(cell);
    }
    if (visible < n) {
      grp.append(svgEl(doc, 'text', { class: 'bm-d-item-more', x: box.itemsX + visible * box.itemW + 4, y: box.itemsY + 16.5 }, `+${n - visible}`));
    }
    if (n === 0) grp.append(svgEl(doc, 'text', { class: 'bm-d-heap-contents bm-d-muted', x: 7, y: 40 }, '(empty)'));
  } else {
    const [t] = fit(h.contents ?? (Array.isArray(h.items) ? h.items.join(', ') : '…'), inner);
    grp.append(svgEl(doc, 'text', { class: 'bm-d-heap-contents', x: 7, y: 39 }, t));
  }
  if (h.kind === 'Rc' || h.strong != null) {
    grp.append(svgEl(doc, 'text', { class: 'bm-d-heap-strong', x: 7, y: 57, 'data-testid': 'diagram-strong' }, `strong count: ${h.strong ?? '?'}`));
  }
  const owners = ownersOf(h).map((o) => nameOf(o, model, union));
  const since = change ? ` (${CHANGE_WORDS[change] ?? change} since the previous step)` : '';
  const desc = `${h.kind} ${h.contents ?? (h.items ? `[${h.items.join(', ')}]` : '')}${owners.length ? `, owned by ${owners.join(' and ')}` : ''}${h.strong != null ? `, strong count ${h.strong}` : ''}${h.freed ? ', freed' : ''}${since}`;
  grp.append(svgEl(doc, 'title', {}, desc));
  g.append(grp);
}

/** Where an arrow ends for a target id. Returns {x, y, from: 'right'|'left'|'below'} or null. */
function anchorOf(layout, id, field) {
  const s = layout.slots.get(id);
  if (s) {
    const fy = field != null && s.fieldY[field] !== undefined ? s.fieldY[field] : s.oneLine ? 13 : 15;
    return { x: s.x + s.w, y: s.y + fy, side: 'right' };
  }
  const h = layout.heap.get(id);
  if (h) {
    const idx = field != null && /^\d+$/.test(String(field)) ? Number(field) : null;
    if (idx !== null && h.itemW && idx < h.maxVisible) {
      return { x: h.x + h.itemsX + idx * h.itemW + h.itemW / 2, y: h.y + h.itemsY + 24, side: 'below' };
    }
    return { x: h.x, y: h.y + 10, side: 'left' };
  }
  const r = layout.regions.get(id);
  if (r) return { x: r.x + r.w, y: r.y + 13, side: 'right' };
  return null;
}

function startOf(layout, id) {
  const s = layout.slots.get(id);
  if (s) return { x: s.x + s.w, y: s.y + (s.oneLine ? 13 : 15) };
  const h = layout.heap.get(id);
  if (h) return { x: h.x + h.w, y: h.y + 10 };
  return null;
}

/** Cubic path from a slot's right edge to a target anchor; `lane` spreads parallel arrows. */
function arrowPath(a, b, lane, maxX) {
  if (b.side === 'right') {
    const bulge = Math.min(maxX, Math.max(a.x, b.x) + 16 + Math.min(16, Math.abs(b.y - a.y) * 0.08) + lane * 6);
    return { d: `M${r1(a.x)},${r1(a.y)} C${r1(bulge)},${r1(a.y)} ${r1(bulge)},${r1(b.y)} ${r1(b.x + 1)},${r1(b.y)}`, mid: { x: bulge, y: (a.y + b.y) / 2 } };
  }
  if (b.side === 'below') {
    const dy = Math.max(28, Math.abs(b.y - a.y) * 0.5);
    return { d: `M${r1(a.x)},${r1(a.y)} C${r1(a.x + 30)},${r1(a.y)} ${r1(b.x)},${r1(b.y + dy)} ${r1(b.x)},${r1(b.y + 1)}`, mid: { x: (a.x + b.x) / 2, y: a.y } };
  }
  const mx = (a.x + b.x) / 2;
  return { d: `M${r1(a.x)},${r1(a.y)} C${r1(mx)},${r1(a.y)} ${r1(mx)},${r1(b.y)} ${r1(b.x - 1)},${r1(b.y)}`, mid: { x: mx, y: (a.y + b.y) / 2 } };
}

/**
 * Build the SVG for step `index` of `timeline`.
 * opts: {idPrefix: unique string for marker ids, label: aria-label text,
 * changes: what changed since the previous step (changes.js diffSteps), to
 * mark on the drawing as data-change and a bar or a stronger outline}.
 */
export function renderStep(doc, layout, timeline, index, opts = {}) {
  const steps = timeline.steps;
  const step = steps[index];
  const model = indexStep(step);
  const { union } = layout;
  const p = opts.idPrefix ?? 'bmd';
  const events = eventTargets(step);
  const none = new Map();
  const changes = opts.changes ?? { slots: none, heap: none, refs: none, regions: none };

  // Ids seen at or before this step: to draw popped regions as outlines.
  const seen = new Set();
  for (let i = 0; i <= index; i++) {
    const m = i === index ? model : indexStep(steps[i]);
    for (const id of m.regions.keys()) seen.add(id);
    for (const id of m.slots.keys()) seen.add(id);
  }

  const svg = svgEl(doc, 'svg', {
    xmlns: SVG_NS,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    class: 'bm-d-svg',
    role: 'img',
    'aria-label': opts.label ?? 'Stack and heap diagram',
    'data-testid': 'diagram-svg',
    'data-step': index,
    preserveAspectRatio: 'xMidYMin meet',
  });
  svg.append(markers(doc, p));
  svg.append(svgEl(doc, 'text', { class: 'bm-d-col-title', x: STACK_X + 2, y: TOP - 9 }, 'Stack'));
  if (layout.hasHeap) svg.append(svgEl(doc, 'text', { class: 'bm-d-col-title', x: layout.heapX + 2, y: TOP - 9 }, 'Heap'));

  const gRegions = svgEl(doc, 'g', { class: 'bm-d-layer-regions' });
  const gSlots = svgEl(doc, 'g', { class: 'bm-d-layer-slots' });
  const gHeap = svgEl(doc, 'g', { class: 'bm-d-layer-heap' });
  const gOwners = svgEl(doc, 'g', { class: 'bm-d-layer-owners' });
  const gRefs = svgEl(doc, 'g', { class: 'bm-d-layer-refs' });
  // The white underlays of every arrow go under all the arrows, so no
  // arrow's underlay hides another arrow or its label.
  const gHalos = svgEl(doc, 'g', { class: 'bm-d-layer-halos' });

  // A region is drawn while it is on the stack, and as a dashed outline once
  // it has popped (the place the learner's dangling arrows still point into).
  // A region inside a popped region is popped too.
  const popped = new Set();
  const danglingInto = new Set();
  for (const ref of model.refs) {
    if (ref.status !== 'dangling') continue;
    // The region the ref points into, and every region around it that popped.
    for (let r = union.slots.get(ref.to)?.region ?? (union.regions.has(ref.to) ? ref.to : null); r; r = union.regions.get(r)?.parent) {
      danglingInto.add(r);
    }
  }
  for (const [id, info] of union.regions) {
    const box = layout.regions.get(id);
    if (!box) continue;
    const live = model.regions.has(id);
    if (!live && !seen.has(id)) continue;
    const status = live ? 'live' : 'popped';
    if (!live) popped.add(id);
    const grp = drawRegion(doc, gRegions, id, box, info, status, layout.lifetimeColour.get(id));
    if (!live && danglingInto.has(id)) grp.setAttribute('class', `${grp.getAttribute('class')} bm-d-region--dangling-target`);
    const evs = events.get(id);
    if (evs) {
      grp.setAttribute('data-event', evs.join(' '));
      grp.setAttribute('class', `${grp.getAttribute('class')} bm-d-hl`);
    }
    const change = changes.regions.get(id);
    if (change) {
      grp.setAttribute('data-change', change);
      grp.setAttribute('class', `${grp.getAttribute('class')} bm-d-changed bm-d-changed--${change}`);
    }
  }

  for (const [id, info] of union.slots) {
    const box = layout.slots.get(id);
    if (!box) continue;
    const slot = model.slots.get(id);
    if (slot) drawSlot(doc, gSlots, slot, box, model, union, events, changes.slots.get(id));
    else if (seen.has(id) && popped.has(info.region)) drawGhostSlot(doc, gSlots, info, box);
  }

  for (const [id] of union.heap) {
    const h = model.heap.get(id);
    if (!h) continue;
    drawHeap(doc, gHeap, h, layout.heap.get(id), model, union, events, changes.heap.get(id));
    if (h.freed) continue;
    for (const owner of ownersOf(h)) {
      if (!model.slots.has(owner) && !model.heap.has(owner)) continue;
      const a = startOf(layout, owner);
      const b = anchorOf(layout, id);
      if (!a || !b) continue;
      const { d } = arrowPath(a, { ...b, side: 'left' }, 0, layout.arrowMaxX);
      gOwners.append(
        svgEl(doc, 'path', {
          class: 'bm-d-owner',
          d,
          'data-testid': 'diagram-owner',
          'data-from': owner,
          'data-to': id,
          'marker-start': `url(#${p}-dot)`,
          'marker-end': `url(#${p}-own)`,
        }),
      );
    }
  }

  model.refs.forEach((ref, lane) => {
    const a = startOf(layout, ref.from);
    const b = anchorOf(layout, ref.to, ref.to_field);
    if (!a || !b) return;
    const kind = ref.kind === 'mut' ? 'mut' : 'shared';
    const status = ['ok', 'conflict', 'dangling'].includes(ref.status) ? ref.status : 'ok';
    const live = ref.live !== false;
    const bad = status !== 'ok';
    const hl = (step.events ?? []).some(
      (ev) => ev.ref === ref.id || (ev.slot === ref.from && ev.target === ref.to) || (ev.slot === ref.from && ev.kind === 'loan-end'),
    );
    const change = changes.refs.get(ref.id);
    const grp = svgEl(doc, 'g', {
      'data-testid': 'diagram-ref',
      'data-ref-id': ref.id,
      'data-ref-kind': kind,
      'data-status': status,
      'data-live': live ? 'true' : 'false',
      'data-from': ref.from,
      'data-to': ref.to,
      'data-change': change,
      class: `bm-d-ref bm-d-ref--${kind} bm-d-ref--${status}${live ? '' : ' bm-d-ref--dead'}${hl ? ' bm-d-hl' : ''}${change ? ` bm-d-changed bm-d-changed--${change}` : ''}`,
    });
    const { d } = arrowPath(a, b, lane % 3, layout.arrowMaxX);
    // A wide white underlay keeps the arrow readable where it crosses boxes.
    gHalos.append(svgEl(doc, 'path', { class: `bm-d-ref-halo${kind === 'mut' ? ' bm-d-ref-halo--mut' : ''}${live ? '' : ' bm-d-ref-halo--dead'}`, d }));
    grp.append(
      svgEl(doc, 'path', {
        class: 'bm-d-ref-line',
        d,
        'marker-end': `url(#${p}-${bad ? 'bad' : kind})`,
      }),
    );
    const label = refLabel(ref, model, union);
    const rid = targetRegion(ref, model, union);
    grp.append(
      svgEl(doc, 'text', {
        class: 'bm-d-ref-label',
        x: r1(a.x + 4),
        y: r1(a.y - 4),
        // Same colour as the lifetime of the region it points into.
        style: !bad && rid ? `fill:${layout.lifetimeColour.get(rid)}` : null,
      }, label),
    );
    const since = change === 'new' ? ', a new borrow' : change === 'ended' ? ', this borrow just ended' : '';
    const words = `${nameOf(ref.from, model, union)} ${kind === 'mut' ? 'mutably borrows' : 'borrows'} ${nameOf(ref.to, model, union)}${status !== 'ok' ? ` (${status})` : ''}${live ? '' : ', not used again'}${since}`;
    grp.append(svgEl(doc, 'title', {}, words));
    gRefs.append(grp);
  });

  // A move or copy at this step: a grey arrow from where the value was to
  // where it went, so the learner sees it travel (only for this step).
  const gMoves = svgEl(doc, 'g', { class: 'bm-d-layer-moves' });
  for (const ev of step.events ?? []) {
    if ((ev.kind !== 'move' && ev.kind !== 'copy') || !layout.slots.has(ev.slot) || !layout.slots.has(ev.target)) continue;
    const a = startOf(layout, ev.slot);
    const b = anchorOf(layout, ev.target);
    const { d } = arrowPath(a, b, 0, layout.arrowMaxX);
    const grp = svgEl(doc, 'g', { class: `bm-d-move bm-d-move--${ev.kind}`, 'data-testid': 'diagram-move', 'data-from': ev.slot, 'data-to': ev.target });
    grp.append(svgEl(doc, 'path', { class: 'bm-d-ref-halo', d }));
    grp.append(svgEl(doc, 'path', { class: 'bm-d-move-line', d, 'marker-end': `url(#${p}-own)` }));
    grp.append(svgEl(doc, 'text', { class: 'bm-d-move-label', x: r1(a.x + 4), y: r1(a.y - 4) }, ev.kind === 'move' ? 'move' : 'copy'));
    grp.append(svgEl(doc, 'title', {}, `${nameOf(ev.slot, model, union)} ${ev.kind === 'move' ? 'moves' : 'is copied'} into ${nameOf(ev.target, model, union)}`));
    gMoves.append(grp);
  }

  svg.append(gRegions, gSlots, gHeap, gOwners, gHalos, gMoves, gRefs);
  return svg;
}
