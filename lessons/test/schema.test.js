// The lesson format: every real lesson is valid, the broken fixtures fail
// with a message naming the file and the field, and each cross-file rule of
// lessons/tools/validate.js rejects what it should.
//
//   node --test lessons/test/
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  LESSONS_DIR,
  lessonIndex,
  validateLesson,
  validateLessonFile,
  validateLessons,
} from "../tools/validate.js";
import { readmeExample } from "./readme-example.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, "fixtures");
const base = JSON.parse(readFileSync(path.join(LESSONS_DIR, "spiral-1", "01-who-owns-this-memory.json"), "utf8"));

// A lesson derived from lesson 1, renamed to fit file NN-slug in spiral 1.
function lessonAt(nn, slug, change = () => {}) {
  const l = structuredClone(base);
  l.id = `s1-${nn}-${slug}`;
  l.placement.order = Number(nn);
  change(l);
  return l;
}

// Write { "spiral-1/01-a.json": lesson, ... } to a fresh directory and
// validate it. The directory is removed afterwards.
function validateTree(files) {
  const dir = mkdtempSync(path.join(tmpdir(), "borrowmap-lessons-"));
  try {
    for (const [rel, lesson] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), typeof lesson === "string" ? lesson : JSON.stringify(lesson));
    }
    const result = validateLessons(dir);
    // Paths in messages are relative to cwd; keep only the part inside dir.
    const texts = result.errors.map((e) => `${path.relative(dir, path.resolve(e.file))}: ${e.pointer || "/"}: ${e.message}`);
    return { ...result, texts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Exactly one error at file + pointer whose message matches pattern.
function assertOneError(texts, file, pointer, pattern) {
  const hits = texts.filter((t) => t.startsWith(`${file}: ${pointer}: `) && pattern.test(t));
  assert.equal(hits.length, 1, `expected one error at ${file}: ${pointer} matching ${pattern}, got:\n${texts.join("\n")}`);
}

test("every lesson under lessons/ is valid", () => {
  const { lessons, errors } = validateLessons();
  assert.deepEqual(errors.map((e) => e.text), []);
  assert.ok(lessons.length >= 16, `expected at least 16 lessons, found ${lessons.length}`);
});

test("spiral 1 has the 16 lessons of curriculum.md, numbered 1 to 16", () => {
  const { lessons } = validateLessons();
  const s1 = lessons.filter((l) => l.lesson.placement.spiral === 1);
  assert.deepEqual(s1.map((l) => l.lesson.placement.order), Array.from({ length: 16 }, (_, i) => i + 1));
  for (const { file, lesson } of s1) {
    assert.match(file, /^spiral-1\/\d\d-[a-z0-9-]+\.json$/);
    assert.ok(lesson.tasks.some((t) => t.kind === "predict"), `${file}: no predict task`);
    assert.ok(lesson.tasks.some((t) => t.kind === "fix" || t.kind === "compile"), `${file}: no fix or compile task`);
    assert.ok(lesson.hints.length >= 2 && lesson.hints.length <= 3, `${file}: needs 2-3 hints`);
    assert.ok(lesson.recall.length >= 2, `${file}: needs 2+ recall questions`);
    assert.ok(lesson.bridges.python, `${file}: needs a python bridge`);
    assert.ok(["go", "typescript", "c", "ruby"].some((k) => lesson.bridges[k]), `${file}: needs a go/typescript/c/ruby bridge`);
    for (const s of [lesson.starter, lesson.solution]) {
      const n = s.code.trimEnd().split("\n").length;
      assert.ok(n >= 5 && n <= 25, `${file}: snippet of ${n} lines, keep it 5-25`);
    }
  }
});

test("schema.json and the fixtures are not loaded as lessons", () => {
  const { lessons } = validateLessons();
  const files = lessons.map((l) => l.file);
  assert.ok(!files.includes("schema.json"));
  assert.deepEqual(files.filter((f) => f.startsWith("test/")), []);
  assert.ok(existsSync(path.join(FIXTURES, "01-missing-title.json")), "fixtures exist, so the exclusion is what keeps them out");
});

test("fixture without a title fails at the root, naming title", () => {
  const errors = validateLessonFile(path.join(FIXTURES, "01-missing-title.json"));
  assert.deepEqual(errors.map((e) => e.text), [
    `${path.relative(process.cwd(), path.join(FIXTURES, "01-missing-title.json"))}: /: must have required property 'title'`,
  ]);
});

test("fixture with an unknown task kind fails at /tasks/1/kind, listing the kinds", () => {
  const errors = validateLessonFile(path.join(FIXTURES, "02-wrong-task-kind.json"));
  assert.equal(errors.length, 1, errors.map((e) => e.text).join("\n"));
  assert.match(errors[0].file, /fixtures\/02-wrong-task-kind\.json$/);
  assert.equal(errors[0].pointer, "/tasks/1/kind");
  assert.match(errors[0].text, /02-wrong-task-kind\.json: \/tasks\/1\/kind: must be equal to one of the allowed values \("compile", "predict", "fix", "recall"\)$/);
});

test("fixture with compiles:false and no errors fails at /starter/verdict", () => {
  const errors = validateLessonFile(path.join(FIXTURES, "03-bad-verdict.json"));
  assert.equal(errors.length, 1, errors.map((e) => e.text).join("\n"));
  assert.match(errors[0].text, /03-bad-verdict\.json: \/starter\/verdict: must have required property 'errors'$/);
});

test("validating the fixtures folder reports each broken file once, and nothing else", () => {
  const { errors } = validateLessons(FIXTURES);
  assert.deepEqual(errors.map((e) => path.basename(e.file)).sort(), [
    "01-missing-title.json",
    "02-wrong-task-kind.json",
    "03-bad-verdict.json",
  ]);
});

test("a verdict with errors while compiling is rejected", () => {
  const { texts } = validateTree({
    "spiral-1/01-a.json": lessonAt("01", "a", (l) => { l.solution.verdict.errors = [{ code: "E0382", line: 1 }]; }),
  });
  assertOneError(texts, "spiral-1/01-a.json", "/solution/verdict", /must not have 'errors' when compiles is true/);
});

test("invalid JSON is reported with the file", () => {
  const { texts } = validateTree({ "spiral-1/01-a.json": "{ not json" });
  assertOneError(texts, "spiral-1/01-a.json", "/", /must be valid JSON/);
});

test("file number, id and folder must agree with placement", () => {
  const { texts } = validateTree({
    "spiral-1/03-x.json": lessonAt("04", "x"),
    "spiral-2/05-y.json": lessonAt("05", "y"),
  });
  assertOneError(texts, "spiral-1/03-x.json", "/placement/order", /must be 3 to match the file name '03-x.json', got 4/);
  assertOneError(texts, "spiral-1/03-x.json", "/id", /must be 's1-03-x'/);
  assertOneError(texts, "spiral-2/05-y.json", "/placement/spiral", /must be 2 to match the folder spiral-2, got 1/);
  assert.equal(texts.length, 3, texts.join("\n"));
});

test("ids and (spiral, order) must be unique across files", () => {
  const { texts } = validateTree({
    "spiral-1/01-a.json": lessonAt("01", "a"),
    "extra/01-a.json": lessonAt("01", "a"),
  });
  assertOneError(texts, "spiral-1/01-a.json", "/id", /must be unique, 's1-01-a' is also used by .*extra\/01-a\.json/);
  assertOneError(texts, "spiral-1/01-a.json", "/placement/order", /must be unique within spiral 1/);
});

test("lessons of one module must be consecutive", () => {
  const mod = (name) => (l) => { l.placement.module = name; };
  const { texts } = validateTree({
    "spiral-1/01-a.json": lessonAt("01", "a", mod("Ownership")),
    "spiral-1/02-b.json": lessonAt("02", "b", mod("Borrowing")),
    "spiral-1/03-c.json": lessonAt("03", "c", mod("Ownership")),
  });
  assert.equal(texts.length, 1, texts.join("\n"));
  assertOneError(texts, "spiral-1/03-c.json", "/placement/module", /module 'Ownership' must have consecutive orders/);
});

test("a fix task's error must be in the starter's verdict", () => {
  const { texts } = validateTree({
    "spiral-1/01-a.json": lessonAt("01", "a", (l) => { l.tasks[1].error = "E0499"; }),
  });
  assertOneError(texts, "spiral-1/01-a.json", "/tasks/1/error", /must be one of the starter's error codes \(E0382\), got 'E0499'/);
});

test("fix and compile tasks state their rules as constraints, never as required substrings", () => {
  const { texts } = validateTree({
    "spiral-1/01-a.json": lessonAt("01", "a", (l) => {
      l.tasks[1].required = ["let b = a;"];
    }),
    "spiral-1/02-b.json": lessonAt("02", "b", (l) => { delete l.tasks[1].constraints; }),
    "spiral-1/03-c.json": lessonAt("03", "c", (l) => { l.tasks[1].constraints = []; }),
  });
  assertOneError(texts, "spiral-1/01-a.json", "/tasks/1", /must NOT have additional properties \('required'\)/);
  assertOneError(texts, "spiral-1/02-b.json", "/tasks/1", /must have required property 'constraints'/);
  assertOneError(texts, "spiral-1/03-c.json", "/tasks/1/constraints", /must NOT have fewer than 1 items/);
});

test("a constraint is checked against its kind's fields", () => {
  const { texts } = validateTree({
    "spiral-1/01-a.json": lessonAt("01", "a", (l) => {
      l.tasks[1].constraints = [
        { kind: "let", name: "b", init: "a" },
        { kind: "lett", name: "b" },
        { kind: "param", fn: "main", param: 0 },
        { kind: "call", callee: "f", method: "g" },
        { kind: "call", callee: "f", passes: "borrow" },
        { kind: "prints", name: "not a name" },
        { kind: "let", name: "b", scope: "somewhere" },
      ];
    }),
  });
  const at = (i) => `/tasks/1/constraints/${i}`;
  assertOneError(texts, "spiral-1/01-a.json", `${at(1)}/kind`, /must be equal to one of the allowed values \("param", "returns", "field", "let", "assign", "prints", "call", "match", "for", "closure", "try"\)/);
  assertOneError(texts, "spiral-1/01-a.json", at(2), /must have required property 'type'/);
  assertOneError(texts, "spiral-1/01-a.json", at(3), /must match exactly one schema in oneOf/);
  assertOneError(texts, "spiral-1/01-a.json", at(4), /must have property arg when property passes is present/);
  assertOneError(texts, "spiral-1/01-a.json", `${at(5)}/name`, /must match pattern/);
  assertOneError(texts, "spiral-1/01-a.json", `${at(6)}/scope`, /must be equal to one of the allowed values \("fn-body", "inner-block"\)/);
  assert.ok(!texts.some((t) => t.includes(`${at(0)}:`)), texts.join("\n"));
});

test("a predict task needs a verdict when it brings its own code", () => {
  const { texts } = validateTree({
    "spiral-1/01-a.json": lessonAt("01", "a", (l) => { delete l.tasks[2].verdict; }),
  });
  assertOneError(texts, "spiral-1/01-a.json", "/tasks/2", /must have property verdict when property code is present/);
});

test("every lesson needs a predict task", () => {
  const { texts } = validateTree({
    "spiral-1/01-a.json": lessonAt("01", "a", (l) => { l.tasks = l.tasks.filter((t) => t.kind !== "predict"); }),
  });
  assertOneError(texts, "spiral-1/01-a.json", "/tasks", /at least one task of kind 'predict'/);
});

test("the solution must compile, and verdict lines must exist", () => {
  const { texts } = validateTree({
    "spiral-1/01-a.json": lessonAt("01", "a", (l) => {
      l.solution.verdict = { compiles: false, errors: [{ code: "E0382", line: 2 }] };
      l.starter.verdict.errors[0].line = 40;
    }),
  });
  assertOneError(texts, "spiral-1/01-a.json", "/solution/verdict/compiles", /must be true/);
  assertOneError(texts, "spiral-1/01-a.json", "/starter/verdict/errors/0/line", /must be at most 10, the number of lines in \/starter\/code, got 40/);
});

test("Markdown fields may not carry raw HTML, but code spans may hold generics", () => {
  const { texts } = validateTree({
    "spiral-1/01-a.json": lessonAt("01", "a", (l) => {
      l.body += "\n\nA `Vec<T>` is fine in backticks, but <b>bold</b> is not.";
      l.hints[0] = "Think about Box<T>.";
    }),
  });
  assert.equal(texts.length, 2, texts.join("\n"));
  assertOneError(texts, "spiral-1/01-a.json", "/body", /found '<b>'/);
  assertOneError(texts, "spiral-1/01-a.json", "/hints/0", /found '<T>'/);
});

test("a multiple-choice answer must index into its choices", () => {
  const { texts } = validateTree({
    "spiral-1/01-a.json": lessonAt("01", "a", (l) => { l.recall[0].answer = 4; }),
    // Without choices the answer is a model answer, so it must be a string.
    "spiral-1/02-b.json": lessonAt("02", "b", (l) => { l.recall[1].answer = 2; }),
  });
  assert.equal(texts.length, 2, texts.join("\n"));
  assertOneError(texts, "spiral-1/01-a.json", "/recall/0/answer", /must be an index into choices \(0\.\.3\), got 4/);
  assertOneError(texts, "spiral-1/02-b.json", "/recall/1/answer", /must be string/);
});

test("lessonIndex lists lessons by spiral then order with the fields the UI uses", () => {
  const { lessons } = validateLessons();
  const shuffled = [...lessons].reverse();
  const index = lessonIndex(shuffled);
  assert.equal(index.length, lessons.length);
  for (const entry of index) {
    assert.deepEqual(Object.keys(entry).sort(), ["concepts", "file", "id", "placement", "title"]);
    assert.ok(existsSync(path.join(LESSONS_DIR, entry.file)), `${entry.file} exists`);
  }
  const keys = index.map((e) => e.placement.spiral * 1000 + e.placement.order);
  assert.deepEqual(keys, [...keys].sort((a, b) => a - b));
  assert.equal(index[0].id, "s1-01-who-owns-this-memory");
  assert.equal(index[0].file, "spiral-1/01-who-owns-this-memory.json");
  assert.deepEqual(index[0].placement, { spiral: 1, module: "Ownership", order: 1 });
});

test("the example lesson in lessons/README.md is valid next to the real lessons", () => {
  const example = readmeExample();
  assert.deepEqual(validateLesson(example, path.join(LESSONS_DIR, "spiral-1", "17-moves-in-loops.json")).map((e) => e.text), []);
  const files = { "spiral-1/17-moves-in-loops.json": example };
  for (const { file, lesson } of validateLessons().lessons) files[file] = lesson;
  const { texts, lessons } = validateTree(files);
  assert.deepEqual(texts, []);
  assert.equal(lessons.at(-1).lesson.id, "s1-17-moves-in-loops");
});
