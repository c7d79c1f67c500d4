#!/bin/sh
# Pagefind under /usr/bin/time, for bench/run.py: monograph runs this script as its indexer
# (--pagefind), and the indexer's own time and peak memory land in $PAGEFIND_STATS.
exec /usr/bin/time -v -o "$PAGEFIND_STATS" "$PAGEFIND_REAL" "$@"
