#!/usr/bin/env python3
"""Output agreement between `borrowmap run` and the real program.

Every program of the given corpus files with expect.compiles == true is
built with rustc (its edition; 2021 when the case names none), run, and
compared with `borrowmap run`: stdout byte for byte, and the panic status
(exit 0, 101, or another status). Programs are skipped by a printed rule:

  library        a library crate: nothing to run
  stdin          reads standard input
  threads        uses threads or channels
  random         uses randomness
  time           reads the clock or sleeps
  env-fs         reads the environment, arguments or files
  no-build       rustc cannot build it here (an external crate, ...)
  timeout        the real program does not finish in 10 s
  nondeterministic  its output differs between runs (HashMap / HashSet
                 iteration order)
  silent         prints nothing and does not panic: nothing to compare

Usage: run_agreement.py --borrowmap PATH [--rustc PATH] [--cache DIR]
                        [--min N] [-q] FILE.jsonl...
Exit status: 0 when at least N programs agree (--min), 1 otherwise, 77
when rustc is absent (the ctest wrapper turns that into a skip).
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

RULES = [
    ("stdin", re.compile(r"\bstdin\b|read_line|io::Read\b")),
    ("threads", re.compile(r"\bthread::|\bspawn\b|mpsc::|std::sync::(Mutex|RwLock|Barrier|Condvar)")),
    ("random", re.compile(r"\brand::|\brandom\b")),
    ("time", re.compile(r"\bInstant\b|SystemTime|\bsleep\b|time::Duration")),
    ("env-fs", re.compile(r"\benv::(args|var)|\bfs::|\bFile::|\bPath::")),
]


def run(cmd, timeout, stdin=b""):
    try:
        p = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, b"", b""


def status_word(code):
    if code == 0:
        return "ok"
    if code == 101:
        return "panic"
    return "exit %s" % code


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--borrowmap", required=True)
    ap.add_argument("--rustc")
    ap.add_argument("--cache")
    ap.add_argument("--min", type=int, default=0)
    ap.add_argument("-q", action="store_true")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()

    rustc = a.rustc or shutil.which("rustc") or os.path.expanduser("~/.cargo/bin/rustc")
    if not rustc or not os.path.exists(rustc):
        print("run_agreement: rustc not found; skipped")
        return 77
    cache = a.cache or os.path.join(tempfile.gettempdir(), "bm-run-agreement")
    os.makedirs(cache, exist_ok=True)

    skips = {}
    agree, total = 0, 0
    disagreements = []
    for path in a.files:
        for line in open(path, encoding="utf-8"):
            case = json.loads(line)
            if not case.get("expect", {}).get("compiles"):
                continue
            src = case["source"]
            cid = case["id"]
            if case.get("crate_type", "bin") != "bin" or not re.search(r"\bfn\s+main\s*\(", src):
                skips.setdefault("library", []).append(cid)
                continue
            rule = next((name for name, rx in RULES if rx.search(src)), None)
            if rule:
                skips.setdefault(rule, []).append(cid)
                continue
            edition = str(case.get("edition") or "2021")
            key = hashlib.sha256((edition + "\0" + src).encode()).hexdigest()[:24]
            exe = os.path.join(cache, key)
            rs = exe + ".rs"
            if not os.path.exists(exe) and not os.path.exists(exe + ".fail"):
                with open(rs, "w", encoding="utf-8") as f:
                    f.write(src)
                code, _, _ = run([rustc, "--edition", edition, "-C", "debug-assertions=on", "-C",
                                  "overflow-checks=on", "-A", "warnings", "-o", exe, rs], 120)
                if code != 0:
                    open(exe + ".fail", "w").close()
            if not os.path.exists(exe):
                skips.setdefault("no-build", []).append(cid)
                continue
            env_cmd = [exe]
            code, out, _ = run(env_cmd, 10)
            if code is None:
                skips.setdefault("timeout", []).append(cid)
                continue
            same = True
            # a HashMap / HashSet's order changes from run to run (a random
            # seed per process): such programs get many runs
            reruns = 20 if re.search(r"\bHash(Map|Set)\b", src) else 2
            for _ in range(reruns):
                c2, o2, _ = run(env_cmd, 10)
                if c2 != code or o2 != out:
                    same = False
                    break
            if not same:
                skips.setdefault("nondeterministic", []).append(cid)
                continue
            if not out and code == 0:
                skips.setdefault("silent", []).append(cid)
                continue
            total += 1
            bcode, bout, berr = run([a.borrowmap, "run", "--edition", edition, rs], 60)
            if bcode == code and bout == out:
                agree += 1
                continue
            why = ""
            for l in berr.decode("utf-8", "replace").splitlines():
                if l.startswith("borrowmap:"):
                    why = l
            if not why:
                if bcode != code:
                    why = "status: rustc %s, borrowmap %s" % (status_word(code), status_word(bcode))
                else:
                    ol, bl = out.decode("utf-8", "replace").splitlines(), bout.decode("utf-8", "replace").splitlines()
                    for i in range(max(len(ol), len(bl))):
                        x = ol[i] if i < len(ol) else "<end>"
                        y = bl[i] if i < len(bl) else "<end>"
                        if x != y:
                            why = "stdout line %d: rustc %r, borrowmap %r" % (i + 1, x[:80], y[:80])
                            break
            disagreements.append((cid, why))
    if not a.q:
        for cid, why in disagreements:
            print("DISAGREE %s: %s" % (cid, why))
    nskip = sum(len(v) for v in skips.values())
    print("run agreement: %d/%d agree (%.1f%%); %d skipped: %s" % (
        agree, total, 100.0 * agree / total if total else 0.0, nskip,
        ", ".join("%s %d" % (k, len(v)) for k, v in sorted(skips.items()))))
    if agree < a.min:
        print("run agreement: below the floor of %d" % a.min)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
