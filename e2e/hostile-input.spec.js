// Hostile nesting in the page's own analyzer worker (Chromium's V8, whose
// worker stack is not node's): the constructs that use the most of V8's
// stack per level (core/src/limits.c) at 100,000 levels give a result, not
// a trap, through window.__borrowmapBench (web/src/bench-hook.js).
import { test, expect } from './fixtures.js';

const otherFn = '\nfn other() { let s = String::new(); let t = s; let u = s; }\n';
const cases = [
  ['nested closures', 'fn main() { let c = ' + '||'.repeat(100000) + '1; }'],
  ['a method chain', 'fn main() { let s = String::new(); let t = s' + '.clone()'.repeat(100000) + '; }'],
  ['a call chain', 'fn f(x: i32) -> i32 { x }\nfn main() { let x = ' + 'f('.repeat(100000) + '1' + ')'.repeat(100000) + '; }'],
  ['nested ifs', 'fn main() { let a = true; ' + 'if a {'.repeat(100000) + '}'.repeat(100000) + ' }'],
];

for (const [name, source] of cases) {
  test(`100,000 levels of ${name} in the page's worker give a result`, async ({ playground, page }) => {
    expect(playground).toBeTruthy(); // the fixture opened the page
    const answer = await page.evaluate(
      (src) => window.__borrowmapBench(src, 1), source + otherFn);
    expect(answer.status).toBe('ok');
    expect(answer.diagnostics).toBeGreaterThan(0); // the E0382 of the fn after it
  });
}
