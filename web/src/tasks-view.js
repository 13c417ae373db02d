// One task of a lesson as DOM: predict, compile, fix or recall, each with a
// check button and a feedback line. The grading itself is in grading.js; the
// page passes in how to reach the editor and the analyzer (`ctx`).
//
// ctx = {
//   lesson,
//   getCode(): string                      the editor's text now
//   analysisOfEditor(): Promise<analysis>  the editor's analysis (analysisField)
//   analyzeCode(code): Promise<result>     a one-shot analysis (same worker)
//   revealVerdict()                        show the diagnostics (after a prediction)
//   saved: boolean | undefined             the stored result of this task
//   onResult(passed: boolean)              store it
// }

import { el, uniqueId } from './dom.js';
import { markdownElement } from './markdown.js';
import { ERROR_CODES, NO_CODE, gradeCodeTask, gradePrediction, describeError } from './grading.js';
import { heading } from './analysis.js';

const KIND_LABEL = { predict: 'Predict', compile: 'Make it compile', fix: 'Fix the error', recall: 'Recall' };

function feedbackLine() {
  return el('p', { className: 'task-feedback', testid: 'task-feedback', role: 'status', 'aria-live': 'polite' });
}

function setFeedback(node, state, message) {
  node.dataset.state = state;
  node.textContent = message;
}

function setState(item, state) {
  item.dataset.state = state;
  const badge = item.querySelector('.task-badge');
  if (badge) {
    badge.textContent = { passed: '✓ Done', answered: 'Answered', failed: 'Not yet', todo: '' }[state] ?? '';
    badge.hidden = state === 'todo';
  }
}

/** Read-only code with line numbers (so "which line?" can be answered). */
export function codeListing(code, testid) {
  const lines = code.replace(/\n$/, '').split('\n');
  return el(
    'pre',
    // Focusable: a long line scrolls it sideways, and keyboard users must be able to.
    { className: 'code-listing', testid, 'aria-label': 'Code to predict about', tabindex: '0' },
    el(
      'code',
      {},
      lines.map((line, i) => el('span', { className: 'code-line' }, el('span', { className: 'ln', 'aria-hidden': 'true' }, String(i + 1)), line, '\n')),
    ),
  );
}

function diagnosticsSummary(result) {
  const items = (result?.diagnostics ?? []).map((d) =>
    el('li', {}, el('span', { className: 'bm-sev bm-sev-error' }, heading(d)), ': ', d.message, el('span', { className: 'bm-pos' }, ` (line ${d.line})`)),
  );
  if (!items.length) return el('p', { className: 'checker-says' }, 'The checker reports no errors for this code.');
  return el('div', { className: 'checker-says' }, el('p', {}, 'What the checker says:'), el('ul', {}, items));
}

function taskShell(task, index, extraClass = '') {
  const titleId = uniqueId('task');
  const item = el(
    'li',
    { className: `task ${extraClass}`, testid: 'task', dataset: { kind: task.kind, index: String(index) }, 'aria-labelledby': titleId },
    el(
      'h4',
      { className: 'task-title', id: titleId },
      el('span', {}, `${index + 1}. ${KIND_LABEL[task.kind] ?? task.kind}`),
      el('span', { className: 'task-badge', testid: 'task-badge', hidden: true }),
    ),
  );
  return item;
}

