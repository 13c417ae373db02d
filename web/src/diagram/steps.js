// Step <-> source line, for syncing the editor's cursor with the diagram.
// Pure: no DOM.

/** Does step `s` cover source line `line` (1-based)? */
export function stepCoversLine(s, line) {
  const end = s.end_line ?? s.line;
  return line >= s.line && line <= end;
}

/**
 * The step to show for a cursor on `line`. Keeps `current` when it already
 * covers the line (a line that runs twice, in a loop or a call, keeps the step
 * the learner chose); otherwise the first step on that line; otherwise the
 * nearest step above the line (a blank or comment line shows what was just
 * done). Returns -1 when the timeline has no steps.
 */
export function stepForLine(timeline, line, current = -1) {
  const steps = timeline?.steps ?? [];
  if (!steps.length) return -1;
  if (current >= 0 && current < steps.length && stepCoversLine(steps[current], line)) return current;
  const exact = steps.findIndex((s) => stepCoversLine(s, line));
  if (exact >= 0) return exact;
  let best = -1;
  for (let i = 0; i < steps.length; i++) {
    if (steps[i].line <= line && (best < 0 || steps[i].line > steps[best].line)) best = i;
  }
  return best >= 0 ? best : 0;
}

/** The source span of a step: {line, col, end_line, end_col}, for highlighting it in the editor. */
export function stepSpan(step) {
  if (!step) return null;
  return {
    line: step.line,
    col: step.col ?? 1,
    end_line: step.end_line ?? step.line,
    end_col: step.end_col ?? step.col ?? 1,
  };
}

/** The index of the first step that carries diagnostic `d`, or -1. */
export function stepForDiagnostic(timeline, d) {
  return (timeline?.steps ?? []).findIndex((s) => s.diagnostic === d);
}
