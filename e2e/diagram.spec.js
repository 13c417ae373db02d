// The stack diagram on a lesson page, end to end: the panel in the third
// column, its messages when there is nothing to draw, hidden while a
// prediction is open, and, with the real analyzer's timeline, stepping with
// buttons, slider and keys, the cursor and the diagnostics list moving it,
// and the editor highlighting the step.
//
// The real-output tests need a core with the timeline pass. Whether the built
// analyzer has it is asked of the analyzer itself (wasm/analyzer.js under
// node, the same build the bundle ships); without it they are skipped, and
// the tests of the page's own behaviour still run. Expected steps come from
// that same real output, so the tests check the page against the analyzer,
// and the contract (core/docs/timeline.md) where it promises something.
import { readFile } from 'node:fs/promises';
import { test as base, expect } from './fixtures.js';
import { DiagramPanel } from './pages/diagram-panel.js';
import { LessonPage } from './pages/lesson-page.js';
import { byId, lessonHash } from './lessons-data.js';
import { createAnalyzer } from '../wasm/analyzer.js';
import { stepForLine, stepForDiagnostic } from '../web/src/diagram/steps.js';

const test = base.extend({
  lessonPage: async ({ page }, use) => {
    const lessonPage = new LessonPage(page);
    await lessonPage.goto(lessonHash(LESSON.id));
    await use(lessonPage);
  },
  diagram: async ({ page }, use) => {
    await use(new DiagramPanel(page));
  },
});

// Lesson 1's starter has a prediction task: its verdict (and the diagram) stay
// hidden until the learner answers or edits the code.
const LESSON = byId['s1-01-who-owns-this-memory'];
const STARTER_ERROR = LESSON.starter.verdict.errors[0];

const MOVE = 'fn main() {\n    let s = String::from("hello");\n    let t = s;\n    println!("{s}");\n}\n';
const DANGLING = 'fn main() {\n    let r;\n    {\n        let x = 5;\n        r = &x;\n    }\n    println!("{r}");\n}\n';
const MISSING_SEMICOLON = 'fn main() {\n    let x = 5\n    let y = 6;\n}\n';

const NO_TIMELINE = 'the built analyzer has no timeline pass yet (core/src/timeline.c); rebuild with npm run build:wasm && npm run build:web once it lands';

let hasTimeline = false;
const real = {}; // program name -> the analyzer's result for it

test.beforeAll(async () => {
  const wasmBinary = await readFile(new URL('../wasm/dist/borrowmap-core.wasm', import.meta.url));
  const analyzer = await createAnalyzer({ wasmBinary });
  try {
    hasTimeline = 'timeline' in analyzer.analyze('fn main() {\n    let x = 1;\n}\n');
    real.move = analyzer.analyze(MOVE);
    real.dangling = analyzer.analyze(DANGLING);
    real.starter = analyzer.analyze(LESSON.starter.code);
  } finally {
    analyzer.delete();
  }
});

const lineText = (source, n) => source.split('\n')[n - 1];

/** Expect the panel at step `i` of `result`'s timeline, with the editor marking its first line. */
async function expectStep(diagram, result, source, i) {
  const steps = result.timeline.steps;
  await expect(diagram.stepLabel).toHaveAttribute('data-step', String(i));
  await expect(diagram.stepLabel).toHaveText(`Step ${i + 1} of ${steps.length}`);
  await expect(diagram.highlightedLine).toHaveCount(1);
  await expect(diagram.highlightedLine).toHaveText(lineText(source, steps[i].line));
  await expect(diagram.description).toContainText(`Step ${i + 1} of ${steps.length}`);
}

/** Expect the editor to mark `text` as the step's span (highlighting splits it into pieces). */
async function expectSpan(diagram, text) {
  await expect(async () => expect((await diagram.highlightedSpan.allTextContents()).join('')).toBe(text)).toPass({ timeout: 5_000 });
}

/** Replace the code and wait for its analysis to be on screen. */
async function showProgram(lessonPage, diagram, source, status) {
  await lessonPage.replaceCode(source);
  await expect(lessonPage.status).toHaveText(status);
  if (hasTimeline) await expect(diagram.svg).toBeVisible();
}