function predictTask(task, index, ctx) {
  const item = taskShell(task, index);
  const code = task.code ?? ctx.lesson.starter.code;
  const lineCount = code.replace(/\n$/, '').split('\n').length;
  item.append(markdownElement(task.prompt, { className: 'task-prompt md' }));
  if (task.code !== undefined) item.append(codeListing(task.code, 'predict-code'));
  else item.append(el('p', { className: 'task-note' }, 'About the starter code: the code in the editor when the lesson opens.'));

  const name = uniqueId('compiles');
  const radio = (value, label, testid) =>
    el('label', { className: 'choice' }, el('input', { type: 'radio', name, value, testid }), ' ', label);
  const codeSelect = el(
    'select',
    { testid: 'predict-error-code', id: uniqueId('code') },
    el('option', { value: '' }, 'Choose the error…'),
    ERROR_CODES.map(([c, what]) => el('option', { value: c }, `${c}: ${what}`)),
    el('option', { value: NO_CODE }, 'a syntax error (no code)'),
  );
  const lineInput = el('input', { type: 'number', min: '1', max: String(lineCount), inputmode: 'numeric', testid: 'predict-line', id: uniqueId('line'), className: 'line-input' });
  const details = el(
    'div',
    { className: 'predict-details', hidden: true },
    el('label', { for: codeSelect.id }, 'Which error?'),
    codeSelect,
    el('label', { for: lineInput.id }, `On which line? (1–${lineCount})`),
    lineInput,
  );
  const fieldset = el(
    'fieldset',
    { className: 'predict-form' },
    el('legend', {}, 'Does it compile?'),
    el('div', { className: 'choices' }, radio('yes', 'Yes, it compiles', 'predict-compiles'), radio('no', 'No, the checker rejects it', 'predict-fails')),
    details,
  );
  const check = el('button', { type: 'button', className: 'btn btn-primary', testid: 'task-check' }, 'Check my prediction');
  const feedback = feedbackLine();
  const explanation = el('div', { className: 'task-explanation', testid: 'task-explanation', hidden: true });
  item.append(fieldset, el('div', { className: 'task-actions' }, check), feedback, explanation);

  fieldset.addEventListener('change', () => {
    details.hidden = fieldset.querySelector('input[value="no"]').checked !== true;
  });

  const finish = (result) => {
    fieldset.disabled = true;
    check.hidden = true;
    explanation.replaceChildren();
    if (task.explanation) explanation.append(markdownElement(task.explanation, { className: 'md' }));
    if (result && task.code !== undefined) explanation.append(diagnosticsSummary(result));
    if (task.code === undefined) {
      explanation.append(el('p', { className: 'task-note' }, 'The diagnostics beside the editor show the checker’s answer for the starter.'));
    }
    explanation.hidden = explanation.childNodes.length === 0;
    ctx.revealVerdict();
  };

  check.addEventListener('click', async () => {
    const picked = fieldset.querySelector('input[type=radio]:checked')?.value;
    if (!picked) return setFeedback(feedback, 'hint', 'First choose: does it compile or not?');
    const prediction = { compiles: picked === 'yes' };
    if (!prediction.compiles) {
      prediction.code = codeSelect.value;
      prediction.line = Number(lineInput.value);
      if (!prediction.code) return setFeedback(feedback, 'hint', 'Choose which error you expect.') || codeSelect.focus();
      if (!Number.isInteger(prediction.line) || prediction.line < 1 || prediction.line > lineCount)
        return setFeedback(feedback, 'hint', `Enter the line you expect the error on, 1 to ${lineCount}.`) || lineInput.focus();
    }
    check.disabled = true;
    setFeedback(feedback, 'pending', 'Asking the checker…');
    let result;
    try {
      result = await ctx.resultFor(code);
    } finally {
      check.disabled = false;
    }
    const grade = gradePrediction(prediction, result);
    if (!grade.verdict) return setFeedback(feedback, 'failed', grade.message);
    setFeedback(feedback, grade.passed ? 'passed' : 'failed', grade.message);
    setState(item, grade.passed ? 'passed' : 'answered');
    ctx.onResult(grade.passed);
    finish(result);
  });

  if (typeof ctx.saved === 'boolean') {
    setState(item, ctx.saved ? 'passed' : 'answered');
    setFeedback(feedback, ctx.saved ? 'passed' : 'failed', ctx.saved ? 'You predicted this one right.' : 'You answered this one; here is why.');
    finish(null);
    if (task.code !== undefined) ctx.resultFor(code).then((r) => explanation.append(diagnosticsSummary(r)));
  } else setState(item, 'todo');
  return item;
}

function codeTask(task, index, ctx) {
  const item = taskShell(task, index);
  item.append(markdownElement(task.prompt, { className: 'task-prompt md' }));
  if (task.kind === 'fix') item.append(el('p', { className: 'task-note' }, 'The error to fix: ', el('code', {}, task.error), '.'));
  if (task.required?.length) {
    item.append(
      el('div', { className: 'task-note' }, 'Your code must still contain:', el('ul', { className: 'required' }, task.required.map((r) => el('li', {}, el('code', {}, r))))),
    );
  }
  const check = el('button', { type: 'button', className: 'btn btn-primary', testid: 'task-check' }, 'Check my code');
  const feedback = feedbackLine();
  item.append(el('div', { className: 'task-actions' }, check), feedback);
  check.addEventListener('click', async () => {
    check.disabled = true;
    setFeedback(feedback, 'pending', 'Asking the checker…');
    let analysis;
    try {
      analysis = await ctx.analysisOfEditor();
    } finally {
      check.disabled = false;
    }
    const grade = gradeCodeTask(task, analysis.doc.toString(), analysis.result);
    setFeedback(feedback, grade.passed ? 'passed' : 'failed', grade.message);
    ctx.revealVerdict();
    if (grade.passed) {
      setState(item, 'passed');
      ctx.onResult(true);
    } else if (item.dataset.state !== 'passed') setState(item, 'failed');
  });
  if (ctx.saved === true) {
    setState(item, 'passed');
    setFeedback(feedback, 'passed', 'Passed earlier. You can check again after more changes.');
  } else setState(item, 'todo');
  return item;
}

