"""Titles of changes ("Russia responded to Ukraine's proposal for talks"); templates in data/."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

from storywatch import classify

__all__ = ["change_title", "party_name"]


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("storywatch.stories").joinpath("data/titles.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def party_name(code: str) -> str:
    """The classifier's display name of a party code, or the code itself."""
    provided = getattr(classify, "display_name", None)
    if callable(provided):
        name = provided(code)
        if isinstance(name, str) and name:
            return name
    return code


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def change_title(to_state: str, actor: str, other: str | None, issue: str, **extra: Any) -> str:
    """The one-line title of a change of `actor` (towards `other`) on `issue`."""
    templates: dict[str, str] = _data()["templates"]
    a, o = party_name(actor), party_name(other) if other else "the other side"
    words = {
        "actor": a,
        "other": o,
        "actor_s": _possessive(a),
        "other_s": _possessive(o),
        "issue": _data()["issues"].get(issue, issue),
        "topic": _data()["topics"].get(issue, "talks on " + _data()["issues"].get(issue, issue)),
        **extra,
    }
    text = templates.get(to_state, "{actor}: " + to_state + " ({issue})").format(**words)
    return text[:1].upper() + text[1:]
