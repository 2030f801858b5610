#!/usr/bin/env bash
# What the browser tests need on a fresh Debian machine: Debian's chromium (only when missing) and the
# Playwright Python client, which drives that chromium. Never `playwright install`: no browser downloads.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi
python -m pip install --quiet --disable-pip-version-check "playwright==1.65.2"
