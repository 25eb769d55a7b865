"""The Dockerfile: multi-stage, non-root, and every file it copies is in the build context."""

from __future__ import annotations

import fnmatch
import itertools
import re

from .conftest import ROOT

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
_FROM = re.compile(r"^FROM\s+(\S+)(?:\s+AS\s+(\S+))?", re.MULTILINE | re.IGNORECASE)


def _stages() -> list[str]:
    """The text of each stage, from its FROM to the next."""
    starts = [m.start() for m in _FROM.finditer(DOCKERFILE)] + [len(DOCKERFILE)]
    return [DOCKERFILE[a:b] for a, b in itertools.pairwise(starts)]


def ignored(path: str, patterns: list[str]) -> bool:
    """.dockerignore semantics: the last pattern matching the path or a parent decides."""
    parts = path.split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    verdict = False
    for line in patterns:
        negate = line.startswith("!")
        pat = line.removeprefix("!").rstrip("/")
        if pat == "**" or any(fnmatch.fnmatchcase(c, pat) for c in candidates):
            verdict = not negate
    return verdict


def _dockerignore() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def test_multi_stage_and_the_runtime_runs_as_non_root() -> None:
    stages = _stages()
    assert len(stages) >= 2
    runtime = stages[-1]
    users = re.findall(r"^USER\s+(\S+)", runtime, re.MULTILINE)
    assert users, "the runtime stage sets no USER"
    assert users[-1].split(":")[0] not in {"0", "root"}
    assert "COPY --from=build /opt/venv /opt/venv" in runtime
    assert runtime.startswith("FROM ${PYTHON_IMAGE} ")
    assert re.search(r"^ARG PYTHON_IMAGE=python:3\.1\d-slim", DOCKERFILE, re.MULTILINE)


def test_every_copied_file_exists_and_reaches_the_context() -> None:
    patterns = _dockerignore()
    copied = []
    for line in re.findall(r"^COPY\s+(?!--from)(.+)$", DOCKERFILE, re.MULTILINE):
        *sources, _dest = line.split()
        copied += sources
    assert copied
    for src in copied:
        assert (ROOT / src).exists(), src
        assert not ignored(src, patterns), f"{src} is excluded by .dockerignore"


def test_dockerignore_keeps_local_state_out() -> None:
    patterns = _dockerignore()
    for path in (".venv/bin/python", ".git/HEAD", "tests/conftest.py", ".storywatch/x"):
        assert ignored(path, patterns), path
    assert ignored("src/storywatch/__pycache__/x.pyc", patterns)
    assert not ignored("src/storywatch/models.py", patterns)


def test_entrypoint_is_the_cli_and_workers_by_default() -> None:
    assert 'ENTRYPOINT ["storywatch"]' in DOCKERFILE
    assert 'CMD ["worker"]' in DOCKERFILE
    assert "HEALTHCHECK" in DOCKERFILE
