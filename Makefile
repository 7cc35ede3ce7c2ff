# Loupe: the two commands are `make start` and `make test` (see README.md).
# Every target first runs toolchain/setup.sh, which installs only what is missing.
SHELL := /bin/bash
export NODE_PATH := /usr/share/nodejs
export LOUPE_CACHE ?= /var/cache/loupe
PORT ?= 8080
JOBS ?= $(shell nproc)

.PHONY: start test deps native wasm serve clean

start: native wasm
	@echo
	@echo "Opens from disk: file://$(CURDIR)/web/dist/file/index.html?samples=1"
	@echo "Serving http://127.0.0.1:$(PORT)/  (opens with the sample documents loaded into an empty browser; Ctrl+C stops)"
	node web/serve.mjs $(PORT) --samples

test: native wasm
	bash tests/run-all.sh

deps:
	bash toolchain/setup.sh

native: deps
	cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build build/native -j$(JOBS)

wasm: deps
	emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build build/wasm -j$(JOBS)
	node web/build.mjs

clean:
	rm -rf build web/dist
