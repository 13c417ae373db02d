// The free playground (#/play) and the learner's tools around the editor:
// saved code of its own, example programs, share links (a fresh browser
// context sees the same code at the same step; a damaged link gives a
// notice; a link never overwrites saved code without asking), the link to
// real rustc, what changed between two steps, and the keyboard shortcuts.
import { test, expect } from './fixtures.js';
import { FreePlayPage } from './pages/free-play-page.js';
import { LessonPage } from './pages/lesson-page.js';
import { EXAMPLES, DEFAULT_EXAMPLE, exampleById } from '../web/src/examples.js';
import { shareHash, readShare } from '../web/src/share.js';
import { splitHash } from '../web/src/hash.js';
import { firstLesson, lessonHash } from './lessons-data.js';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const MINE = 'fn main() {\n    let mine = 1;\n    println!("{mine}");\n}\n';
const LOOP = exampleById('loop');
const MOVE = exampleById('move');

/** A page in a new browser context (a fresh profile: no storage), with its own error log. */
async function freshProfile(browser, baseURL) {
  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  return { context, page, problems };
}

test('the header links to the playground; a program written there survives a reload, apart from the lessons', async ({ freePlay, lessonList, page }) => {
  await lessonList.goto();
  await freePlay.navLink.click();
  await expect(page).toHaveURL(/#\/play$/);
  await expect(freePlay.title).toHaveText('Playground');
  await expect(freePlay.title).toBeFocused();
  await expect(freePlay.navLink).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Playground · borrowmap');
  // A first visit starts from the first example.
  await expect.poll(() => freePlay.code()).toBe(DEFAULT_EXAMPLE.code);
  await expect(freePlay.status).toHaveText('1 error');

  await freePlay.replaceCode(MINE);
  await expect(freePlay.status).toHaveText('No errors');
  await page.reload();
  await expect.poll(() => freePlay.code()).toBe(MINE);
  await expect(freePlay.status).toHaveText('No errors');
  const stored = await page.evaluate(() => ({ play: localStorage.getItem('borrowmap.play.v1'), lessons: localStorage.getItem('borrowmap.v1') }));
  expect(JSON.parse(stored.play)).toEqual({ version: 1, code: MINE });
  expect(stored.lessons ?? '', 'the lessons’ store holds none of it').not.toContain('mine');
  // The program ran: the Output panel shows what it printed.
  await expect(freePlay.output).toBeVisible();
  await expect(freePlay.stdout).toHaveText('1\n');
});

const PRINTS = 'fn main() {\n    let names = vec!["Ferris", "Corro"];\n    for (i, n) in names.iter().enumerate() {\n        println!("{i}: {n:>8}|");\n    }\n    let total: i32 = (1..=4).sum();\n    println!("total = {total}, {:.2}", 2.0_f64 / 3.0);\n}\n';
const PANICS = 'fn main() {\n    let v = vec![10, 20, 30];\n    println!("before");\n    let i = v.len();\n    println!("{}", v[i]);\n    println!("never");\n}\n';
const REJECTED = 'fn main() {\n    let s = String::from("hi");\n    let t = s;\n    println!("{s} {t}");\n}\n';

test('the Output panel shows what the program prints, a panic as Rust reports it, and why a rejected program was not run', async ({ freePlay, page }) => {
  await freePlay.goto();
  await freePlay.replaceCode(PRINTS);
  await expect(freePlay.status).toHaveText('No errors');
  // exactly what the rustc-built binary prints (checked with rustc 1.95)
  await expect(freePlay.stdout).toHaveText('0:   Ferris|\n1:    Corro|\ntotal = 10, 0.67\n');
  await expect(freePlay.stderr).toBeHidden();
  await expect(freePlay.runSummary).toHaveText('The program ran to the end: exit code 0.');

  // the diagram is the same run: stepping back shows the output printed by then
  const { diagram } = freePlay;
  await diagram.first();
  await expect(freePlay.stdout).toHaveText('(nothing printed)');
  await expect(freePlay.outputStep).toContainText('by step 1 of');
  await diagram.next();   // let names = ...
  await diagram.next();   // the loop's first head
  await diagram.next();   // println!: the first line
  await expect(freePlay.stdout).toHaveText('0:   Ferris|\n');
  await diagram.last();
  await expect(freePlay.stdout).toHaveText('0:   Ferris|\n1:    Corro|\ntotal = 10, 0.67\n');
  await expect(freePlay.outputStep).toBeHidden();

  await freePlay.replaceCode(PANICS);
  await expect(freePlay.runSummary).toHaveText("The program panicked (line 5): exit code 101. The diagram's last step shows the stack where it did.");
  // the diagram opens at its last step, the panic, at the indexing
  await expect(diagram.sentence).toContainText('The program panics here: index out of bounds');
  await expect(diagram.slot('i')).toBeVisible();
  await expect(freePlay.stdout).toHaveText('before\n');
  await expect(freePlay.stderr).toBeVisible();
  await expect(freePlay.stderr).toContainText("thread 'main' panicked at src/main.rs:5:21:\nindex out of bounds: the len is 3 but the index is 3");
  await freePlay.output.scrollIntoViewIfNeeded();
  await freePlay.output.screenshot({ path: 'e2e/artifacts/output-panel.png' });
  await page.screenshot({ path: 'e2e/artifacts/play-output.png', fullPage: true });

  await freePlay.replaceCode(REJECTED);
  await expect(freePlay.status).toHaveText('1 error');
  await expect(freePlay.runSummary).toHaveText('Not run: the program does not compile: error[E0382]: borrow of moved value: `s`');
  await expect(freePlay.stdout).toBeHidden();
  await expect(freePlay.output).toHaveAttribute('data-status', 'rejected');
});

test('every example opens in the editor with the verdict rustc gives it, undoably', async ({ freePlay, page }) => {
  await freePlay.goto();
  await freePlay.replaceCode(MINE);
  await expect(freePlay.status).toHaveText('No errors');
  for (const ex of EXAMPLES) {
    await freePlay.openExample(ex.id);
    await expect.poll(() => freePlay.code()).toBe(ex.code);
    await expect(freePlay.exampleNote).toContainText(ex.title);
    const n = ex.verdict.compiles ? 0 : ex.verdict.errors.length;
    await expect(freePlay.status).toHaveText(n ? `${n} error${n > 1 ? 's' : ''}` : 'No errors');
    if (n) await expect(freePlay.diagnostics.first()).toHaveAttribute('data-code', ex.verdict.errors[0].code);
    await expect(freePlay.diagram.svg).toBeVisible();
  }
  // Ctrl+Z in the editor brings back what was there before the last example.
  await freePlay.editorContent.click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => freePlay.code()).toBe(EXAMPLES.at(-2).code);
});

