# make bench [BENCH_SIZES="1000 2000 10000"] [BENCH_ROUNDS=5]: times a full build of N synthetic
# monographs against Hugo (same files, minimal layout) and cmark alone (the floor), in interleaved
# rounds, and rewrites BENCHMARKS.md. A size may carry its own number of rounds: BENCH_SIZES="1000 10000:3".
# It first times `monograph serve` on BENCH_SERVE monographs (0: skipped): how long an edit takes to be served.
# Needs the Debian packages hugo, cmark and time (installed when missing, as root or with sudo).

BENCH_SIZES ?= 1000 2000 10000
BENCH_ROUNDS ?= 5
BENCH_SERVE ?= 2000
BENCH_PYTHON ?= python3

.PHONY: bench bench-deps

bench-deps:
	@missing=""; \
	command -v hugo >/dev/null || missing="$$missing hugo"; \
	command -v cmark >/dev/null || missing="$$missing cmark"; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  echo "installation de$$missing avec apt-get…"; \
	  (apt-get install -y -q $$missing || (apt-get update -q && apt-get install -y -q $$missing)) >/dev/null || exit 1; \
	elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then \
	  echo "installation de$$missing avec sudo apt-get…"; \
	  sudo apt-get install -y -q $$missing >/dev/null || exit 1; \
	else \
	  echo "erreur : installez les paquets Debian :$$missing" >&2; exit 1; \
	fi

bench: build bench-deps
	$(BENCH_PYTHON) -B bench/run.py --binary $(BIN) --sizes "$(BENCH_SIZES)" --rounds $(BENCH_ROUNDS) --serve-count $(BENCH_SERVE) --report BENCHMARKS.md
