#!/bin/sh
# Makes the site's web fonts, Templates/assets/polices/*.woff2, from Debian's packages: Noto Serif
# (fonts-noto-core) for the text and Inter (fonts-inter) for titles, captions and charts, both under the
# SIL Open Font License 1.1 (Templates/assets/polices/OFL.txt). Each is cut down to the characters French
# text and the site's signs need (Latin-1, Latin Extended-A, punctuation, arrows and the marks of the
# tables), then compressed as WOFF2. Run it again only to change the fonts or the characters kept:
#   sh tools/fonts.sh        (needs fonts-noto-core, fonts-inter and python3-fonttools with python3-brotli)
set -eu
out=Templates/assets/polices
mkdir -p "$out"
unicodes="U+0020-007E,U+00A0-017F,U+0192,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2190-2199,U+2212,U+2248,U+2264,U+2265,U+25CF,U+25D0,U+25CB,U+2713,U+00D7"
subset() {
  /usr/bin/python3 -m fontTools.subset "$1" --unicodes="$unicodes" --layout-features='kern,liga,clig,calt,ccmp,locl,mark,mkmk,onum,lnum,tnum,pnum,frac,sups,ordn' \
    --flavor=woff2 --output-file="$out/$2.woff2" --no-hinting --desubroutinize
}
noto=/usr/share/fonts/truetype/noto
inter=/usr/share/fonts/opentype/inter
subset "$noto/NotoSerif-Regular.ttf" noto-serif-regulier
subset "$noto/NotoSerif-Italic.ttf" noto-serif-italique
subset "$noto/NotoSerif-Bold.ttf" noto-serif-gras
subset "$inter/Inter-Regular.otf" inter-regulier
subset "$inter/Inter-SemiBold.otf" inter-demi-gras
subset "$inter/Inter-Bold.otf" inter-gras
ls -l "$out"
