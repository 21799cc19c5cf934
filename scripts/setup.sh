#!/usr/bin/env bash
# Install what Desk needs on Debian 12 (as root) and build the venv in .venv.
#   scripts/setup.sh          what running the window needs (run.sh)
#   scripts/setup.sh --test   plus what the test suite needs (test.sh): PostgreSQL, Xvfb
# Safe to run again: installs only what is missing; rebuilds the venv only when
# pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

run_pkgs=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 fonts-wqy-microhei)
# PostgreSQL for the multi-workstation tests; Xvfb for `make screenshots`.
test_pkgs=(postgresql xvfb xauth libreoffice-calc-nogui)

pkgs=("${run_pkgs[@]}")
((want_test)) && pkgs+=("${test_pkgs[@]}")

# Debian's python3 needs python3-venv for `python3 -m venv`.
python3 -c "import ensurepip, venv" 2>/dev/null || pkgs+=(python3-venv)

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" != 0 ]; then
    echo "setup: missing Debian packages: ${missing[*]} (run as root, or install them)" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

stamp=.venv/.desk-setup
hash="$(sha256sum pyproject.toml | cut -c1-64)"
have="$(cat "$stamp" 2>/dev/null || true)"
# A test venv serves running the window too.
if [ "$have" = "$hash test" ] || { ((!want_test)) && [ "$have" = "$hash run" ]; }; then
  exit 0
fi
echo "setup: building the virtual environment in .venv"
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
if ((want_test)); then
  .venv/bin/pip install -q -e '.[dev]'
  echo "$hash test" > "$stamp"
else
  .venv/bin/pip install -q -e .
  echo "$hash run" > "$stamp"
fi
