// Run real rustc on a Rust snippet and reduce its diagnostics to a verdict:
// { compiles: true } or { compiles: false, errors: [{ code, line, message }] }.
// Lines are 1-based and come from the primary span of each error, as rustc
// prints them. Used by lessons/test/verdicts.test.js and by
// lessons/tools/verdicts.js, so authors and tests see the same thing.
import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir, homedir } from "node:os";
import path from "node:path";

// Where rustc lives: $RUSTC, then PATH, then ~/.cargo/bin. Returns the path,
// or null when rustc cannot be run here.
export function findRustc() {
  const candidates = [];
  if (process.env.RUSTC) candidates.push(process.env.RUSTC);
  candidates.push("rustc");
  candidates.push(path.join(homedir(), ".cargo", "bin", "rustc"));
  for (const c of candidates) {
    if (c !== "rustc" && !existsSync(c)) continue;
    const r = spawnSync(c, ["--version"], { encoding: "utf8" });
    if (r.status === 0) return c;
  }
  return null;
}

// "rustc 1.95.0 (59807616e 2026-04-14)" or null.
export function rustcVersion(rustc = findRustc()) {
  if (!rustc) return null;
  const r = spawnSync(rustc, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

// The rustc flags every declared verdict is checked with.
export function rustcArgs(file, out) {
  return [
    "--edition", "2024",
    "--crate-type", "bin",
    "--emit=metadata",
    "-o", out,
    "--error-format=json",
    file,
  ];
}

// Turn rustc's JSON diagnostics (one object per stderr line) into a verdict.
// Only level "error" counts; the closing "aborting due to N errors" message
// has no span and is dropped. An error without a code keeps code null, which
// no lesson can declare, so it shows up as a mismatch.
export function verdictFromDiagnostics(stderr) {
  const errors = [];
  for (const line of stderr.split("\n")) {
    if (!line.startsWith("{")) continue;
    let d;
    try {
      d = JSON.parse(line);
    } catch {
      continue;
    }
    if (d.$message_type && d.$message_type !== "diagnostic") continue;
    if (d.level !== "error") continue;
    const primary = (d.spans || []).find((s) => s.is_primary);
    if (!primary) continue;
    errors.push({
      code: d.code ? d.code.code : null,
      line: primary.line_start,
      message: d.message,
    });
  }
  return errors.length === 0 ? { compiles: true } : { compiles: false, errors };
}

// Compile `code` with rustc and return its verdict. Throws if rustc cannot run.
export async function rustcVerdict(code, rustc = findRustc()) {
  if (!rustc) throw new Error("rustc not found (set $RUSTC or install rustup)");
  const dir = await mkdtemp(path.join(tmpdir(), "borrowmap-lesson-"));
  try {
    const file = path.join(dir, "main.rs");
    await writeFile(file, code);
    const stderr = await new Promise((resolve, reject) => {
      execFile(rustc, rustcArgs(file, path.join(dir, "out.rmeta")),
        { encoding: "utf8", maxBuffer: 16 << 20 },
        (err, _stdout, stderr) => {
          // A failing compile exits 1, which is a verdict, not a failure.
          if (err && typeof err.code !== "number") reject(err);
          else resolve(stderr);
        });
    });
    return verdictFromDiagnostics(stderr);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
