#!/usr/bin/env bash
# A document (SCALE=small|pack, default small) drawn and completed twice by the chosen route —
# structure as Cairo tags, artifacts on a second surface laid under each page, the pass splicing
# (ROUTE=span: artifacts as Span elements turned into /Artifact in the page content instead) —
# then every check: two runs byte-identical, qpdf --check, pdfinfo, pdfua check, the structure
# check (tree and reading order), pdftotext against the untagged drawing's. Exit 1 on the first
# failure.
set -euo pipefail
cd "$(dirname "$0")"
scale=${SCALE:-small}
route=${ROUTE:-surfaces}
o=out/check-$scale-$route
for run in 1 2; do
  if [[ $route == span ]]; then
    out/probe --scale "$scale" "$o-$run.pdf" "$o-$run.tags" >/dev/null
    out/complete "$o-$run.pdf" "$o-$run.tags" "$o-ua-$run.pdf" >/dev/null
  else
    out/probe --scale "$scale" --furniture-file "$o-$run-furniture.pdf" "$o-$run.pdf" \
      "$o-$run.tags" >/dev/null
    out/complete --object-streams --furniture "$o-$run-furniture.pdf" "$o-$run.pdf" "$o-$run.tags" \
      "$o-ua-$run.pdf" >/dev/null
  fi
done
cmp "$o-1.pdf" "$o-2.pdf" && echo "cmp (Cairo's output, two runs): identical"
cmp "$o-ua-1.pdf" "$o-ua-2.pdf" && echo "cmp (completed, two runs): identical"
f=$o-ua-1.pdf
echo "== qpdf --check $f"
qpdf --check "$f"
echo "== pdfinfo $f"
pdfinfo "$f" | grep -E '^(Title|Tagged|Metadata Stream|Pages|PDF version|File size)'
echo "== pdfua check $f"
.venv/bin/pdfua check "$f"
echo "== structcheck.py $f"
.venv/bin/python structcheck.py "$f" --tree --text > "$o-ua.structure.txt"
tail -3 "$o-ua.structure.txt"
echo "(tree and reading order in $o-ua.structure.txt)"
out/probe --untagged --scale "$scale" "$o-untagged.pdf" "$o-untagged.tags" >/dev/null
for layout in "" -layout; do
  cmp <(pdftotext $layout "$o-untagged.pdf" -) <(pdftotext $layout "$f" -)
  echo "== pdftotext $layout: the same text, in the same order, as the untagged drawing's"
done
