// The diagram panel: the stack (nested regions, each with its lifetime), the
// heap, and references as arrows, for one step of the analyzer's timeline
// (core/docs/timeline.md), with controls to step through the program.
//
//   const panel = createDiagramPanel(container, { onStepChange(i, step, info) {} });
//   panel.update(result.timeline, result.diagnostics);   // after each analysis
//   panel.setStep(i);                                    // e.g. from the editor's cursor
//   panel.step();                                        // current index, -1 when nothing is drawn
//   panel.showMessage(text);                             // no drawing: a short message instead
//   panel.destroy();
//
// Builds DOM with createElement/createElementNS and textContent only: every
// string from the analyzer (names, types, values, sentences) is text.

import './diagram.css';
import { computeLayout, collectUnion, VIEW_W } from './layout.js';
import { renderStep } from './render.js';
import { describeStep } from './describe.js';
import { diffSteps, changeWords } from './changes.js';

export { stepForLine, stepSpan, stepForDiagnostic, stepCoversLine } from './steps.js';
export { describeStep } from './describe.js';
export { computeLayout } from './layout.js';

let panels = 0;

export const MESSAGES = {
  syntax: 'Fix the syntax error to see the diagram.',
  waiting: 'The diagram appears here once your code has been checked.',
  empty: 'Nothing to draw yet: the program has no statements to step through.',
  unsupported: (reason) => `The diagram can't show this yet: ${reason}`,
};

function h(doc, tag, attrs = {}, ...children) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'className') node.className = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
  return node;
}

/** A sentence with `code` spans: backticks become <code>, everything stays text. */
function sentenceNodes(doc, text) {
  return String(text ?? '')
    .split('`')
    .map((part, i) => (i % 2 ? h(doc, 'code', {}, part) : doc.createTextNode(part)));
}

/**
 * Create the panel inside `container` (its previous content is replaced).
 * options.onStepChange(stepIndex, step, {source}) is called whenever the
 * shown step changes; source is 'update' (new timeline), 'user' (buttons,
 * slider, keys) or 'api' (setStep).
 */
