#!/bin/sh
# std_sigcheck.sh GENERATOR STD_DIR OUTDIR: check every declaration in
# core/std/*.rs against the real std with rustc (see std_sigcheck.c for how).
# Skips (passes) with a message when rustc is not installed.
#
# The generated crate names a few unstable std traits (str::pattern::Pattern,
# iter::Step, marker::Tuple, the Fn traits' angle-bracket form, slice::Join,
# clone::CloneToUninit) because the declarations must: it is compiled with
# RUSTC_BOOTSTRAP=1 and #![feature(...)] for those only. Any other unstable
# item a declaration names is still an error (E0658).
gen=$1
dir=$2
out=$3
rustc=$(command -v rustc 2>/dev/null)
[ -z "$rustc" ] && [ -x "$HOME/.cargo/bin/rustc" ] && rustc=$HOME/.cargo/bin/rustc
if [ -z "$rustc" ]; then
  echo "SKIP: rustc not found on PATH or in ~/.cargo/bin"
  exit 0
fi
mkdir -p "$out" || exit 2
"$gen" gen "$dir" "$out" || exit 1
echo "std_sigcheck: $("$rustc" --version)"
compile() { # NAME
  RUSTC_BOOTSTRAP=1 "$rustc" --edition 2024 --crate-type lib --emit=metadata \
    --error-format=short -o "$out/$1.rmeta" "$out/$1.rs" 2>"$out/$1.err" >/dev/null
}
# the two crates are independent: compile them side by side
compile pos &
pos_pid=$!
compile neg
wait $pos_pid
"$gen" report "$out" "$out/pos.err" "$out/neg.err"
status=$?
[ $status = 0 ] || echo "(generated crates and rustc's output are in $out)"
exit $status
