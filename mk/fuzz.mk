# make fuzz [FUZZ_SECONDS=600]: libFuzzer over loading, parsing and validating one monograph
# (SingleFileCheck.monograph). The target is the separate package in Fuzz/, built with AddressSanitizer
# and coverage instrumentation into .build-fuzz/. Seeds: Fuzz/corpus/ (read only; inputs found along the
# way go into .build-fuzz/corpus/). Crashes and timeouts are written into Fuzz/crashes/; keep the ones
# that reproduce under Fuzz/regressions/ with a descriptive name.
#   make fuzz-build                      build the fuzz target only
#   make fuzz-run [FUZZ_INPUT=files]     run the target once on each input, by default every file of
#                                        Fuzz/regressions/ and Fuzz/corpus/ (to reproduce a finding)

FUZZ_SECONDS ?= 600
FUZZ_SCRATCH := .build-fuzz
FUZZ_BIN := $(FUZZ_SCRATCH)/debug/monograph-fuzz
FUZZ_FLAGS ?= -max_len=65536 -timeout=10 -print_final_stats=1
FUZZ_RT = $(shell clang -print-file-name=libclang_rt.fuzzer_no_main-x86_64.a)
FUZZ_INPUT ?= $(filter-out %/.gitkeep,$(wildcard Fuzz/regressions/* Fuzz/corpus/*))
# Global constants made once per process are not leaks (see Fuzz/lsan.supp).
FUZZ_ENV := LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan.supp:print_suppressions=0

.PHONY: fuzz fuzz-build fuzz-run

fuzz-build: deps
	$(SWIFT) build -c debug --package-path Fuzz --scratch-path $(FUZZ_SCRATCH) \
	  -Xswiftc -sanitize=address \
	  -Xswiftc -sanitize-coverage=edge,trace-cmp,pc-table,inline-8bit-counters \
	  -Xlinker "$(FUZZ_RT)" -Xlinker -lstdc++

fuzz: fuzz-build
	@mkdir -p $(FUZZ_SCRATCH)/corpus Fuzz/crashes
	$(FUZZ_ENV) $(FUZZ_BIN) $(FUZZ_SCRATCH)/corpus Fuzz/corpus -dict=Fuzz/monograph.dict $(FUZZ_FLAGS) \
	  -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=Fuzz/crashes/

fuzz-run: fuzz-build
	$(FUZZ_ENV) $(FUZZ_BIN) $(FUZZ_FLAGS) $(FUZZ_INPUT)