export function createDiagramPanel(container, { onStepChange } = {}) {
  const doc = container.ownerDocument;
  const prefix = `bmd${++panels}`;
  let timeline = null;
  let diagnostics = [];
  let layout = null;
  let index = -1;
  let drawnWidth = 0; // the width the layout was made for

  const btn = (testid, label, text, cls = '') =>
    h(doc, 'button', { type: 'button', className: `bm-d-btn ${cls}`.trim(), 'data-testid': testid, 'aria-label': label, title: label }, text);
  const first = btn('diagram-first', 'First step', '«');
  const prev = btn('diagram-prev', 'Previous step', '‹');
  const next = btn('diagram-next', 'Next step', '›');
  const last = btn('diagram-last', 'Last step', '»');
  const label = h(doc, 'span', { className: 'bm-d-step-label', 'data-testid': 'diagram-step-label' });
  const errorJump = h(doc, 'button', { type: 'button', className: 'bm-d-btn bm-d-error-jump', 'data-testid': 'diagram-error-jump', hidden: true });
  const slider = h(doc, 'input', {
    type: 'range',
    className: 'bm-d-slider',
    min: 0,
    max: 0,
    step: 1,
    value: 0,
    'data-testid': 'diagram-slider',
    'aria-label': 'Step',
  });
  // How to step, on screen: the buttons, or ← → (Home, End) anywhere in the panel.
  const keys = h(doc, 'p', { className: 'bm-d-keys', 'data-testid': 'diagram-keys' }, 'Step with ← and → (Home, End) once the diagram has focus.');
  const controls = h(
    doc,
    'div',
    { className: 'bm-d-controls', role: 'group', 'aria-label': 'Step through the program' },
    h(doc, 'div', { className: 'bm-d-buttons' }, first, prev, next, last, label, errorJump),
    slider,
  );
  const sentence = h(doc, 'p', { className: 'bm-d-sentence', 'data-testid': 'diagram-sentence' });
  // What changed since the previous step (changes.js): a caption under the
  // drawing, which marks the same items; the live text says it after the
  // sentence.
  const changesLine = h(doc, 'p', { className: 'bm-d-changes', 'data-testid': 'diagram-changes' });
  let changeText = []; // per step: the words of changesLine
  const canvas = h(doc, 'div', { className: 'bm-d-canvas', 'data-testid': 'diagram-canvas' });
  const legend = buildLegend(doc);
  const message = h(doc, 'p', { className: 'bm-d-message', 'data-testid': 'diagram-message', hidden: true });
  const live = h(doc, 'div', { className: 'bm-d-sr-only', 'aria-live': 'polite', 'data-testid': 'diagram-description' });
  const body = h(doc, 'div', { className: 'bm-d-body' }, controls, sentence, canvas, changesLine, legend, keys);
  const root = h(
    doc,
    'div',
    {
      className: 'bm-diagram',
      role: 'group',
      tabindex: 0,
      'data-testid': 'diagram',
      'aria-label': 'Stack diagram. Left and right arrow keys step through the program.',
    },
    message,
    body,
    live,
  );
  container.replaceChildren(root);

  function showMessage(text) {
    timeline = null;
    layout = null;
    index = -1;
    message.textContent = text;
    message.hidden = false;
    body.hidden = true;
    canvas.replaceChildren();
    live.textContent = text;
  }

  // The drawing is laid out for the canvas's width in CSS pixels, so its text
  // is drawn at diagram.css's sizes (VIEW_W when the canvas is not laid out).
  const canvasWidth = () => Math.floor(canvas.clientWidth) || VIEW_W;
  function relayout() {
    drawnWidth = canvasWidth();
    layout = computeLayout(timeline, { width: drawnWidth });
    // The sentence box is as tall as the longest sentence of the timeline,
    // so the drawing under it does not move from step to step.
    sentence.style.minHeight = '';
    let tallest = 0;
    for (const s of timeline.steps) {
      sentence.replaceChildren(...sentenceNodes(doc, s.sentence));
      tallest = Math.max(tallest, Math.ceil(sentence.getBoundingClientRect().height) || 0);
    }
    if (tallest) sentence.style.minHeight = `${tallest}px`;
  }

  function stepChanges(i) {
    const steps = timeline.steps;
    return diffSteps(i > 0 ? steps[i - 1] : null, steps[i]);
  }

  // "Changed: new: `t`; moved out: `s`."
  const changesSentence = (i) =>
    changeText[i] ? `${i > 0 ? 'Changed' : 'At the start'}: ${changeText[i]}` : i > 0 ? 'Nothing changed since the previous step.' : '';

  function showChanges(i) {
    changesLine.replaceChildren(...sentenceNodes(doc, changesSentence(i)));
    changesLine.hidden = !changesLine.textContent;
  }

  function draw() {
    const n = timeline.steps.length;
    const svg = renderStep(doc, layout, timeline, index, {
      idPrefix: prefix,
      changes: stepChanges(index),
      label: `Stack and heap at step ${index + 1} of ${n}: ${timeline.steps[index].sentence ?? ''}`,
    });
    canvas.replaceChildren(svg);
  }

  function render(source) {
    const steps = timeline.steps;
    const step = steps[index];
    const n = steps.length;
    const description = describeStep(timeline, index, diagnostics, layout.union, changeText[index] ? changesSentence(index) : '');
    draw();

    label.textContent = `Step ${index + 1} of ${n}`;
    label.setAttribute('data-step', String(index));
    root.setAttribute('data-step', String(index));
    root.classList.toggle('bm-d-at-error', step.diagnostic !== undefined && step.diagnostic !== null);
    // Attributes and properties both: the attribute is what tests and
    // serialisers see, the property is what a live range input uses.
    slider.setAttribute('max', String(n - 1));
    slider.max = String(n - 1);
    slider.setAttribute('value', String(index));
    slider.value = String(index);
    slider.setAttribute('aria-valuetext', `Step ${index + 1} of ${n}, line ${step.line}`);
    // A step button that disables itself (first/last step) would drop focus
    // to <body>, where the arrow keys do nothing: the panel keeps it.
    const active = doc.activeElement;
    const disabling = [...(index === 0 ? [first, prev] : []), ...(index === n - 1 ? [next, last] : [])];
    if (disabling.includes(active) || (active === errorJump && timeline.error_step === index)) root.focus({ preventScroll: true });
    first.disabled = prev.disabled = index === 0;
    next.disabled = last.disabled = index === n - 1;
    const es = timeline.error_step;
    if (es !== null && es !== undefined && es >= 0 && es < n) {
      errorJump.hidden = false;
      errorJump.disabled = es === index;
      const code = diagnostics[steps[es].diagnostic]?.code;
      errorJump.textContent = es === index ? `${code ?? 'error'} here` : `Go to ${code ?? 'error'}`;
      errorJump.setAttribute('aria-label', es === index ? `This step has the error${code ? ` ${code}` : ''}` : `Go to the error${code ? ` ${code}` : ''}, step ${es + 1}`);
    } else errorJump.hidden = true;

    sentence.replaceChildren(...sentenceNodes(doc, step.sentence));
    showChanges(index);
    sentence.classList.toggle('bm-d-sentence--error', step.diagnostic !== undefined && step.diagnostic !== null);
    live.textContent = description;
    if (typeof onStepChange === 'function') onStepChange(index, step, { source });
  }

  function setStepFrom(i, source) {
    if (!timeline) return;
    const n = timeline.steps.length;
    const j = Math.max(0, Math.min(n - 1, Math.trunc(Number(i)) || 0));
    if (j === index) return;
    index = j;
    render(source);
  }

  const onKey = (e) => {
    if (!timeline) return;
    // The slider moves itself on arrow keys (and reports through 'input').
    if (e.target === slider) return;
    const keys = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: timeline.steps.length - 1 };
    if (!(e.key in keys)) return;
    e.preventDefault();
    setStepFrom(keys[e.key], 'user');
  };
  const listeners = [
    [first, 'click', () => setStepFrom(0, 'user')],
    [prev, 'click', () => setStepFrom(index - 1, 'user')],
    [next, 'click', () => setStepFrom(index + 1, 'user')],
    [last, 'click', () => timeline && setStepFrom(timeline.steps.length - 1, 'user')],
    [errorJump, 'click', () => timeline && setStepFrom(timeline.error_step, 'user')],
    [slider, 'input', () => setStepFrom(slider.value, 'user')],
    [slider, 'change', () => setStepFrom(slider.value, 'user')],
    [root, 'keydown', onKey],
  ];
  for (const [node, type, fn] of listeners) node.addEventListener(type, fn);

  // A new column width (window resized, scrollbar): lay out again, same step.
  const view = doc.defaultView;
  const resize =
    view && typeof view.ResizeObserver === 'function'
      ? new view.ResizeObserver(() => {
          if (!timeline || body.hidden) return;
          const w = canvasWidth();
          if (Math.abs(w - drawnWidth) < 2) return;
          relayout();
          draw();
          sentence.replaceChildren(...sentenceNodes(doc, timeline.steps[index].sentence));
          showChanges(index);
        })
      : null;
  resize?.observe(canvas);

  showMessage(MESSAGES.waiting);

  return {
    /**
     * Show a new timeline (the analyzer result's `timeline`, and its
     * `diagnostics` for error codes). Starts at options.step, else at the
     * timeline's error_step, else at the last step.
     */
    update(newTimeline, newDiagnostics = [], options = {}) {
      diagnostics = Array.isArray(newDiagnostics) ? newDiagnostics : [];
      if (!newTimeline || typeof newTimeline !== 'object') {
        const hasError = diagnostics.some((d) => d?.severity === 'error');
        showMessage(hasError ? MESSAGES.syntax : MESSAGES.waiting);
        return;
      }
      if (newTimeline.unsupported) {
        showMessage(MESSAGES.unsupported(String(newTimeline.unsupported)));
        return;
      }
      if (!Array.isArray(newTimeline.steps) || newTimeline.steps.length === 0) {
        showMessage(MESSAGES.empty);
        return;
      }
      timeline = newTimeline;
      message.hidden = true;
      body.hidden = false;
      const union = collectUnion(timeline.steps);
      changeText = timeline.steps.map((s, i) => changeWords(stepChanges(i), i > 0 ? timeline.steps[i - 1] : null, s, union));
      relayout();
      const n = timeline.steps.length;
      const es = timeline.error_step;
      const want = options.step ?? (es !== null && es !== undefined && es >= 0 && es < n ? es : n - 1);
      index = Math.max(0, Math.min(n - 1, Math.trunc(Number(want)) || 0));
      render('update');
    },
    /**
     * Show `text` instead of a drawing (the page's own reasons: the code is
     * too large, the checker failed, a prediction is still open). Drops the
     * timeline: step() is -1 until the next update().
     */
    showMessage(text) {
      showMessage(String(text ?? ''));
    },
    /** Show step `i` (clamped to the timeline). Calls onStepChange if it changed. */
    setStep(i) {
      setStepFrom(i, 'api');
    },
    /** The index of the step shown, or -1 when no diagram is shown. */
    step() {
      return index;
    },
    /** The panel's root element (for focus, or tests). */
    element: root,
    destroy() {
      for (const [node, type, fn] of listeners) node.removeEventListener(type, fn);
      resize?.disconnect();
      root.remove();
      timeline = null;
      layout = null;
      index = -1;
    },
  };
}

