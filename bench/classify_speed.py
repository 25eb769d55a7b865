"""classify_article articles/s: this tree against a baseline tree, same articles, one run.

Usage: python bench/classify_speed.py BASELINE_SRC [NEW_SRC]
Each side runs in its own subprocess (PYTHONPATH=that src), warms up, then times
classify_article over the articles with time.process_time (one core).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _articles(kind: str) -> list:  # type: ignore[type-arg]
    from storywatch.bench.corpus import CorpusConfig, generate  # noqa: PLC0415 (the worker's tree)
    from storywatch.models import parse_article  # noqa: PLC0415

    if kind == "bench":
        return [i.article for i in generate(CorpusConfig(articles=1500))]
    out = []
    for p in sorted((ROOT / "tests/corpus").glob("*.articles.jsonl")):
        out += [parse_article(json.loads(x)) for x in p.read_text().splitlines() if x.strip()]
    return out


def _clear_caches() -> None:
    """Empty the per-string memo caches, so a repetition does not replay the previous one."""
    keep = {"resources", "_permutations", "vocabulary"}
    for name, mod in list(sys.modules.items()):
        if not name.startswith("storywatch"):
            continue
        for attr, value in vars(mod).items():
            if attr not in keep and callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def worker(kind: str, reps: int) -> None:
    from storywatch.classify import classify_article  # noqa: PLC0415

    arts = _articles(kind)
    for a in arts[:50]:
        classify_article(a)
    best = 0.0
    for _ in range(reps):
        _clear_caches()
        t0 = time.process_time()
        for a in arts:
            classify_article(a)
        best = max(best, len(arts) / (time.process_time() - t0))
    chars = sum(len(a.body) + len(a.title) for a in arts) / len(arts)
    print(json.dumps({"kind": kind, "n": len(arts), "chars": round(chars), "per_s": best}))


def run(src: str, kind: str, reps: int) -> dict:  # type: ignore[type-arg]
    env = dict(os.environ, PYTHONPATH=src, PYTHONHASHSEED="0")
    out = subprocess.run(  # noqa: S603 (this script, our own arguments)
        [sys.executable, __file__, "--worker", kind, str(reps)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def main() -> None:
    if sys.argv[1] == "--worker":
        worker(sys.argv[2], int(sys.argv[3]))
        return
    base, new = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else str(ROOT / "src")
    for kind in ("bench", "corpus"):
        reps = 3 if kind == "bench" else 5
        b, n = run(base, kind, reps), run(new, kind, reps)
        print(
            f"{kind:7s} n={n['n']:5d} avg {n['chars']} chars: baseline {b['per_s']:7.0f}/s  "
            f"new {n['per_s']:7.0f}/s  ratio {n['per_s'] / b['per_s']:.2f}x"
        )


if __name__ == "__main__":
    main()
