"""A deterministic, seeded synthetic corpus for the benchmarks.

Thousands of stories between real states on real issues (proposals, responses,
acceptances, talks, agreements), a share of syndicated copies with small edits
from other outlets, and a share of noise (sports clubs named after cities,
markets, brands). The vocabulary lives in ``data/corpus.yaml``; the same seed
and config always give the same articles, in published_at order.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from storywatch import _json
from storywatch.models import Article

__all__ = ["CorpusConfig", "CorpusItem", "Kind", "generate", "vocabulary", "write_jsonl"]

Kind = Literal["story", "syndicated", "noise"]
_EPOCH = datetime(2025, 1, 5, tzinfo=UTC)


@dataclass(frozen=True)
class CorpusConfig:
    """How many articles, which seed, and the shares of copies and noise."""

    articles: int = 20_000
    seed: int = 42
    syndicated_share: float = 0.2
    noise_share: float = 0.25
    target_chars: int = 3000
    articles_per_hour: float = 400.0
    start: datetime = _EPOCH

    def __post_init__(self) -> None:
        if self.articles < 0:
            raise ValueError("articles must be >= 0")
        shares = (self.syndicated_share, self.noise_share)
        if min(shares) < 0 or sum(shares) > 1:
            raise ValueError("shares must be >= 0 and sum to at most 1")

    def counts(self) -> dict[Kind, int]:
        """Exact number of articles of each kind."""
        noise = round(self.articles * self.noise_share)
        synd = round(self.articles * self.syndicated_share)
        story = self.articles - noise - synd
        if story == 0:  # a copy needs an original
            synd, noise = 0, self.articles
        return {"story": story, "syndicated": synd, "noise": noise}


@dataclass(frozen=True)
class CorpusItem:
    """One generated article with what the generator knows about it (ground truth)."""

    article: Article
    kind: Kind
    story: str | None = None  # e.g. "UKR-RUS:talks" (the generator's own key)
    step: str | None = None  # e.g. "propose"
    copy_of: str | None = None  # id of the original, for syndicated copies


@dataclass
class _Draft:
    at: datetime
    kind: Kind
    title: str
    paragraphs: list[str]
    outlet: tuple[str, str]
    story: str | None = None
    step: str | None = None
    source: _Draft | None = None
    id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@cache
def vocabulary() -> dict[str, Any]:
    """The corpus vocabulary (parsed once)."""
    text = resources.files("storywatch.bench").joinpath("data/corpus.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _party(prefix: str, row: list[str]) -> dict[str, str]:
    code, name, adj, cap, seat, head = row
    return {
        prefix: name, f"{prefix}_code": code, f"{prefix}_adj": adj,
        f"{prefix}_cap": cap, f"{prefix}_seat": seat, f"{prefix}_head": head,
    }  # fmt: skip


class _Writer:
    """Turns a story plan into article drafts (one rng for the whole corpus)."""

    def __init__(self, config: CorpusConfig, rng: random.Random) -> None:
        self.cfg = config
        self.rng = rng
        self.v = vocabulary()
        self.span_h = max(1.0, config.articles / config.articles_per_hour)

    def body(self, first: list[str], ctx: dict[str, str], pool: list[str]) -> list[str]:
        paras = list(first)
        size = sum(len(p) for p in paras)
        for tpl in self.rng.sample(pool, len(pool)):
            if size >= self.cfg.target_chars:
                break
            paras.append(_cap(tpl.format(**ctx)))
            size += len(paras[-1])
        return paras

    def story_context(self, a: list[str], b: list[str], issue: str) -> dict[str, str]:
        v, r = self.v, self.rng
        third = r.choice([p for p in v["parties"] if p[0] not in (a[0], b[0])])
        ctx = {**_party("A", a), **_party("B", b), "issue": issue}
        ctx.update(
            issue_np=r.choice(v["issues"][issue]), venue=r.choice(v["venues"]),
            C=third[1], org=r.choice(v["organisations"]),
        )  # fmt: skip
        return ctx

    def story(self, a: list[str], b: list[str], issue: str, budget: int) -> list[_Draft]:
        r = self.rng
        script: list[str] = r.choice(self.v["scripts"])[:budget]
        ctx = self.story_context(a, b, issue)
        key = f"{a[0]}-{b[0]}:{issue}"
        at = self.cfg.start + timedelta(hours=r.uniform(0, self.span_h))
        drafts = []
        for step in script:
            at += timedelta(hours=r.uniform(1.0, 18.0))
            drafts.append(self.step(step, {**ctx, "day": at.strftime("%A")}, at, key))
        return drafts

    def step(self, step: str, ctx: dict[str, str], at: datetime, key: str) -> _Draft:
        r, spec = self.rng, self.v["steps"][step]
        lead = _cap(r.choice(spec["leads"]).format(**ctx))
        if r.random() < 0.6:
            lead += " " + _cap(r.choice(spec["follow"]).format(**ctx))
        return _Draft(
            at=at, kind="story", title=_cap(r.choice(spec["titles"]).format(**ctx)),
            paragraphs=self.body([lead], ctx, self.v["fillers"]),
            outlet=tuple(r.choice(self.v["outlets"])), story=key, step=step, extra=ctx,
        )  # fmt: skip

    def syndicate(self, src: _Draft) -> _Draft:
        r, v = self.rng, self.v
        outlet = tuple(r.choice([o for o in v["outlets"] if tuple(o) != src.outlet]))
        paras = list(src.paragraphs)
        if len(paras) > 3:
            del paras[r.randrange(1, len(paras))]
        for old, new in r.sample(v["syndication_edits"], 2):
            paras = _edit_once(paras, old, new)
        paras.append(_cap(r.choice(v["wire_tails"]).format(**src.extra)))
        title = src.title if r.random() < 0.5 else f"UPDATE 1-{src.title}"
        at = src.at + timedelta(minutes=r.uniform(2.0, 180.0))
        return _Draft(at, "syndicated", title, paras, outlet, src.story, src.step, src)

    def noise(self) -> _Draft:
        r, nv = self.rng, self.v["noise"]
        genre = r.choice(["sports", "markets", "brands"])
        at = self.cfg.start + timedelta(hours=r.uniform(0, self.span_h))
        club, club2 = r.sample(nv["club_names"], 2)
        ctx = {"club": club, "club2": club2, "brand": r.choice(nv["brand_names"]),
               "city": r.choice(nv["city_names"]), "day": at.strftime("%A")}  # fmt: skip
        spec = nv[genre]
        title = _cap(r.choice(spec["titles"]).format(**ctx))
        paras = self.body([], ctx, spec["paragraphs"])
        return _Draft(at, "noise", title, paras, tuple(r.choice(self.v["outlets"])))


def _edit_once(paras: list[str], old: str, new: str) -> list[str]:
    """Replace the first whole-word `old` of the text (a copy desk's small edit)."""
    pattern = re.compile(rf"\b{re.escape(old)}\b")
    for i, p in enumerate(paras):
        if pattern.search(p):
            return [*paras[:i], pattern.sub(new, p, count=1), *paras[i + 1 :]]
    return paras


def _story_keys(rng: random.Random, parties: list[list[str]], issues: list[str]) -> list[Any]:
    combos = [(a, b, i) for a, b in itertools.combinations(parties, 2) for i in issues]
    rng.shuffle(combos)
    return combos


def _stories(w: _Writer, count: int) -> list[_Draft]:
    combos = _story_keys(w.rng, w.v["parties"], list(w.v["issues"]))
    drafts: list[_Draft] = []
    for a, b, issue in itertools.cycle(combos):
        if len(drafts) >= count:
            break
        first, second = (a, b) if w.rng.random() < 0.5 else (b, a)
        drafts.extend(w.story(first, second, issue, count - len(drafts)))
    return drafts


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def _finish(d: _Draft, n: int, seed: int) -> CorpusItem:
    d.id = f"b{seed}-{n:06d}"
    site = d.outlet[1]
    art = Article(
        id=d.id, url=f"https://{site}/{d.at:%Y/%m/%d}/{_slug(d.title)}-{n}", source=d.outlet[0],
        published_at=d.at.replace(microsecond=0), title=d.title, body="\n".join(d.paragraphs),
        lang="en",
    )  # fmt: skip
    copy_of = d.source.id if d.source else None
    return CorpusItem(art, d.kind, d.story, d.step, copy_of)


def generate(config: CorpusConfig | None = None) -> list[CorpusItem]:
    """The corpus for a config: same seed, same articles, in published_at order."""
    cfg = config or CorpusConfig()
    rng = random.Random(cfg.seed)  # noqa: S311 -- a reproducible corpus, not secrets
    w = _Writer(cfg, rng)
    counts = cfg.counts()
    drafts = _stories(w, counts["story"])
    drafts += [
        w.syndicate(rng.choice(drafts[: counts["story"]])) for _ in range(counts["syndicated"])
    ]
    drafts += [w.noise() for _ in range(counts["noise"])]
    order = sorted(range(len(drafts)), key=lambda i: (drafts[i].at, i))
    return [_finish(drafts[i], n, cfg.seed) for n, i in enumerate(order)]


def write_jsonl(items: Iterable[CorpusItem], path: Path) -> int:
    """Write the articles as contract JSONL; return how many."""
    n = 0
    with path.open("wb") as fh:
        for it in items:
            fh.write(_json.dumps(it.article.to_json_dict()) + b"\n")
            n += 1
    return n