test('a share link opened in a fresh browser profile shows the same code at the same step', async ({ freePlay, page, browser, baseURL }) => {
  await freePlay.goto();
  await freePlay.openExample('loop');
  await expect(freePlay.status).toHaveText('No errors');
  await freePlay.diagram.slideTo(8);
  await expect(freePlay.diagram.stepLabel).toHaveAttribute('data-step', '8');
  const url = await freePlay.copyLink();
  expect(url).toMatch(/#\/play\?v=1&code=[A-Za-z0-9_-]+&step=9$/);
  expect(readShare(splitHash(new URL(url).hash).params)).toEqual({ code: LOOP.code, step: 8 });

  const fresh = await freshProfile(browser, baseURL);
  try {
    const other = new FreePlayPage(fresh.page);
    await fresh.page.goto(url);
    await expect.poll(() => other.code()).toBe(LOOP.code);
    await expect(other.diagram.stepLabel).toHaveAttribute('data-step', '8');
    await expect(other.diagram.stepLabel).toHaveText(/^Step 9 of \d+$/);
    await expect(other.linkNotice).toBeHidden();
    // Nothing was saved there before, so the program is now that profile's own,
    // and the address bar no longer carries it.
    await expect(fresh.page).toHaveURL(/#\/play$/);
    await fresh.page.reload();
    await expect.poll(() => other.code()).toBe(LOOP.code);
    expect(fresh.problems).toEqual([]);
  } finally {
    await fresh.context.close();
  }
});

test('a damaged or foreign link gives a clear notice and the learner’s own code, never a blank page', async ({ freePlay, page }) => {
  await freePlay.goto();
  await freePlay.replaceCode(MINE);
  await expect(freePlay.status).toHaveText('No errors');
  const good = shareHash('#/play', LOOP.code);
  for (const [hash, why] of [
    [good.slice(0, -6), /damaged/],
    ['#/play?v=1&code=this-is-not*a-link', /characters a share link never holds/],
    ['#/play?v=1&code=aGVsbG8gd29ybGQ', /not a borrowmap share link/],
    [good.replace('v=1', 'v=7'), /newer version of borrowmap/],
  ]) {
    await freePlay.goto(hash);
    await expect(freePlay.linkNotice).toBeVisible();
    await expect(freePlay.linkNotice).toHaveAttribute('role', 'alert');
    await expect(freePlay.linkNoticeText).toHaveText(why);
    await expect(freePlay.linkNoticeText).toContainText('Your own code is shown instead.');
    await expect.poll(() => freePlay.code()).toBe(MINE);
    await expect(freePlay.status).toHaveText('No errors');
    await expect(freePlay.diagram.svg).toBeVisible();
  }
  await page.getByTestId('link-notice-dismiss').click();
  await expect(freePlay.linkNotice).toBeHidden();
  await expect(page).toHaveURL(/#\/play$/);
});

test('a link over different saved code asks first, and saves nothing until the learner chooses', async ({ freePlay, page }) => {
  await freePlay.goto();
  await freePlay.replaceCode(MINE);
  await expect(freePlay.status).toHaveText('No errors');
  // Saved a moment after the last edit, not necessarily by the time the
  // verdict shows: poll (savedCode() returns null until then, never throws).
  const saved = () => freePlay.savedCode();
  await expect.poll(saved, 'the playground’s saved code').toBe(MINE);

  const link = shareHash('#/play', MOVE.code, 1);
  await freePlay.goto(link);
  await expect(freePlay.linkNoticeText).toContainText('not the one you saved in the playground');
  await expect.poll(() => freePlay.code()).toBe(MOVE.code);
  await expect(freePlay.diagram.stepLabel).toHaveAttribute('data-step', '1');
  // Editing the link's program while the question is open saves nothing.
  await freePlay.editorContent.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('// edited\n');
  await page.reload();
  await expect.poll(saved, 'still the learner’s own code').toBe(MINE);
  await expect(freePlay.linkNoticeText).toContainText('not the one you saved');

  await freePlay.keepMineButton.click();
  await expect(freePlay.linkNotice).toBeHidden();
  await expect.poll(() => freePlay.code()).toBe(MINE);
  await expect(page).toHaveURL(/#\/play$/);
  await expect.poll(saved, 'the learner’s own code, kept').toBe(MINE);

  await freePlay.goto(link);
  await freePlay.keepLinkButton.click();
  await expect(freePlay.linkNotice).toBeHidden();
  await expect.poll(saved, 'the link’s program, chosen').toBe(MOVE.code);
  await page.reload();
  await expect.poll(() => freePlay.code()).toBe(MOVE.code);
});

test('“Check with real rustc” opens the Rust Playground with exactly this code, edition 2024', async ({ freePlay, page, context }) => {
  await context.route('https://play.rust-lang.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Rust Playground (stand-in)</title>' }),
  );
  const code = 'fn main() {\n    let s = "ünïcödé 🦀 & + # % ?";\n    println!("{s}");\n}\n';
  await freePlay.goto();
  await freePlay.replaceCode(code);
  await expect(freePlay.status).toHaveText('No errors');
  await expect(freePlay.rustcLink).toBeVisible();
  await expect(freePlay.rustcLink).toHaveAttribute('data-prominent', 'false');
  const href = await freePlay.rustcLink.getAttribute('href');
  const u = new URL(href);
  expect(`${u.origin}${u.pathname}`).toBe('https://play.rust-lang.org/');
  expect(u.searchParams.get('code')).toBe(code);
  expect([u.searchParams.get('edition'), u.searchParams.get('mode'), u.searchParams.get('version')]).toEqual(['2024', 'debug', 'stable']);

  // A link, not a fetch: the page's CSP lets it open (the fixture fails the
  // test on any CSP violation), in a new tab that has no hold on this one.
  const opened = context.waitForEvent('page');
  await freePlay.rustcLink.click();
  const tab = await opened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).searchParams.get('code')).toBe(code);
  expect(await tab.evaluate(() => window.opener)).toBeNull();
  await tab.close();

  // Something the checker does not model: the link comes forward, with why.
  await freePlay.replaceCode('macro_rules! m {\n    () => {};\n}\n\nfn main() {\n    m!();\n}\n');
  await expect(freePlay.unsupported).toHaveCount(1);
  await expect(freePlay.rustcLink).toHaveAttribute('data-prominent', 'true');
  await expect(freePlay.rustcNote).toContainText('rustc has the last word');
});

