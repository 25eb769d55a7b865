"""Groups an article introduces: armed and political groups that no table lists.

Rebel movements and opposition parties come and go faster than any gazetteer; news writing
introduces them by name and calls them by a short name after that. The article teaches:

- a group's full name with its acronym: "the Front for Change and Concord in Chad (FACT)" binds
  both the full name and FACT to the code FACT, when the name holds a group word (Front,
  Movement, Party, Army, Alliance, ...);
- an upper-case short name that a group noun introduces: "the rebel alliance SSOMA", "the
  opposition party PODEMOS", "FACT rebels";
- an opposition party or movement named by one capitalised word: "the opposition Podemos
  party", "opposition party Podemos" (code: the name upper-cased).

Ruling parties are left out ("the ruling Liberal Democratic Party (LDP)"): their acts are
usually the government's. A name the gazetteer knows stays the gazetteer's.
"""

from __future__ import annotations

import re

from storywatch.classify.resources import Resources

__all__ = ["learn_groups"]

_GROUP_WORD = (
    r"Front|Movement|Party|Army|Alliance|Coalition|Congress|Brigades?|Resistance|Liberation|"
    r"Militia|Rebels|Union|Mouvement|Frente|Partido|Ejército|Forces"
)
_HAS_GROUP_WORD = re.compile(rf"\b(?:{_GROUP_WORD})\b")
_NAME_WORD = r"[A-Z][\w’'-]+"
_LINK = r"(?:of|for|and|the|in|de|du|des|la|el|al|del|pour|et)"
# "the Front for Change and Concord in Chad (FACT)"
_FULL = re.compile(rf"((?:{_NAME_WORD}\s+(?:{_LINK}\s+)*){{1,8}})\(([A-Z][A-Z0-9-]{{1,9}})\)")
_SHORT = r"([A-Z][A-Z0-9-]{2,9})"
_GROUP_NOUN = r"(?:group|alliance|movement|coalition|party|militia|faction|front|bloc)"
_KIND = r"(?:rebel|armed|opposition|militant|insurgent|separatist|jihadist|guerrilla|holdout)"
# "the rebel alliance SSOMA", "the opposition party PODEMOS", "FACT rebels"
_SHORT_AFTER = re.compile(rf"\b{_KIND}\s+(?:\w+\s+)?{_GROUP_NOUN}\s+{_SHORT}\b")
_SHORT_BEFORE = re.compile(
    rf"\b{_SHORT}\s+(?:rebels|fighters|militants|insurgents|militia|militiamen|guerrillas)\b"
)
# "the opposition Podemos party", "opposition party Podemos"
_OPPOSITION = re.compile(
    rf"\bopposition\s+(?:(?P<a>{_NAME_WORD})\s+{_GROUP_NOUN}|{_GROUP_NOUN}\s+(?P<b>{_NAME_WORD}))"
)
_RULING = re.compile(r"\b(?:ruling|governing)\s+$")


def _known(name: str, res: Resources) -> bool:
    return name in res.aliases or any(w in res.aliases for w in name.split())


def _full_names(text: str, res: Resources) -> dict[str, str]:
    out: dict[str, str] = {}
    if "(" not in text:
        return out
    for m in _FULL.finditer(text):
        name, code = m.group(1).strip(), m.group(2)
        words = name.split()
        while words and (words[0] in res.title_words or words[0].lower() in ("the", "a")):
            words.pop(0)
        name = " ".join(words)
        if code in res.aliases or not _HAS_GROUP_WORD.search(name):
            continue
        if _RULING.search(text, max(0, m.start() - 12), m.start()):
            continue
        out.setdefault(name, code)
        out.setdefault(code, code)
    return out


def _short_names(text: str, res: Resources) -> dict[str, str]:
    out: dict[str, str] = {}
    for pattern in (_SHORT_AFTER, _SHORT_BEFORE):
        for m in pattern.finditer(text):
            code = m.group(1)
            if code not in res.aliases:
                out.setdefault(code, code)
    if "opposition" in text:
        for m in _OPPOSITION.finditer(text):
            name = m.group("a") or m.group("b")
            if name and not _known(name, res) and name not in res.title_words:
                out.setdefault(name, name.upper())
    return out


def learn_groups(text: str, res: Resources) -> tuple[tuple[str, str], ...]:
    """(name, code) pairs of the groups the article introduces, longest names first."""
    found = _full_names(text, res)
    for name, code in _short_names(text, res).items():
        found.setdefault(name, code)
    return tuple(sorted(found.items(), key=lambda kv: -len(kv[0])))
