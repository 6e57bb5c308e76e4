#!/usr/bin/env bash
# Packs a self-contained herald (from scripts/static-build.sh) into dist/herald-VERSION-linux-ARCH.tar.gz, with a
# .sha256 file beside it that `sha256sum -c` reads. The archive holds one folder, herald-VERSION-linux-ARCH/, with:
#   - herald, its debug information stripped (the symbols stay, so crash backtraces still name functions);
#   - LICENSE, Herald's own, when the repository has one;
#   - THIRD-PARTY-NOTICES.txt: every library linked into the binary, its licence and the licence texts, taken
#     from the Swift toolchain (usr/share/swift/LICENSE.txt), Debian's libcmark copyright file and the SwiftPM
#     checkouts; a text that is not on the machine is named with its URL instead.
# Usage: scripts/dist.sh BINARY. Environment: SWIFT (default swift), SCRATCH (default .build), DIST (default dist).
# Standard output is the archive's absolute path alone.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "dist: $1" >&2
    exit 1
}

[ $# -eq 1 ] || fail "usage: scripts/dist.sh BINARY"
binary=$1
[ -x "$binary" ] || fail "$binary is not an executable file"
swift=${SWIFT:-swift}
scratch=${SCRATCH:-.build}
out=${DIST:-dist}

version=$("$binary" --version) || fail "$binary --version failed"
[[ $version =~ ^[0-9A-Za-z.+-]+$ ]] || fail "$binary --version printed '$version', not a version"
name="herald-$version-linux-$(uname -m)"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
cp "$binary" "$stage/$name/herald"
strip --strip-debug "$stage/$name/herald"
for licence in LICENSE LICENSE.txt LICENSE.md COPYING; do
    if [ -f "$licence" ]; then cp "$licence" "$stage/$name/"; fi
done

notices="$stage/$name/THIRD-PARTY-NOTICES.txt"
swift_root=$(dirname "$(dirname "$(readlink -f "$(command -v "$swift")")")")
swift_version=$("$swift" --version 2>/dev/null | sed -n 's/.*Swift version \([^ ]*\).*/\1/p' | head -n 1)
cmark_version=$(pkg-config --modversion libcmark)
cmark_copyright=
for file in /usr/share/doc/libcmark0*/copyright /usr/share/doc/libcmark-dev/copyright; do
    if [ -z "$cmark_copyright" ] && [ -f "$file" ]; then cmark_copyright=$file; fi
done

# The dependencies SwiftPM resolved, one "name version url" a line.
dependencies=$("$swift" package --scratch-path "$scratch" show-dependencies --format text 2>/dev/null \
    | sed -n 's/^[^a-zA-Z]*\([A-Za-z0-9._-]*\)<\(.*\)@\([^@>]*\)>.*/\1 \3 \2/p')
[ -n "$dependencies" ] || fail "swift package show-dependencies listed no dependencies"

# A licence name for each dependency; an unknown one stops the build rather than leave the notices incomplete.
dependency_licence() {
    case $1 in
    swift-argument-parser) echo "Apache-2.0 with the Swift Runtime Library Exception" ;;
    swift-mustache) echo "Apache-2.0" ;;
    yams) echo "MIT; it includes LibYAML (MIT, Copyright (c) 2017-2020 Ingy döt Net, Copyright (c) 2006-2016 Kirill Simonov: https://github.com/yaml/libyaml/blob/master/License)" ;;
    *) return 1 ;;
    esac
}

rule() { printf '\n%s\n%s\n\n' "================================================================================" "$1"; }

{
    cat <<EOF
Third-party software in herald $version

The herald binary contains the libraries below, linked statically. At run time it also loads the system's
glibc, libstdc++ and libgcc (Debian: libc6, libstdc++6, libgcc-s1) and, at its first request to GitHub,
libcurl (libcurl4), which are not part of this archive.

- The Swift standard library and runtime, Swift Concurrency, libdispatch and BlocksRuntime, and Foundation
  (swift-foundation and swift-corelibs-foundation: FoundationEssentials, FoundationInternationalization,
  Foundation, FoundationNetworking), from the Swift ${swift_version:-6} toolchain:
  Apache-2.0 with the Runtime Library Exception (https://swift.org/LICENSE.txt).
- swift-foundation-icu, the ICU build that Foundation uses (https://github.com/swiftlang/swift-foundation-icu):
  the Unicode License v3 (https://github.com/swiftlang/swift-foundation-icu/blob/main/LICENSE).
- libcmark $cmark_version (https://github.com/commonmark/cmark): BSD-2-Clause, with parts under the MIT (Expat)
  licence; Debian's copyright file for it is reproduced below.
EOF
    while read -r dependency dependency_version url; do
        licence=$(dependency_licence "$dependency") || fail "no licence is known for the dependency $dependency: add it to scripts/dist.sh"
        printf -- '- %s %s (%s): %s.\n' "$dependency" "$dependency_version" "$url" "$licence"
    done <<<"$dependencies"

    rule "Swift toolchain: $swift_root/share/swift/LICENSE.txt"
    if [ -f "$swift_root/share/swift/LICENSE.txt" ]; then
        cat "$swift_root/share/swift/LICENSE.txt"
    else
        echo "Not found on the build machine; the text is at https://swift.org/LICENSE.txt"
    fi

    rule "libcmark $cmark_version: ${cmark_copyright:-Debian copyright file}"
    if [ -n "$cmark_copyright" ]; then
        cat "$cmark_copyright"
    else
        echo "Not found on the build machine; the text is at https://github.com/commonmark/cmark/blob/master/COPYING"
    fi

    while read -r dependency dependency_version url; do
        # SwiftPM names the checkout as the URL does (Yams) and the dependency in lower case (yams).
        text=
        for candidate in "$scratch"/checkouts/*/LICENSE*; do
            checkout=$(basename "$(dirname "$candidate")")
            if [ -z "$text" ] && [ -f "$candidate" ] && [ "${checkout,,}" = "${dependency,,}" ]; then text=$candidate; fi
        done
        rule "$dependency $dependency_version: ${text:+$(basename "$text") from }$url"
        if [ -n "$text" ]; then cat "$text"; else echo "Not found on the build machine; see $url"; fi
    done <<<"$dependencies"
} >"$notices"

mkdir -p "$out"
archive="$out/$name.tar.gz"
# Fixed owners, order and times, so the same binary packs to the same bytes.
mtime=$(git log -1 --format=%ct 2>/dev/null || echo 0)
tar --create --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$mtime" -C "$stage" "$name" \
    | gzip -n >"$archive.tmp"
mv "$archive.tmp" "$archive"
(cd "$out" && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")
echo "$(cd "$out" && pwd)/$name.tar.gz"
