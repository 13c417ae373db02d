// The text alternative of one step, for screen readers (and for tests):
// the sentence, then the stack frame by frame, the heap and the references.
// Pure: no DOM.

import { indexStep, nameOf, ownersOf, STATE_WORDS } from './model.js';

const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

function slotWords(s) {
  const v = s.value !== null && s.value !== undefined ? ` = ${s.value}` : '';
  const fields = (s.fields ?? []).length
    ? ` {${s.fields.map((f) => `${f.name} = ${f.value ?? '?'}${f.state && f.state !== 'owned' ? ` ${STATE_WORDS[f.state] ?? f.state}` : ''}`).join(', ')}}`
    : '';
  return `${s.name}: ${s.type ?? '?'}${v}${fields}, ${STATE_WORDS[s.state] ?? s.state ?? 'owned'}`;
}

function regionTitle(r, parentName) {
  const lt = r.lifetime ? ` (${r.lifetime})` : '';
  if (r.kind === 'frame') return `Frame ${r.name}${lt}${parentName ? `, called from ${parentName}` : ''}`;
  return `${cap(r.name)}${lt}${parentName ? ` inside ${parentName}` : ''}`;
}

/** Where a ref points, in words: "x", "p.x", "element 0 of the Vec owned by v". */
function targetWords(ref, model, union) {
  if (union?.heap.has(ref.to) || model.heap.has(ref.to)) {
    const h = model.heap.get(ref.to);
    const kind = h?.kind ?? union.heap.get(ref.to).kind;
    const owner = h ? ownersOf(h)[0] : null;
    const whole = `the ${kind}${owner ? ` owned by ${nameOf(owner, model, union)}` : ''}`;
    if (ref.to_field == null) return whole;
    return /^\d+$/.test(String(ref.to_field)) ? `element ${ref.to_field} of ${whole}` : `${ref.to_field} of ${whole}`;
  }
  const name = nameOf(ref.to, model, union);
  return ref.to_field ? `${name}.${ref.to_field}` : name;
}

/**
 * Describe step `index`: "Step 2 of 5, line 3. <sentence> <changes> Frame
 * main ('a): ... Heap: ... References: r → s (shared, live)." `changes` is
 * what changed since the previous step, in words (changes.js).
 */
export function describeStep(timeline, index, diagnostics = [], union = null, changes = '') {
  const steps = timeline?.steps ?? [];
  const step = steps[index];
  if (!step) return '';
  const model = indexStep(step);
  const parts = [`Step ${index + 1} of ${steps.length}, line ${step.line}.`];
  if (step.sentence) parts.push(/[.!?]$/.test(step.sentence.trim()) ? step.sentence.trim() : `${step.sentence.trim()}.`);
  const d = step.diagnostic !== undefined && step.diagnostic !== null ? diagnostics?.[step.diagnostic] : null;
  if (d) parts.push(`Error${d.code ? ` ${d.code}` : ''}: ${d.message}.`);
  if (changes) parts.push(String(changes).replaceAll('`', ''));

  const regionLines = [];
  const walk = (r, parent) => {
    const slots = (r.slots ?? []).map(slotWords);
    regionLines.push(`${regionTitle(r, parent?.name)}: ${slots.length ? slots.join('; ') : 'empty'}.`);
    for (const c of r.children ?? []) walk(c, r);
  };
  for (const r of step.regions ?? []) walk(r, null);
  if (!regionLines.length) parts.push('The stack is empty.');
  parts.push(...regionLines);

  // Regions seen before and gone now: say so, it is the point of the picture.
  if (union) {
    const before = new Set();
    for (let i = 0; i < index; i++) for (const id of indexStep(steps[i]).regions.keys()) before.add(id);
    const gone = [...before].filter((id) => !model.regions.has(id)).map((id) => union.regions.get(id));
    const danglingInto = new Set(model.refs.filter((r) => r.status === 'dangling').map((r) => union.slots.get(r.to)?.region ?? r.to));
    for (const r of gone) {
      if (!r) continue;
      parts.push(`${regionTitle(r)} has popped${danglingInto.has(r.id) ? ', but a reference still points into it' : ''}.`);
    }
  }

  if (model.heap.size) {
    const hs = [...model.heap.values()].map((h) => {
      const what = h.contents ?? (Array.isArray(h.items) ? `[${h.items.join(', ')}]` : '');
      const owners = ownersOf(h).map((o) => nameOf(o, model, union));
      return `${h.kind}${what ? ` ${what}` : ''}${h.freed ? ' freed' : owners.length ? ` owned by ${owners.join(' and ')}` : ''}${h.strong != null ? `, strong count ${h.strong}` : ''}`;
    });
    parts.push(`Heap: ${hs.join('; ')}.`);
  }
  if (model.refs.length) {
    const rs = model.refs.map((r) => {
      const bits = [r.kind === 'mut' ? 'mutable' : 'shared', r.live === false ? 'no longer used' : 'live'];
      if (r.status && r.status !== 'ok') bits.push(r.status);
      return `${nameOf(r.from, model, union)} → ${targetWords(r, model, union)} (${bits.join(', ')})`;
    });
    parts.push(`References: ${rs.join('; ')}.`);
  }
  return parts.join(' ');
}
