#!/usr/bin/env bash
# Renders the one source image (coach-desk.svg) into every icon the installers need and writes them
# next to the jpackage argument files. The outputs are committed, so a build never needs ImageMagick;
# run this again after changing the SVG. Needs ImageMagick 6 or 7 (convert/magick) and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pkg="$(dirname "$here")"
svg="$here/coach-desk.svg"
im=convert; command -v magick >/dev/null && im=magick
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

render() { # size out
  "$im" -background none -density 384 "$svg" -resize "$1x$1" -depth 8 -strip "PNG32:$2"
}

# Linux: hicolor sizes; the 256 px one is what jpackage puts next to the launcher.
mkdir -p "$pkg/linux/icons"
for s in 16 24 32 48 64 128 256 512; do render "$s" "$pkg/linux/icons/coach-desk-$s.png"; done
cp "$pkg/linux/icons/coach-desk-256.png" "$pkg/linux/coach-desk.png"

# Windows: one .ico with the sizes Explorer and the taskbar ask for.
mkdir -p "$pkg/windows"
ico_in=()
for s in 16 24 32 48 64 128 256; do render "$s" "$tmp/ico-$s.png"; ico_in+=("$tmp/ico-$s.png"); done
"$im" "${ico_in[@]}" "$pkg/windows/coach-desk.ico"

# macOS: .icns with PNG payloads (types since OS X 10.7); ImageMagick 6 cannot write ICNS.
mkdir -p "$pkg/macos"
for s in 16 32 64 128 256 512 1024; do render "$s" "$tmp/icns-$s.png"; done
python3 - "$tmp" "$pkg/macos/coach-desk.icns" <<'PY'
import struct, sys
src, out = sys.argv[1], sys.argv[2]
types = [("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128), ("ic13", 256),
         ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024)]
chunks = b""
for t, s in types:
    data = open(f"{src}/icns-{s}.png", "rb").read()
    chunks += t.encode("ascii") + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PY
echo "icons written under $pkg"
