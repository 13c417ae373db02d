// Judging a learner's task against the checker. Pure functions over the
// analyzer's JSON result (the one in analysisField, or a one-shot analysis of
// a predict task's code), so node --test covers every rule.
//
// - compile: the checker reports no error and every `required` substring is
//   still in the code.
// - fix: the same rule (the declared error gone *and* no other error is the
//   simplest honest one), with feedback that names the task's error.
// - predict: the learner's {compiles, code, line} against the checker's
//   verdict on the task's code.

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
  return { passed: false, message: `The checker could not judge this code (${why ?? 'no answer yet'}). Try again in a moment.` };
}

/** Required substrings missing from `code`. */
export function missingRequired(task, code) {
  return (task.required ?? []).filter((r) => !code.includes(r));
}

/**
 * Grade a compile or fix task. Returns {passed, message}: one or two plain
 * sentences telling the learner what the checker saw.
 */
export function gradeCodeTask(task, code, result) {
  const verdict = verdictOf(result);
  if (!verdict) return unavailable(result);
  const missing = missingRequired(task, code);
  if (!verdict.compiles) {
    const still = task.kind === 'fix' && verdict.errors.some((e) => e.code === task.error);
    const lead = still
      ? `Not yet: the checker still reports ${task.error}`
      : task.kind === 'fix'
        ? `${task.error} is gone, but the checker reports another error`
        : 'Not yet: the code does not compile';
    return { passed: false, message: `${lead} (${listErrors(verdict.errors)}).` };
  }
  if (missing.length) {
    return {
      passed: false,
      message: `The code compiles, but it no longer contains ${missing.map((m) => `\`${m}\``).join(' and ')}. Keep ${missing.length === 1 ? 'it' : 'them'}: removing the code is not a fix.`,
    };
  }
  return {
    passed: true,
    message: task.kind === 'fix' ? `Passed: ${task.error} is gone and the checker reports no errors.` : 'Passed: the checker reports no errors.',
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
