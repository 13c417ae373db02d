// Pure helpers around the analyzer's JSON result: the size check done before
// calling the analyzer, the conversion to @codemirror/lint diagnostics, and
// the status line text. No DOM here, so node --test can cover all of it.

import { toRange } from './positions.js';

/** The analyzer refuses sources over this many UTF-8 bytes (BM_MAX_SOURCE_BYTES). */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/**
 * Number of bytes `text` takes in UTF-8 — what `new TextEncoder().encode(text)
 * .length` returns (lone surrogates count as U+FFFD, 3 bytes) — counted
 * without allocating a copy of a multi-megabyte paste.
 */
export function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether `text` is over the analyzer's limit in UTF-8 bytes. Every UTF-16
 * unit is 1 to 3 UTF-8 bytes, so length > limit is always too large and
 * length * 3 <= limit never is; only in between do we count.
 */
export function isTooLarge(text, limit = MAX_SOURCE_BYTES) {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8Length(text) > limit;
}

function formatMiB(bytes) {
  return (bytes / (1024 * 1024)).toFixed(1) + ' MiB';
}

/**
 * The result the page shows for an over-limit source, shaped like the
 * analyzer's own "too-large" answer, without sending the text to the worker.
 */
export function tooLargeResult(text) {
  const size = formatMiB(utf8Length(text));
  return {
    version: 1,
    status: 'too-large',
    diagnostics: [
      {
        code: null,
        severity: 'error',
        message: `this program is too large to analyze (${size}; the limit is 1 MiB)`,
        line: 1,
        col: 1,
        end_line: 1,
        end_col: 1,
        labels: [],
        notes: ['borrowmap is for snippets: delete some code and the diagnostics come back'],
        help: null,
      },
    ],
    unsupported: [],
  };
}

/** A result for when the worker failed, so the page shows why instead of nothing. */
export function failureResult(message) {
  return {
    version: 1,
    status: 'analyzer-error',
    diagnostics: [
      {
        code: null,
        severity: 'error',
        message: `the analyzer failed: ${message}`,
        line: 1,
        col: 1,
        end_line: 1,
        end_col: 1,
        labels: [],
        notes: ['reload the page to try again'],
        help: null,
      },
    ],
    unsupported: [],
  };
}

const LINT_SEVERITY = { error: 'error', warning: 'warning', note: 'info', help: 'info' };

/** "error[E0382]" / "warning" — the rustc-style heading of a diagnostic. */
export function heading(d) {
  const sev = d.severity === 'note' ? 'note' : d.severity || 'error';
  return d.code ? `${sev}[${d.code}]` : sev;
}

/** The one-line message shown in tooltips: "E0382: borrow of moved value: `s`". */
export function tooltipMessage(d) {
  return d.code ? `${d.code}: ${d.message}` : d.message;
}

/**
 * @codemirror/lint diagnostics for `result` against `doc` (the exact document
 * that was analyzed). Primary spans keep their severity; secondary labels that
 * point elsewhere become "hint" marks (e.g. "value moved here"); unsupported
 * constructs become "info" diagnostics.
 */
export function toLintDiagnostics(doc, result) {
  const out = [];
  if (!result) return out;
  for (const d of result.diagnostics ?? []) {
    const { from, to } = toRange(doc, d);
    out.push({
      from,
      to,
      severity: LINT_SEVERITY[d.severity] ?? 'error',
      message: tooltipMessage(d),
      bm: d,
    });
    for (const label of d.labels ?? []) {
      const r = toRange(doc, label);
      if (r.from === from && r.to === to) continue; // same place as the message
      out.push({
        from: r.from,
        to: r.to,
        severity: 'hint',
        message: d.code ? `${d.code}: ${label.message}` : label.message,
        markClass: 'bm-label',
      });
    }
  }
  for (const u of result.unsupported ?? []) {
    const { from, to } = toRange(doc, u);
    out.push({ from, to, severity: 'info', message: `unsupported: ${u.reason}` });
  }
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Counts by severity of the primary diagnostics in a result. */
export function countDiagnostics(result) {
  const counts = { error: 0, warning: 0, note: 0, unsupported: 0 };
  for (const d of result?.diagnostics ?? []) {
    if (d.severity in counts) counts[d.severity]++;
  }
  counts.unsupported = result?.unsupported?.length ?? 0;
  return counts;
}

/**
 * The status line for an analysis state ({phase, result}): "analyzing…",
 * "No errors", "1 error", "2 errors, 1 warning", "Too large to analyze".
 */
export function statusText(analysis) {
  if (!analysis || analysis.phase === 'pending' || !analysis.result) return 'analyzing…';
  const { result } = analysis;
  if (result.status === 'too-large') return 'Too large to analyze';
  if (result.status === 'not-utf8') return 'Not valid UTF-8 text';
  if (result.status === 'out-of-memory') return 'Out of memory (partial result)';
  if (result.status === 'analyzer-error') return 'Analyzer failed';
  const c = countDiagnostics(result);
  const parts = [];
  if (c.error) parts.push(plural(c.error, 'error'));
  if (c.warning) parts.push(plural(c.warning, 'warning'));
  let text = parts.length ? parts.join(', ') : 'No errors';
  if (c.unsupported) text += ` (${plural(c.unsupported, 'construct')} not analyzed)`;
  return text;
}
