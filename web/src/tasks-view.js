// One task of a lesson as DOM: predict, compile, fix or recall, each with a
// check button and a feedback line. The grading itself is in grading.js; the
// page passes in how to reach the editor and the analyzer (`ctx`).
//
// ctx = {
//   lesson,
//   getCode(): string                      the editor's text now
//   analysisOfEditor(): Promise<analysis>  the editor's analysis (analysisField)
//   resultFor(code): Promise<result>       the analysis of some code
//   checkRules(code, rules): Promise<rules> the core's answer about constraints
//   revealVerdict()                        show the diagnostics (after a prediction)
//   saved                                  the stored result of this task (boolean),
//                                          or for a recall question its stored answer
//   onResult(passed: boolean)              store a task's result
//   onAnswer({passed, choice?, text?})     store a recall answer (null: answer again)
//   others: [{number, error}]              the lesson's other fix tasks
// }
//
// Focus never falls to <body>: a button that hides or disables itself hands
// focus to the feedback line (or the next control) first, and a pending check
// marks its button aria-disabled instead of disabling it.

import { el, uniqueId } from './dom.js';
import { markdownElement } from './markdown.js';
import { ERROR_CODES, NO_CODE, gradeCodeTask, gradePrediction, describeError, needsRules } from './grading.js';
import { describeConstraint } from './constraints.js';
import { heading } from './analysis.js';

const KIND_LABEL = { predict: 'Predict', compile: 'Make it compile', fix: 'Fix the error', recall: 'Recall' };
const BADGE = { passed: '✓ Done', answered: 'Answered', failed: 'Not yet', unchecked: 'Not checked', todo: '', locked: '' };

