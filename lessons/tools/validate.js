// Validate every lesson file against lessons/schema.json and the rules a
// schema cannot say (unique ids, file name = order, a fix task's error is in
// the starter's verdict, no spoilers: tools/spoilers.js, ...). Run it:
//
//   node lessons/tools/validate.js [lessons-dir]
//
// It prints one line per problem, "FILE: /json/pointer: what was expected",
// and exits 1 if there is any. The web build and the tests import
// validateLessons() and lessonIndex() from here instead of re-reading files.
//
// Whether each declared verdict is what rustc really says is checked by
// lessons/test/verdicts.test.js (it needs rustc; this script does not), and
// whether the solution meets every task's constraints by
// lessons/test/constraints.test.js (it needs the wasm core).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { spoilerProblems } from "./spoilers.js";

const here = path.dirname(fileURLToPath(import.meta.url));

// The lessons folder of this repository (default for every function below).
export const LESSONS_DIR = path.resolve(here, "..");

// Lesson files are named NN-slug.json, inside a folder spiral-N.
const FILE_NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;
const SPIRAL_DIR = /^spiral-(\d+)$/;

let compiled = null;

// The ajv validate function for one lesson, compiled once.
export function lessonValidator(schemaPath = path.join(LESSONS_DIR, "schema.json")) {
  if (compiled && compiled.schemaPath === schemaPath) return compiled.validate;
  const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
  compiled = { schemaPath, validate: ajv.compile(schema) };
  return compiled.validate;
}

// Every lesson file under dir, sorted: all *.json except schema.json,
// anything under <dir>/test/fixtures and node_modules.
export function findLessonFiles(dir = LESSONS_DIR) {
  const root = path.resolve(dir);
  const skip = new Set([path.join(root, "test", "fixtures"), path.join(root, "node_modules")]);
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (skip.has(p)) continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".json") && p !== path.join(root, "schema.json")) out.push(p);
    }
  };
  walk(root);
  return out;
}

// One problem. `text` is the line printed for authors.
function problem(file, pointer, message) {
  const shown = path.relative(process.cwd(), file) || file;
  return { file: shown, pointer, message, text: `${shown}: ${pointer || "/"}: ${message}` };
}

// ajv's message plus the parameter that makes it actionable.
function describeAjvError(e) {
  const p = e.params || {};
  switch (e.keyword) {
    case "enum":
      return `${e.message} (${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")})`;
    case "const":
      return `${e.message} (${JSON.stringify(p.allowedValue)})`;
    case "additionalProperties":
      return `${e.message} ('${p.additionalProperty}')`;
    case "type":
      return `must be ${p.type}`;
    case "not":
      // The only "not" in the schema: a verdict that compiles lists no errors.
      if (e.schema && Array.isArray(e.schema.required) && e.schema.required.includes("errors"))
        return "must not have 'errors' when compiles is true";
      return e.message;
    default:
      return e.message;
  }
}

// Markdown may not carry raw HTML: the UI renders it with html disabled, so a
// tag would show up as text. Code spans and fences are exempt, which is also
// where `Vec<T>` belongs.
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>|<!--/;
function rawHtmlIn(markdown) {
  const prose = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  const m = prose.match(HTML_TAG);
  return m ? m[0] : null;
}

// Markdown fields of a lesson, as [pointer, text] pairs.
function markdownFields(lesson) {
  const out = [["/body", lesson.body]];
  lesson.hints.forEach((h, i) => out.push([`/hints/${i}`, h]));
  for (const [lang, text] of Object.entries(lesson.bridges || {})) out.push([`/bridges/${lang}`, text]);
  if (lesson.diagram_note) out.push(["/diagram_note", lesson.diagram_note]);
  const question = (q, at) => {
    if (q.question) out.push([`${at}/question`, q.question]);
    if (q.prompt) out.push([`${at}/prompt`, q.prompt]);
    if (q.explanation) out.push([`${at}/explanation`, q.explanation]);
    (q.choices || []).forEach((c, i) => out.push([`${at}/choices/${i}`, c]));
  };
  lesson.tasks.forEach((t, i) => question(t, `/tasks/${i}`));
  lesson.recall.forEach((q, i) => question(q, `/recall/${i}`));
  return out;
}

function lineCount(code) {
  return code.replace(/\n$/, "").split("\n").length;
}

function verdictErrorCodes(verdict) {
  return new Set((verdict.errors || []).map((e) => e.code));
}

