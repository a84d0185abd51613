# Thin wrapper over CMake. `make demo` and `make test` are the two quick-start commands.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build/release
ASAN_BUILD ?= build/asan
CMAKE_FLAGS ?=
# ccache, where installed, makes rebuilds (and builds in several worktrees) cheap.
CCACHE := $(shell command -v ccache 2>/dev/null)
ifneq ($(CCACHE),)
  CMAKE_FLAGS += -DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE)
  export CCACHE_BASEDIR ?= $(CURDIR)
endif

.PHONY: all deps build demo docs-img test asan goldens docs package clean bench fuzz fuzz-build fuzz-smoke

all: build

deps:
	@scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo.sh $(BUILD)/chainmap

# The PNGs the README shows: every view of one example, and the HTML report of examples/flawed
# (headless Chromium), into docs/img/.
DOCS_EXAMPLE ?= online-retailer
docs-img: build
	@rm -f docs/img/*.png
	@scripts/render-all.sh $(BUILD)/chainmap examples/$(DOCS_EXAMPLE) docs/img png
	@scripts/report-screenshot.sh $(BUILD)/chainmap examples/flawed docs/img/report.png

asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCHAINMAP_SANITIZE=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)

test: asan
	@cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS)

# Rewrite the golden files of tests/cases from the current binary; review the diff like code.
goldens: asan
	@cd $(ASAN_BUILD) && CHAINMAP_UPDATE_GOLDEN=1 ctest -L golden -j $(JOBS) >/dev/null || true
	@git status --short tests/cases

# Benchmark: parse floor vs validate, scaling and peak memory (bench/README.md).
bench:
	@bench/run.sh

# libFuzzer (clang): `make fuzz` runs until stopped (FUZZ_TIME seconds, default 600);
# `make fuzz-smoke` runs the fixed-size CI smoke run. See fuzz/README.md.
FUZZ_BUILD ?= build/fuzz
FUZZ_TIME ?= 600
fuzz-build:
	@scripts/install-deps.sh --dev
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHAINMAP_FUZZ=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target chainmap_fuzz_loader

fuzz: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/work $(FUZZ_BUILD)/artifacts
	@cp -n fuzz/corpus/* $(FUZZ_BUILD)/work/
	$(FUZZ_BUILD)/fuzz/chainmap_fuzz_loader -max_total_time=$(FUZZ_TIME) -timeout=20 -rss_limit_mb=2048 \
	  -max_len=16384 -dict=fuzz/chainmap.dict -artifact_prefix=$(FUZZ_BUILD)/artifacts/ $(FUZZ_BUILD)/work

fuzz-smoke: fuzz-build
	@cd $(FUZZ_BUILD) && ctest --output-on-failure -R fuzz/smoke

# Regenerate docs/rules.md from the rule catalogue (a test fails when it is stale).
docs: build
	@$(BUILD)/chainmap rules --format markdown > docs/rules.md.tmp && mv docs/rules.md.tmp docs/rules.md
	@echo "wrote docs/rules.md"

# A Debian package of the Release build: build/release/chainmap_*.deb
package: build
	@cd $(BUILD) && cpack -G DEB

clean:
	rm -rf build
