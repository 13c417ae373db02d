// A task's constraints in words. The rules themselves are data in the lesson
// (lessons/README.md, "Constraints") and are decided by the core on the
// syntax tree (checkRules in wasm/analyzer.js); this module only says what
// each rule asks, in one Markdown sentence, so the learner reads the same
// rule before checking and in the feedback after. Pure, no DOM.

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const ordinal = (i) => ORDINAL[i] ?? `#${i + 1}`;
const code = (s) => `\`${s}\``;
const inFn = (c) => (c.fn ? ` in ${code(c.fn)}` : '');

function typeWords(c) {
  const name = c.type_name ? code(c.type_name) : null;
  switch (c.type) {
    case 'reference':
      return name ? `a reference to ${name}` : 'a reference (a borrow)';
    case 'shared-reference':
      return name ? `a shared reference, ${code(`&${c.type_name}`)}` : `a shared reference (${code('&')})`;
    case 'mut-reference':
      return name ? `a mutable reference, ${code(`&mut ${c.type_name}`)}` : `a mutable reference (${code('&mut')})`;
    case 'owned':
      return name ? `an owned ${name}, not a reference` : 'an owned value, not a reference';
    default:
      return name ? `a ${name}` : 'of the same type';
  }
}

function callWords(p) {
  if (p.callee) return code(`${p.callee}(…)`);
  return code(`${p.receiver ? `${p.receiver}.` : '.'}${p.method}(…)`);
}

function passesWords(c) {
  const of = c.of ? code(c.of) : 'its argument';
  switch (c.passes) {
    case 'borrow':
      return `passes a borrow of ${of}`;
    case 'shared-borrow':
      return `passes a shared borrow of ${of}`;
    case 'mut-borrow':
      return `passes a mutable borrow of ${of}${c.of ? ` (${code(`&mut ${c.of}`)})` : ''}`;
    case 'value':
      return c.of ? `passes ${of} itself, by value` : 'passes its argument by value';
    default:
      return c.of ? `passes ${of}` : '';
  }
}

/** One Markdown sentence for constraint `c` (the author's `says` when given). */
export function describeConstraint(c) {
  if (typeof c?.says === 'string' && c.says.trim()) return c.says;
  switch (c?.kind) {
    case 'param':
      return `${code(c.fn)}'s ${ordinal(c.param)} parameter is ${typeWords(c)}`;
    case 'returns':
      return `${code(c.fn)} returns ${typeWords(c)}`;
    case 'field':
      return `${code(c.struct)}'s field ${code(c.name)} is ${typeWords(c)}`;
    case 'let': {
      const what = c.init ? code(`let ${c.name} = ${c.init};`) : code(`let ${c.name}`);
      if (c.scope === 'inner-block') return `${what} stays inside an inner block${inFn(c)}`;
      if (c.scope === 'fn-body') return `${what} stays at the top level of ${c.fn ? code(c.fn) : 'its function'}`;
      return `${what} is still there${inFn(c)}`;
    }
    case 'assign':
      return `${code(c.name)} is still assigned to${inFn(c)}`;
    case 'prints': {
      let s = `${code(c.name)} is still printed`;
      if (c.scope === 'fn-body') s += ` at the top level of ${c.fn ? code(c.fn) : 'its function'}`;
      else if (c.scope === 'inner-block') s += ` inside an inner block${inFn(c)}`;
      else s += inFn(c);
      if (c.before) s += `, before ${callWords(c.before)}`;
      if (c.after) s += `, after ${c.after.method || c.after.callee ? 'every ' : ''}${callWords(c.after)}`;
      return s;
    }
    case 'call': {
      const count = c.count > 1 ? ` at least ${c.count === 2 ? 'twice' : `${c.count} times`}` : '';
      if (c.arg !== undefined && (c.passes || c.of)) return `the call ${callWords(c)}${inFn(c)} ${passesWords(c)}`;
      return `${callWords(c)} is still called${count}${inFn(c)}`;
    }
    case 'match':
      if (c.borrows === true) return `the ${code('match')} on ${code(c.on)} borrows it instead of moving out of it`;
      if (c.borrows === false) return `the ${code('match')} on ${code(c.on)} takes it by value`;
      return `there is still a ${code('match')} on ${code(c.on)}`;
    case 'for':
      if (c.borrows === true) return `the ${code('for')} loop borrows ${code(c.over)} instead of consuming it`;
      if (c.borrows === false) return `the ${code('for')} loop consumes ${code(c.over)}`;
      return `there is still a ${code('for')} loop over ${code(c.over)}`;
    case 'closure':
      if (c.move === true) return `the closure${inFn(c)} is a ${code('move')} closure`;
      if (c.move === false) return `the closure${inFn(c)} borrows what it uses (no ${code('move')})`;
      return `there is still a closure${inFn(c)}`;
    case 'try':
      return `${c.fn ? code(c.fn) : 'the code'} still uses ${code('?')}${c.count > 1 ? ` at least ${c.count} times` : ''}`;
    default:
      return `a rule of kind ${code(String(c?.kind))}`;
  }
}