// Rules for one schema-valid lesson that the schema cannot express.
// `file` is its absolute path.
export function checkLessonRules(lesson, file) {
  const errs = [];
  const add = (pointer, message) => errs.push(problem(file, pointer, message));

  // File name, folder, id and placement agree.
  const base = path.basename(file);
  const m = base.match(FILE_NAME);
  if (!m) {
    add("", `file name must look like NN-slug.json (two digits, kebab-case slug), got '${base}'`);
  } else {
    const [, nn, slug] = m;
    if (Number(nn) !== lesson.placement.order)
      add("/placement/order", `must be ${Number(nn)} to match the file name '${base}', got ${lesson.placement.order}`);
    const want = `s${lesson.placement.spiral}-${nn}-${slug}`;
    if (lesson.id !== want) add("/id", `must be '${want}' (s<spiral>-<NN>-<slug> from the file name), got '${lesson.id}'`);
  }
  const dir = path.basename(path.dirname(file)).match(SPIRAL_DIR);
  if (dir && Number(dir[1]) !== lesson.placement.spiral)
    add("/placement/spiral", `must be ${dir[1]} to match the folder spiral-${dir[1]}, got ${lesson.placement.spiral}`);

  // Verdict lines exist in their code.
  const snippets = [["/starter", lesson.starter], ["/solution", lesson.solution]];
  lesson.tasks.forEach((t, i) => {
    if (t.kind === "predict" && t.code !== undefined) snippets.push([`/tasks/${i}`, t]);
  });
  for (const [at, s] of snippets) {
    const n = lineCount(s.code);
    (s.verdict.errors || []).forEach((e, i) => {
      if (e.line > n) add(`${at}/verdict/errors/${i}/line`, `must be at most ${n}, the number of lines in ${at}/code, got ${e.line}`);
    });
  }

  // rustlings' rule: the solution passes.
  if (!lesson.solution.verdict.compiles)
    add("/solution/verdict/compiles", "must be true: a solution has to compile");
  if (lesson.solution.code === lesson.starter.code)
    add("/solution/code", "must differ from /starter/code");

  const starterErrors = verdictErrorCodes(lesson.starter.verdict);
  let predicts = 0;
  lesson.tasks.forEach((t, i) => {
    const at = `/tasks/${i}`;
    if (t.kind === "predict") {
      predicts++;
      // The answer of a predict task is a verdict: its own, or the starter's.
      const verdict = t.code !== undefined ? t.verdict : lesson.starter.verdict;
      if (!verdict) add(at, "must have a verdict to compare the prediction with (give 'code' and 'verdict', or neither to use the starter)");
    }
    if (t.kind === "fix" && !starterErrors.has(t.error))
      add(`${at}/error`, `must be one of the starter's error codes (${[...starterErrors].join(", ") || "none: the starter compiles"}), got '${t.error}'`);
    if (t.kind === "recall" && t.choices && t.answer >= t.choices.length)
      add(`${at}/answer`, `must be an index into choices (0..${t.choices.length - 1}), got ${t.answer}`);
  });
  if (predicts === 0) add("/tasks", "must contain at least one task of kind 'predict' (predict before the checker answers)");
  lesson.recall.forEach((q, i) => {
    if (q.choices && q.answer >= q.choices.length)
      add(`/recall/${i}/answer`, `must be an index into choices (0..${q.choices.length - 1}), got ${q.answer}`);
  });

  for (const [at, text] of markdownFields(lesson)) {
    const tag = rawHtmlIn(text);
    if (tag) add(at, `must be Markdown without raw HTML, found '${tag}' (put code such as \`Vec<T>\` in backticks)`);
  }
  for (const { pointer, message } of spoilerProblems(lesson)) add(pointer, message);
  return errs;
}

// Validate one parsed lesson (schema, then the per-lesson rules).
export function validateLesson(lesson, file) {
  const validate = lessonValidator();
  if (!validate(lesson)) {
    const seen = new Set();
    const errs = [];
    for (const e of validate.errors) {
      if (e.keyword === "if") continue; // "must match then schema": the branch's own errors say why
      const p = problem(file, e.instancePath, describeAjvError(e));
      if (!seen.has(p.text)) {
        seen.add(p.text);
        errs.push(p);
      }
    }
    return errs;
  }
  return checkLessonRules(lesson, file);
}