/** A recall question (a recall task, or one of lesson.recall). */
export function recallQuestion(q, index, ctx, { testid = 'task', title } = {}) {
  const item = taskShell({ kind: 'recall' }, index);
  item.dataset.testid = testid;
  if (title) item.querySelector('.task-title span').textContent = title;
  item.append(markdownElement(q.question ?? q.prompt, { className: 'task-prompt md' }));
  const feedback = feedbackLine();
  const explanation = el('div', { className: 'task-explanation', testid: 'task-explanation', hidden: true });
  const explain = (extra) => {
    explanation.replaceChildren(...[extra, q.explanation ? markdownElement(q.explanation, { className: 'md' }) : null].filter(Boolean));
    explanation.hidden = false;
  };

  if (Array.isArray(q.choices)) {
    const name = uniqueId('recall');
    const fieldset = el(
      'fieldset',
      { className: 'recall-choices' },
      el('legend', { className: 'visually-hidden' }, 'Choose one answer'),
      q.choices.map((c, i) =>
        el('label', { className: 'choice' }, el('input', { type: 'radio', name, value: String(i), testid: 'recall-choice' }), ' ', markdownElement(c, { tag: 'span', inline: true })),
      ),
    );
    const check = el('button', { type: 'button', className: 'btn', testid: 'task-check' }, 'Check my answer');
    item.append(fieldset, el('div', { className: 'task-actions' }, check), feedback, explanation);
    const reveal = (passed) => {
      fieldset.disabled = true;
      check.hidden = true;
      const right = el('p', {}, 'The answer: ', markdownElement(q.choices[q.answer], { tag: 'span', inline: true }));
      explain(right);
      setState(item, passed ? 'passed' : 'answered');
    };
    check.addEventListener('click', () => {
      const picked = fieldset.querySelector('input:checked');
      if (!picked) return setFeedback(feedback, 'hint', 'Choose an answer first.');
      const passed = Number(picked.value) === q.answer;
      setFeedback(feedback, passed ? 'passed' : 'failed', passed ? 'Right.' : 'Not quite.');
      reveal(passed);
      ctx.onResult?.(passed);
    });
    if (typeof ctx.saved === 'boolean') {
      setFeedback(feedback, ctx.saved ? 'passed' : 'failed', ctx.saved ? 'You answered this one right.' : 'You answered this one.');
      reveal(ctx.saved);
    } else setState(item, 'todo');
  } else {
    const answerId = uniqueId('answer');
    const input = el('textarea', { id: answerId, rows: '3', testid: 'recall-answer', className: 'recall-answer' });
    const show = el('button', { type: 'button', className: 'btn', testid: 'task-check' }, 'Compare with the model answer');
    const selfGrade = el(
      'div',
      { className: 'self-grade', hidden: true, role: 'group', 'aria-label': 'How did you do?' },
      'Did you have it? ',
      el('button', { type: 'button', className: 'btn', testid: 'self-grade-yes' }, 'Yes, I had it'),
      el('button', { type: 'button', className: 'btn', testid: 'self-grade-no' }, 'Not yet'),
    );
    item.append(el('label', { for: answerId, className: 'task-note' }, 'Your answer, in your own words:'), input, el('div', { className: 'task-actions' }, show), explanation, selfGrade, feedback);
    const revealModel = () => {
      show.hidden = true;
      explain(el('div', { className: 'model-answer' }, el('strong', {}, 'Model answer: '), markdownElement(q.answer, { tag: 'span', inline: true })));
    };
    show.addEventListener('click', () => {
      if (!input.value.trim()) return setFeedback(feedback, 'hint', 'Write your answer first; then compare.') || input.focus();
      setFeedback(feedback, '', '');
      input.readOnly = true;
      revealModel();
      selfGrade.hidden = false;
    });
    selfGrade.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button) return;
      const passed = button.dataset.testid === 'self-grade-yes';
      selfGrade.hidden = true;
      setFeedback(feedback, passed ? 'passed' : 'answered', passed ? 'Noted: you had it.' : 'Noted: worth another look later.');
      setState(item, passed ? 'passed' : 'answered');
      ctx.onResult?.(passed);
    });
    if (typeof ctx.saved === 'boolean') {
      input.hidden = true;
      item.querySelector(`label[for="${answerId}"]`).hidden = true;
      revealModel();
      setState(item, ctx.saved ? 'passed' : 'answered');
    } else setState(item, 'todo');
  }
  return item;
}

/** The DOM for task `index` of ctx.lesson. */
export function renderTask(task, index, ctx) {
  if (task.kind === 'predict') return predictTask(task, index, ctx);
  if (task.kind === 'compile' || task.kind === 'fix') return codeTask(task, index, ctx);
  return recallQuestion(task, index, ctx);
}

export { describeError };
