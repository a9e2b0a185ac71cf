# The two commands of the README: `make run` and `make test`. Everything else is a helper.
BUILD ?= build
BUILD_TYPE ?= Release
CMAKE_ARGS ?=
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo Ninja || echo "Unix Makefiles")
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_DB ?= $(BUILD)/demo/lpg.db
export CCACHE_SLOPPINESS := pch_defines,time_macros,include_file_mtime,include_file_ctime
export CCACHE_BASEDIR := $(CURDIR)

FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
STRESS_RUNS ?= 500

.PHONY: all deps configure build run test check demo clean fuzz stress test-sanitize format tidy bench

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
	@echo "== lpg on the demo database $(DEMO_DB) (a fictional county) =="
	$(BUILD)/lpg --db $(DEMO_DB) db info
	@echo
	$(BUILD)/lpg --db $(DEMO_DB) group tree
	@echo
	LPG_NOW=2026-12-01T09:00 $(BUILD)/lpg --db $(DEMO_DB) meeting list --upcoming --to 2027-01-31
	@echo
	LPG_NOW=2026-12-01T09:00 $(BUILD)/lpg --db $(DEMO_DB) minutes list --owed
	@echo
	@echo "Try: $(BUILD)/lpg --db $(DEMO_DB) --help"

# make test: the ctest suite, then each fuzz target for 4 s when clang's libFuzzer is installed.
test: check
	@scripts/fuzz.sh $(FUZZ_BUILD) 4 --if-available

check: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Each libFuzzer target in fuzz/ for FUZZ_SECONDS (clang build in $(FUZZ_BUILD)).
fuzz:
	@scripts/fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

# The SIGKILL crash-safety scenario with many more kills than make test gives it.
stress: build
	@LPG_STRESS_RUNS=$(STRESS_RUNS) python3 tests/e2e/test_kill_safety.py $(BUILD)/lpg

# Every benchmark in bench/ against the built lpg (not part of make test; needs hyperfine).
bench: build
	@for b in bench/*.sh; do [ -e "$$b" ] || continue; echo "== $$b"; "$$b" $(BUILD)/lpg || exit 1; done

test-sanitize:
	@$(MAKE) BUILD=build-asan BUILD_TYPE=Debug CMAKE_ARGS=-DLPG_SANITIZE=ON check

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

clean:
	rm -rf $(BUILD) build-asan $(FUZZ_BUILD)
