# Thin wrapper over CMake. `make demo` and `make test` are the two quick-start commands.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build/release
ASAN_BUILD ?= build/asan
CMAKE_FLAGS ?=

.PHONY: all deps build demo test asan goldens docs package clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo.sh $(BUILD)/chainmap

asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCHAINMAP_SANITIZE=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)

test: asan
	@cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS)

# Rewrite the golden files of tests/cases from the current binary; review the diff like code.
goldens: asan
	@cd $(ASAN_BUILD) && CHAINMAP_UPDATE_GOLDEN=1 ctest -L golden -j $(JOBS) >/dev/null || true
	@git status --short tests/cases

# Regenerate docs/rules.md from the rule catalogue (a test fails when it is stale).
docs: build
	@$(BUILD)/chainmap rules --format markdown > docs/rules.md.tmp && mv docs/rules.md.tmp docs/rules.md
	@echo "wrote docs/rules.md"

# A Debian package of the Release build: build/release/chainmap_*.deb
package: build
	@cd $(BUILD) && cpack -G DEB

clean:
	rm -rf build
