// Print what rustc says about each snippet of some lessons, next to what the
// lesson declares, so authors copy verdicts from rustc instead of guessing.
//
//   node lessons/tools/verdicts.js                      # every lesson
//   node lessons/tools/verdicts.js lessons/spiral-1/05-*.json
//   node lessons/tools/verdicts.js some.rs              # a bare Rust file
//
// Each line: OK or DIFF, the snippet (file#/starter, #/solution, #/tasks/N),
// then the verdict as JSON ready to paste. Exits 1 on any DIFF.
import { readFileSync } from "node:fs";
import path from "node:path";
import { findRustc, rustcVerdict, rustcVersion } from "./rustc.js";
import { LESSONS_DIR, findLessonFiles } from "./validate.js";

// The snippets of a lesson that carry a declared verdict:
// [{ where: "/starter", code, verdict }].
export function lessonSnippets(lesson) {
  const out = [
    { where: "/starter", code: lesson.starter.code, verdict: lesson.starter.verdict },
    { where: "/solution", code: lesson.solution.code, verdict: lesson.solution.verdict },
  ];
  (lesson.tasks || []).forEach((t, i) => {
    if (t.kind === "predict" && t.code !== undefined) out.push({ where: `/tasks/${i}`, code: t.code, verdict: t.verdict });
  });
  return out;
}

// Reduce a verdict to its comparable form: sorted unique "CODE@line" keys.
export function verdictKey(v) {
  if (!v) return "(none)";
  if (v.compiles && !(v.errors && v.errors.length)) return "compiles";
  return [...new Set((v.errors || []).map((e) => `${e.code}@${e.line}`))].sort().join(" ");
}

// The declared-verdict JSON for an actual verdict (drops rustc's messages).
export function declarable(v) {
  return v.compiles ? { compiles: true } : { compiles: false, errors: v.errors.map(({ code, line }) => ({ code, line })) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const rustc = findRustc();
  if (!rustc) {
    console.error("rustc not found: install rustup or set $RUSTC");
    process.exit(2);
  }
  console.log(`# ${rustcVersion(rustc)}`);
  const args = process.argv.slice(2);
  const files = args.length ? args.map((a) => path.resolve(a)) : findLessonFiles(LESSONS_DIR);
  let diffs = 0;
  for (const file of files) {
    const shown = path.relative(process.cwd(), file);
    if (file.endsWith(".rs")) {
      const v = await rustcVerdict(readFileSync(file, "utf8"), rustc);
      console.log(`${shown}: ${JSON.stringify(declarable(v))}`);
      for (const e of v.errors || []) console.log(`  ${e.code} line ${e.line}: ${e.message}`);
      continue;
    }
    const lesson = JSON.parse(readFileSync(file, "utf8"));
    for (const s of lessonSnippets(lesson)) {
      const v = await rustcVerdict(s.code, rustc);
      const same = verdictKey(v) === verdictKey(s.verdict);
      if (!same) diffs++;
      console.log(`${same ? "OK  " : "DIFF"} ${shown}#${s.where}: ${JSON.stringify(declarable(v))}`);
      if (!same) console.log(`     declared: ${JSON.stringify(s.verdict)}`);
      for (const e of v.errors || []) console.log(`     ${e.code} line ${e.line}: ${e.message}`);
    }
  }
  process.exit(diffs ? 1 : 0);
}
