// The lessons tell the truth: no text visible before a prediction gives the
// verdict away (tools/spoilers.js, also run by the validator and so by the
// web build), no text asks the learner to run code the page cannot run, and
// every lesson has a bridge for every background the page offers.
//
//   node --test lessons/test/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { LESSONS_DIR, validateLessons, validateLesson } from "../tools/validate.js";
import { spoilerProblems, secretVerdicts } from "../tools/spoilers.js";
import { BACKGROUNDS } from "../../web/src/store.js";

const { lessons } = validateLessons();
const lesson1 = JSON.parse(readFileSync(path.join(LESSONS_DIR, "spiral-1", "01-who-owns-this-memory.json"), "utf8"));
const lesson4 = JSON.parse(readFileSync(path.join(LESSONS_DIR, "spiral-1", "04-mutable-borrows.json"), "utf8"));
const lesson5 = JSON.parse(readFileSync(path.join(LESSONS_DIR, "spiral-1", "05-non-lexical-lifetimes.json"), "utf8"));
const lesson9 = JSON.parse(readFileSync(path.join(LESSONS_DIR, "spiral-1", "09-returning-references.json"), "utf8"));

test("the spoiler lint passes on every lesson", () => {
  assert.ok(lessons.length >= 16);
  for (const { file, lesson } of lessons) {
    assert.deepEqual(spoilerProblems(lesson), [], `${file} gives a prediction away`);
    assert.ok(secretVerdicts(lesson).length >= 1, `${file}: nothing to predict`);
  }
});

test("the lint names an error code or rustc's message of a secret verdict, wherever the learner sees it before predicting", () => {
  const l = structuredClone(lesson1);
  l.body += "\n\nThe checker answers E0382.";
  l.bridges.go += " Rust reports a *borrow of moved value* here.";
  l.tasks[0].prompt = "Does it compile? (Hint: `E0382`.)";
  const problems = spoilerProblems(l);
  const at = (p) => problems.filter((x) => x.pointer === p).map((x) => x.message);
  assert.match(at("/body").join("\n"), /names E0382, the verdict of the starter/);
  assert.match(at("/bridges/go").join("\n"), /quotes the message of E0382 \("borrow of moved value"\)/);
  assert.match(at("/tasks/0/prompt").join("\n"), /names E0382/);
  // The same text in a hint or an explanation is fine: the learner asks for those.
  const hinted = structuredClone(lesson1);
  hinted.hints[0] = "It is E0382: a borrow of moved value.";
  hinted.tasks[0].explanation = "E0382, *borrow of moved value*.";
  assert.deepEqual(spoilerProblems(hinted), []);
});

test("a fix task's prompt may name the starter's error, not the verdict of a predict task still open", () => {
  const l = structuredClone(lesson9);
  l.tasks[1].prompt = "Get rid of E0515 by returning the `String`.";
  assert.deepEqual(spoilerProblems(l), []);
  l.tasks[1].prompt = "Then look at E0106 in task 4.";
  assert.match(spoilerProblems(l).map((p) => p.message).join("\n"), /names E0106, the verdict of task 4's code/);
});

test("saying that a snippet to predict compiles is a spoiler too", () => {
  const l = structuredClone(lesson5);
  l.body += "\n\nSo it compiles.";
  assert.match(spoilerProblems(l).map((p) => `${p.pointer}: ${p.message}`).join("\n"), /^\/body: .*says that the starter compiles/m);
  // ...but not in a lesson where nothing to predict compiles (lesson 4).
  const l4 = structuredClone(lesson4);
  l4.body += "\n\nOnce fixed, it compiles.";
  assert.deepEqual(spoilerProblems(l4), []);
  assert.ok(secretVerdicts(l4).every((s) => !s.verdict.compiles));
});

test("no text asks the learner to run code: the page has no Run button", () => {
  const l = structuredClone(lesson1);
  l.body += "\n\nRun the code; notice the error.";
  l.tasks[0].prompt = "Predict before you run: does this compile?";
  l.hints[1] = "Run it again.";
  const problems = spoilerProblems(l);
  for (const p of ["/body", "/tasks/0/prompt", "/hints/1"])
    assert.match(problems.find((x) => x.pointer === p)?.message ?? "", /must not ask the learner to run code/, p);
  // Talking about a program that runs is fine.
  const ok = structuredClone(lesson1);
  ok.body += "\n\nNobody knows which until the program runs.";
  assert.deepEqual(spoilerProblems(ok), []);
});

test("the validator reports spoilers as lesson problems, so the build stops on them", () => {
  const l = structuredClone(lesson1);
  l.body += "\n\nRun the code; notice E0382.";
  const texts = validateLesson(l, path.join(LESSONS_DIR, "spiral-1", "01-who-owns-this-memory.json")).map((e) => e.text);
  assert.equal(texts.length, 2, texts.join("\n"));
  assert.match(texts.join("\n"), /\/body: must not give away a prediction: it names E0382/);
  assert.match(texts.join("\n"), /\/body: must not ask the learner to run code/);
});

test("every lesson has a note for every background the page offers", () => {
  const offered = BACKGROUNDS.map((b) => b.id).filter((id) => id !== "none");
  assert.deepEqual(offered.sort(), ["c", "go", "python", "ruby", "typescript"]);
  let notes = 0;
  for (const { file, lesson } of lessons) {
    for (const bg of offered) {
      const text = lesson.bridges?.[bg];
      assert.ok(typeof text === "string" && text.trim().length >= 40, `${file}: no ${bg} bridge`);
      notes++;
    }
  }
  assert.equal(notes, lessons.length * offered.length);
  assert.equal(notes, 80);
});
