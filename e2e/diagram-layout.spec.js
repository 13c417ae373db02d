// The diagram is readable at 1280×800 for a program with 3 frames and ~10
// slots (issue 4): every region and slot is drawn inside the visible panel,
// no two slot boxes overlap, the text is at least 12 px on screen, and
// nothing moves from step to step. Needs the core's timeline pass.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.js';
import { DiagramPanel } from './pages/diagram-panel.js';
import { LessonPage } from './pages/lesson-page.js';
import { lessonHash, index } from './lessons-data.js';
import { createAnalyzer } from '../wasm/analyzer.js';

// main → f(&mut, &) → g(&mut, &): 11 slots over the run, a Vec on the heap.
const THREE_FRAMES = `fn g(v: &mut Vec<i32>, k: &i32) {
    let extra = *k + 1;
    v.push(extra);
}

fn f(v: &mut Vec<i32>, n: &i32) -> i32 {
    let k = *n * 2;
    g(v, &k);
    let last = v.len() as i32;
    last
}

fn main() {
    let mut v = Vec::new();
    let n = 5;
    let total = f(&mut v, &n);
    let done = total + n;
    println!("{done} {v:?}");
}
`;

// A lesson without a prediction on its starter, so the diagram shows at once.
const LESSON = index[2];

let timeline = null;
test.beforeAll(async () => {
  const wasmBinary = await readFile(new URL('../wasm/dist/borrowmap-core.wasm', import.meta.url));
  const analyzer = await createAnalyzer({ wasmBinary });
  try {
    timeline = analyzer.analyze(THREE_FRAMES).timeline ?? null;
  } finally {
    analyzer.delete();
  }
});

const inside = (a, b, slack = 0.5) =>
  a.x >= b.x - slack && a.y >= b.y - slack && a.x + a.width <= b.x + b.width + slack && a.y + a.height <= b.y + b.height + slack;
// Boxes include their outline's stroke: touching strokes are not an overlap.
const overlap = (a, b) => a.x < b.x + b.width - 1.5 && b.x < a.x + a.width - 1.5 && a.y < b.y + b.height - 1.5 && b.y < a.y + a.height - 1.5;

/**
 * The boxes drawn now, in one round trip: {slots: {id: box}, regions: {id: box}}
 * (a slot's outline rect, not its highlight ring; a region's rect).
 */
async function drawnBoxes(page) {
  return page.getByTestId('diagram-svg').evaluate((svg) => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const of = (testid, idAttr, rect) =>
      Object.fromEntries([...svg.querySelectorAll(`[data-testid="${testid}"]`)].map((g) => [g.getAttribute(idAttr), box(g.querySelector(rect))]));
    return { slots: of('diagram-slot', 'data-slot-id', '.bm-d-slot-box'), regions: of('diagram-region', 'data-region-id', '.bm-d-region-box') };
  });
}

test('3 frames and 11 slots: all drawn inside the visible panel, no overlaps, readable text, stable from step to step', async ({ page }) => {
  test.skip(!timeline || timeline.unsupported || !timeline.steps?.length, 'the built analyzer draws no timeline for this program');
  test.setTimeout(60_000);
  const lessonPage = new LessonPage(page);
  const diagram = new DiagramPanel(page);
  await lessonPage.goto(lessonHash(LESSON.id));
  await lessonPage.replaceCode(THREE_FRAMES);
  await expect(lessonPage.status).toHaveText('No errors');
  await expect(diagram.svg).toBeVisible();
  await page.mouse.move(0, 0);

  const viewport = page.viewportSize();
  const column = await diagram.column.boundingBox();
  const visible = {
    x: column.x,
    y: column.y,
    width: column.width,
    height: Math.min(column.y + column.height, viewport.height) - column.y,
  };
  const n = timeline.steps.length;
  const seen = {}; // slot id -> its box the first time it was drawn
  let most = { step: 0, count: 0 };
  await diagram.first();
  for (let i = 0; i < n; i++) {
    if (i > 0) await diagram.next();
    await expect(diagram.stepLabel).toHaveAttribute('data-step', String(i));
    await expect(diagram.firstButton, 'the step controls stay in view').toBeInViewport();
    const { slots: boxes, regions } = await drawnBoxes(page);
    const ids = Object.keys(boxes);
    if (ids.length > most.count) most = { step: i, count: ids.length };
    for (const id of ids) {
      expect(inside(boxes[id], visible), `step ${i}: slot ${id} inside the visible panel`).toBe(true);
      // The outline's stroke widens with the state (borrowed: thicker), so
      // compare the centre, and the size within a stroke's width.
      if (seen[id]) {
        const [a, b] = [boxes[id], seen[id]];
        expect(a.x + a.width / 2, `step ${i}: slot ${id} stays where it was (x)`).toBeCloseTo(b.x + b.width / 2, 1);
        expect(a.y + a.height / 2, `step ${i}: slot ${id} stays where it was (y)`).toBeCloseTo(b.y + b.height / 2, 1);
        expect(Math.abs(a.width - b.width), `step ${i}: slot ${id} keeps its width`).toBeLessThan(2);
        expect(Math.abs(a.height - b.height), `step ${i}: slot ${id} keeps its height`).toBeLessThan(2);
      }
      else seen[id] = boxes[id];
    }
    for (let a = 0; a < ids.length; a++)
      for (let b = a + 1; b < ids.length; b++)
        expect(overlap(boxes[ids[a]], boxes[ids[b]]), `step ${i}: slots ${ids[a]} and ${ids[b]} overlap`).toBe(false);
    for (const [id, box] of Object.entries(regions)) expect(inside(box, visible), `step ${i}: region ${id} inside the visible panel`).toBe(true);
  }
  expect(Object.keys(seen).length, 'the program has about 10 slots').toBeGreaterThanOrEqual(10);
  const frames = new Set(timeline.steps.flatMap((s) => JSON.stringify(s.regions).match(/"kind":"frame","name":"\w+"/g) ?? []));
  expect(frames.size, 'main, f and g').toBe(3);

  // The picture: the step with the most slots (g's frame on top of f's and main's).
  await diagram.slideTo(most.step);
  await expect(diagram.stepLabel).toHaveAttribute('data-step', String(most.step));

  // Text on screen: the slot text is at least 12 px, wherever the column is.
  const px = await page.getByTestId('diagram-slot').first().locator('.bm-d-slot-line1').evaluate((t) => {
    const scale = t.ownerSVGElement.getScreenCTM().a;
    return parseFloat(getComputedStyle(t).fontSize) * scale;
  });
  expect(px, 'slot text size on screen').toBeGreaterThanOrEqual(12);

  // The drawing uses the column's width.
  const svg = await diagram.svg.boundingBox();
  expect(svg.width).toBeGreaterThan(column.width - 60);

  await diagram.slider.blur();
  await page.screenshot({ path: 'e2e/artifacts/diagram-3-frames.png' });
});
