"""The README's commands run as shown (pydantic-settings' test_docs.py style)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent


def _shell_lines() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", README, re.S)
    lines = [ln.split("#")[0].strip() for b in blocks for ln in b.splitlines()]
    return [ln for ln in lines if ln]


def _offline_core_commands() -> list[list[str]]:
    """`storywatch classify|detect` lines: they need no broker, so they run here as written."""
    out = []
    for line in _shell_lines():
        argv = shlex.split(line)
        if argv[0].endswith("bin/storywatch") and argv[1] in {"classify", "detect"}:
            out.append([str(BIN / "storywatch"), *argv[1:]])
    return out


def _table_commands() -> list[str]:
    """Every command of the README's command table."""
    return sorted(set(re.findall(r"^\| `storywatch (\w+)", README, re.M)))


def test_the_readme_shows_the_core_commands() -> None:
    assert len(_offline_core_commands()) >= 2


@pytest.mark.parametrize("argv", _offline_core_commands(), ids=lambda a: " ".join(a[1:3]))
def test_core_command_runs_as_shown(argv: list[str]) -> None:
    out = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip(), "the command printed nothing"


@pytest.mark.parametrize("command", _table_commands())
def test_every_command_in_the_table_exists(command: str) -> None:
    argv = [str(BIN / "storywatch"), command, "--help"]
    out = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    assert "Usage" in out.stdout


def test_every_setting_in_the_readme_is_a_field_of_settings() -> None:
    from storywatch.settings import Settings

    named = set(re.findall(r"`STORYWATCH_([A-Z_]+)`", README))
    fields = {f.upper() for f in Settings.model_fields}
    assert named, "no settings table"
    assert named <= fields, named - fields


def test_version_prints_the_package_version() -> None:
    """SECURITY.md asks reporters for `storywatch --version`."""
    from storywatch import __version__

    argv = [str(BIN / "storywatch"), "--version"]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"storywatch {__version__}"
