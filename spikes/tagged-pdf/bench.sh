#!/usr/bin/env bash
# Timings at the pack's scale (41 pages, 100 charts, 40 tables) and at the 500-indicator
# benchmark's (1,921 pages): Cairo drawing untagged and tagged, the completion pass with and
# without object streams (each from bytes in memory to bytes in memory), file sizes and the
# pass's peak memory. Best and median of N runs.
set -euo pipefail
cd "$(dirname "$0")"
stats() { sort -n | awk '{a[NR]=$1} END {printf "best %.1f ms, median %.1f ms (n=%d)", a[1], a[int((NR+1)/2)], NR}'; }
ms() { grep -oE '[0-9.]+ ms' | cut -d' ' -f1; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for scale in pack large; do
  n=9; [[ $scale == large ]] && n=3
  o=out/bench-$scale
  echo "== $scale"
  echo "draw untagged:       $(out/probe --untagged --scale $scale --repeat $n $o-plain.pdf $o-plain.tags | ms | stats)"
  echo "draw tagged:         $(out/probe --scale $scale --repeat $n $o.pdf $o.tags | ms | stats)"
  echo "pass:                $(out/complete --repeat $n $o.pdf $o.tags $o-ua.pdf | ms | stats)"
  echo "pass, object streams: $(out/complete --object-streams --repeat $n $o.pdf $o.tags $o-ua-os.pdf | ms | stats)"
  /usr/bin/time -f "%M" -o $o.mem out/complete $o.pdf $o.tags /dev/null >/dev/null
  echo "pass peak RSS: $(( $(cat $o.mem) / 1024 )) MiB"
  for f in $o-plain.pdf $o.pdf $o-ua.pdf $o-ua-os.pdf; do
    printf '%-32s %10d bytes, %s pages\n' "$f" "$(stat -c %s $f)" "$(qpdf --show-npages $f)"
  done
done