function buildLegend(doc) {
  const NS = 'http://www.w3.org/2000/svg';
  const item = (cls, text) => {
    const svg = doc.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 26 10');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', 'bm-d-legend-swatch');
    const line = doc.createElementNS(NS, 'path');
    line.setAttribute('d', 'M1,5 H25');
    line.setAttribute('class', cls);
    svg.append(line);
    return h(doc, 'li', {}, svg, text);
  };
  // The bar changes.js's marks draw on a box that changed.
  const changed = () => {
    const svg = doc.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 26 10');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', 'bm-d-legend-swatch');
    const box = doc.createElementNS(NS, 'rect');
    for (const [k, v] of Object.entries({ x: 1, y: 0.5, width: 24, height: 9, rx: 2, class: 'bm-d-lg-box' })) box.setAttribute(k, String(v));
    const bar = doc.createElementNS(NS, 'rect');
    for (const [k, v] of Object.entries({ x: 1, y: 0.5, width: 4, height: 9, rx: 1.5, class: 'bm-d-change-bar' })) bar.setAttribute(k, String(v));
    svg.append(box, bar);
    return h(doc, 'li', {}, svg, 'changed since the last step');
  };
  return h(
    doc,
    'ul',
    { className: 'bm-d-legend', 'aria-label': 'Legend' },
    item('bm-d-lg-shared', '& shared borrow'),
    item('bm-d-lg-mut', '&mut borrow'),
    item('bm-d-lg-owner', 'owns'),
    item('bm-d-lg-bad', 'error'),
    changed(),
  );
}
