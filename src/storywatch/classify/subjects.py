"""Subjects beyond the nearest party: coordinated verbs, participles, and proposals' contents.

- "Turkey offered to mediate between Somalia and Ethiopia, and has proposed talks": a verb
  coordinated with an earlier event shares its subject unless one of its own follows that event;
- ", the ministry said, proposing a meeting": a participle after a comma has the main clause's
  subject (the sentence's first free party);
- "proposed that the two ministers meet": the verb is the content of a proposal, no event.
"""

from __future__ import annotations

import re

from storywatch.classify.arguments import PREPS, Subject
from storywatch.classify.mentions import Mention
from storywatch.classify.text import Prefiltered, next_word

__all__ = [
    "COORDINATED_VERB",
    "MANDATIVE",
    "PARTICIPLE_AFTER_COMMA",
    "PARTICIPLE_AFTER_WHILE",
    "bare_mandative",
    "main_subject",
    "modifier_not_subject",
    "shared_subject",
]

COORDINATED_VERB = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:has|have|had|also|then|later|was|were|is|are|"
    r"would|will|could|swiftly|quickly|promptly)\s+)*$",
    re.IGNORECASE,
)
# The mandative "that" clause runs to the sentence's end, unless a coordinated reporting verb
# in the past takes the main subject back ("demanded that Canada lift the sanctions and said it
# would respond in kind": "said" is no subjunctive, the main clause goes on)
MANDATIVE = Prefiltered(  # every match holds "that": most sentences are skipped by str.find
    re.compile(
        r"\b(?:propos|suggest|demand|urg|insist|request|recommend|ask)\w*"
        r"(?:\s+(?:instead|again|also|formally|publicly|privately|\w+ly))?\s+that\s+"
        r"(?:(?!,?\s+and\s+(?:said|warned|added|threatened|vowed)\b)[^;:.])*$",
        re.IGNORECASE,
    ),
    ["that"],
    ignore_case=True,
)
PARTICIPLE_AFTER_COMMA = re.compile(r",\s*$")
# ", while turning down the junta's demand": a participle after a contrasting "while" also has
# the main clause's subject
PARTICIPLE_AFTER_WHILE = re.compile(r",\s*(?:while|whilst)\s+$", re.IGNORECASE)


# "did not reject the plan outright, but demanded amendments": a past verb after "but" shares
# the subject (a present one, "but remains open to talks", is mostly a stance, not an act).
_BUT_VERB = re.compile(r",?\s+but\s+(?:also\s+)?$", re.IGNORECASE)


def shared_subject(
    s: str, start: int, subject: Subject | None, prev: Subject | None, prev_end: int
) -> Subject | None:
    """The subject of a verb at `start` coordinated with the sentence's last verb event (whose
    subject is `prev`, ending at `prev_end`), else `subject`."""
    if prev is None:
        return subject
    if not COORDINATED_VERB.search(s, max(0, start - 60), start) and not (
        _BUT_VERB.search(s, max(0, start - 20), start)
        and next_word(s, start).lower().endswith("ed")
    ):
        return subject
    if subject is None or subject.end > prev_end:
        return prev
    return subject


# A participle opening the sentence ("Responding to the Japanese proposal, the Thai minister
# said"): its subject is the main clause's, the first party after the phrase's comma.
_OPENER = re.compile(r"\s*(?:(?:After|Before|While|By|In|Upon|On)\s+)?$")


def _after_opener(s: str, pos: int, ms: list[Mention]) -> Subject | None:
    comma = s.find(",", pos)
    if comma < 0:
        return None
    head = next((x for x in ms if x.start > comma and x.actor and not x.location), None)
    if head is None or head.possessive or head.start > comma + 40:
        return None
    return Subject.of(head)


_WITH_SUBJECT = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)


def main_subject(
    s: str, m: re.Match[str], ms: list[Mention], subject: Subject | None
) -> Subject | None:
    """The main clause's subject for a participle after a comma; the party of "with Ethiopia
    rejecting the plan"; else `subject`."""
    form = m.group().split()[0].lower()
    before = next((x for x in reversed(ms) if x.end <= m.start()), None)
    if (
        form.endswith("ing")
        and before is not None
        # a capital after "with" reads as a place ("talks with Lima"), but one right before
        # the participle singles out one of the parties the main clause coordinates: "Astana and
        # Beijing agreed ..., with Beijing accepting Astana's request" (not "Real Madrid and
        # Bayern agreed a loan, with Madrid demanding a clause": no party acts there)
        and (before.actor or _one_of_the_subjects(before, subject))
        and s[before.end : m.start()].strip() == ""
        and _WITH_SUBJECT.search(s, max(0, before.start - 12), before.start)
    ):
        return Subject.of(before)
    if form.endswith("ing") and subject is None and _OPENER.match(s[: m.start()]):
        return _after_opener(s, m.end(), ms)  # "Rejecting the offer, Seoul said": Seoul's
    if not form.endswith("ing") or not (
        s[: m.start()].rstrip().endswith(",")
        or PARTICIPLE_AFTER_WHILE.search(s, max(0, m.start() - 10), m.start())
    ):
        return subject
    head = next((x for x in ms if x.actor and not x.location and not x.possessive), None)
    if head is None or head.prep in PREPS or head.start > m.start():
        return subject
    return Subject.of(head)


