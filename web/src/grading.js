// Judging a learner's task against the checker. Pure functions over the
// analyzer's JSON result (the one in analysisField, or a one-shot analysis of
// a predict task's code) and the core's answer about the task's constraints
// (checkRules), so node --test covers every rule.
//
// - fix: the task's error is gone, the checker reports nothing else, nothing
//   is left unchecked (`unsupported`), and every constraint holds on the
//   syntax tree. Equivalent code passes; code that breaks the task's stated
//   rule fails, however it compiles.
// - compile: the same, without a target error.
// - predict: the learner's {compiles, code, line} against the checker's
//   verdict on the task's code.
//
// A grade's `state` is 'passed', 'failed' or 'unchecked': the checker could
// not judge all of the code (it does not model something, or could not run),
// which is said as such and never counts as a pass.

import { describeConstraint } from './constraints.js';

/** Error codes of borrowmap's family, with a learner-facing description. */
export const ERROR_CODES = [
  ['E0382', 'use of a moved value'],
  ['E0499', 'two mutable borrows at once'],
  ['E0502', 'shared and mutable borrow overlap'],
  ['E0505', 'move out while borrowed'],
  ['E0506', 'assign to a borrowed value'],
  ['E0503', 'use while mutably borrowed'],
  ['E0597', 'does not live long enough'],
  ['E0716', 'temporary dropped while borrowed'],
  ['E0515', 'return a reference to a local'],
  ['E0106', 'missing lifetime specifier'],
  ['E0373', 'closure may outlive the function'],
  ['E0384', 'assign twice to an immutable variable'],
  ['E0596', 'borrow an immutable variable as mutable'],
  ['E0594', 'assign through a shared reference'],
  ['E0507', 'move out of a reference'],
  ['E0381', 'use of an uninitialized variable'],
];

/** The code borrowmap gives errors without a rustc code (syntax errors). */
export const NO_CODE = 'syntax';

/**
 * The checker's verdict on a result: {compiles, errors: [{code, line,
 * message}]}, or null when the checker could not judge (too large, failed).
 */
export function verdictOf(result) {
  if (!result || result.status !== 'ok') return null;
  const errors = (result.diagnostics ?? [])
    .filter((d) => (d.severity ?? 'error') === 'error')
    .map((d) => ({ code: d.code ?? NO_CODE, line: d.line, message: d.message }));
  return { compiles: errors.length === 0, errors };
}

/** "E0382 on line 9" / "a syntax error on line 2". */
export function describeError(e) {
  return e.code === NO_CODE ? `a syntax error on line ${e.line}` : `${e.code} on line ${e.line}`;
}

function listErrors(errors) {
  const shown = errors.slice(0, 3).map(describeError);
  if (errors.length > 3) shown.push(`${errors.length - 3} more`);
  return shown.join(', ');
}

function unavailable(result) {
  const why = {
    'too-large': 'the code is too large to analyze',
    'analyzer-error': 'the analyzer failed',
    'not-utf8': 'the code is not valid text',
    'out-of-memory': 'the analyzer ran out of memory',
  }[result?.status];
  return { passed: false, state: 'unchecked', broken: [], message: `Not checked: the checker could not judge this code (${why ?? 'no answer yet'}). Try again in a moment.` };
}

/** What the checker left unchecked in `result`, as "line 3: trait objects…". */
export function uncheckedParts(result) {
  return (result?.unsupported ?? []).map((u) => `line ${u.line}: ${u.reason}`);
}

/**
 * Whether grading this task needs the constraints checked: only once the
 * checker has no error and nothing unchecked to report (before that, the
 * grade does not depend on them).
 */
export function needsRules(task, result) {
  const verdict = verdictOf(result);
  return Boolean(verdict && verdict.compiles && uncheckedParts(result).length === 0 && task.constraints?.length);
}

/**
 * Grade a compile or fix task. `result` is the checker's result on the code;
 * `rules` the core's answer about task.constraints on the same code
 * ({status, results: [{holds, error?}]}, from checkRules), or null when
 * needsRules() said it was not needed. `others` are the lesson's other code
 * tasks as [{number, error}] (1-based task numbers), to say which task an
 * error left in the code belongs to.
 * Returns {passed, state, message, broken}: `broken` lists the indexes of
 * the constraints that do not hold.
 */
