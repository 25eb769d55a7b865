"""The console entry point: Ctrl-C while the command is still importing exits 130 in one line."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# What pip's console script does, with Ctrl-C arriving during one of the CLI's imports.
_SCRIPT = """
import builtins, sys
real = builtins.__import__
def interrupting(name, *args, **kwargs):
    if name == {module!r}:
        raise KeyboardInterrupt
    return real(name, *args, **kwargs)
builtins.__import__ = interrupting
from {entry} import {func}
sys.exit({func}())
"""


def _entry_point() -> tuple[str, str]:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    module, func = scripts["storywatch"].split(":")
    return module, func


@pytest.mark.parametrize("module", ["storywatch.classify", "datasketch", "pydantic"])
def test_ctrl_c_during_imports_exits_130_in_one_line(module: str) -> None:
    entry, func = _entry_point()
    script = _SCRIPT.format(module=module, entry=entry, func=func)
    done = subprocess.run(
        [sys.executable, "-c", script, "classify", "--help"],
        capture_output=True, text=True, timeout=120, cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 130, done.stderr
    assert done.stderr == "interrupted\n"


def test_the_entry_point_still_runs_the_cli() -> None:
    entry, func = _entry_point()
    script = f"import sys\nfrom {entry} import {func}\nsys.exit({func}())\n"
    done = subprocess.run(
        [sys.executable, "-c", script, "--version"],
        capture_output=True, text=True, timeout=120, cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("storywatch ")


def test_the_package_root_loads_its_names_on_use() -> None:
    import storywatch

    assert storywatch.Article.__name__ == "Article"
    assert set(storywatch.__all__) <= set(dir(storywatch))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = storywatch.nothing  # type: ignore[attr-defined]
