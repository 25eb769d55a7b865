"""Golden output of classify_article: one JSON line per article (for byte-identical diffs).

Usage: PYTHONPATH=src python bench/golden_classify.py OUT.jsonl
Covers tests/corpus, ../shared/storylines, bench-corpus articles (two seeds), variants of the
labelled articles (lower-cased, no title) and bad-input edge cases.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from storywatch.bench.corpus import CorpusConfig, generate
from storywatch.classify import classify_article
from storywatch.models import Article, parse_article

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/storylines")


def _labelled() -> list[Article]:
    out: list[Article] = []
    for p in [
        *sorted((ROOT / "tests/corpus").glob("*.articles.jsonl")),
        *sorted(SHARED.glob("*.articles.jsonl")),
    ]:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(parse_article(json.loads(line)))
    return out


def _variants(arts: list[Article]) -> list[Article]:
    out: list[Article] = []
    for a in arts:
        out.append(a.model_copy(update={"title": a.title.lower(), "body": a.body.lower()}))
        out.append(a.model_copy(update={"title": "", "body": a.body.upper()}))
        out.append(a.model_copy(update={"title": a.body[:200], "body": a.title + "\n" + a.body}))
    return out


def _edge(base: Article) -> list[Article]:
    texts = [
        "",
        " ",
        "\x00\x01\x02 garbage \ufffd\ufffd",
        "Россия и Украина договорились. 中国 拒绝了.",
        "Ukraine proposed talks; Russia has not yet issued an official response. " * 5000,
        bytes(range(256)).decode("latin-1") * 40,
        "Mr. Putin met Mr. Zelensky. Iran rejected the U.S. offer; Israel's reply came later.",
    ]
    return [base.model_copy(update={"id": f"edge-{i}", "body": t}) for i, t in enumerate(texts)]


def articles() -> list[Article]:
    lab = _labelled()
    bench = [i.article for i in generate(CorpusConfig(articles=2000))]
    bench += [i.article for i in generate(CorpusConfig(articles=600, seed=7, noise_share=0.5))]
    return lab + _variants(lab) + bench + _edge(lab[0])


def main() -> None:
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for a in articles():
            f.write(classify_article(a).model_dump_json() + "\n")


if __name__ == "__main__":
    main()