function feedbackLine() {
  // Focusable from script only: focus lands here when the button that was
  // pressed goes away, and a screen reader reads the verdict.
  return el('p', { className: 'task-feedback', testid: 'task-feedback', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
}

function setFeedback(node, state, message) {
  node.dataset.state = state;
  node.textContent = message;
}

function setState(item, state) {
  item.dataset.state = state;
  const badge = item.querySelector('.task-badge');
  if (badge) {
    badge.textContent = BADGE[state] ?? '';
    badge.hidden = !badge.textContent;
  }
}

/** Before `node` is hidden or disabled, move focus from it (or from inside it) to `to`. */
function handFocus(node, to) {
  const active = node.ownerDocument.activeElement;
  if (active && (active === node || node.contains(active))) to.focus({ preventScroll: true });
}

/** A button that stays focusable while its action runs: aria-disabled, never disabled. */
function busy(button, on) {
  if (on) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}
const isBusy = (button) => button.getAttribute('aria-disabled') === 'true';

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
    { className: `task ${extraClass}`.trim(), testid: 'task', dataset: { kind: task.kind, index: String(index) }, 'aria-labelledby': titleId },
    el(
      'h4',
      { className: 'task-title', id: titleId },
      el('span', { className: 'task-name' }, `${index + 1}. ${KIND_LABEL[task.kind] ?? task.kind}`),
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
    handFocus(item, feedback);
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
    if (isBusy(check)) return;
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
    busy(check, true);
    setFeedback(feedback, 'pending', 'Asking the checker…');
    let result;
    try {
      result = await ctx.resultFor(code);
    } finally {
      busy(check, false);
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
  return { element: item };
}

function codeTask(task, index, ctx) {
  const item = taskShell(task, index);
  const name = item.querySelector('.task-name');
  const label = name.textContent;
  // Until the starter's prediction is answered, the task says nothing about
  // the code (its kind alone would tell that the starter has an error).
  const lockedNote = el('p', { className: 'task-note task-locked', testid: 'task-locked', hidden: true, tabindex: '-1' }, 'This task opens once you have answered the prediction about the starter (or changed the code).');
  const body = el('div', { className: 'task-body' });
  body.append(markdownElement(task.prompt, { className: 'task-prompt md' }));
  if (task.kind === 'fix') body.append(el('p', { className: 'task-note' }, 'The error to fix: ', el('code', {}, task.error), '.'));
  const constraints = task.constraints ?? [];
  const ruleItems = constraints.map((c) => el('li', { testid: 'task-rule' }, markdownElement(describeConstraint(c), { tag: 'span', inline: true })));
  if (ruleItems.length) {
    body.append(el('div', { className: 'task-note' }, 'The task’s rules, checked on your code:', el('ul', { className: 'rules', testid: 'task-rules' }, ruleItems)));
  }
  const check = el('button', { type: 'button', className: 'btn btn-primary', testid: 'task-check' }, 'Check my code');
  const feedback = feedbackLine();
  body.append(el('div', { className: 'task-actions' }, check), feedback);
  item.append(lockedNote, body);

  let attempted = ctx.saved === false;
  let seq = 0;
  const show = (grade) => {
    ruleItems.forEach((li, i) => li.classList.toggle('is-broken', grade.broken.includes(i)));
    setFeedback(feedback, grade.state === 'passed' ? 'passed' : grade.state === 'unchecked' ? 'unchecked' : 'failed', grade.message);
    if (grade.passed) {
      setState(item, 'passed');
      ctx.onResult(true);
    } else if (item.dataset.state !== 'passed') setState(item, grade.state);
  };
  // Grade `analysis` ({doc, result}); `quiet` re-grades after an edit say
  // nothing until the checker and the rules have answered.
  const grade = async (analysis) => {
    const mine = ++seq;
    const code = analysis.doc.toString();
    let rules = null;
    if (needsRules(task, analysis.result)) {
      try {
        rules = (await ctx.checkRules(code, constraints)).rules;
      } catch (err) {
        rules = { status: 'failed', error: err?.message ?? String(err), results: [] };
      }
    }
    if (mine !== seq) return null; // a newer check has started
    return gradeCodeTask(task, analysis.result, rules, { others: ctx.others ?? [] });
  };

  check.addEventListener('click', async () => {
    if (isBusy(check)) return;
    busy(check, true);
    setFeedback(feedback, 'pending', 'Asking the checker…');
    let g = null;
    try {
      g = await grade(await ctx.analysisOfEditor());
    } finally {
      busy(check, false);
    }
    ctx.revealVerdict();
    attempted = true;
    if (g) show(g);
  });

  const setLocked = (locked) => {
    lockedNote.hidden = !locked;
    if (locked) handFocus(body, lockedNote);
    body.hidden = locked;
    name.textContent = locked ? `${index + 1}. Opens after your prediction` : label;
    if (locked && item.dataset.state !== 'passed') setState(item, 'locked');
    else if (!locked && item.dataset.state === 'locked') setState(item, attempted ? 'failed' : 'todo');
  };

  if (ctx.saved === true) {
    setState(item, 'passed');
    setFeedback(feedback, 'passed', 'Passed earlier. You can check again after more changes.');
  } else setState(item, attempted ? 'failed' : 'todo');
  return {
    element: item,
    setLocked,
    /**
     * The editor's code was analyzed again: a task the learner has checked
     * and not yet passed is graded again, so fixing a sibling's error
     * (lesson 4) clears this one too without another click.
     */
    async regrade(analysis) {
      if (!attempted || item.dataset.state === 'passed' || body.hidden) return;
      const g = await grade(analysis);
      if (g && ctx.getCode() === analysis.doc.toString()) show(g);
    },
  };
}

/**
 * A recall question (a recall task, or one of lesson.recall). The learner's
 * answer (their choice, or their words and their self-grade) is saved through
 * ctx.onAnswer and shown again from ctx.saved after a reload; an answer that
 * was wrong or "not yet" can be answered again.
 */
export function recallQuestion(q, index, ctx, { testid = 'task', title } = {}) {
  const item = taskShell({ kind: 'recall' }, index);
  item.dataset.testid = testid;
  if (title) item.querySelector('.task-name').textContent = title;
  item.append(markdownElement(q.question ?? q.prompt, { className: 'task-prompt md' }));
  const feedback = feedbackLine();
  const explanation = el('div', { className: 'task-explanation', testid: 'task-explanation', hidden: true, tabindex: '-1' });
  const again = el('button', { type: 'button', className: 'btn btn-small', testid: 'recall-again', hidden: true }, 'Answer again');
  const explain = (extra) => {
    explanation.replaceChildren(...[extra, q.explanation ? markdownElement(q.explanation, { className: 'md' }) : null].filter(Boolean));
    explanation.hidden = false;
  };
  const saved = ctx.saved && typeof ctx.saved === 'object' ? ctx.saved : typeof ctx.saved === 'boolean' ? { passed: ctx.saved } : null;
  let reset = () => {};

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
    item.append(fieldset, el('div', { className: 'task-actions' }, check), feedback, explanation, el('div', { className: 'task-actions' }, again));
    const reveal = (passed, choice) => {
      handFocus(item, feedback);
      if (Number.isInteger(choice)) {
        const input = fieldset.querySelectorAll('input')[choice];
        if (input) input.checked = true;
      }
      fieldset.disabled = true;
      check.hidden = true;
      const right = el('p', {}, 'The answer: ', markdownElement(q.choices[q.answer], { tag: 'span', inline: true }));
      explain(right);
      setState(item, passed ? 'passed' : 'answered');
      again.hidden = passed;
    };
    check.addEventListener('click', () => {
      const picked = fieldset.querySelector('input:checked');
      if (!picked) return setFeedback(feedback, 'hint', 'Choose an answer first.');
      const passed = Number(picked.value) === q.answer;
      setFeedback(feedback, passed ? 'passed' : 'failed', passed ? 'Right.' : 'Not quite.');
      reveal(passed);
      ctx.onResult?.(passed);
      ctx.onAnswer?.({ passed, choice: Number(picked.value) });
    });
    reset = () => {
      fieldset.disabled = false;
      for (const input of fieldset.querySelectorAll('input')) input.checked = false;
      check.hidden = false;
      explanation.hidden = true;
      setFeedback(feedback, '', '');
      setState(item, 'todo');
      fieldset.querySelector('input')?.focus();
    };
    if (saved) {
      setFeedback(feedback, saved.passed ? 'passed' : 'failed', saved.passed ? 'You answered this one right.' : 'You answered this one; worth another look.');
      reveal(saved.passed, saved.choice);
    } else setState(item, 'todo');
  } else {
    const answerId = uniqueId('answer');
    const input = el('textarea', { id: answerId, rows: '3', testid: 'recall-answer', className: 'recall-answer' });
    const label = el('label', { for: answerId, className: 'task-note' }, 'Your answer, in your own words:');
    const yours = el('div', { className: 'your-answer', testid: 'recall-your-answer', hidden: true });
    const show = el('button', { type: 'button', className: 'btn', testid: 'task-check' }, 'Compare with the model answer');
    const yes = el('button', { type: 'button', className: 'btn', testid: 'self-grade-yes' }, 'Yes, I had it');
    const selfGrade = el(
      'div',
      { className: 'self-grade', hidden: true, role: 'group', 'aria-label': 'How did you do?' },
      'Did you have it? ',
      yes,
      el('button', { type: 'button', className: 'btn', testid: 'self-grade-no' }, 'Not yet'),
    );
    item.append(label, input, yours, el('div', { className: 'task-actions' }, show), explanation, selfGrade, feedback, el('div', { className: 'task-actions' }, again));
    const revealModel = () => {
      explain(el('div', { className: 'model-answer' }, el('strong', {}, 'Model answer: '), markdownElement(q.answer, { tag: 'span', inline: true })));
      handFocus(show, explanation); // shown first: a hidden element cannot take focus
      show.hidden = true;
    };
    const showYours = (text) => {
      input.hidden = true;
      label.hidden = true;
      yours.replaceChildren(el('strong', {}, 'Your answer: '), text ? el('span', { className: 'your-answer-text' }, text) : el('em', {}, '(not kept)'));
      yours.hidden = false;
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
      setFeedback(feedback, passed ? 'passed' : 'answered', passed ? 'Noted: you had it.' : 'Noted: worth another look later. It is on your review list.');
      handFocus(selfGrade, feedback); // after the text: an empty feedback line is not displayed
      selfGrade.hidden = true;
      setState(item, passed ? 'passed' : 'answered');
      again.hidden = passed;
      showYours(input.value);
      ctx.onResult?.(passed);
      ctx.onAnswer?.({ passed, text: input.value });
    });
    reset = () => {
      input.hidden = false;
      label.hidden = false;
      input.readOnly = false;
      yours.hidden = true;
      show.hidden = false;
      explanation.hidden = true;
      selfGrade.hidden = true;
      setFeedback(feedback, '', '');
      setState(item, 'todo');
      input.focus();
    };
    if (saved) {
      input.value = saved.text ?? '';
      showYours(saved.text);
      revealModel();
      setState(item, saved.passed ? 'passed' : 'answered');
      setFeedback(feedback, saved.passed ? 'passed' : 'answered', saved.passed ? 'You had it.' : 'Not yet: worth another look. It is on your review list.');
      again.hidden = saved.passed;
    } else setState(item, 'todo');
  }
  again.addEventListener('click', () => {
    again.hidden = true;
    ctx.onAnswer?.(null);
    reset();
  });
  return { element: item };
}

/** The controller of task `index` of ctx.lesson: {element, setLocked?, regrade?}. */
export function renderTask(task, index, ctx) {
  if (task.kind === 'predict') return predictTask(task, index, ctx);
  if (task.kind === 'compile' || task.kind === 'fix') return codeTask(task, index, ctx);
  return recallQuestion(task, index, ctx);
}

export { describeError };
