// The diagnostics list and the status line. Both are drawn from
// analysisField only, so they always agree with each other and with the lint
// marks (which are set in the same transaction).

import { ViewPlugin, EditorView } from '@codemirror/view';
import { EditorSelection } from '@codemirror/state';
import { analysisField } from './borrowmap-extension.js';
import { heading, statusText, tooltipMessage } from './analysis.js';
import { toRange } from './positions.js';

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (key === 'className') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function where(span) {
  return `${span.line}:${span.col}`;
}

/** Tooltip body for one analyzer diagnostic: message, then labels, notes, help. */
export function renderTooltip(d) {
  const extra = [];
  for (const label of d.labels ?? []) {
    if (label.line === d.line && label.col === d.col) continue;
    extra.push(el('div', { className: 'bm-tip-label' }, `${where(label)}: ${label.message}`));
  }
  for (const note of d.notes ?? []) extra.push(el('div', { className: 'bm-tip-note' }, `note: ${note}`));
  if (d.help) extra.push(el('div', { className: 'bm-tip-help' }, `help: ${d.help}`));
  return el('div', { className: 'bm-tip' }, el('div', { className: 'bm-tip-message' }, tooltipMessage(d)), extra);
}

function jumpTo(view, span, effects = []) {
  const { from, to } = toRange(view.state.doc, span);
  view.dispatch({
    selection: EditorSelection.range(from, to),
    effects: [EditorView.scrollIntoView(from, { y: 'center' }), ...effects],
  });
  view.focus();
}

function renderDiagnostic(view, d, index, jumpEffects) {
  const sev = d.severity || 'error';
  const labels = (d.labels ?? [])
    .filter((l) => !(l.line === d.line && l.col === d.col && l.end_line === d.end_line && l.end_col === d.end_col))
    .map((l) => el('li', { className: 'bm-label' }, el('span', { className: 'bm-pos' }, where(l)), ' ', l.message));
  const primaryLabel = (d.labels ?? []).find((l) => l.line === d.line && l.col === d.col);
  const notes = (d.notes ?? []).map((n) => el('li', { className: 'bm-note' }, el('b', {}, 'note'), ': ', n));
  if (d.help) notes.push(el('li', { className: 'bm-help' }, el('b', {}, 'help'), ': ', d.help));

  const button = el(
    'button',
    { type: 'button', className: 'bm-diag-head', title: `Go to line ${d.line}, column ${d.col}` },
    el('span', { className: 'bm-title' }, el('span', { className: `bm-sev bm-sev-${sev}` }, heading(d)), ': ', el('span', { className: 'bm-msg' }, d.message)),
    el('span', { className: 'bm-pos', 'data-testid': 'diagnostic-position' }, `line ${d.line}, col ${d.col}`),
  );
  button.addEventListener('click', () => jumpTo(view, d, jumpEffects ? jumpEffects(d, index) : []));
  return el(
    'li',
    { className: `bm-diag bm-diag-${sev}`, 'data-testid': 'diagnostic', 'data-line': d.line, 'data-col': d.col, 'data-code': d.code ?? undefined },
    button,
    primaryLabel ? el('div', { className: 'bm-primary-label' }, '↳ ', primaryLabel.message) : null,
    labels.length ? el('ul', { className: 'bm-labels' }, labels) : null,
    notes.length ? el('ul', { className: 'bm-notes' }, notes) : null,
  );
}

function renderUnsupported(view, u) {
  const button = el(
    'button',
    { type: 'button', className: 'bm-diag-head', title: `Go to line ${u.line}, column ${u.col}` },
    el('span', { className: 'bm-title' }, el('span', { className: 'bm-sev bm-sev-info' }, 'unsupported'), ': ', el('span', { className: 'bm-msg' }, u.reason)),
    el('span', { className: 'bm-pos' }, `line ${u.line}, col ${u.col}`),
  );
  button.addEventListener('click', () => jumpTo(view, u));
  return el('li', { className: 'bm-diag bm-diag-info', 'data-testid': 'unsupported', 'data-line': u.line }, button);
}

/**
 * Extension that keeps `list` (a <ul>/<ol>) and `status` (any element) in
 * sync with analysisField. A click on a diagnostic selects its span;
 * `jumpEffects(diagnostic, index)` may add effects to that transaction (the
 * diagram shows the diagnostic's step).
 */
export function diagnosticsView({ list, status, jumpEffects }) {
  return ViewPlugin.fromClass(
    class {
      constructor(view) {
        this.view = view;
        this.shown = null;
        this.render();
      }
      update(update) {
        if (update.state.field(analysisField) !== update.startState.field(analysisField)) this.render();
      }
      render() {
        const analysis = this.view.state.field(analysisField);
        const pending = analysis.phase === 'pending';
        status.textContent = statusText(analysis);
        const counts = analysis.result ? analysis.result.diagnostics?.filter((d) => d.severity === 'error').length : 0;
        status.dataset.state = pending ? 'pending' : analysis.result?.status !== 'ok' ? 'problem' : counts ? 'errors' : 'clean';
        list.classList.toggle('is-stale', pending);
        // Re-render the entries only when the result itself changed.
        if (analysis.result === this.shown) return;
        this.shown = analysis.result;
        const result = analysis.result;
        if (!result) {
          list.replaceChildren();
          return;
        }
        const items = [
          ...(result.diagnostics ?? []).map((d, i) => renderDiagnostic(this.view, d, i, jumpEffects)),
          ...(result.unsupported ?? []).map((u) => renderUnsupported(this.view, u)),
        ];
        if (items.length === 0) {
          items.push(el('li', { className: 'bm-empty' }, 'The checker has nothing to say about this code.'));
        }
        list.replaceChildren(...items);
      }
    },
  );
}
