#!/usr/bin/env bash
# Cairo 1.16's failure modes with tags (cairo-failures.c), each file through qpdf --check and
# pdfua check. Prints what each tool said.
set -u
cd "$(dirname "$0")"
for mode in artifact linkonly untagged parent; do
  file=out/fail-$mode.pdf
  echo "== $mode"
  out/cairo-failures "$mode" "$file"
  echo "-- qpdf --check"
  qpdf --check "$file" 2>&1 | grep -vE '^(checking|PDF Version|File is not)'
  echo "-- pdfua check (findings)"
  .venv/bin/pdfua check "$file" 2>&1 | grep -E '^\s+\[|result:|^\s{10}[A-Z]' | head -12
done