test('the panel sits in the third column, wide enough to read, under its heading and the lesson note', async ({ lessonPage, diagram, page }) => {
  await expect(lessonPage.lessonTitle).toHaveText(LESSON.title);
  await expect(diagram.column.getByRole('heading', { name: 'Stack diagram' })).toBeVisible();
  await expect(diagram.root).toBeVisible();
  // The lesson's note talks about the answer: it waits for the prediction.
  await expect(diagram.note).toBeHidden();
  await page.getByTestId('show-verdict').click();
  await expect(diagram.note).toBeVisible();
  const viewport = page.viewportSize();
  const box = await diagram.column.boundingBox();
  const editor = await lessonPage.editor.boundingBox();
  expect(box.x).toBeGreaterThan(editor.x + editor.width);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.width, 'the SVG is drawn for ~360 px; narrower shrinks its text').toBeGreaterThanOrEqual(340);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
});

test('a syntax error gives the friendly message instead of a drawing', async ({ lessonPage, diagram }) => {
  await lessonPage.replaceCode(MISSING_SEMICOLON);
  await expect(lessonPage.status).toHaveText('1 error');
  await expect(diagram.message).toHaveText('Fix the syntax error to see the diagram.');
  await expect(diagram.svg).toHaveCount(0);
  await expect(diagram.highlightedLine).toHaveCount(0);
  await expect(diagram.description).toHaveText('Fix the syntax error to see the diagram.');
});

test('without the timeline pass, a checked program says there is nothing to draw yet', async ({ lessonPage, diagram }) => {
  test.skip(hasTimeline, 'the analyzer draws timelines now');
  await lessonPage.replaceCode(MOVE);
  await expect(lessonPage.status).toHaveText('1 error');
  await expect(diagram.message).toHaveText('No diagram for this code yet: the checker did not trace its steps.');
  await expect(diagram.svg).toHaveCount(0);
  await expect(diagram.highlightedLine).toHaveCount(0);
});

test('an unanswered prediction hides the diagram ("Predict first"); answering shows it', async ({ lessonPage, diagram }) => {
  await expect(lessonPage.verdictHidden).toBeVisible();
  await expect(lessonPage.status).toBeHidden();
  await expect(diagram.message).toContainText('Predict first');
  await expect(diagram.description).toContainText('Predict first');
  await expect(diagram.svg).toHaveCount(0);
  await expect(diagram.highlightedLine).toHaveCount(0);

  await lessonPage.predict(1, { code: STARTER_ERROR.code, line: STARTER_ERROR.line });
  await expect(lessonPage.verdictHidden).toBeHidden();
  const t = real.starter.timeline;
  if (t && !t.unsupported && t.steps?.length) {
    await expect(diagram.svg).toBeVisible();
    await expect(diagram.message).toBeHidden();
    await expect(diagram.highlightedLine).toHaveCount(1);
    await expect(diagram.description).not.toContainText('Predict first');
  } else if (t) {
    await expect(diagram.message).not.toContainText('Predict first'); // the panel's own: unsupported, or no steps
  } else {
    await expect(diagram.message).toHaveText('No diagram for this code yet: the checker did not trace its steps.');
  }
});

test('a move: at the move, `s` is moved and the sentence names `s`', async ({ lessonPage, diagram, page }) => {
  test.skip(!hasTimeline, NO_TIMELINE);
  await showProgram(lessonPage, diagram, MOVE, '1 error');
  const steps = real.move.timeline.steps;
  const moveStep = steps.findIndex((s) => (s.events ?? []).some((e) => e.kind === 'move'));
  expect(moveStep, 'the real timeline has a move event').toBeGreaterThanOrEqual(0);
  expect(steps[moveStep].line).toBe(3);

  await diagram.slideTo(moveStep);
  await expectStep(diagram, real.move, MOVE, moveStep);
  await expectSpan(diagram, 'let t = s;');
  await expect(diagram.slot('s')).toHaveAttribute('data-state', 'moved');
  await expect(diagram.slot('t')).toHaveAttribute('data-state', 'owned');
  await expect(diagram.sentenceCode('s').first()).toBeVisible();
  await expect(diagram.description).toContainText('s');
  await expect(diagram.firstButton).toBeInViewport();
  await expect(diagram.slider).toBeInViewport();
  await diagram.slider.blur(); // no focus ring in the picture
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'e2e/artifacts/page-move.png' });
});