test('stepping highlights what changed and says it in words', async ({ freePlay }) => {
  const { diagram } = freePlay;
  await freePlay.goto();
  await freePlay.openExample('move');
  await expect(freePlay.status).toHaveText('1 error');
  await diagram.first();
  await expect(diagram.changes).toHaveText("At the start: 'a (frame of main) pushed.");
  await diagram.next(); // let s = String::from("hello");
  await expect(diagram.slot('s')).toHaveAttribute('data-change', 'new');
  await expect(diagram.scope.getByTestId('diagram-heap')).toHaveAttribute('data-change', 'new');
  await diagram.next(); // let t = s;
  await expect(diagram.slot('t')).toHaveAttribute('data-change', 'new');
  await expect(diagram.slot('s')).toHaveAttribute('data-change', 'moved');
  await expect(diagram.changedItems).toHaveCount(2);
  await expect(diagram.changes).toHaveText('Changed: new: t; moved out: s.');
  await expect(diagram.description).toContainText('Changed: new: t; moved out: s.');
  await diagram.next(); // println!: nothing moves
  await expect(diagram.changedItems).toHaveCount(0);
  await expect(diagram.changes).toHaveText('Nothing changed since the previous step.');

  await freePlay.openExample('borrow-conflict');
  await expect(freePlay.status).toHaveText('1 error');
  await diagram.slideTo(2); // let first = &v[0];
  await expect(diagram.refs).toHaveAttribute('data-change', 'new');
  await expect(diagram.changes).toContainText('new borrow: first → v[0]');
  // the run stops at the error, v.push(4): the buffer grew, so `first`
  // points into the freed one (what the rule prevents)
  await diagram.slideTo(3);
  await expect(diagram.refs).toHaveAttribute('data-status', 'dangling');
  await expect(diagram.scope.locator('[data-testid="diagram-heap"][data-change="new"]')).toHaveCount(1);

  await freePlay.openExample('loop');
  await expect(freePlay.status).toHaveText('No errors');
  await diagram.slideTo(3); // total += i, the first iteration
  await expect(diagram.slot('total')).toHaveAttribute('data-change', 'value');
  await expect(diagram.changes).toHaveText('Changed: total: 0 → 1.');
  await diagram.slideTo(4); // i += 1
  await expect(diagram.changes).toHaveText('Changed: i: 1 → 2.');
  await diagram.slideTo(5); // the second iteration: the loop really runs again
  await expect(diagram.changes).toHaveText('Changed: total: 1 → 3.');
});

