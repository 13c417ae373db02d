// The free playground's example programs (web/src/examples.js): each one's
// declared verdict is what rustc says and what the borrowmap analyzer (the
// wasm module the page runs) says, and each draws a diagram, since that is
// what a learner opens one for. Checked like lessons/test/verdicts.test.js
// checks lessons; a checker that is not there (no rustc, wasm not built) is
// skipped with a message.
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { EXAMPLES, exampleById, DEFAULT_EXAMPLE } from '../src/examples.js';
import { findRustc, rustcVerdict, rustcVersion } from '../../lessons/tools/rustc.js';

const rustc = findRustc();
const wasmFile = new URL('../../wasm/dist/borrowmap-core.wasm', import.meta.url);
let analyzer = null;
const analyze = async (code) => {
  analyzer ??= import('../../wasm/analyzer.js').then(({ createAnalyzer }) => createAnalyzer({ wasmBinary: readFileSync(wasmFile) }));
  return (await analyzer).analyze(code);
};

const comparable = (v) => ({
  compiles: v.compiles,
  errors: [...new Set((v.errors ?? []).map((e) => `${e.code} line ${e.line}`))].sort(),
});

test('the examples the issue asks for are there, with unique ids and code', () => {
  assert.deepEqual(
    EXAMPLES.map((e) => e.id),
    ['move', 'borrow-conflict', 'dangling', 'struct-lifetime', 'loop', 'recursion'],
  );
  for (const e of EXAMPLES) {
    assert.equal(typeof e.title, 'string');
    assert.match(e.code, /fn main\(\)/, e.id);
    assert.equal(exampleById(e.id), e);
  }
  assert.equal(exampleById('nope'), null);
  assert.equal(DEFAULT_EXAMPLE, EXAMPLES[0]);
});

const checkers = [
  {
    name: rustcVersion(rustc) ?? 'rustc (not installed)',
    unavailable: rustc ? null : 'rustc not found on PATH, in $RUSTC or in ~/.cargo/bin: skipping the rustc check of the examples',
    verdictOf: (code) => rustcVerdict(code, rustc),
  },
  {
    name: 'borrowmap',
    unavailable: existsSync(wasmFile) ? null : 'wasm/dist/ not built (npm run build:wasm): skipping the borrowmap check of the examples',
    verdictOf: async (code) => {
      const errors = (await analyze(code)).diagnostics.filter((d) => d.severity === 'error');
      return errors.length ? { compiles: false, errors } : { compiles: true };
    },
  },
];

for (const checker of checkers) {
  describe(`example verdicts agree with ${checker.name}`, () => {
    if (checker.unavailable) console.log(`# ${checker.unavailable}`);
    for (const e of EXAMPLES) {
      it(e.id, async (t) => {
        if (checker.unavailable) return t.skip(checker.unavailable);
        assert.deepEqual(comparable(await checker.verdictOf(e.code)), comparable(e.verdict));
      });
    }
  });
}

describe('every example draws a diagram', () => {
  for (const e of EXAMPLES) {
    it(e.id, async (t) => {
      if (!existsSync(wasmFile)) return t.skip('wasm/dist/ not built');
      const result = await analyze(e.code);
      assert.equal(result.status, 'ok');
      assert.deepEqual(result.unsupported, []);
      assert.equal(result.timeline?.unsupported, null);
      assert.ok(result.timeline.steps.length >= 3, `${e.id}: ${result.timeline.steps.length} steps`);
      const withError = result.timeline.error_step;
      assert.equal(withError !== null, !e.verdict.compiles, `${e.id}: an error step exactly when rustc rejects it`);
    });
  }
});