test('E0597: at the error step the reference dangles', async ({ lessonPage, diagram, page }) => {
  test.skip(!hasTimeline, NO_TIMELINE);
  await showProgram(lessonPage, diagram, DANGLING, '1 error');
  const { timeline } = real.dangling;
  expect(real.dangling.diagnostics[0].code).toBe('E0597');
  expect(timeline.error_step).not.toBeNull();

  await diagram.first();
  await expectStep(diagram, real.dangling, DANGLING, 0);
  await diagram.goToError();
  await expectStep(diagram, real.dangling, DANGLING, timeline.error_step);
  await expect(diagram.errorJump).toContainText('E0597');
  await expect(diagram.refs.and(page.locator('[data-status="dangling"]'))).not.toHaveCount(0);
  await expect(diagram.sentence).toHaveClass(/bm-d-sentence--error/);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'e2e/artifacts/page-dangling.png' });
});

test('buttons, slider and ←/→ keys step the diagram and move the highlighted line; the text alternative follows', async ({ lessonPage, diagram }) => {
  test.skip(!hasTimeline, NO_TIMELINE);
  await showProgram(lessonPage, diagram, DANGLING, '1 error');
  const n = real.dangling.timeline.steps.length;
  expect(n).toBeGreaterThanOrEqual(4);
  const at = (i) => expectStep(diagram, real.dangling, DANGLING, i);

  await diagram.first();
  await at(0);
  await expect(diagram.prevButton).toBeDisabled();
  await diagram.next();
  await at(1);
  const before = await diagram.description.textContent();
  await diagram.next();
  await at(2);
  await expect(diagram.description).not.toHaveText(before);
  await diagram.prev();
  await at(1);
  await diagram.last();
  await at(n - 1);
  await expect(diagram.nextButton).toBeDisabled();

  await diagram.slideTo(2);
  await at(2);
  await diagram.slideTo(0);
  await at(0);

  await diagram.pressKey('ArrowRight');
  await at(1);
  await diagram.pressKey('ArrowRight');
  await at(2);
  await diagram.pressKey('ArrowLeft');
  await at(1);
  await diagram.pressKey('End');
  await at(n - 1);
  await diagram.pressKey('Home');
  await at(0);
});

test('moving the cursor to a line moves the diagram to that line\'s step', async ({ lessonPage, diagram }) => {
  test.skip(!hasTimeline, NO_TIMELINE);
  await showProgram(lessonPage, diagram, DANGLING, '1 error');
  const { timeline } = real.dangling;
  await diagram.first();
  await at(0);
  let current = 0;
  for (const line of [4, 2, 7]) {
    const want = stepForLine(timeline, line, current);
    await lessonPage.editorLine(line).click();
    await expectStep(diagram, real.dangling, DANGLING, want);
    current = want;
  }

  async function at(i) {
    await expectStep(diagram, real.dangling, DANGLING, i);
  }
});

test('clicking a diagnostic jumps the diagram to its step', async ({ lessonPage, diagram }) => {
  test.skip(!hasTimeline, NO_TIMELINE);
  await showProgram(lessonPage, diagram, DANGLING, '1 error');
  const { timeline } = real.dangling;
  const want = stepForDiagnostic(timeline, 0);
  expect(want, 'a step carries the E0597 diagnostic').toBeGreaterThanOrEqual(0);
  await diagram.first();
  await expectStep(diagram, real.dangling, DANGLING, 0);
  await lessonPage.diagnostics.first().getByRole('button').click();
  await expectStep(diagram, real.dangling, DANGLING, want);
  await expect(diagram.refs.and(lessonPage.page.locator('[data-status="dangling"]'))).not.toHaveCount(0);
});
