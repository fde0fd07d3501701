#!/usr/bin/env bash
# Timings at the pack's scale (41 pages, 100 charts, 40 tables) and at the 500-indicator
# benchmark's (1,921 pages): Cairo drawing untagged, tagged with artifacts as Span elements, and
# tagged with artifacts on a second surface; the pass by each route (from bytes in memory to
# bytes in memory); file sizes; the pass's peak memory. Best and median of N runs.
set -euo pipefail
cd "$(dirname "$0")"
stats() { sort -n | awk '{a[NR]=$1} END {printf "best %7.1f ms, median %7.1f ms (n=%d)", a[1], a[int((NR+1)/2)], NR}'; }
ms() { grep -oE '[0-9.]+ ms' | cut -d' ' -f1; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for scale in pack large; do
  n=9; [[ $scale == large ]] && n=3
  o=out/bench-$scale
  echo "== $scale"
  echo "draw untagged:                   $(out/probe --untagged --scale $scale --repeat $n $o-plain.pdf $o-plain.tags | ms | stats)"
  echo "draw tagged, Span artifacts:     $(out/probe --scale $scale --repeat $n $o-span.pdf $o-span.tags | ms | stats)"
  echo "draw tagged, two surfaces:       $(out/probe --scale $scale --furniture-file $o-furniture.pdf --repeat $n $o.pdf $o.tags | ms | stats)"
  echo "pass A: QPDFWriter + TokenFilter: $(out/complete --qpdf-writer --repeat $n $o-span.pdf $o-span.tags $o-ua-A.pdf | ms | stats)"
  echo "pass A + object streams:         $(out/complete --qpdf-writer --object-streams --repeat $n $o-span.pdf $o-span.tags $o-ua-Aos.pdf | ms | stats)"
  echo "pass B: splice + content scan:   $(out/complete --repeat $n $o-span.pdf $o-span.tags $o-ua-B.pdf | ms | stats)"
  echo "pass C: splice + furniture form: $(out/complete --furniture $o-furniture.pdf --repeat $n $o.pdf $o.tags $o-ua-C.pdf | ms | stats)"
  echo "pass C + object streams (6):     $(out/complete --furniture $o-furniture.pdf --object-streams --repeat $n $o.pdf $o.tags $o-ua-Cos.pdf | ms | stats)"
  echo "pass C + object streams (1):     $(BP_DEFLATE_LEVEL=1 out/complete --furniture $o-furniture.pdf --object-streams --repeat $n $o.pdf $o.tags $o-ua-Cos1.pdf | ms | stats)"
  /usr/bin/time -f "%M" -o $o.mem out/complete --furniture $o-furniture.pdf $o.pdf $o.tags /dev/null >/dev/null
  echo "pass C peak RSS: $(( $(cat $o.mem) / 1024 )) MiB"
  for f in $o-plain.pdf $o-span.pdf $o.pdf $o-furniture.pdf $o-ua-A.pdf $o-ua-Aos.pdf $o-ua-B.pdf $o-ua-C.pdf $o-ua-Cos.pdf $o-ua-Cos1.pdf; do
    printf '%-34s %10d bytes\n' "$f" "$(stat -c %s $f)"
  done
done
