// The Output panel (the playground's and the lesson page's): what the program printed when the core ran
// it (bm_analyzer_run: the worker is asked with {run: true}), how the run
// ended and, when it stopped early, why.
//
// The field read (README, "The JSON result"):
//   result.run = {status: "ok"|"panic"|"exit"|"unsupported"|"limit"|"rejected",
//                 exit_code, stdout, stderr, reason: string|null, line?, col?}
// Text only: what the program printed goes in as textContent.

import { el } from './dom.js';

const STATUSES = new Set(['ok', 'panic', 'exit', 'unsupported', 'limit', 'rejected']);

/** The run of `result`, or null: {status, stdout, stderr, exitCode, reason, line}. */
export function runOf(result) {
  const run = result?.run;
  if (!run || typeof run !== 'object' || Array.isArray(run)) return null;
  const text = (v) => (typeof v === 'string' ? v : '');
  return {
    status: STATUSES.has(run.status) ? run.status : 'ok',
    stdout: text(run.stdout),
    stderr: text(run.stderr),
    exitCode: Number.isInteger(run.exit_code) ? run.exit_code : null,
    reason: text(run.reason),
    line: Number.isInteger(run.line) && run.line > 0 ? run.line : null,
  };
}

/** One sentence on how the run ended. */
export function runSummary(run) {
  const at = run.line ? ` (line ${run.line})` : '';
  switch (run.status) {
    case 'ok':
      return 'The program ran to the end: exit code 0.';
    case 'panic':
      return `The program panicked${at}: exit code ${run.exitCode ?? 101}. The diagram's last step shows the stack where it did.`;
    case 'exit':
      return `The program exited with code ${run.exitCode}.`;
    case 'rejected':
      return `Not run: the program does not compile${run.reason ? `: ${run.reason}` : '.'}`;
    case 'limit':
      return `The run was stopped${at}: ${run.reason || 'it reached a limit'}. The output above is what it printed until then.`;
    default:
      return `The run was stopped${at}: ${run.reason || 'it uses something borrowmap does not run yet'}. The output above is what it printed until then; check it with real rustc.`;
  }
}

/**
 * Build the panel (hidden): {element, update(result)}. `prefix` names its
 * test ids and heading id ('play': play-output, play-stdout, ...; the
 * lesson page uses 'lesson').
 */
export function createOutputView({ prefix = 'play' } = {}) {
  const stdout = el('pre', { className: 'output-stream', testid: `${prefix}-stdout`, tabindex: '0', 'aria-label': 'Standard output' });
  const stderr = el('pre', { className: 'output-stream output-stderr', testid: `${prefix}-stderr`, tabindex: '0', 'aria-label': 'Standard error', hidden: true });
  const exit = el('p', { className: 'output-exit', testid: `${prefix}-exit`, 'aria-live': 'polite' });
  // which part of the output the diagram's step has printed (the diagram is
  // the same run: each step carries stdout_len, the bytes printed so far)
  const asOf = el('p', { className: 'muted output-as-of', testid: `${prefix}-output-step`, hidden: true });
  let shown = null;   // {run, steps, bytes}
  const decoder = new TextDecoder();
  const element = el(
    'section',
    { className: 'output', testid: `${prefix}-output`, 'aria-labelledby': `${prefix}-output-title`, hidden: true },
    el('h2', { className: 'section-title', id: `${prefix}-output-title` }, 'Output'),
    asOf,
    stdout,
    stderr,
    exit,
  );
  return {
    element,
    /** Show `result`'s run, or hide the panel when it has none. */
    update(result) {
      const run = runOf(result);
      element.hidden = !run;
      const steps = result?.timeline?.steps;
      shown = run && run.status !== 'rejected' && Array.isArray(steps) && steps.length
        ? { run, steps, bytes: new TextEncoder().encode(run.stdout) }
        : null;
      asOf.hidden = true;
      if (!run) return;
      element.dataset.status = run.status;
      const notRun = run.status === 'rejected';
      stdout.hidden = notRun;
      stdout.textContent = run.stdout || '(nothing printed)';
      stderr.textContent = run.stderr;
      stderr.hidden = notRun || !run.stderr;
      exit.textContent = runSummary(run);
    },
    /** Show the output as of the diagram's step `i` (the whole of it past the last step). */
    showStep(i) {
      if (!shown) return;
      const { run, steps, bytes } = shown;
      const none = i == null || i < 0;   // no step shown: the whole output
      const step = none ? null : steps[Math.min(i, steps.length - 1)];
      const len = Number.isInteger(step?.stdout_len) ? Math.min(step.stdout_len, bytes.length) : bytes.length;
      const atEnd = none || i >= steps.length - 1 || len >= bytes.length;
      const text = atEnd ? run.stdout : decoder.decode(bytes.subarray(0, len));
      stdout.textContent = text || '(nothing printed)';
      asOf.hidden = atEnd;
      asOf.textContent = atEnd ? '' : `What the program has printed by step ${i + 1} of ${steps.length} (the diagram's step):`;
      stdout.dataset.partial = atEnd ? 'false' : 'true';
    },
  };
}
