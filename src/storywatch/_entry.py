"""The console entry point: Ctrl-C at any moment, the imports included, exits 130.

The command's imports take seconds (the classifier's data, pydantic models, numpy and
scipy through datasketch); a KeyboardInterrupt raised inside them would print a
traceback if the entry point were the CLI module itself. This module imports nothing
of storywatch but the (lazy) package root, and the CLI inside the guard.
"""

from __future__ import annotations

import sys

INTERRUPTED = 130


def main() -> None:
    """`storywatch`: the CLI, with Ctrl-C during its imports reported in one line."""
    try:
        from storywatch.cli import main as run  # noqa: PLC0415 (the guarded import)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        raise SystemExit(INTERRUPTED) from None
    run()