export function gradeCodeTask(task, result, rules, { others = [] } = {}) {
  const verdict = verdictOf(result);
  if (!verdict) return unavailable(result);
  const fail = (message, broken = []) => ({ passed: false, state: 'failed', message, broken });
  if (!verdict.compiles) {
    if (task.kind === 'fix' && verdict.errors.some((e) => e.code === task.error))
      return fail(`Not yet: the checker still reports ${task.error} (${listErrors(verdict.errors)}).`);
    if (task.kind !== 'fix') return fail(`Not yet: the code does not compile (${listErrors(verdict.errors)}).`);
    const owner = others.find((o) => verdict.errors.some((e) => e.code === o.error));
    const whose = owner ? ` Task ${owner.number} is about ${owner.error}; this one passes once nothing else is reported.` : '';
    return fail(`${task.error} is gone, but the checker still reports another error (${listErrors(verdict.errors)}).${whose}`);
  }
  const unchecked = uncheckedParts(result);
  if (unchecked.length) {
    return {
      passed: false,
      state: 'unchecked',
      broken: [],
      message: `Not checked: the checker reports no errors, but it does not model part of this code (${unchecked.slice(0, 2).join('; ')}), so it cannot confirm the ${task.kind === 'fix' ? 'fix' : 'task'}. Write that part another way, or compare with the solution.`,
    };
  }
  const constraints = task.constraints ?? [];
  if (constraints.length) {
    if (!rules || rules.status !== 'ok' || !Array.isArray(rules.results) || rules.results.length !== constraints.length) {
      return {
        passed: false,
        state: 'unchecked',
        broken: [],
        message: `Not checked: the task's rules could not be checked (${rules?.error ?? 'no answer from the checker'}). Try again in a moment.`,
      };
    }
    const unreadable = rules.results.findIndex((r) => r.error);
    if (unreadable >= 0) {
      return {
        passed: false,
        state: 'unchecked',
        broken: [],
        message: `Not checked: rule ${unreadable + 1} of this task cannot be read by the checker (${rules.results[unreadable].error}). This is a mistake in the lesson, not in your code.`,
      };
    }
    const broken = rules.results.map((r, i) => (r.holds ? -1 : i)).filter((i) => i >= 0);
    if (broken.length) {
      const rule = broken.map((i) => describeConstraint(constraints[i])).join('; and ');
      return fail(`The checker reports no errors, but the task asks that ${rule}. Change the code so that it does.`, broken);
    }
  }
  return {
    passed: true,
    state: 'passed',
    broken: [],
    message: task.kind === 'fix' ? `Passed: ${task.error} is gone, the checker reports no errors, and the task's rules hold.` : 'Passed: the checker reports no errors, and the task\'s rules hold.',
  };
}

/**
 * Grade a prediction {compiles: boolean, code?: string, line?: number}
 * against the checker's verdict on the task's code. Returns {passed, message,
 * verdict}; `passed` is true only if every part asked for is right.
 */
export function gradePrediction(prediction, result) {
  const verdict = verdictOf(result);
  if (!verdict) return { ...unavailable(result), verdict: null };
  const truth = verdict.compiles ? 'it compiles' : `it does not compile: ${listErrors(verdict.errors)}`;
  if (prediction.compiles !== verdict.compiles) {
    return {
      passed: false,
      verdict,
      message: `Not quite: you said it ${prediction.compiles ? 'compiles' : 'does not compile'}, but ${truth}.`,
    };
  }
  if (verdict.compiles) return { passed: true, verdict, message: 'Right: it compiles.' };
  const sameCode = verdict.errors.filter((e) => e.code === prediction.code);
  const codeRight = sameCode.length > 0;
  const lineRight = verdict.errors.some((e) => e.code === prediction.code && e.line === prediction.line);
  const anyLine = verdict.errors.some((e) => e.line === prediction.line);
  if (codeRight && lineRight) return { passed: true, verdict, message: `Right: ${truth}.` };
  const parts = [];
  parts.push(codeRight ? `the error code ${prediction.code} is right` : `the error is not ${prediction.code === NO_CODE ? 'a syntax error' : prediction.code}`);
  parts.push(lineRight || (!codeRight && anyLine) ? `line ${prediction.line} is right` : `line ${prediction.line} is not where it is reported`);
  return { passed: false, verdict, message: `Almost: it does not compile, but ${parts.join(' and ')}. The checker says ${truth.replace('it does not compile: ', '')}.` };
}
