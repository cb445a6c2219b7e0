# attn: set-up, build, demo and tests on a fresh Debian 12 machine.
#   make demo   installs what is missing, builds, runs the demo on the bundled default
#   make test   installs what is missing, builds, runs every test (unit, gradcheck, oracle, e2e)

BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build demo test test-unit test-sanitize bench format clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j$(JOBS)

demo: build
	./$(BUILD)/attn demo

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

test-unit: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS) -L unit

# Unit and gradient-check tests under AddressSanitizer + UndefinedBehaviorSanitizer.
test-sanitize: deps
	@cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DATTN_SANITIZE=ON -DATTN_BUILD_BENCH=OFF >/dev/null
	@cmake --build build-sanitize -j$(JOBS)
	ASAN_OPTIONS=detect_leaks=1 ctest --test-dir build-sanitize --output-on-failure -j$(JOBS) -L 'unit|gradcheck'

bench: build
	./$(BUILD)/attn bench ceiling
	./$(BUILD)/attn bench matmul --n 1024

format:
	clang-format -i $$(git ls-files '*.h' '*.cpp')

clean:
	rm -rf $(BUILD) build-sanitize
