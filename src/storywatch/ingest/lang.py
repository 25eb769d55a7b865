"""Cheap language identification, pure: script ranges first, then stopword counts.

Good enough to route an article to the right lexicon (it tells English from
French from Russian); not a general-purpose identifier. The stopword lists
live in ``data/stopwords.json``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from importlib import resources

__all__ = ["detect_lang", "normalize_lang"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LANG_TAG = re.compile(r"^([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]{1,8})*$")
_MIN_HITS = 2
_SAMPLE_CHARS = 1500
_MIN_SCRIPT_CHARS = 3
# Scripts that name one language: (language, character class).
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (lang, re.compile(f"[{lo}-{hi}]"))
    for lang, lo, hi in (
        ("el", "\u0370", "\u03ff"),
        ("he", "\u0590", "\u05ff"),
        ("ar", "\u0600", "\u06ff"),
        ("hi", "\u0900", "\u097f"),
        ("th", "\u0e00", "\u0e7f"),
        ("ka", "\u10a0", "\u10ff"),
        ("ko", "\uac00", "\ud7af"),
        ("ja", "\u3040", "\u30ff"),
        ("zh", "\u4e00", "\u9fff"),
    )
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_UKRAINIAN = re.compile("[іїєґІЇЄҐ]")
_CYRILLIC_LANGS = frozenset({"ru", "uk"})


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    """Each stopword and the languages it belongs to (one dict lookup per word)."""
    raw = resources.files("storywatch.ingest").joinpath("data/stopwords.json").read_text("utf-8")
    index: dict[str, set[str]] = {}
    for lang, words in json.loads(raw).items():
        for word in words:
            index.setdefault(word, set()).add(lang)
    return {word: frozenset(langs) for word, langs in index.items()}


def normalize_lang(tag: str | None) -> str | None:
    """ISO 639-1 code of a language tag such as ``en-US`` or ``fr_FR``; None if not one."""
    if not tag:
        return None
    match = _LANG_TAG.match(tag.strip())
    return match.group(1).lower() if match else None


def _by_script(text: str) -> str | None:
    counts = {lang: len(rx.findall(text)) for lang, rx in _SCRIPTS}
    if counts["ja"] and counts["zh"]:  # kanji beside kana is Japanese
        counts["ja"] += counts.pop("zh")
    lang, best = max(counts.items(), key=lambda kv: kv[1])
    cyrillic = len(_CYRILLIC.findall(text))
    if cyrillic > best:
        return "uk" if _UKRAINIAN.search(text) else None
    return lang if best >= _MIN_SCRIPT_CHARS else None


def _by_stopwords(text: str, cyrillic: bool) -> str | None:
    index = _stopwords()
    scores: Counter[str] = Counter()
    for word in _WORD.findall(text.lower()):
        langs = index.get(word)
        if langs:
            scores.update(langs)
    candidates = [(n, lang) for lang, n in scores.items() if (lang in _CYRILLIC_LANGS) == cyrillic]
    hits, lang = max(candidates, default=(0, ""))
    return lang if hits >= _MIN_HITS else None


def detect_lang(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure."""
    sample = text[:_SAMPLE_CHARS]
    if sample.isascii():
        return _by_stopwords(sample, cyrillic=False)
    script = _by_script(sample)
    if script is not None:
        return script
    cyrillic = len(_CYRILLIC.findall(sample))
    if cyrillic * 2 > len(sample.replace(" ", "")):
        return _by_stopwords(sample, cyrillic=True) or "ru"
    return _by_stopwords(sample, cyrillic=False)
