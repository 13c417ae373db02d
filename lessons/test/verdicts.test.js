// Every declared verdict (starter, solution, each predict task with its own
// code) must be what a real checker says about that code: compiles, or the
// exact set of (error code, line) pairs.
//
//   node --test lessons/test/
//
// Checkers are listed in `checkers`. rustc is the reference; the borrowmap
// checker (core/ compiled to wasm) is added here as a second entry once it
// exists, and must then agree with the same declared verdicts. A checker is
//   { name, unavailable(): null | "reason to skip", verdictOf(code): Promise<verdict> }
// where verdict is { compiles: true } or
// { compiles: false, errors: [{ code: "E0382", line: 5 }, ...] }.
import { describe, it, test } from "node:test";
import assert from "node:assert/strict";
import { findRustc, rustcVerdict, rustcVersion, verdictFromDiagnostics } from "../tools/rustc.js";
import { validateLessons } from "../tools/validate.js";
import { lessonSnippets } from "../tools/verdicts.js";
import { readmeExample } from "./readme-example.js";
import { existsSync, readFileSync } from "node:fs";

const rustc = findRustc();

// The borrowmap checker, through the same wasm module the page runs.
const wasmFile = new URL("../../wasm/dist/borrowmap-core.wasm", import.meta.url);
let borrowmapAnalyzer = null; // one module, shared by the concurrent tests
async function borrowmapVerdict(code) {
  borrowmapAnalyzer ??= import("../../wasm/analyzer.js").then(({ createAnalyzer }) =>
    createAnalyzer({ wasmBinary: readFileSync(wasmFile) }));
  const result = (await borrowmapAnalyzer).analyze(code);
  const errors = result.diagnostics
    .filter((d) => d.severity === "error")
    .map((d) => ({ code: d.code, line: d.line, message: d.message }));
  return errors.length ? { compiles: false, errors } : { compiles: true };
}

export const checkers = [
  {
    name: rustcVersion(rustc) ?? "rustc (not installed)",
    unavailable: () => (rustc ? null : "rustc not found on PATH, in $RUSTC or in ~/.cargo/bin: skipping the rustc verdict check"),
    verdictOf: (code) => rustcVerdict(code, rustc),
  },
  {
    name: "borrowmap",
    unavailable: () => (existsSync(wasmFile) ? null : "wasm/dist/ not built (npm run build:wasm): skipping the borrowmap verdict check"),
    verdictOf: borrowmapVerdict,
  },
];

// The comparable part of a verdict: compiles, and the sorted set of
// "CODE line N" strings (rustc's messages are dropped).
function comparable(verdict) {
  const errors = [...new Set((verdict.errors || []).map((e) => `${e.code} line ${e.line}`))].sort();
  return { compiles: verdict.compiles, errors };
}

test("rustc diagnostics reduce to (code, primary line), errors only", () => {
  const stderr = [
    JSON.stringify({ $message_type: "diagnostic", level: "warning", code: { code: "unused_variables" }, message: "unused", spans: [{ is_primary: true, line_start: 2 }] }),
    JSON.stringify({ $message_type: "diagnostic", level: "error", code: { code: "E0382" }, message: "borrow of moved value: `a`", spans: [{ is_primary: false, line_start: 3 }, { is_primary: true, line_start: 5 }] }),
    JSON.stringify({ $message_type: "diagnostic", level: "error", code: null, message: "expected one of `;`", spans: [{ is_primary: true, line_start: 7 }] }),
    JSON.stringify({ $message_type: "diagnostic", level: "error", code: null, message: "aborting due to 2 previous errors", spans: [] }),
    "not json",
  ].join("\n");
  assert.deepEqual(comparable(verdictFromDiagnostics(stderr)), {
    compiles: false,
    errors: ["E0382 line 5", "null line 7"],
  });
  assert.deepEqual(verdictFromDiagnostics(stderr.split("\n")[0]), { compiles: true });
});

const { lessons, errors } = validateLessons();
// The README's example lesson is checked like a real one.
const checked = [...lessons, { file: "README.md#example", lesson: readmeExample() }];

test("lessons are valid before their verdicts are checked", () => {
  assert.deepEqual(errors.map((e) => e.text), []);
});

for (const checker of checkers) {
  describe(`verdicts agree with ${checker.name}`, { concurrency: 8 }, () => {
    const why = checker.unavailable();
    if (why) console.log(`# ${why}`);
    it("tells a compiling program from a rejected one", async (t) => {
      const why = checker.unavailable();
      if (why) return t.skip(why);
      assert.deepEqual(comparable(await checker.verdictOf("fn main() {\n    let x = 1;\n    println!(\"{x}\");\n}\n")), { compiles: true, errors: [] });
      const moved = "fn main() {\n    let a = String::new();\n    let b = a;\n    println!(\"{a} {b}\");\n}\n";
      assert.deepEqual(comparable(await checker.verdictOf(moved)), { compiles: false, errors: ["E0382 line 4"] });
    });
    for (const { file, lesson } of checked) {
      for (const snippet of lessonSnippets(lesson)) {
        it(`${file}#${snippet.where}`, async (t) => {
          const why = checker.unavailable();
          if (why) return t.skip(why);
          const actual = await checker.verdictOf(snippet.code);
          const detail = (actual.errors || []).map((e) => `  ${e.code} line ${e.line}: ${e.message ?? ""}`).join("\n");
          assert.deepEqual(
            comparable(actual),
            comparable(snippet.verdict),
            `${file}#${snippet.where}/verdict is ${JSON.stringify(snippet.verdict)} but ${checker.name} says:\n${detail || "  compiles"}`,
          );
        });
      }
    }
  });
}
