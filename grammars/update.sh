#!/usr/bin/env bash
# Re-vendor the tree-sitter runtime and the Rust grammar from the npm registry.
# Usage: grammars/update.sh [TS_VERSION] [TS_RUST_VERSION]
# The pinned versions live here and in grammars/VERSIONS.md; change both together.
set -euo pipefail
ts=${1:-0.25.0}
tsr=${2:-0.24.0}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent "tree-sitter@$ts" "tree-sitter-rust@$tsr" >/dev/null
mkdir ts tsr
tar xzf "tree-sitter-$ts.tgz" -C ts
tar xzf "tree-sitter-rust-$tsr.tgz" -C tsr
rm -rf "$here/vendor/tree-sitter" "$here/vendor/tree-sitter-rust"
mkdir -p "$here/vendor/tree-sitter" "$here/vendor/tree-sitter-rust/src"
cp -r ts/package/vendor/tree-sitter/lib "$here/vendor/tree-sitter/lib"
cp ts/package/LICENSE "$here/vendor/tree-sitter/LICENSE"
cp -r tsr/package/src/parser.c tsr/package/src/scanner.c tsr/package/src/tree_sitter "$here/vendor/tree-sitter-rust/src/"
cp tsr/package/LICENSE "$here/vendor/tree-sitter-rust/LICENSE"
rm -rf "$here/queries"
cp -r tsr/package/queries "$here/queries"
echo "vendored tree-sitter@$ts and tree-sitter-rust@$tsr"
