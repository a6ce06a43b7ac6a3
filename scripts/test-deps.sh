#!/usr/bin/env bash
# Installs the system packages the test suite uses, when missing (Debian; run as root):
# Chromium for browser tests, xmllint for XSD validation, NetworkX and igraph as real
# GraphML readers (Debian's python3 only), DejaVu fonts for PNG text, poppler's pdfinfo, pdftotext
# and pdftoppm to read back the report's printed PDF.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v xmllint >/dev/null || need+=(libxml2-utils)
/usr/bin/python3 -c 'import networkx' 2>/dev/null || need+=(python3-networkx)
/usr/bin/python3 -c 'import igraph' 2>/dev/null || need+=(python3-igraph)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "test-deps: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
