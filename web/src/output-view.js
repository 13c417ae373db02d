// The playground's Output panel: what the program printed, once the core
// runs programs. Today's JSON has no run, so the panel stays hidden; it
// appears as soon as a result carries one.
//
// The field read (the core will add it to the JSON result):
//   result.run = {stdout: string, stderr: string, exit_code: number | null, ...}
// Only run.stdout, run.stderr and run.exit_code are read here. The core will
// also give each step's output offsets; the panel does not read them yet
// (their name is not fixed), so it shows the whole run's output.
// Text only: what the program printed goes in as textContent.

import { el } from './dom.js';

/** The run of `result`, or null: {stdout, stderr, exitCode}. */
export function runOf(result) {
  const run = result?.run;
  if (!run || typeof run !== 'object' || Array.isArray(run)) return null;
  const text = (v) => (typeof v === 'string' ? v : '');
  return { stdout: text(run.stdout), stderr: text(run.stderr), exitCode: Number.isInteger(run.exit_code) ? run.exit_code : null };
}

/** Build the panel (hidden): {element, update(result)}. */
export function createOutputView() {
  const stdout = el('pre', { className: 'output-stream', testid: 'play-stdout', tabindex: '0', 'aria-label': 'Standard output' });
  const stderr = el('pre', { className: 'output-stream output-stderr', testid: 'play-stderr', tabindex: '0', 'aria-label': 'Standard error', hidden: true });
  const exit = el('p', { className: 'output-exit', testid: 'play-exit' });
  const element = el(
    'section',
    { className: 'output', testid: 'play-output', 'aria-labelledby': 'play-output-title', hidden: true },
    el('h2', { className: 'section-title', id: 'play-output-title' }, 'Output'),
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
      if (!run) return;
      stdout.textContent = run.stdout || '(nothing printed)';
      stderr.textContent = run.stderr;
      stderr.hidden = !run.stderr;
      exit.textContent = run.exitCode === null ? '' : `Exit code ${run.exitCode}${run.exitCode === 0 ? '' : ' (the program failed)'}`;
    },
  };
}
