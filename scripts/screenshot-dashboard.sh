#!/usr/bin/env bash
# Looks at a built dashboard in a real browser (not run by CI): headless Chromium takes
# screenshots at desktop (1280 px) and phone (390 px) widths and prints the page to PDF with the
# print style sheet; poppler turns the first PDF pages into PNGs to look at.
#
#   apt-get install -y chromium poppler-utils      # once
#   boardpack build --format html
#   scripts/screenshot-dashboard.sh [Output/stockport-cyp/2013-14-q4/index.html] [OUT_DIR]
#
# Writes OUT_DIR (default /tmp/dashboard-shots): desktop.png, phone.png (the first 6000 px of
# the page), print.pdf and print-N.png (the first 8 printed pages). Chromium runs as root only
# with --no-sandbox.
set -euo pipefail

page=${1:-Output/stockport-cyp/2013-14-q4/index.html}
out=${2:-/tmp/dashboard-shots}
mkdir -p "$out"
url="file://$(realpath "$page")"
chrome=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-pdf-header-footer)

"${chrome[@]}" --window-size=1280,6000 --screenshot="$out/desktop.png" "$url" 2>/dev/null
"${chrome[@]}" --window-size=390,6000 --screenshot="$out/phone.png" "$url" 2>/dev/null
"${chrome[@]}" --print-to-pdf="$out/print.pdf" "$url" 2>/dev/null
pdftoppm -png -r 50 -f 1 -l 8 "$out/print.pdf" "$out/print"
pdfinfo "$out/print.pdf" | grep -E '^Pages|^Page size'
ls "$out"
