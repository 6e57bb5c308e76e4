#!/usr/bin/env bash
# Installs Debian packages with apt-get, the one way every script and make target here does it: through
# `sudo -n` when not root (with no terminal a password prompt would hang, so it fails instead), waiting up to ten
# minutes for another apt-get's lock, without recommends, quietly. Prints nothing when it succeeds; on failure it
# prints the last lines of apt-get's output and one line naming what failed to standard error, and exits non-zero.
#
# Usage: scripts/apt-install.sh NAME PACKAGE... (NAME begins the failure line, for example "static-build").
set -euo pipefail

name=$1
shift

fail() {
    echo "$name: $1" >&2
    exit 1
}

[ $# -gt 0 ] || fail "apt-install.sh was given no package to install"
sudo=()
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || fail "not root and no sudo: cannot install $*"
    sudo=(sudo -n)
fi
command -v apt-get >/dev/null || fail "apt-get is missing: install $* with this system's package manager"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -qq -o DPkg::Lock::Timeout=600)
{ "${apt[@]}" update && "${apt[@]}" install -y --no-install-recommends "$@"; } >"$log" 2>&1 \
    || { tail -n 30 "$log" >&2; fail "apt-get install $* failed"; }
