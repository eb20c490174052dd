#!/usr/bin/env bash
# Draws the Teams app icons (protocol doc §6.7) with ImageMagick (Debian package `imagemagick`):
#   color.png   192x192, full colour: a white fork in the road (Django or Flask?) on the accent colour,
#               the symbol inside the central 96x96 area, so Teams' 48 px padding rule holds;
#   outline.png 32x32, the same fork in pure white on a transparent background.
# The PNGs are committed; run this only to change them.
set -euo pipefail
cd "$(dirname "$0")"
accent='#1F6F5C'
convert=${CONVERT:-convert} # ImageMagick 6 (Debian 12); override if another `convert` comes first on PATH

# Fork geometry on a 96x96 canvas: a stem that splits into two branches, each ending in a dot.
fork_96() {
  "$convert" -size 96x96 xc:none -fill none -stroke white -strokewidth 10 -draw "stroke-linecap round \
    line 48,90 48,54 \
    path 'M 48,56 Q 48,38 22,22' \
    path 'M 48,56 Q 48,38 74,22'" \
    -stroke none -fill white -draw "circle 18,17 18,5" -draw "circle 78,17 78,5" "$1"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fork_96 "$tmp/fork.png"

"$convert" -size 192x192 "xc:$accent" "$tmp/fork.png" -gravity center -composite \
  -depth 8 -define png:color-type=2 -strip color.png

# Outline: white only; every pixel is RGB 255,255,255 and only alpha varies.
"$convert" "$tmp/fork.png" -resize 28x28 -background none -gravity center -extent 32x32 \
  -channel RGB -evaluate set 100% +channel -depth 8 -define png:color-type=6 -strip outline.png

file color.png outline.png