// Read and validate one lesson file on its own (schema and per-lesson rules,
// no cross-file rules). Returns the list of problems, empty when valid.
export function validateLessonFile(file) {
  const abs = path.resolve(file);
  let lesson;
  try {
    lesson = JSON.parse(readFileSync(abs, "utf8"));
  } catch (e) {
    return [problem(abs, "", `must be valid JSON: ${e.message}`)];
  }
  return validateLesson(lesson, abs);
}

// Rules across files: unique ids, one lesson per (spiral, order), and the
// lessons of a module sit next to each other in the order.
function checkAcrossFiles(entries) {
  const errs = [];
  const byId = new Map();
  const byPlace = new Map();
  for (const { path: file, lesson } of entries) {
    const other = byId.get(lesson.id);
    if (other) errs.push(problem(file, "/id", `must be unique, '${lesson.id}' is also used by ${path.relative(process.cwd(), other)}`));
    else byId.set(lesson.id, file);
    const key = `${lesson.placement.spiral}/${lesson.placement.order}`;
    const same = byPlace.get(key);
    if (same) errs.push(problem(file, "/placement/order", `must be unique within spiral ${lesson.placement.spiral}, ${lesson.placement.order} is also used by ${path.relative(process.cwd(), same)}`));
    else byPlace.set(key, file);
  }
  const sorted = sortEntries(entries);
  const closed = new Set(); // "spiral/module" whose run of lessons has ended
  for (let i = 0; i < sorted.length; i++) {
    const { placement: p } = sorted[i].lesson;
    const key = `${p.spiral}/${p.module}`;
    if (closed.has(key))
      errs.push(problem(sorted[i].path, "/placement/module", `lessons of module '${p.module}' must have consecutive orders in spiral ${p.spiral}; order ${p.order} comes after another module began`));
    const next = sorted[i + 1];
    if (!next || next.lesson.placement.spiral !== p.spiral || next.lesson.placement.module !== p.module) closed.add(key);
  }
  return errs;
}

function sortEntries(entries) {
  return [...entries].sort(
    (a, b) => a.lesson.placement.spiral - b.lesson.placement.spiral || a.lesson.placement.order - b.lesson.placement.order,
  );
}

// Load and validate every lesson under dir.
// Returns { lessons, errors }:
//   lessons: [{ file, path, lesson }] for every file that parsed as JSON,
//            sorted by spiral then order; `file` is relative to dir with "/"
//            separators ("spiral-1/01-who-owns-this-memory.json"), `path` is
//            absolute, `lesson` is the parsed object, unchanged.
//   errors:  [{ file, pointer, message, text }], empty when all is well;
//            `text` is "FILE: /pointer: message".
// Use the lessons only when errors is empty.
export function validateLessons(dir = LESSONS_DIR) {
  const root = path.resolve(dir);
  const entries = [];
  const errors = [];
  for (const file of findLessonFiles(root)) {
    let lesson;
    try {
      lesson = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      errors.push(problem(file, "", `must be valid JSON: ${e.message}`));
      continue;
    }
    const errs = validateLesson(lesson, file);
    errors.push(...errs);
    entries.push({ file: path.relative(root, file).split(path.sep).join("/"), path: file, lesson, valid: errs.length === 0 });
  }
  // Cross-file rules need well-formed placements.
  errors.push(...checkAcrossFiles(entries.filter((e) => e.valid)));
  const lessons = sortEntries(entries).map(({ file, path: p, lesson }) => ({ file, path: p, lesson }));
  return { lessons, errors };
}

// The lesson list for the UI, sorted by spiral then order (modules are
// contiguous runs): [{ id, title, placement, concepts, file }], `file` as in
// validateLessons. Pass validateLessons(dir).lessons.
export function lessonIndex(lessons) {
  return sortEntries(lessons).map(({ file, lesson }) => ({
    id: lesson.id,
    title: lesson.title,
    placement: { ...lesson.placement },
    concepts: [...lesson.concepts],
    file,
  }));
}

// validateLessons + lessonIndex for a build: throws one Error listing every
// problem if any lesson is invalid.
export function loadLessonIndex(dir = LESSONS_DIR) {
  const { lessons, errors } = validateLessons(dir);
  if (errors.length) throw new Error(`invalid lessons:\n${errors.map((e) => e.text).join("\n")}`);
  return lessonIndex(lessons);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : LESSONS_DIR;
  const { lessons, errors } = validateLessons(dir);
  for (const e of errors) console.error(e.text);
  if (errors.length) {
    console.error(`${errors.length} problem(s) in ${lessons.length} lesson file(s)`);
    process.exit(1);
  }
  console.log(`${lessons.length} lesson(s) valid`);
}
