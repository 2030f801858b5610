#!/usr/bin/env bash
# The whole test suite, from a fresh machine with Python 3.11, 3.12 or 3.13 and pip (the python on PATH):
#   installs trucewatch with its test extras (and, where the browser tests need it, Debian's chromium),
#   then runs lint, types, layer contracts and pytest on 2 workers.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check -e '.[test,text-similarity]'
if [ -f scripts/install-browser.sh ]; then bash scripts/install-browser.sh; fi
python -m ruff check src tests bench
python -m mypy
lint-imports --config pyproject.toml
python -m pytest -n 2 -q -p no:cacheprovider "$@"