test('the shortcut overlay opens with “?” and lists the shortcuts; “?” typed in the editor is just a character', async ({ freePlay, page }) => {
  await freePlay.goto();
  await expect(freePlay.status).toHaveText('1 error');
  await freePlay.openExampleButton.focus();
  await page.keyboard.press('Shift+Slash');
  await expect(freePlay.shortcutsDialog).toBeVisible();
  await expect(freePlay.shortcutsDialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(freePlay.shortcutsDialog.getByTestId('shortcuts-close')).toBeFocused();
  for (const label of ['Previous step of the diagram', 'Next step of the diagram', 'Jump to the first error', 'Copy a link', 'Put the focus in the editor', 'Put the focus on the diagram']) {
    await expect(freePlay.shortcutsDialog.getByRole('row').filter({ hasText: label })).toHaveCount(1);
  }
  await page.keyboard.press('Escape');
  await expect(freePlay.shortcutsDialog).toBeHidden();
  await expect(freePlay.openExampleButton, 'the focus goes back where it was').toBeFocused();

  // In the editor "?" is typed, and no dialog opens.
  await freePlay.editorContent.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Shift+Slash');
  await expect(freePlay.shortcutsDialog).toBeHidden();
  await expect.poll(() => freePlay.code()).toBe(`${DEFAULT_EXAMPLE.code}?`);
  // The header's button opens it too, and its Close button closes it.
  await freePlay.shortcutsButton.click();
  await expect(freePlay.shortcutsDialog).toBeVisible();
  await freePlay.shortcutsDialog.getByTestId('shortcuts-close').click();
  await expect(freePlay.shortcutsDialog).toBeHidden();
});

test('shortcuts with Alt work from the editor: step, first error, copy link, focus the diagram and back', async ({ freePlay, page }) => {
  const { diagram } = freePlay;
  await freePlay.goto();
  await expect(freePlay.status).toHaveText('1 error');
  await expect(diagram.stepLabel).toHaveAttribute('data-step', '3');
  await freePlay.editorContent.click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('Alt+Comma');
  // The cursor on line 1 showed step 0; Alt+, cannot go before it, Alt+. moves on.
  await expect(diagram.stepLabel).toHaveAttribute('data-step', '0');
  await page.keyboard.press('Alt+Period');
  await page.keyboard.press('Alt+Period');
  await expect(diagram.stepLabel).toHaveAttribute('data-step', '2');
  await expect(freePlay.editorContent, 'the focus stays in the editor').toBeFocused();
  await expect.poll(() => freePlay.code(), 'nothing was typed').toBe(DEFAULT_EXAMPLE.code);

  await page.keyboard.press('Alt+J');
  const err = MOVE.verdict.errors[0];
  await expect(diagram.stepLabel).toHaveAttribute('data-step', '3');
  await expect(diagram.highlightedLine).toHaveText(MOVE.code.split('\n')[err.line - 1]);
  const line = await page.evaluate(() => {
    const node = window.getSelection().anchorNode;
    const el = node?.nodeType === 1 ? node : node?.parentElement;
    return el?.closest('.cm-line')?.textContent ?? null;
  });
  expect(line, 'the cursor is on the error’s line').toBe(MOVE.code.split('\n')[err.line - 1]);

  await page.keyboard.press('Alt+M');
  await expect(diagram.root).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(diagram.stepLabel).toHaveAttribute('data-step', '2');
  await page.keyboard.press('Alt+I');
  await expect(freePlay.editorContent).toBeFocused();

  await page.keyboard.press('Alt+C');
  await expect(freePlay.copyStatus).toContainText('Link copied');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(readShare(splitHash(new URL(url).hash).params)).toEqual({ code: MOVE.code, step: 2 });

  // With no error, Alt+J says so to the screen reader and moves nothing.
  await freePlay.replaceCode(MINE);
  await expect(freePlay.status).toHaveText('No errors');
  await page.keyboard.press('Alt+J');
  await expect(freePlay.shortcutStatus).toHaveText('There is no error in this code.');
});

test('everything on the playground is reachable with Tab, in reading order', async ({ freePlay, page }) => {
  await freePlay.goto();
  await expect(freePlay.status).toHaveText('1 error');
  await page.getByTestId('home-link').focus();
  const reached = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('.cm-content') ? 'editor' : (el?.getAttribute('data-testid') ?? el?.tagName);
      }),
    );
  }
  const order = ['nav-play', 'shortcuts-button', 'example-select', 'open-example', 'editor', 'rustc-link', 'copy-link', 'diagram', 'diagram-first', 'diagram-slider'];
  const at = order.map((id) => reached.indexOf(id));
  expect(at.every((i) => i >= 0), `reached: ${reached.join(', ')}`).toBe(true);
  expect([...at].sort((a, b) => a - b), `in order: ${reached.join(', ')}`).toEqual(at);
});

