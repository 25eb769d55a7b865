"""Arguments of a trigger in its sentence: subject, passive agent, target, object, issue."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storywatch.classify.mentions import Mention
from storywatch.classify.resources import Resources
from storywatch.classify.text import clause_end, clause_start, words_after

__all__ = ["Subject", "find_issue", "find_subject", "first_target", "has_object", "passive_agent"]

GROUP = "@GROUP"  # stands for the article's two main parties until resolved
SPEAKER = "@PRONOUN"
_PREPS = frozenset(
    [
        "with", "to", "from", "on", "against", "of", "for", "between", "by", "including",
        "toward", "towards", "over", "about", "into", "among", "like", "than", "amid", "despite",
        "in", "at", "near", "outside", "around", "across", "via", "upon"
    ]
)  # fmt: skip
_COORD = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?$")
_BY = re.compile(r"\s+by\s+", re.IGNORECASE)
_HEADS = frozenset({"head_of_state", "head_of_government"})


@dataclass(frozen=True, slots=True)
class Subject:
    """The acting party found for a trigger."""

    codes: tuple[str, ...]
    end: int
    plural: bool
    kind: str
    role: str = ""


def _free(m: Mention) -> bool:
    return m.actor and not m.location and not m.possessive and m.prep not in _PREPS


def _chain(s: str, ms: list[Mention], i: int) -> tuple[list[Mention], Mention]:
    """The coordination ending at ms[i] ("Russia and Ukraine", "the US, France and China")."""
    chain = [ms[i]]
    j = i
    while j > 0 and _COORD.match(s[ms[j - 1].end : ms[j].start]) and ms[j - 1].actor:
        j -= 1
        chain.append(ms[j])
    return chain, ms[j]


def find_subject(s: str, pos: int, ms: list[Mention]) -> Subject | None:
    """The nearest free actor (or coordination of actors) before `pos` inside its clause."""
    cs = clause_start(s, pos)
    for i in range(len(ms) - 1, -1, -1):
        m = ms[i]
        if m.end > pos or m.start < cs:
            continue
        chain, head = _chain(s, ms, i)
        if not head.actor or head.location or head.prep in _PREPS:
            continue
        if m.possessive:
            continue
        codes = tuple(dict.fromkeys(c for x in reversed(chain) for c in x.codes))
        plural = len(codes) > 1 or any(x.plural for x in chain) or m.kind == "group_noun"
        return Subject(codes, m.end, plural, m.kind, m.role)
    return None


def passive_agent(s: str, pos: int, ms: list[Mention]) -> Mention | None:
    """The mention after "by" in the rest of the clause ("talks were proposed by Kyiv")."""
    end = clause_end(s, pos)
    by = _BY.search(s, pos, end)
    if by is None:
        return None
    return next((m for m in ms if m.start == by.end() and m.actor), None)


def first_target(s: str, pos: int, ms: list[Mention], exclude: tuple[str, ...]) -> Mention | None:
    """The first actor mention after `pos` in the clause (up to a comma) that is not the actor."""
    end = clause_end(s, pos)
    for m in ms:
        if pos <= m.start < end and m.actor and not m.location and not set(m.codes) <= set(exclude):
            return m
    return None


def has_object(
    s: str, pos: int, classes: tuple[str, ...], ms: list[Mention], res: Resources
) -> bool:
    """Does one of the object classes follow the trigger within its clause?"""
    end = clause_end(s, pos)
    words = words_after(s, pos, end, 7)
    if words and words[0] == "to" and "proposal_direct" not in classes and "help" not in classes:
        return False
    text = " " + " ".join(words) + " "
    for cls in classes:
        if cls == "actor":
            if any(pos <= m.start < pos + 25 and m.actor and not m.location for m in ms):
                return True
        elif cls in ("issue", "talks_issue"):
            found = res.issue_re.search(s, pos, end)
            if found and (
                cls == "issue" or res.issues[found.group().lower()] in ("talks", "summit")
            ):
                return True
        elif any(f" {w} " in text for w in res.objects.get(cls, ())):
            return True
    return False


def _upgrade_summit(s: str, end: int, ms: list[Mention]) -> bool:
    heads = [m for m in ms if end <= m.start < end + 90 and m.kind == "person" and m.role in _HEADS]
    return len({m.codes for m in heads}) >= 2 or "leader" in s[end : end + 40].lower()


def find_issue(s: str, start: int, end: int, ms: list[Mention], res: Resources) -> str | None:
    """The issue phrase after the trigger in its clause, else before it in the clause."""
    found = res.issue_re.search(s, end, clause_end(s, end))
    if found is None:
        hits = list(res.issue_re.finditer(s, clause_start(s, start, soft=True), start))
        found = hits[-1] if hits else None
    if found is None:
        return None
    issue = res.issues[found.group().lower()]
    if issue == "talks" and _upgrade_summit(s, found.end(), ms):
        return "summit"
    return issue
