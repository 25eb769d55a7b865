"""Cheap language identification, pure: script ranges first, then stopword counts.

Good enough to route an article to the right lexicon (it tells English from
French from Russian); not a general-purpose identifier. The stopword lists
live in ``data/stopwords.json``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

__all__ = ["detect_lang", "normalize_lang"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LANG_TAG = re.compile(r"^([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]{1,8})*$")
_MIN_HITS = 2
_SAMPLE_CHARS = 4000
# (language, first code point, last code point) for scripts that name one language.
_SCRIPTS: tuple[tuple[str, int, int], ...] = (
    ("el", 0x0370, 0x03FF),
    ("he", 0x0590, 0x05FF),
    ("ar", 0x0600, 0x06FF),
    ("hi", 0x0900, 0x097F),
    ("th", 0x0E00, 0x0E7F),
    ("ka", 0x10A0, 0x10FF),
    ("ko", 0xAC00, 0xD7AF),
    ("ja", 0x3040, 0x30FF),
    ("zh", 0x4E00, 0x9FFF),
)
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    raw = resources.files("storywatch.ingest").joinpath("data/stopwords.json").read_text("utf-8")
    return {lang: frozenset(words) for lang, words in json.loads(raw).items()}


def normalize_lang(tag: str | None) -> str | None:
    """ISO 639-1 code of a language tag such as ``en-US`` or ``fr_FR``; None if not one."""
    if not tag:
        return None
    match = _LANG_TAG.match(tag.strip())
    return match.group(1).lower() if match else None


def _by_script(text: str) -> str | None:
    counts: dict[str, int] = {}
    cyrillic = 0
    for ch in text:
        cp = ord(ch)
        if 0x0400 <= cp <= 0x04FF:
            cyrillic += 1
            continue
        for lang, lo, hi in _SCRIPTS:
            if lo <= cp <= hi:
                counts[lang] = counts.get(lang, 0) + 1
                break
    if "ja" in counts and "zh" in counts:  # kanji beside kana is Japanese
        counts["ja"] += counts.pop("zh")
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    if cyrillic > best[1]:
        return "uk" if any(ch in _UKRAINIAN_LETTERS for ch in text) else None
    return best[0] if best[1] >= 3 else None


def _by_stopwords(text: str, latin_only: bool) -> str | None:
    words = [w.lower() for w in _WORD.findall(text)]
    scores: dict[str, int] = {}
    for lang, stops in _stopwords().items():
        if latin_only and lang in ("ru", "uk"):
            continue
        scores[lang] = sum(1 for w in words if w in stops)
    lang, hits = max(scores.items(), key=lambda kv: kv[1], default=("", 0))
    return lang if hits >= _MIN_HITS else None


def detect_lang(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure."""
    sample = text[:_SAMPLE_CHARS]
    script = _by_script(sample)
    if script is not None:
        return script
    cyrillic = sum(1 for ch in sample if 0x0400 <= ord(ch) <= 0x04FF)
    if cyrillic * 2 > len(sample.replace(" ", "")):
        return _by_stopwords(sample, latin_only=False) or "ru"
    return _by_stopwords(sample, latin_only=True)
