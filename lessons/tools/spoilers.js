// The spoiler lint: a lesson's text must not give away a verdict the learner
// is asked to predict, and must not tell the learner to do what the page
// cannot do (there is no Run button: "the checker says", not "run the code").
//
//   import { spoilerProblems } from "./spoilers.js";
//   spoilerProblems(lesson) -> [{ pointer, message }]
//
// validate.js adds these to every lesson's problems, so the web build and
// the lesson tests fail on them. What counts as visible before a prediction
// follows what the page shows (web/src/lesson-page.js):
//   - always on screen: the body, the bridges, every predict task's prompt;
//     none may name the error code or the message of any secret verdict
//     (the starter's, when a predict task asks about it, and every predict
//     task's own code), nor say that a secret that compiles "compiles";
//   - fix and compile tasks open once the starter's prediction is answered:
//     their prompts may talk about the starter, not about the verdicts of
//     predict tasks with their own code;
//   - recall questions open once every prediction is answered, and hints,
//     explanations and the diagram note only on request or after answering:
//     they are checked for "run" wording only.

// rustc's messages for the codes lessons may declare, as phrases a text
// would use to quote them (matched case-insensitively, without Markdown).
export const ERROR_MESSAGES = {
  E0382: [/\b(borrow|use) of (a )?(partially )?moved value/, /\bmoved value\b/, /\bvalue (was )?(moved|used) here\b/, /\bafter (a |the )?move\b/],
  E0499: [/\bmore than once at a time\b/],
  E0502: [/\balso borrowed as (im)?mutable\b/, /\bbecause it is also borrowed\b/],
  E0503: [/\bbecause it was mutably borrowed\b/],
  E0505: [/\bcannot move out of\b.*\bbecause it is borrowed\b/],
  E0506: [/\bcannot assign to\b.*\bbecause it is borrowed\b/],
  E0597: [/\bdoes not live long enough\b/, /\bdropped here while still borrowed\b/],
  E0716: [/\btemporary value dropped while borrowed\b/],
  E0515: [/\bcannot return (a )?reference to (a )?(local|temporary)/, /\breturns a (value|reference) referencing data owned by the current function\b/],
  E0106: [/\bmissing lifetime specifier\b/],
  E0373: [/\bmay outlive (the current function|borrowed value)\b/],
  E0384: [/\bcannot assign twice to (an )?immutable variable\b/],
  E0596: [/\bnot declared as mutable\b/, /\bcannot borrow\b.*\bas mutable, as\b/],
  E0594: [/\bcannot assign to\b.*\bwhich is behind\b/],
  E0507: [/\bcannot move out of\b.*\bbehind a (shared|mutable) reference\b/, /\bwhich is behind a shared reference\b/],
  E0381: [/\bisn't initialized\b/, /\bused binding\b/],
};

// Saying that a snippet compiles, when that is the answer to predict.
const COMPILES = [/\b(it|this|that|the code|the program|the snippet) (still |also |then )?compiles\b/, /\bcompiles (fine|cleanly|without)\b/];

// Telling the learner to run code: the page has no Run button.
const RUN = [/\brun (the|this|your|that) (code|program|snippet)\b/, /\bbefore you run\b/, /\b(you|we) run it\b/, /^run\b/m, /[.!?]\s+run\b/];

// Prose only: code spans and fences quote code, and emphasis would split a
// phrase ("does *not* live").
function prose(markdown) {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/`[^`\n]*`/g, "`x`")
    .replace(/[*_]+/g, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

// The error codes named in a text, code spans included (`E0382` counts).
function codesIn(markdown) {
  return new Set(markdown.match(/\bE\d{4}\b/g) || []);
}

// The verdicts a learner is asked to predict, each with where it comes from.
export function secretVerdicts(lesson) {
  const secrets = [];
  lesson.tasks.forEach((t, i) => {
    if (t.kind !== "predict") return;
    if (t.code === undefined) secrets.push({ verdict: lesson.starter.verdict, of: "the starter", starter: true, task: i });
    else if (t.verdict) secrets.push({ verdict: t.verdict, of: `task ${i + 1}'s code`, starter: false, task: i });
  });
  return secrets;
}

function reveals(text, secrets) {
  const out = [];
  const plain = prose(text);
  const codes = codesIn(text);
  for (const s of secrets) {
    if (s.verdict.compiles) {
      const hit = COMPILES.find((re) => re.test(plain));
      if (hit) out.push(`must not give away a prediction: it says that ${s.of} compiles ("${plain.match(hit)[0]}"), which the learner is asked to predict`);
      continue;
    }
    for (const e of s.verdict.errors || []) {
      if (codes.has(e.code)) out.push(`must not give away a prediction: it names ${e.code}, the verdict of ${s.of}, which the learner is asked to predict`);
      const hit = (ERROR_MESSAGES[e.code] || []).find((re) => re.test(plain));
      if (hit) out.push(`must not give away a prediction: it quotes the message of ${e.code} ("${plain.match(hit)[0]}"), the verdict of ${s.of}, which the learner is asked to predict`);
    }
  }
  return [...new Set(out)];
}

function runWording(text) {
  const plain = prose(text);
  const hit = RUN.find((re) => re.test(plain));
  return hit ? `must not ask the learner to run code: it says "${plain.match(hit)[0].replace(/^[.!?]\s+/, "")}", and the page has no Run button (say what the checker says)` : null;
}

// Every spoiler problem of a lesson (already valid against the schema).
export function spoilerProblems(lesson) {
  const problems = [];
  const add = (pointer, message) => problems.push({ pointer, message });
  const secrets = secretVerdicts(lesson);
  const ownCode = secrets.filter((s) => !s.starter);

  const always = [["/body", lesson.body]];
  for (const [lang, text] of Object.entries(lesson.bridges || {})) always.push([`/bridges/${lang}`, text]);
  const afterStarter = [];
  lesson.tasks.forEach((t, i) => {
    if (t.kind === "predict") always.push([`/tasks/${i}/prompt`, t.prompt]);
    else if (t.kind === "fix" || t.kind === "compile") afterStarter.push([`/tasks/${i}/prompt`, t.prompt]);
  });
  for (const [at, text] of always) for (const m of reveals(text, secrets)) add(at, m);
  for (const [at, text] of afterStarter) for (const m of reveals(text, ownCode)) add(at, m);

  // "Run" wording anywhere the learner reads.
  const everywhere = [...always, ...afterStarter];
  lesson.hints.forEach((h, i) => everywhere.push([`/hints/${i}`, h]));
  if (lesson.diagram_note) everywhere.push(["/diagram_note", lesson.diagram_note]);
  const question = (q, at) => {
    for (const key of ["question", "explanation"]) if (q[key]) everywhere.push([`${at}/${key}`, q[key]]);
    if (typeof q.answer === "string") everywhere.push([`${at}/answer`, q.answer]);
    (q.choices || []).forEach((c, j) => everywhere.push([`${at}/choices/${j}`, c]));
  };
  lesson.tasks.forEach((t, i) => {
    if (t.kind === "predict" && t.explanation) everywhere.push([`/tasks/${i}/explanation`, t.explanation]);
    if (t.kind === "recall") question(t, `/tasks/${i}`);
  });
  lesson.recall.forEach((q, i) => question(q, `/recall/${i}`));
  for (const [at, text] of everywhere) {
    const m = runWording(text);
    if (m) add(at, m);
  }
  return problems;
}
