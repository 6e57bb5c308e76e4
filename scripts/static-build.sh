#!/usr/bin/env bash
# Builds the release `herald` that runs without a Swift toolchain: the Swift runtime and Foundation
# (--static-swift-stdlib) and libcmark are linked into the binary. At run time it needs only glibc, libstdc++ and
# libgcc (Debian: libc6, libstdc++6, libgcc-s1), plus git; libcurl (libcurl4) is opened at the first request to
# GitHub (Sources/LazyCurl).
#
# Installs libcmark-dev and pkg-config through apt-get when they are missing, with one line
# on standard error for what it installs. Standard output is the built binary's path alone.
#
# Usage: scripts/static-build.sh [PRODUCT] (default herald; `make bench` builds HeraldBenchmarks the same way, so
# the release objects are built once with one set of flags).
# Environment: SWIFT (default swift), SCRATCH (SwiftPM's scratch folder, default .build).
# Used by `make install`, `make dist` and the GitHub Action (action.yml), which runs where make may be missing.
set -euo pipefail
cd "$(dirname "$0")/.."

product=${1:-herald}
swift=${SWIFT:-swift}
scratch=${SCRATCH:-.build}
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)

fail() {
    echo "static-build: $1" >&2
    exit 1
}

cmark_archive() {
    local libdir
    libdir=$(pkg-config --variable=libdir libcmark 2>/dev/null) && [ -f "$libdir/libcmark.a" ] && echo "$libdir/libcmark.a"
}

packages=()
command -v pkg-config >/dev/null || packages+=(pkg-config)
# libcmark-dev holds both libcmark.so and libcmark.a. libcurl is not linked (Sources/LazyCurl), so its
# development package is not needed.
{ command -v pkg-config >/dev/null && cmark_archive >/dev/null; } || packages+=(libcmark-dev)
if [ ${#packages[@]} -gt 0 ]; then
    echo "installing ${packages[*]} (apt-get, to link herald statically)" >&2
    scripts/apt-install.sh static-build "${packages[@]}"
fi
archive=$(cmark_archive) || fail "libcmark-dev is installed but libcmark.a is missing"

# SwiftPM links what `pkg-config --libs libcmark` names, -L/usr/lib/<triplet> -lcmark, and the linker takes the
# first folder holding libcmark.so or libcmark.a. A copy of libcmark.pc whose libdir is a folder holding only the
# archive makes that the static one.
static_libs="$scratch/static-libs"
mkdir -p "$static_libs/pkgconfig"
ln -sfn "$archive" "$static_libs/libcmark.a"
sed "s|^libdir=.*|libdir=$static_libs|" "$(pkg-config --variable=pcfiledir libcmark)/libcmark.pc" \
    >"$static_libs/pkgconfig/libcmark.pc"

# stdout carries only the binary's path; the build's progress goes to stderr.
PKG_CONFIG_PATH="$static_libs/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}" \
    "$swift" build -c release --product "$product" --scratch-path "$scratch" --static-swift-stdlib >&2
binary="$scratch/release/$product"
# A libcmark.so in the link means the static archive was not used.
if readelf -d "$binary" | grep -q 'NEEDED.*libcmark'; then
    fail "$binary still needs libcmark.so: the static libcmark.a was not linked"
fi
echo "$binary"
