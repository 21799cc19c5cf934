#!/usr/bin/env bash
# Install what the tests need (if missing) and run the whole check:
# `bash test.sh [pytest arguments]`. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --test
exec bash scripts/run-tests.sh "$@"
