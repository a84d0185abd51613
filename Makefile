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
  # Lets ccache cache the files compiled with a precompiled header (the ASan build's rules).
  export CCACHE_SLOPPINESS ?= pch_defines,time_macros
endif

.PHONY: all deps build check format demo docs-img test asan goldens docs package clean bench fuzz fuzz-build fuzz-smoke fuzz-lsp fuzz-render

all: build

deps:
	@scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# The day-to-day loop: an incremental Release build of the binary and the unit tests, then the
# unit and golden tests (docs/contributing.md, "Build times": under a minute after a one-file
# change). No unity build here, so a changed file recompiles alone.
check: deps
	@test -f $(BUILD)/CMakeCache.txt || cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) --target chainmap chainmap_unit
	@cd $(BUILD) && ctest -L 'unit|golden' -j $(JOBS) --output-on-failure --progress

# Rewrite the C++ sources as .clang-format says (the test `format` fails until they are).
format:
	@scripts/check-format.sh --fix

demo: build
	@scripts/demo.sh $(BUILD)/chainmap

# The PNGs the README shows: every view of one example, and the HTML report of examples/flawed
# (headless Chromium), into docs/img/.
DOCS_EXAMPLE ?= online-retailer
docs-img: build
	@find docs/img -name '*.png' ! -name 'issue16-*' -delete  # the before/after pictures stay
	@scripts/render-all.sh $(BUILD)/chainmap examples/$(DOCS_EXAMPLE) docs/img png
	@scripts/report-screenshot.sh $(BUILD)/chainmap examples/flawed docs/img/report.png

# The ASan build is a whole-tree build more often than not (CI, a fresh worktree): a unity
# build with precompiled headers (cmake/build-speed.cmake).
asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCHAINMAP_SANITIZE=ON -DCHAINMAP_UNITY=ON $(CMAKE_FLAGS) >/dev/null
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

# libFuzzer (clang): `make fuzz` (the loader) and `make fuzz-render` (the renderers) run for
# FUZZ_TIME seconds (default 600); `make fuzz-smoke` runs the fixed-size CI smoke runs of
# both. See fuzz/README.md.
FUZZ_BUILD ?= build/fuzz
FUZZ_TIME ?= 600
fuzz-build:
	@scripts/install-deps.sh --dev
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHAINMAP_FUZZ=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target chainmap_fuzz_loader chainmap_fuzz_render

fuzz: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/work $(FUZZ_BUILD)/artifacts
	@cp -n fuzz/corpus/* $(FUZZ_BUILD)/work/
	$(FUZZ_BUILD)/fuzz/chainmap_fuzz_loader -max_total_time=$(FUZZ_TIME) -timeout=20 -rss_limit_mb=2048 \
	  -max_len=16384 -dict=fuzz/chainmap.dict -artifact_prefix=$(FUZZ_BUILD)/artifacts/ $(FUZZ_BUILD)/work

# Graphviz layout is slow next to loading: smaller inputs; the LSan suppressions of the tests
# (pango, fontconfig and Graphviz keep caches for the life of the process) and no leak check
# after each input (it would scan those caches every time; see fuzz/CMakeLists.txt).
# Graphviz 2.42 never frees part of every layout (tests/lsan.supp): about 1 MB per run of an
# example-sized input, so the process grows by about 1 GB in 15 minutes of fuzzing. The RSS
# limit leaves room for a 30-minute session; one allocation over 2 GB is still a finding.
fuzz-render: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/render-work $(FUZZ_BUILD)/render-artifacts
	@cp -n fuzz/corpus-render/* $(FUZZ_BUILD)/render-work/
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	$(FUZZ_BUILD)/fuzz/chainmap_fuzz_render -max_total_time=$(FUZZ_TIME) -timeout=30 -rss_limit_mb=8192 -malloc_limit_mb=2048 \
	  -detect_leaks=0 -max_len=8192 -dict=fuzz/chainmap.dict -artifact_prefix=$(FUZZ_BUILD)/render-artifacts/ \
	  $(FUZZ_BUILD)/render-work

fuzz-smoke: fuzz-build
	@cd $(FUZZ_BUILD) && ctest --output-on-failure -R 'fuzz/(smoke|render-smoke)'

# The language server's message loop (fuzz/fuzz_lsp.cc), FUZZ_TIME seconds from fuzz/corpus-lsp.
fuzz-lsp:
	@scripts/install-deps.sh --dev
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHAINMAP_FUZZ=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target chainmap_fuzz_lsp
	@mkdir -p $(FUZZ_BUILD)/work-lsp $(FUZZ_BUILD)/artifacts-lsp
	@cp -n fuzz/corpus-lsp/* $(FUZZ_BUILD)/work-lsp/
	$(FUZZ_BUILD)/fuzz/chainmap_fuzz_lsp -max_total_time=$(FUZZ_TIME) -timeout=20 -rss_limit_mb=2048 \
	  -max_len=65536 -dict=fuzz/lsp.dict -artifact_prefix=$(FUZZ_BUILD)/artifacts-lsp/ $(FUZZ_BUILD)/work-lsp

# Regenerate docs/rules.md from the rule catalogue (a test fails when it is stale).
docs: build
	@$(BUILD)/chainmap rules --format markdown > docs/rules.md.tmp && mv docs/rules.md.tmp docs/rules.md
	@echo "wrote docs/rules.md"

# A Debian package of the Release build: build/release/chainmap_*.deb
package: build
	@cd $(BUILD) && cpack -G DEB

clean:
	rm -rf build
