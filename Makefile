# The two commands of the README, and the benchmark. Each runs the set-up first (it installs
# only what is missing), so they work on a fresh machine.
SWIFT ?= swift

.PHONY: setup pack test bench fuzz references golden format

setup:
	@bash scripts/setup.sh

## Build boardpack, check the example pack, and build it into Output/.
pack: setup
	$(SWIFT) build -c release --product boardpack
	.build/release/boardpack check
	.build/release/boardpack build

## Run every test.
test: setup
	$(SWIFT) test

## The fuzz suites, 20 times longer than in `make test` (4,000 mutated packs checked, 6,000
## loaded, 20 hostile-text builds under other seeds).
fuzz: setup
	BOARDPACK_FUZZ_SCALE=20 $(SWIFT) test --filter 'FuzzTests|HostileInputFuzzTests'

## Rewrite the reference chart images the render tests compare with (look at them first).
references: setup
	BOARDPACK_UPDATE_REFERENCES=1 $(SWIFT) test --filter 'PNGRenderTests|IconRenderTests'

## Rewrite the chart layouts pinned as text in Tests/ChartsTests/Golden/ (read the diff first).
golden: setup
	BOARDPACK_UPDATE_GOLDEN=1 $(SWIFT) test --filter GoldenChartTests

## Time every stage in release mode and print a table.
bench: setup
	$(SWIFT) build -c release --product boardpack-bench
	.build/release/boardpack-bench

format:
	$(SWIFT) format -i -r Sources Tests Package.swift
