"""``sources.yaml``: the feeds and JSON APIs to poll, validated once with line-numbered errors.

    sources:
      - name: BBC World
        url: https://feeds.bbci.co.uk/news/world/rss.xml
        interval_s: 300
      - name: newsapi
        kind: json
        url: https://newsapi.org/v2/top-headlines?language=en
        headers: {X-Api-Key: "${NEWSAPI_KEY}"}
        mapping: {body: [content, description]}

``${VAR}`` in a url or header is taken from the environment mapping the CLI passes in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from storywatch._exceptions import InvalidSources
from storywatch.ingest.jsonapi import FieldMapping

__all__ = ["Source", "load_sources", "parse_sources"]

_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class Source(BaseModel):
    """One feed or JSON API: where, what kind, how often, under which name."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    url: str
    kind: Literal["auto", "feed", "json"] = "auto"
    interval_s: float = Field(default=300.0, gt=0)
    headers: dict[str, str] = Field(default_factory=dict)
    mapping: FieldMapping | None = None
    fulltext: bool = False
    lang: str | None = None

    @field_validator("url")
    @classmethod
    def _http_url(cls, v: str) -> str:
        parts = urlsplit(v)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an http(s) URL")
        return v

    @property
    def host(self) -> str:
        """The host polled (the per-host concurrency key)."""
        return (urlsplit(self.url).hostname or "").lower()


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sources: list[Source]


def _node_at(node: yaml.Node, loc: Sequence[int | str]) -> yaml.Node:
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == key), None)
            if child is None:
                return node
            node = child
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            return node
    return node


def _expand(text: str, env: Mapping[str, str]) -> str:
    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in env:
            raise ValueError(f"${{{m.group(1)}}} is not set in the environment")
        return env[m.group(1)]

    return _VAR.sub(sub, text)


def _expand_all(data: Any, env: Mapping[str, str]) -> Any:
    if isinstance(data, dict):
        return {k: _expand_all(v, env) for k, v in data.items()}
    if isinstance(data, list):
        return [_expand_all(v, env) for v in data]
    return _expand(data, env) if isinstance(data, str) else data


def _load_yaml(text: str, name: str) -> tuple[Any, yaml.Node | None]:
    try:
        return yaml.safe_load(text), yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise InvalidSources(f"{name}: {line}invalid YAML: {problem}") from None


def parse_sources(
    text: str, name: str = "sources.yaml", env: Mapping[str, str] | None = None
) -> list[Source]:
    """Validate the text of a sources file; InvalidSources names the file and line."""
    data, root = _load_yaml(text, name)
    if isinstance(data, list):
        data = {"sources": data}
        root = yaml.MappingNode("tag:yaml.org,2002:map", [(yaml.ScalarNode("", "sources"), root)])
    try:
        sources = _File.model_validate(
            _expand_all(data, env or {}) if data is not None else {}
        ).sources
    except ValidationError as e:
        err = e.errors()[0]
        line = ""
        if root is not None:
            line = f"line {_node_at(root, err['loc']).start_mark.line + 1}: "
        loc = ".".join(str(p) for p in err["loc"])
        raise InvalidSources(f"{name}: {line}{loc}: {err['msg']}") from None
    except ValueError as e:
        raise InvalidSources(f"{name}: {e}") from None
    _unique_names(sources, name)
    return sources


def _unique_names(sources: list[Source], name: str) -> None:
    seen: set[str] = set()
    for s in sources:
        if s.name in seen:
            raise InvalidSources(f"{name}: duplicate source name {s.name!r}")
        seen.add(s.name)


def load_sources(path: Path, env: Mapping[str, str] | None = None) -> list[Source]:
    """Read and validate a sources file; InvalidSources if unreadable or invalid."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InvalidSources(f"{path}: cannot read: {e}") from None
    return parse_sources(text, str(path), env)
