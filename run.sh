#!/usr/bin/env bash
# Install what Desk needs (if missing) and start it: `bash run.sh [desk arguments]`.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec .venv/bin/desk "$@"
