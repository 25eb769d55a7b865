"""Read one sentence: choose the reading of each trigger (verb or noun) and collect candidates."""

from __future__ import annotations

import re

from storywatch.classify.constructions import construction_events
from storywatch.classify.events import (
    ACCUSED_OF,
    ANSWER_ACTIONS,
    Candidate,
    Sent,
    accused,
    verb_event,
)
from storywatch.classify.mentions import Mention
from storywatch.classify.nominals import noun_event
from storywatch.classify.resources import Resources, TriggerDef
from storywatch.classify.text import clause_end, fold, next_word, prev_word

__all__ = ["sentence_events"]

_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "this", "that", "any", "no", "new", "latest",
     "fresh", "renewed", "formal", "official", "our", "whose", "another", "second", "first",
     "final", "revised", "initial", "air", "drone", "missile", "military"]
)  # fmt: skip
_VERB_LEFT = frozenset(
    ["will", "would", "could", "can", "may", "might", "should", "must", "to", "not", "n't", "also",
     "has", "have", "had", "did", "does", "do", "then", "jointly", "formally", "now", "still",
     "again", "shall", "never", "who", "which", "and", "they", "it", "he", "she", "we"]
)  # fmt: skip


_SUBJECT_LEFT = frozenset(
    ["", "the", "and", "that", "but", "while", "as", "said", "says", "after", "before", "when",
     "if", "because", "so", "whereas", "although", "then", "meanwhile", "however", "also", "saying"]
)  # fmt: skip
_NOUN_RIGHT = frozenset(["for", "of", "from", "by", "that", "to", "on", "in", "and", "at", "with"])


def _noun_reading(sent: Sent, start: int, nouns: list[TriggerDef]) -> bool:
    prev = prev_word(sent.s, start).lower()
    if prev in _DETERMINERS or any(prev in d.light for d in nouns):
        return True
    # "Moscow's call for talks", "Swedish call for summit": after a possessor or a bare
    # nationality adjective the form is a noun
    return any(
        (m.possessive or (m.kind == "demonym" and not m.actor)) and start - 2 <= m.end <= start
        for m in sent.ms
    )


def _subject_like(m: Mention) -> bool:
    return m.actor and not m.possessive and (m.prep in _SUBJECT_LEFT or not m.prep.isalpha())


def _verb_evidence(sent: Sent, m: re.Match[str]) -> bool:
    """A form that is also a noun reads as a verb only right after its subject or an auxiliary
    ("Russia demands"), or after a comma that coordinates it ("rebuffs the offer, demands...")."""
    start = m.start()
    prev = prev_word(sent.s, start).lower()
    if prev in _VERB_LEFT or prev.endswith("ly"):
        return True
    if next_word(sent.s, m.end()).lower() in _NOUN_RIGHT:
        return False  # "UN sanctions on Iran", "attacks on shipping"
    if sent.s[:start].rstrip().endswith(","):
        return True
    return any(
        x.end in (start - 1, start - 2) and (_subject_like(x) or _opens_a_clause(sent.s, x))
        for x in sent.ms
    )


def _opens_a_clause(s: str, x: Mention) -> bool:
    """ "Kenya shuts border; Somalia offers talks", "EU imposes duties, Beijing offers talks": a
    party right after a semicolon, colon or comma opens a clause of its own, whatever word ends
    the clause before (its `prep`), so a form after it that is also a noun is its verb."""
    return x.actor and not x.possessive and s[: x.start].rstrip().endswith((";", ":", ","))


# A determiner, maybe with a word that says which, right before a form: a noun or an
# adjective there, no verb ("its planned ban on rice exports", "their newly signed accord").
_DETERMINED = re.compile(
    r"\b(?:its|their|his|her|our|this|these|those)\s+(?:(?:planned|proposed|announced|threatened|"
    r"new|latest|temporary|partial|total|blanket|newly|recently|jointly|freshly|long-awaited)\s+)?$",
    re.IGNORECASE,
)


def _readings(sent: Sent, m: re.Match[str]) -> tuple[list[TriggerDef], list[TriggerDef]]:
    form = m.group().lower()
    defs = sent.res.triggers.get(form, [])
    nouns = [d for d in defs if d.pos == "noun"]
    verbs = [d for d in defs if d.pos == "verb"]
    if verbs and _DETERMINED.search(sent.s, max(0, m.start() - 30), m.start()):
        verbs = []
    if verbs and (nouns or " " in form) and _noun_reading(sent, m.start(), nouns):
        verbs = []
    if verbs and nouns and not _verb_evidence(sent, m):
        verbs = []
    return verbs, nouns