def _one_of_the_subjects(m: Mention, subject: Subject | None) -> bool:
    return (
        m.kind == "capital"
        and subject is not None
        and len(subject.codes) > 1
        and set(m.codes) <= set(subject.codes)
    )


# "Quito decries US tariffs, offers talks": a party named between a lower-case word and
# the lower-case noun it modifies, right before the comma of a verb coordinated after it.
_COMMA_BEFORE = re.compile(r",\s*(?:and\s+)?$")
_WORD_BEFORE = re.compile(r"\b[a-z][\w’'-]*\s+$")
_NOUN_TO_COMMA = re.compile(
    r"(?:\s+[a-z][\w’'-]*){1,3}(?:\s+(?:against|with|on|over|from|of|for)(?:\s+[\w’'.-]+){1,3})?\s*,"
)  # "decries US tariffs, offers talks", "files WTO complaint against Poland, proposes talks"


def modifier_not_subject(
    s: str, start: int, subject: Subject | None, ms: list[Mention]
) -> Subject | None:
    """The subject of a verb coordinated after a comma with a predicate that no event was read
    from ("Quito decries US tariffs, offers talks"): when the nearest party only modifies
    the noun of that predicate's object, the first clause's subject (the sentence's first free
    party, at its start) is the verb's; else `subject`."""
    if subject is None or subject.start < 0:
        return subject
    if not _COMMA_BEFORE.search(s, max(0, start - 8), start):
        return subject
    if not _WORD_BEFORE.search(s, max(0, subject.start - 30), subject.start):
        return subject
    noun = _NOUN_TO_COMMA.match(s, subject.end)
    if noun is None or noun.end() > start:
        return subject
    first = next((x for x in ms if x.actor and not x.location and x.start < subject.start), None)
    if first is None or first.possessive or first.prep or s[: first.start].strip():
        return subject
    return Subject.of(first)


# The content of a proposal or demand in its bare form, where the that-clause test above does
# not reach: with no "that" ("suggested vice-ministers meet in Tacna", "demanded Tashkent lift
# the ban"), or with when or how it was put between the verb and "that" ("proposed on Tuesday
# that Lima and La Paz open talks"). A few plain words (its own subject) stand between.
_WHEN_PUT = r"(?:\s+(?:on|in|at|during|last|this|next|earlier)(?:\s+[\w'’-]+){1,4}?)?"
_BARE_MANDATIVE = re.compile(
    r"\b(?:suggest|suggests|suggested|suggesting|propose|proposes|proposed|proposing|"
    r"recommend|recommends|recommended|insist|insists|insisted|demand|demands|demanded)"
    + _WHEN_PUT
    + r"(?:\s+that)?\s+(?:[\w'’-]+\s+){1,5}$",
    re.IGNORECASE,
)
_PUT_THAT = re.compile(
    r"\b(?:urg|request|ask|call(?:s|ed|ing)?\s+for)\w*"
    + _WHEN_PUT
    + r"\s+that\s+(?:[\w'’-]+\s+){1,5}$",
    re.IGNORECASE,
)
_NOT_BARE = frozenset(["to", "will", "would", "should", "could", "can", "may", "might", "must",
                       "shall", "not", "and", "or", "but", "who", "which", "it", "they", "had",
                       "has", "have", "was", "were", "is", "are", "did", "does"])  # fmt: skip
_PAST_FORMS = frozenset(["met", "held", "struck", "hit", "sent", "made", "began", "begun",
                         "sat", "fought", "shot", "took", "gave", "broke", "led",
                         "won"])  # fmt: skip


def bare_mandative(s: str, start: int) -> bool:
    """Is the verb at `start` the bare-form content of a proposal or demand (see above)?"""
    word = next_word(s, start).lower()
    if not word.isalpha() or word in _PAST_FORMS or word.endswith(("ed", "ing")):
        return False
    if word.endswith("s") and not word.endswith("ss"):
        return False  # "the plan proposed talks", "insisted that it wants": no bare content
    lo = max(0, start - 90)
    m = _BARE_MANDATIVE.search(s, lo, start) or _PUT_THAT.search(s, lo, start)
    if m is None:
        return False
    last = s[m.start() : start].rsplit(maxsplit=1)[-1]
    return last.lower() not in _NOT_BARE and not last[:1].isdigit()
