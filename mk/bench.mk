# make bench [BENCH_SIZES="1000 2000 10000"] [BENCH_ROUNDS=5]: times a full build of N synthetic
# monographs against Hugo (same files, minimal layout) and cmark alone (the floor), in interleaved
# rounds, and rewrites BENCHMARKS.md. A size may carry its own number of rounds: BENCH_SIZES="1000 10000:3".
# It then times `monograph serve` on each count of BENCH_SERVE monographs (empty: skipped): how long an edit
# takes to be served.
# Needs the Debian packages hugo, cmark and time (installed when missing, as root or with sudo), and
# Pagefind (make search-deps) for the builds with a search index.

BENCH_SIZES ?= 1000 2000 10000
BENCH_ROUNDS ?= 5
BENCH_SERVE ?= 2000 20000
BENCH_PYTHON ?= python3

.PHONY: bench bench-deps

bench-deps:
	@$(APT_INSTALL) 'hugo: command -v hugo' 'cmark: command -v cmark' 'time: test -x /usr/bin/time'

bench: build bench-deps search-deps
	$(BENCH_PYTHON) -B bench/run.py --binary $(BIN) --sizes "$(BENCH_SIZES)" --rounds $(BENCH_ROUNDS) --serve-counts "$(BENCH_SERVE)" --report BENCHMARKS.md
