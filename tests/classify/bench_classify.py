"""Benchmark (not a test): articles per second of classify_article on ~3 KB news articles.

    .venv/bin/python tests/classify/bench_classify.py [N]

Builds 3 KB articles from the shared storyline and the corpus bodies, warms the caches, then
times N classifications on one core and prints articles/s and mean ms per article.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from storywatch.classify import classify_article
from storywatch.models import Article

ROOT = Path(__file__).resolve().parents[2]


def _bodies() -> list[str]:
    files = [ROOT.parent / "shared" / "storylines" / "ukraine-russia-talks.articles.jsonl"]
    files += [
        p for p in (ROOT / "tests" / "corpus").glob("*.articles.jsonl") if "heldout" not in p.name
    ]
    bodies = []
    for f in files:
        if f.exists():
            bodies += [
                json.loads(ln)["body"]
                for ln in f.read_text(encoding="utf-8").splitlines()
                if ln.strip()
            ]
    return bodies


def _articles(n: int) -> list[Article]:
    bodies = _bodies()
    out = []
    for i in range(n):
        text, j = "", i
        while len(text) < 3000:  # a 3 KB article: several bodies back to back
            text += bodies[j % len(bodies)] + "\n"
            j += 7
        out.append(Article(id=str(i), title="t", body=text[:3072], published_at=datetime.now(UTC)))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    arts = _articles(n)
    for a in arts[:50]:
        classify_article(a)
    start = time.process_time()
    for a in arts:
        classify_article(a)
    spent = time.process_time() - start
    print(
        json.dumps(
            {
                "articles": n,
                "bytes_each": 3072,
                "articles_per_s": round(n / spent, 1),
                "mean_ms": round(1000 * spent / n, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
