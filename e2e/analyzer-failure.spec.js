// When the wasm cannot be loaded the page must say so, not go blank.
import { test, expect } from './fixtures.js';
import { PlaygroundPage } from './pages/playground-page.js';

// The 404 itself, and Emscripten's own report of it, are expected here.
test.use({ allowedConsoleError: /Failed to load resource|wasm|abort/i });

test('a missing wasm file gives a visible error and the editor still works', async ({ page }) => {
  await page.route(/borrowmap-core.*\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not here' }));
  const playground = new PlaygroundPage(page);
  await playground.goto();

  await expect(playground.status).toHaveText('Analyzer failed');
  await expect(playground.diagnostics.first()).toContainText('the analyzer failed');
  await expect(playground.lessonTitle).not.toBeEmpty();

  await playground.replaceCode('fn main() {}\n');
  await expect(playground.editorLine(1)).toHaveText('fn main() {}');
  await expect(playground.status).toHaveText('Analyzer failed');
});
