# The two commands of the README: `make run` and `make test`. Everything else is a helper.
BUILD ?= build
BUILD_TYPE ?= Release
CMAKE_ARGS ?=
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo Ninja || echo "Unix Makefiles")
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_DB ?= $(BUILD)/demo/lpg.db
export CCACHE_SLOPPINESS := pch_defines,time_macros,include_file_mtime,include_file_ctime
export CCACHE_BASEDIR := $(CURDIR)

.PHONY: all deps configure build run test demo clean fuzz test-sanitize format tidy

all: build

deps:
	@scripts/deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G "$(GENERATOR)" -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/make-demo.sh $(BUILD)/lpg $(DEMO_DB)

run: demo
	@echo "== lpg on the demo database $(DEMO_DB) =="
	$(BUILD)/lpg --db $(DEMO_DB) db info
	@echo
	@echo "Try: $(BUILD)/lpg --db $(DEMO_DB) --help"

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-sanitize:
	@$(MAKE) BUILD=build-asan BUILD_TYPE=Debug CMAKE_ARGS=-DLPG_SANITIZE=ON test

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

clean:
	rm -rf $(BUILD) build-asan
