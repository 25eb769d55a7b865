"""Watches: named selections of changes, parsed from watches.yaml text (pure, no file I/O).

A watch matches on actors, issues, to_states, a minimum severity, confirmed-only and
keywords, routes to named sinks (and an optional own webhook URL), and carries the
Alertmanager-style timing of its notifications. The default watch ``all`` passes every
change and is present unless the file says ``include_default: false``.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from storywatch._exceptions import InvalidWatches
from storywatch.models import SEVERITIES, Change, Severity

__all__ = [
    "DEFAULT_WATCH",
    "Watch",
    "default_watches",
    "earliest_overdue_hours",
    "parse_duration",
    "parse_watches",
]

_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")


def parse_duration(value: Any) -> float:
    """Seconds from a number or a string like '30s', '5m', '4h', '1.5d'."""
    if isinstance(value, bool):
        raise ValueError("a duration, not a boolean")  # noqa: TRY004 (pydantic wants ValueError)
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        m = _DURATION.match(str(value))
        if not m:
            raise ValueError(f"not a duration: {value!r} (use e.g. 30s, 5m, 4h)")
        seconds = float(m.group(1)) * _UNITS[m.group(2) or "s"]
    if seconds < 0:
        raise ValueError("a duration cannot be negative")
    return seconds


def _as_tuple(value: Any) -> Any:
    return (value,) if isinstance(value, str) else value


class Watch(BaseModel):
    """A named selection of changes; empty match lists match everything."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(default="all", min_length=1, max_length=200)
    actors: tuple[str, ...] = ()  # the acting party or any party of the story
    issues: tuple[str, ...] = ()
    to_states: tuple[str, ...] = ()
    min_severity: Severity = "info"
    confirmed_only: bool = False
    keywords: tuple[str, ...] = ()  # any of them, case-insensitive, in title or evidence
    sinks: tuple[str, ...] = ()  # names of sinks; empty: every configured sink
    webhook_url: str | None = None  # an extra webhook only this watch posts to
    overdue_hours: float | None = Field(default=None, gt=0)  # see _overdue_ok
    group_wait: float = 0.0  # seconds; 0 = notify at once
    group_interval: float = 0.0  # seconds between notifications of one group
    # The same transition again within this is folded. 0 by default: the story engine emits a
    # change once, and every alert of the stream must reach the sinks (CONTRACT.md, demo).
    repeat_interval: float = 0.0

    @field_validator("group_wait", "group_interval", "repeat_interval", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> float:
        return parse_duration(v)

    @field_validator("webhook_url")
    @classmethod
    def _http_url(cls, v: str | None) -> str | None:
        if v is not None and not re.match(r"^https?://[^/\s]+", v):
            raise ValueError("not an http(s) URL")
        return v

    @field_validator("actors", "issues", "to_states", "keywords", "sinks", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        return _as_tuple(v)

    def matches(self, change: Change) -> bool:
        """True when this watch selects the change."""
        return (
            self._party_ok(change)
            and (not self.issues or (change.issue or "") in self.issues)
            and (not self.to_states or change.to_state in self.to_states)
            and SEVERITIES.index(change.severity) >= SEVERITIES.index(self.min_severity)
            and (change.confirmed or not self.confirmed_only)
            and self._keywords_ok(change)
            and self._overdue_ok(change)
        )

    def _overdue_ok(self, change: Change) -> bool:
        """An `overdue` change counts for this watch once its own deadline has passed too."""
        if change.to_state != "overdue" or self.overdue_hours is None:
            return True
        return change.figures.get("hours", float("inf")) >= self.overdue_hours

    def _party_ok(self, change: Change) -> bool:
        if not self.actors:
            return True
        return change.actor in self.actors or any(p in self.actors for p in change.parties)

    def _keywords_ok(self, change: Change) -> bool:
        if not self.keywords:
            return True
        text = " ".join([change.title, *(e.sentence for e in change.evidence)]).casefold()
        return any(k.casefold() in text for k in self.keywords)


DEFAULT_WATCH = Watch()


def earliest_overdue_hours(watches: tuple[Watch, ...], default: float) -> float:
    """The deadline the story engine should use so that every watch's deadline can be met.

    The engine emits one `overdue` change per open loop; a watch with a longer deadline
    than the engine's skips it (see Watch._overdue_ok).
    """
    return min([default, *(w.overdue_hours for w in watches if w.overdue_hours is not None)])


def default_watches() -> tuple[Watch, ...]:
    """The watch list used when no watches file is configured."""
    return (DEFAULT_WATCH,)


def parse_watches(text: str, source: str = "watches.yaml") -> tuple[Watch, ...]:
    """Parse watches.yaml text; raise InvalidWatches('<source> line N: reason') on any error."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 1
        raise InvalidWatches(f"{source} line {line}: {e.problem or e.context}") from None
    except yaml.YAMLError as e:
        raise InvalidWatches(f"{source}: {str(e).splitlines()[0]}") from None
    return _validate(data, root, source)


def _validate(data: Any, root: yaml.Node | None, source: str) -> tuple[Watch, ...]:
    if data is None:
        return default_watches()
    if isinstance(data, list):
        data = {"watches": data}
    if not isinstance(data, dict) or not isinstance(data.get("watches", []), list):
        raise InvalidWatches(f"{source} line {_line(root, ())}: expected 'watches:' with a list")
    unknown = set(data) - {"watches", "include_default"}
    if unknown:
        key = sorted(unknown)[0]
        raise InvalidWatches(f"{source} line {_key_line(root, key)}: unknown key {key!r}")
    watches = [_one(item, i, root, source) for i, item in enumerate(data.get("watches") or [])]
    _check_unique(watches, root, source)
    if data.get("include_default", True) and all(w.name != DEFAULT_WATCH.name for w in watches):
        watches.insert(0, DEFAULT_WATCH)
    if not watches:  # every alert would be dropped without a word: refuse
        line = _key_line(root, "include_default")
        raise InvalidWatches(f"{source} line {line}: no watches (include_default is false)")
    return tuple(watches)


def _one(item: Any, i: int, root: yaml.Node | None, source: str) -> Watch:
    if not isinstance(item, dict):
        raise InvalidWatches(f"{source} line {_line(root, ('watches', i))}: a watch is a mapping")
    try:
        return Watch.model_validate(item)
    except ValidationError as e:
        err = e.errors()[0]
        loc = ("watches", i, *err["loc"][:1])
        field = ".".join(str(x) for x in err["loc"]) or "watch"
        msg = err["msg"].replace("Value error, ", "")
        raise InvalidWatches(f"{source} line {_line(root, loc)}: {field}: {msg}") from None


def _check_unique(watches: list[Watch], root: yaml.Node | None, source: str) -> None:
    seen: set[str] = set()
    for i, w in enumerate(watches):
        if w.name in seen:
            line = _line(root, ("watches", i, "name"))
            raise InvalidWatches(f"{source} line {line}: duplicate watch name {w.name!r}")
        seen.add(w.name)


def _line(node: yaml.Node | None, path: tuple[str | int, ...]) -> int:
    """1-based line of the node at `path` (the deepest one found) in a composed YAML tree."""
    if node is None:
        return 1
    for step in path:
        child = _child(node, step)
        if child is None:
            break
        node = child
    return int(node.start_mark.line) + 1


def _key_line(node: yaml.Node | None, key: str) -> int:
    """1-based line of a top-level key (its value may start on the next line)."""
    if isinstance(node, yaml.MappingNode):
        for k, _v in node.value:
            if k.value == key:
                return int(k.start_mark.line) + 1
    return 1


def _child(node: yaml.Node, step: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        child: yaml.Node = node.value[step]
        return child
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == step:
                found: yaml.Node = value
                return found
    return None
