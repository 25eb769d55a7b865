"""Names an article introduces: "Thai Acting Prime Minister Phumtham Wechayachai" binds the name
(and its first and last word) to THA for the rest of the article.

News writing names an official once with country and title, then by name alone ("Phumtham and
Hun Manet will meet"). The people table cannot list every official of every state, so the article
teaches its own: a title after a party ("Cambodian Prime Minister", "Guyana's foreign minister")
followed by a capitalised name, or a name followed by ", the Thai prime minister". A word that is
itself a known name, a title word, or shared by two learned names of different parties is not
learned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storywatch.classify._trie import word_runs
from storywatch.classify.resources import Resources, someone_else
from storywatch.classify.text import fold, is_word, word_spans

__all__ = ["learn_names", "name_matches", "name_starts", "text_runs"]

_WORD = r"[A-Z][\w’'-]*[\w]"
_PARTICLE = r"(?:bin|ibn|al|el|de|da|dos|do|van|von|der|del|la|le|di|du)"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{0,3}}"
# Title words after which a name may follow ("Minister Phumtham Wechayachai"), lower-case.
_TITLE_WORDS = (
    "minister", "president", "premier", "chancellor", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "envoy", "negotiator", "ambassador", "speaker", "commander", "chief", "king",
    "emir", "prince", "leader", "adviser", "advisor", "director", "general", "diplomat",
)  # fmt: skip
_PERSONAL = re.compile(rf"\b(?:{'|'.join(_TITLE_WORDS)})\b", re.IGNORECASE)
# "Secretary-General Elena Marquez": the title word may carry "-General"
_AFTER_TITLE = re.compile(r"(?:-[Gg]eneral)?,?\s+(?=[A-Z])")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_NAME_AT = re.compile(_NAME)
_NAME_BACK = re.compile(rf"(?:^|(?<=[^\w’'-]))({_NAME})$")
_COMMA = re.compile(r",\s+(?:the\s+)?(?=[A-Z])")
_GAP = re.compile(r"(?:[’']s)?((?:\s+[A-Za-z-]+){0,3})\s+$")
_POSSESSIVE = re.compile(r"[’']s?$")
_KINDS = frozenset({"state", "capital", "demonym", "org", "group"})
MIN_WORD = 3


def _title_gap_ok(gap: str, res: Resources) -> bool:
    """The words between a party and its title are modifiers or title words ("Acting Prime")."""
    mods, agents = res.words["agent_modifiers"], res.words["agent_words"]
    return all(w.lower() in mods or w.lower() in agents for w in gap.split())


def _party_before(text: str, pos: int, res: Resources) -> str | None:
    """The party that the title at `pos` belongs to ("Cambodian [Prime Minister]")."""
    window_start = max(0, pos - 60)
    last = None
    for g in res.gazetteer_re.finditer(text, window_start, pos):
        last = g
    if last is None:
        return None
    entry = res.aliases.get(last.group())
    gap = _GAP.fullmatch(text, last.end(), pos)
    if entry is None or entry.kind not in _KINDS or gap is None:
        return None
    return entry.code if _title_gap_ok(gap.group(1), res) else None


_POSS_END = re.compile(r"[’']s?")


def _party_after(text: str, pos: int, res: Resources) -> str | None:
    """The party of an appositive title after a name (", the Thai prime minister")."""
    g = res.gazetteer_re.match(text, pos)
    if g is None:
        return None
    entry = res.aliases.get(g.group())
    if entry is None or entry.kind not in _KINDS:
        return None
    end = g.end()
    poss = _POSS_END.match(text[end : end + 2])
    if poss:
        end += poss.end()
    agent = res.agent_re.match(fold(text), end)
    if agent is None or not _PERSONAL.search(agent.group()):
        return None  # "Khan Younis, the Israeli military said": attribution, not a person
    after = _NEXT_WORD.match(text, agent.end())
    if after and after.group(1).lower() in res.words["speech_verbs"]:
        return None
    return entry.code


def _clean(name: str, res: Resources) -> str | None:
    """The name without leading title words and a possessive; None if a word is a known name."""
    words = _POSSESSIVE.sub("", name).split()
    while words and words[0] in res.title_words:
        words.pop(0)
    if not words or " ".join(words) in res.aliases:
        return None
    if any(_known_word(words, i, res) for i in range(len(words))):
        return None
    return " ".join(words)


def _known_word(words: list[str], i: int, res: Resources) -> bool:
    """Is words[i] a known name or title word? A known person's surname after a first name
    that person does not go by is not ("Ingrid Valtonen" is not Finland's Elina Valtonen)."""
    w = words[i]
    entry = res.aliases.get(w)
    if entry is None:
        return w in res.title_words
    return not (i > 0 and someone_else(entry, words[i - 1]))


def text_runs(low: str, known: int) -> tuple[frozenset[str], frozenset[str]]:
    """The \\w runs of lower-case `low`: those of low[:known] (counted already by the topic
    pass, cached) and those of the rest, from the start of the run that `known` may cut. In
    ASCII text without "_", a word standing alone is one of them."""
    head, rest = word_runs(low[:known]), frozenset[str]()
    if known < len(low):
        cut = known
        while cut > 0 and is_word(low[cut - 1]):
            cut -= 1
        rest = word_runs(low[cut:])
    return head, rest


def _present(low: str, known: int) -> tuple[str, ...]:
    """The title words that may stand alone in `low` (ASCII, without "_")."""
    head, rest = text_runs(low, known)
    return tuple(w for w in _TITLE_WORDS if w in head or w in rest)


def _titles(text: str, known: int = 0) -> Iterator[tuple[int, int]]:
    """Start and end of each title word in `text` (str.find: much faster than one regex; each
    hit's boundaries are checked by hand). With `known`, only the words `_present` finds in
    the runs of the text are looked for."""
    low = text.lower()
    words: tuple[str, ...] = _TITLE_WORDS
    if known and low.isascii() and "_" not in low:
        words = _present(low, known)
    for word in words:
        yield from word_spans(low, word)


def _found(text: str, res: Resources, known: int) -> Iterator[tuple[str, str]]:
    for start, end in _titles(text, known):
        gap = _AFTER_TITLE.match(text, end)
        name = _NAME_AT.match(text, gap.end()) if gap else None
        code = _party_before(text, start, res) if name else None
        if name is not None and code is not None:
            yield name.group(), code
    for c in _COMMA.finditer(text):
        code = _party_after(text, c.end(), res)
        if code is None:
            continue
        name = _NAME_BACK.search(text, max(0, c.start() - 60), c.start())
        if name is not None:
            yield name.group(1), code


def learn_names(text: str, res: Resources, known: int = 0) -> tuple[tuple[str, str], ...]:
    """(name, code) pairs the article teaches, full names first, then their first and last words.

    `known`: text[:known] is a text whose word runs were read already (fold(text[:known]) was
    given to `word_runs`), which spares most of the search for title words."""
    full: dict[str, str] = {}
    for raw, code in _found(text, res, known):
        name = _clean(raw, res)
        if name is not None:
            full.setdefault(name, code)
    parts: dict[str, set[str]] = {}
    for name, code in full.items():
        words = [w for w in name.split() if w[0].isupper()]
        if len(words) > 1:
            for w in {words[0], words[-1]}:
                if len(w) >= MIN_WORD:
                    parts.setdefault(w, set()).add(code)
    single = {w: next(iter(c)) for w, c in parts.items() if len(c) == 1 and w not in full}
    return tuple(sorted(full.items(), key=lambda kv: -len(kv[0]))) + tuple(sorted(single.items()))


def name_matches(s: str, names: tuple[tuple[str, str], ...]) -> Iterator[tuple[re.Match[str], str]]:
    """Matches of the learned names in sentence `s` (longest names first), with their codes."""
    for name, code in names:
        for at in name_starts(s, name):
            m = _SPAN.match(s, at, at + len(name))
            if m is not None:  # always: the span is the name
                yield m, code


# The match of a span found by hand (no pattern compiled per name: every article teaches new
# names, and each compiled one would also push rule patterns out of re's small cache).
_SPAN = re.compile(r"(?s).+")


def name_starts(s: str, name: str) -> Iterator[int]:
    r"""Where `name` stands as a whole name in `s`, left to right without overlaps: what
    `(?<![\w’'-])NAME(?![\w-])` finds (\w is str.isalnum() or "_")."""
    i, n = s.find(name), len(name)
    while i >= 0 and n:  # a learned name is never empty
        j = i + n
        before = s[i - 1] if i > 0 else " "
        after = s[j] if j < len(s) else " "
        if not (before.isalnum() or before in "_’'-") and not (after.isalnum() or after in "_-"):
            yield i
            i = s.find(name, j)
        else:
            i = s.find(name, i + 1)


def namesakes(text: str, res: Resources) -> tuple[tuple[str, str], ...]:
    """(name, code) for each name two states share that this article gives to the state the
    gazetteer does not ("Congo" in a story told from Brazzaville, naming no Kinshasa)."""
    out: list[tuple[str, str]] = []
    for n in res.namesakes:
        if n.name in text and n.own.search(text) and not n.usual.search(text):
            out.append((n.name, n.to))
    return tuple(out)
