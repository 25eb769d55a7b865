"""Human titles and summaries of alerts ("Russia responded to Ukraine's proposal for talks").

Templates live in data/titles.yaml. Party names come from ``storywatch.classify.display_name``
when the classification work provides it, else from the names table and pycountry.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import pycountry
import yaml

from storywatch.models import Change

__all__ = ["display_name", "summary_of", "title_of"]


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("storywatch.alerts").joinpath("data/titles.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def display_name(code: str | None) -> str:
    """A readable name for a party code (RUS -> Russia); the code itself when unknown."""
    if not code:
        return "the other side"
    # Imported here: classify loads its lexicons and datasketch/scipy, which `tail` and
    # `silence` never need.
    from storywatch import classify  # noqa: PLC0415

    provided = getattr(classify, "display_name", None)
    if callable(provided):
        name = provided(code)
        if isinstance(name, str) and name:
            return name
    names: dict[str, str] = _data()["names"]
    if code in names:
        return names[code]
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    return str(getattr(country, "common_name", None) or getattr(country, "name", code))


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _issue(issue: str | None) -> str:
    issues: dict[Any, str] = _data()["issues"]
    return issues.get(issue, (issue or "the matter").replace("_", " "))


def _fields(change: Change) -> dict[str, str]:
    actor = display_name(change.actor)
    other = change.counterpart or next((p for p in change.parties if p != change.actor), None)
    cp = display_name(other)
    has = other is not None
    return {
        "actor": actor,
        "actor_s": _possessive(actor),
        "counterpart": cp,
        "counterpart_s": _possessive(cp) if has else "a",
        "counterpart_or_reply": cp if has else "a reply",
        "counterpart_or_other": cp,
        "to_counterpart": f" to {cp}" if has else "",
        "with_counterpart": f" with {cp}" if has else "",
        "between": " between " + " and ".join(display_name(p) for p in change.parties)
        if change.parties
        else "",
        "issue": _issue(change.issue),
        "to_state": change.to_state.replace("_", " "),
    }


def title_of(change: Change) -> str:
    """The change's own title when the story engine set one, else one built from templates."""
    if change.title.strip():
        return change.title.strip()
    data = _data()
    template: str = data["templates"].get(change.to_state, data["fallback"])
    text = template.format(**_fields(change))
    return text[0].upper() + text[1:]


def summary_of(change: Change) -> str:
    """One paragraph: the transition, the story, how sure we are, and the rule behind it."""
    move = f"{change.from_state or 'none'} -> {change.to_state}"
    parts = [f"{change.actor} moved {move} in story {change.story_id}."]
    if change.sources:
        how = "Confirmed" if change.confirmed else "Reported"
        parts.append(f"{how} by {len(change.sources)} source(s): {', '.join(change.sources)}.")
    elif not change.confirmed:
        parts.append("Unconfirmed (one source).")
    if change.figures:
        figs = ", ".join(f"{k}={v:g}" for k, v in sorted(change.figures.items()))
        parts.append(f"Figures: {figs}.")
    if change.rule:
        parts.append(f"Rule: {change.rule}.")
    return " ".join(parts)