test('a lesson’s link carries the learner’s version of its code to a fresh profile', async ({ page, browser, baseURL }) => {
  const lesson = new LessonPage(page);
  await lesson.goto(lessonHash(firstLesson.id));
  await expect(lesson.lessonTitle).toHaveText(firstLesson.title);
  const mine = `${firstLesson.starter.code}// my version\n`;
  await lesson.replaceCode(mine);
  await expect(lesson.status).not.toHaveText('analyzing…');
  await lesson.copyLinkButton.click();
  await expect(lesson.codeTools.getByTestId('copy-link-status')).toContainText('Link copied');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(url).hash.startsWith(`${lessonHash(firstLesson.id)}?v=1&code=`)).toBe(true);
  // The rustc link beside the lesson's diagnostics carries the same code.
  expect(new URL(await lesson.rustcLink.getAttribute('href')).searchParams.get('code')).toBe(mine);

  const fresh = await freshProfile(browser, baseURL);
  try {
    const other = new LessonPage(fresh.page);
    await fresh.page.goto(url);
    await expect(other.lessonTitle).toHaveText(firstLesson.title);
    await expect.poll(() => other.code()).toBe(mine);
    await expect(other.linkNotice).toBeHidden();
    expect(fresh.problems).toEqual([]);
  } finally {
    await fresh.context.close();
  }
});

