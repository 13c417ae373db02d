// Fix and compile tasks are graded by behaviour: the checker's verdict plus
// the task's constraints, decided on the syntax tree by the wasm core (the
// same module and the same grading function as the page). Here:
//   - every constraint of every lesson can be read by the core, and the
//     solution passes every task;
//   - a compile task on a compiling starter does not pass untouched;
//   - the learners' fixes of fix-cases.js get the grade they should, and
//     rustc says what the case says it says.
//
//   node --test lessons/test/
import { describe, it, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { validateLessons } from "../tools/validate.js";
import { findRustc, rustcVerdict } from "../tools/rustc.js";
import { gradeCodeTask, needsRules } from "../../web/src/grading.js";
import { FIX_CASES } from "./fix-cases.js";
import { readmeExample } from "./readme-example.js";

const wasmFile = new URL("../../wasm/dist/borrowmap-core.wasm", import.meta.url);
const noWasm = existsSync(wasmFile) ? null : "wasm/dist/ not built (npm run build:wasm): skipping the constraint checks";
if (noWasm) console.log(`# ${noWasm}`);
const analyzer = noWasm
  ? null
  : await import("../../wasm/analyzer.js").then(({ createAnalyzer }) => createAnalyzer({ wasmBinary: readFileSync(wasmFile) }));
const rustc = findRustc();

const { lessons } = validateLessons();
const all = [...lessons, { file: "README.md#example", lesson: readmeExample() }];
const byId = Object.fromEntries(lessons.map(({ lesson }) => [lesson.id, lesson]));

/** The page's grade of code task `i` of `lesson` on `code`. */
function grade(lesson, i, code) {
  const task = lesson.tasks[i];
  const result = analyzer.analyze(code);
  const rules = needsRules(task, result) ? analyzer.checkRules(code, task.constraints) : null;
  const others = lesson.tasks.map((t, j) => ({ number: j + 1, error: t.error })).filter((o, j) => j !== i && o.error);
  return { ...gradeCodeTask(task, result, rules, { others }), result, rules };
}

const codeTasks = (lesson) => lesson.tasks.map((t, i) => [t, i]).filter(([t]) => t.kind === "fix" || t.kind === "compile");

describe("every lesson's constraints", { skip: noWasm ?? false }, () => {
  for (const { file, lesson } of all) {
    it(`${file}: the core reads every constraint, and the solution passes every task`, () => {
      for (const [task, i] of codeTasks(lesson)) {
        const rules = analyzer.checkRules(lesson.solution.code, task.constraints);
        assert.equal(rules.status, "ok", JSON.stringify(rules));
        rules.results.forEach((r, j) => assert.equal(r.error, undefined, `${file}#/tasks/${i}/constraints/${j}: ${r.error}`));
        const g = grade(lesson, i, lesson.solution.code);
        assert.equal(g.passed, true, `${file}#/tasks/${i} on the solution: ${g.message}`);
      }
    });
    it(`${file}: the starter passes no fix task, nor a compile task it already compiles for`, () => {
      for (const [task, i] of codeTasks(lesson)) {
        const g = grade(lesson, i, lesson.starter.code);
        assert.equal(g.passed, false, `${file}#/tasks/${i} passes on the untouched starter: ${g.message}`);
        if (task.kind === "compile" && lesson.starter.verdict.compiles)
          assert.ok(g.broken.length > 0, `${file}#/tasks/${i}: the starter compiles, so a constraint must ask for something new`);
      }
    });
    it(`${file}: no snippet leaves anything unchecked, so no grade says "not checked"`, () => {
      for (const code of [lesson.starter.code, lesson.solution.code]) assert.deepEqual(analyzer.analyze(code).unsupported, []);
    });
  }
});

test("lesson 4: each fix task names the sibling task whose error is left", { skip: noWasm ?? false }, () => {
  const l = byId["s1-04-mutable-borrows"];
  const onlyCount = l.starter.code.replace("let count = 0;", "let mut count = 0;");
  const g = grade(l, 1, onlyCount);
  assert.equal(g.passed, false);
  assert.match(g.message, /E0384 is gone, but the checker still reports another error \(E0596 on line 9\)\. Task 3 is about E0596/);
  assert.equal(grade(l, 1, l.solution.code).passed, true);
});

test("code the checker does not model is 'not checked', never a pass", { skip: noWasm ?? false }, () => {
  const l = byId["s1-01-who-owns-this-memory"];
  const result = { version: 1, status: "ok", diagnostics: [], unsupported: [{ line: 3, col: 1, end_line: 3, end_col: 2, reason: "trait objects are not analyzed yet" }] };
  const g = gradeCodeTask(l.tasks[1], result, null);
  assert.equal(g.passed, false);
  assert.equal(g.state, "unchecked");
  assert.match(g.message, /^Not checked: .*line 3: trait objects are not analyzed yet/);
});

describe("learners' fixes (fix-cases.js)", { concurrency: 4 }, () => {
  for (const c of FIX_CASES) {
    const lesson = byId[c.lesson];
    it(`${c.lesson} task ${c.task + 1}: ${c.name} ${c.passes ? "passes" : "fails"}`, async (t) => {
      assert.ok(lesson, `no lesson ${c.lesson}`);
      if (rustc) {
        const v = await rustcVerdict(c.code, rustc);
        const said = v.compiles ? "compiles" : [...new Set(v.errors.map((e) => e.code))].sort();
        assert.deepEqual(said, c.rustc, `rustc on this case: ${JSON.stringify(v)}`);
      }
      if (noWasm) return t.skip(noWasm);
      const g = grade(lesson, c.task, c.code);
      if (c.needs && !g.result.diagnostics.some((d) => d.code === c.needs))
        return t.skip(`the checker does not report ${c.needs} yet (type checking is not in the core): this case passes until it does`);
      assert.equal(g.passed, c.passes, g.message);
      if (c.broken) assert.deepEqual(g.broken, c.broken, g.message);
    });
  }
});