_NON_SPACE = re.compile(r"\S+")


def _shorter(sent: Sent, m: re.Match[str]) -> re.Match[str] | None:
    """The first word of a multi-word trigger, when it is a trigger by itself."""
    first = _NON_SPACE.match(m.group())
    if first is None:
        return None
    low, at, word = fold(sent.s), m.start(), first.group()
    # that word where the trigger starts (no pattern compiled per word)
    short = _NON_SPACE.match(low, at, at + len(word)) if low.startswith(word, at) else None
    if short is None or short.group().lower() not in sent.res.triggers:
        return None
    return short


def _pick(sent: Sent, m: re.Match[str]) -> Candidate | None:
    verbs, nouns = _readings(sent, m)
    for tdef in verbs:
        cand = verb_event(sent, m, tdef)
        if cand is not None:
            return cand
    for tdef in nouns:
        cand = noun_event(sent, m, tdef)
        if cand is not None:
            return cand
    if " " in m.group():
        short = _shorter(sent, m)
        if short is not None:
            return _pick(sent, short)
    return None


_DISPUTED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut\w*)\b",
    re.IGNORECASE,
)


def _claimed_blow(sent: Sent, m: re.Match[str], found: list[Candidate]) -> Candidate | None:
    """ "Caracas accused Bogota of shelling a border camp": the blow the accuser reports, the
    accused party's against the accuser, an asserted act unless the sentence disputes the
    charge ("a charge Yerevan denied") or the accusation is itself denied."""
    if not any(
        d.pos == "verb" and d.action == "attack"
        for d in sent.res.triggers.get(m.group().lower(), [])
    ) or not accused(sent, m):
        return None  # fmt: skip
    claim = ACCUSED_OF.search(sent.s, max(0, m.start() - 90), m.start())
    accuser = next((c for c in reversed(found) if c.rule.endswith(":accuse")), None)
    if (
        claim is None
        or accuser is None
        or len(accuser.actors) != 1
        or accuser.target is None
        or accuser.modality != "asserted"  # "denied ... and accused the rebels of attacking"
    ):
        return None
    accused_party = next((x for x in sent.ms if x.actor and not x.possessive
                          and claim.start(1) <= x.start < claim.end(1)), None)  # fmt: skip
    if accused_party is None or accuser.target not in accused_party.codes:
        return None
    if _DISPUTED.search(sent.s, m.end()):
        return None  # "..., a charge Yerevan denied": a claim disputed in the same sentence
    if accuser.actors[0] in accused_party.codes:
        return None
    return Candidate(accused_party.codes, "attack", accuser.actors[0], None, "asserted",
                     0.6, sent.s, "accused-of:attack", m.group())  # fmt: skip


def sentence_events(
    s: str, ms: list[Mention], res: Resources, trigs: list[re.Match[str]] | None = None
) -> list[Candidate]:
    """Event candidates of sentence `s` given its mentions (placeholders included) and, when
    already found, its trigger matches."""
    sent = Sent(s, ms, res)
    out: list[Candidate] = []
    for m in trigs if trigs is not None else res.trigger_re.finditer(fold(s)):
        if any(x.start <= m.start() < x.end for x in ms):
            continue
        cand = _pick(sent, m)
        if cand is None:
            claimed = _claimed_blow(sent, m, out)
            if claimed is not None:
                out.append(claimed)
            continue
        if not cand.context_only:
            sent.covered.append((m.end(), clause_end(s, m.end())))
        sent.last_end = m.end()
        out.append(cand)
    _participle_answers_take_issue(out)
    return out + construction_events(sent, out)


def _participle_answers_take_issue(found: list[Candidate]) -> None:
    """ "will travel to Apia for a leaders' summit, ..., accepting an invitation from Samoa":
    an answer told by a participle after a comma that names no issue of its own answers what
    its main clause's act (the same party's, before it) is about."""
    for i, c in enumerate(found):
        if c.issue is not None or c.action not in ANSWER_ACTIONS or not c.trigger.endswith("ing"):
            continue
        at = c.sentence.find(c.trigger)
        if at <= 0 or not c.sentence[:at].rstrip().endswith(","):
            continue
        main = next((o for o in reversed(found[:i]) if o.actors == c.actors and not o.context_only
                     and o.issue not in (None, "other")), None)  # fmt: skip
        if main is not None:
            c.issue = main.issue