test('a lesson’s link over the learner’s own saved version asks first; “Back to my program” keeps theirs', async ({ page }) => {
  const lesson = new LessonPage(page);
  const mine = `${firstLesson.starter.code}// mine\n`;
  const theirs = `${firstLesson.starter.code}// theirs\n`;
  await lesson.goto(lessonHash(firstLesson.id));
  await lesson.replaceCode(mine);
  await expect(lesson.status).not.toHaveText('analyzing…');
  await page.reload(); // saved when the page goes
  await expect.poll(() => lesson.code()).toBe(mine);
  await lesson.goto(shareHash(lessonHash(firstLesson.id), theirs));
  await expect(lesson.linkNotice).toContainText('not the one you saved in this lesson');
  await expect.poll(() => lesson.code()).toBe(theirs);
  await page.getByTestId('link-keep-mine').click();
  await expect(lesson.linkNotice).toBeHidden();
  await expect.poll(() => lesson.code()).toBe(mine);
  await expect(page).toHaveURL(new RegExp(`${lessonHash(firstLesson.id)}$`));
  await page.reload();
  await expect.poll(() => lesson.code()).toBe(mine);
});

test('screenshots of the playground with a diagram, and of the shortcuts overlay', async ({ freePlay, page }) => {
  await freePlay.goto();
  await freePlay.openExample('borrow-conflict');
  await expect(freePlay.status).toHaveText('1 error');
  await freePlay.diagram.slideTo(2);
  await expect(freePlay.diagram.refs).toHaveAttribute('data-change', 'new');
  await freePlay.diagram.slider.blur();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'e2e/artifacts/free-play.png' });
  await page.keyboard.press('Shift+Slash');
  await expect(freePlay.shortcutsDialog).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/shortcuts.png' });
});
