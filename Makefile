# The two commands of the README, and the benchmark. Each runs the set-up first (it installs
# only what is missing), so they work on a fresh machine.
SWIFT ?= swift

.PHONY: setup pack test bench format

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

## Time every stage in release mode and print a table.
bench: setup
	$(SWIFT) build -c release --product boardpack-bench
	.build/release/boardpack-bench

format:
	$(SWIFT) format -i -r Sources Tests Package.swift
