// End-to-end tests of the playground against the built bundle and the real
// wasm analyzer in a worker.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.js';
import { pickLesson } from '../web/src/lessons.js';

const lessonsDir = fileURLToPath(new URL('../lessons/', import.meta.url));

/** The lesson the page should open with, chosen by the page's own rule. */
function lessonModules() {
  const modules = {};
  for (const dir of existsSync(lessonsDir) ? readdirSync(lessonsDir) : []) {
    if (!/^spiral-/.test(dir)) continue;
    for (const file of readdirSync(lessonsDir + dir)) {
      if (file.endsWith('.json')) {
        modules[`../../lessons/${dir}/${file}`] = JSON.parse(readFileSync(`${lessonsDir}${dir}/${file}`, 'utf8'));
      }
    }
  }
  return modules;
}

function expectedLesson(hash = '') {
  return pickLesson(lessonModules(), hash);
}

test('#/lesson/<id> opens that lesson', async ({ playground }) => {
  const ids = Object.values(lessonModules()).map((l) => l.id).sort();
  const id = ids[ids.length - 1];
  const choice = expectedLesson(`#/lesson/${id}`);
  expect(choice.lesson?.id).toBe(id);
  await playground.goto(`#/lesson/${id}`);
  await expect(playground.lessonTitle).toHaveText(choice.lesson.title);
  await expect(playground.editorLine(1)).toHaveText(choice.lesson.starter.code.split('\n')[0]);
});

const MISSING_SEMICOLON = 'fn main() {\n    let x = 5\n    let y = 6;\n}\n';

test('the first lesson page shows its text, its starter code and the diagram panel', async ({ playground, page }) => {
  const choice = expectedLesson();
  expect(choice.error, 'lessons/ should hold at least one well-formed lesson').toBeUndefined();
  await expect(playground.lessonTitle).toHaveText(choice.lesson.title);
  await expect(playground.lessonBody).not.toBeEmpty();
  await expect(playground.lessonError).toBeHidden();
  await expect(playground.editor).toBeVisible();
  const firstStarterLine = choice.lesson.starter.code.split('\n')[0];
  await expect(playground.editorLine(1)).toHaveText(firstStarterLine);
  await expect(playground.diagramPanel.getByRole('heading', { name: 'Stack diagram' })).toBeVisible();
  await expect(playground.diagramPanel.getByTestId('diagram')).toBeVisible();
  // The analysis of the starter finishes (whatever it says).
  await expect(playground.status).not.toHaveText('analyzing…');
  await expect(page).toHaveTitle(new RegExp(`${choice.lesson.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
});

test('a lesson runs its program too: the Output panel stays hidden until the prediction, then shows what it prints', async ({ playground, page }) => {
  const choice = expectedLesson();
  await expect(playground.status).not.toHaveText('analyzing…');
  // the first lesson opens on a prediction: the run would give the answer
  // away (does it compile?), as the diagnostics would
  expect(choice.lesson.tasks[0].kind).toBe('predict');
  await expect(page.getByTestId('verdict-hidden')).toBeVisible();
  await expect(playground.output).toBeHidden();
  const code = 'fn main() {\n    let s = String::from("heap");\n    let t = s.clone();\n    println!("{s} and {t}: {} bytes", s.len() + t.len());\n}\n';
  await playground.replaceCode(code);
  await expect(playground.status).toHaveText('No errors');
  await expect(playground.output).toBeVisible();
  await expect(playground.stdout).toHaveText('heap and heap: 8 bytes\n');
  await expect(playground.runSummary).toHaveText('The program ran to the end: exit code 0.');
});

test('a missing semicolon is reported on line 2, and fixing it clears it', async ({ playground }) => {
  await playground.replaceCode(MISSING_SEMICOLON);

  await expect(playground.status).toHaveText('1 error');
  await expect(playground.diagnostics).toHaveCount(1);
  await expect(playground.diagnostics.first()).toContainText('error: expected `;`');
  await expect(playground.diagnostics.first()).toContainText('line 2, col 14');

  // The gutter marker sits on line 2 (same vertical band as line number 2).
  await expect(playground.lintMarkers('error')).toHaveCount(1);
  const marker = await playground.lintMarkers('error').boundingBox();
  const lineNo = await playground.lineNumber(2).boundingBox();
  expect(Math.abs(marker.y + marker.height / 2 - (lineNo.y + lineNo.height / 2))).toBeLessThan(lineNo.height / 2);
  // The zero-width mark is drawn right after "5" on line 2.
  await expect(playground.editorLine(2).locator('.cm-lintPoint-error')).toHaveCount(1);

  // Fix it: put the semicolon at the end of line 2.
  await playground.editorLine(2).click();
  await playground.pressKey('End');
  await playground.type(';');

  await expect(playground.status).toHaveText('No errors');
  await expect(playground.diagnostics).toHaveCount(0);
  await expect(playground.lintMarkers('error')).toHaveCount(0);
});

test('columns count characters, so the underline lands right after an emoji and umlauts', async ({ playground }) => {
  // "größe" has non-ASCII letters (1 UTF-16 unit each), "🦀" is one character
  // but two UTF-16 units: a units-vs-characters mix-up shifts the underline.
  await playground.replaceCode('fn main() {\n    let größe = "🦀"; let x = ) ;\n}\n');

  await expect(playground.status).toHaveText('1 error');
  await expect(playground.diagnostics.first()).toContainText('syntax error near `= )`');
  const underline = playground.editorLine(2).locator('.cm-lintRange-error');
  await expect(underline).not.toHaveCount(0);
  const text = (await underline.allTextContents()).join('');
  expect(text).toBe('= )');

  // Hovering the underline shows the message in a tooltip.
  await playground.hoverFirstLintRange('error');
  await expect(playground.lintTooltip).toContainText('syntax error near `= )`');
});

test('a pasted 5 MB text says "too large" and the editor keeps working', async ({ playground }) => {
  const line = 'let value = String::from("0123456789abcdef"); // x\n'; // 51 bytes
  await playground.pasteRepeated(line, 100_000); // ~5.1 MB

  await expect(playground.status).toHaveText('Too large to analyze');
  await expect(playground.diagnostics).toHaveCount(1);
  await expect(playground.diagnostics.first()).toContainText('too large to analyze');
  await expect(playground.diagnostics.first()).toContainText('the limit is 1 MiB');

  // Still responsive: typing at the end shows up and re-checks the size.
  await playground.gotoDocEnd();
  await playground.type('// still typing');
  await expect(playground.editorContent).toContainText('// still typing');
  await expect(playground.status).toHaveText('Too large to analyze');

  // Back to a small program: real diagnostics return.
  await playground.replaceCode('fn main() {\n    let s = String::from("hi");\n    println!("{s}");\n}\n');
  await expect(playground.status).toHaveText('No errors');
  await expect(playground.diagnostics).toHaveCount(0);
});

test('screenshot of the playground with a diagnostic (for the README)', async ({ playground, page }) => {
  await expect(playground.status).not.toHaveText('analyzing…');
  await playground.replaceCode(
    'fn main() {\n    let s = String::from("héllo");\n    let n = s.len()\n    let t = s;\n    println!("{t} {n}");\n}\n',
  );
  await expect(playground.status).toHaveText('1 error');
  await expect(playground.diagnostics.first()).toContainText('line 3, col 20');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'e2e/artifacts/playground.png' });
});
