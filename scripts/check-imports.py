#!/usr/bin/env python3
"""Checks that every target declares exactly the modules it imports.

Reads the targets from `swift package dump-package` and the `import` lines of each target's
Swift files, and prints, per target, a module imported but not declared (it builds only because
another dependency happens to bring it in) and a dependency declared but never imported. Modules
of the toolchain (Foundation, Glibc, Testing, ...) are not dependencies and are left out, as are
`import` lines of other languages inside Swift string literals (Python the tests run).

One exception is allowed: a test target may depend on an executable target it runs as a process
without importing it (BoardpackCLITests runs the built `boardpack`).

Run from the repository root: `python3 scripts/check-imports.py`. Exits 1 when any differ.
"""

import json
import pathlib
import re
import subprocess
import sys

IMPORT = re.compile(
    r"^\s*(?:@testable\s+|@_implementationOnly\s+|(?:public|package|internal)\s+)*import\s+"
    r"(?:(?:struct|class|enum|protocol|typealias|func|var|let)\s+)?([A-Za-z_][A-Za-z0-9_]*)",
    re.MULTILINE,
)


def main() -> int:
    manifest = json.loads(
        subprocess.run(
            ["swift", "package", "dump-package"], check=True, capture_output=True, text=True
        ).stdout
    )
    targets = {target["name"]: target for target in manifest["targets"]}
    products = set()
    for target in targets.values():
        for dependency in target["dependencies"]:
            if "product" in dependency:
                products.add(dependency["product"][0])
    known = set(targets) | products

    problems = []
    for name, target in sorted(targets.items()):
        if target["type"] == "system":
            continue
        folder = "Tests" if target["type"] == "test" else "Sources"
        path = pathlib.Path(target.get("path") or f"{folder}/{name}")
        imported = set()
        for file in path.rglob("*.swift"):
            imported |= {module for module in IMPORT.findall(file.read_text()) if module in known}
        imported.discard(name)
        declared = set()
        for dependency in target["dependencies"]:
            (value,) = dependency.values()
            declared.add(value[0])
        for module in sorted(imported - declared):
            problems.append(f"{name}: imports {module} but does not declare it")
        for module in sorted(declared - imported):
            runs = target["type"] == "test" and targets.get(module, {}).get("type") == "executable"
            if not runs:
                problems.append(f"{name}: declares {module} but never imports it")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
