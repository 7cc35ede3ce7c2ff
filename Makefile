# Loupe: the two commands are `make start` and `make test` (see README.md).
# Every target first runs toolchain/setup.sh, which installs only what is missing.
SHELL := /bin/bash
export NODE_PATH := /usr/share/nodejs
export LOUPE_CACHE ?= /var/cache/loupe
PORT ?= 8080
JOBS ?= $(shell nproc)
# ccache, when the machine has it, makes a second clone's native build mostly cache hits.
LAUNCHER := $(if $(shell command -v ccache),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
export CCACHE_BASEDIR ?= $(CURDIR)

FUZZ_SECONDS ?= 60
FUZZERS := analyze add_document load_index search dates entities corpus_ops site_session site_merge html_text

.PHONY: start test deps native wasm asan fuzz serve clean

start: native wasm
	@echo
	@echo "Opens from disk: file://$(CURDIR)/web/dist/file/index.html?samples=1"
	@echo "Serving http://127.0.0.1:$(PORT)/  (opens with the sample documents loaded into an empty browser; Ctrl+C stops)"
	node web/serve.mjs $(PORT) --samples

test: native wasm asan
	bash tests/run-all.sh

deps:
	bash toolchain/setup.sh

native: deps
	cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release $(LAUNCHER) >/dev/null
	cmake --build build/native -j$(JOBS)

wasm: deps
	emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build build/wasm -j$(JOBS)
	emcmake cmake -S . -B build/wasm-site -G Ninja -DCMAKE_BUILD_TYPE=Release -DLOUPE_SITE_ONLY=ON >/dev/null
	cmake --build build/wasm-site -j$(JOBS) --target loupe_wasm_site
	node web/build.mjs
	node web/build-site.mjs

# The sanitizer tier of `make test`: the native tests and the fuzz harnesses under ASan + UBSan
# (clang). Measured: 656 s of CPU to build, about 3 min of CPU to run (2 cores: ~+9 min in CI).
asan: deps
	cmake -S . -B build/asan -G Ninja -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
	  -DCMAKE_BUILD_TYPE=Debug -DLOUPE_SANITIZE=ON $(LAUNCHER) >/dev/null
	@start=$$(date +%s); cmake --build build/asan -j$(JOBS) && echo "asan build: $$(($$(date +%s) - start)) s"

# Each harness for FUZZ_SECONDS; new inputs kept in build/fuzz-corpus/, crashes in build/fuzz-crashes/
# (copy one into tests/fuzz/regressions/HARNESS/ once fixed, so `make test` replays it).
fuzz: asan
	mkdir -p build/fuzz-crashes
	set -e; for f in $(FUZZERS); do mkdir -p build/fuzz-corpus/$$f; \
	  regressions=$$( [ -d tests/fuzz/regressions/$$f ] && echo tests/fuzz/regressions/$$f || true ); \
	  build/asan/tests/fuzz/fuzz_$$f -max_total_time=$(FUZZ_SECONDS) -max_len=$$( [ $$f = load_index ] && echo 16384 || echo 4096 ) -timeout=30 \
	    -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix=build/fuzz-crashes/$$f- \
	    build/fuzz-corpus/$$f build/asan/tests/fuzz/seeds/$$f $$regressions 2>&1 \
	    | grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|==|SUMMARY|Done)' \
	    | sed "s/^/$$f: /"; done

clean:
	rm -rf build web/dist
