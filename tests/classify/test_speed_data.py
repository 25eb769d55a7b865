"""The classifier's YAML data read with libyaml's parser (when PyYAML has it) is the data the
pure-Python safe loader reads: same keys in the same order, same values and types."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from storywatch.classify.resources import DATA_DIR, _yaml


def _typed(x: Any) -> Any:
    if isinstance(x, dict):
        return [("dict", _typed(k), _typed(v)) for k, v in x.items()]
    if isinstance(x, list):
        return [("list", _typed(v)) for v in x]
    return (type(x).__name__, x)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA_DIR.glob("*.yaml")))
def test_data_files_load_as_the_safe_loader_reads_them(name: str) -> None:
    plain = yaml.load((DATA_DIR / name).read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    assert plain  # a data file with content
    assert _typed(_yaml(name)) == _typed(plain)
