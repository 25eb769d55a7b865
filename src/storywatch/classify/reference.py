"""Words that stand for a party: group nouns, institutions, pronouns, and "we" in a quote.

- "the two sides", "both delegations": the article's two main parties (resolved later);
- "the junta", "the government": the article's main state (resolved later);
- "the rebels", "communist guerrillas": the article's armed group (resolved later; nobody if
  the article names none);
- "he", "it", "they", "its troops": the nearest fitting party before them, else the last acting one;
- "we" inside a quote: the party named with the verb of saying around the quote ("we agreed": both).
"""

from __future__ import annotations

import re

from storywatch.classify._trie import word_runs
from storywatch.classify.arguments import (
    ARMED,
    COMPLEMENT_PREPS,
    GROUP,
    PREPS,
    STATE,
    chain_codes,
)
from storywatch.classify.mentions import Mention
from storywatch.classify.resources import Resources
from storywatch.classify.text import WordGated, fold

__all__ = [
    "LAST_IF_PLURAL",
    "LAST_UNUSED",
    "LAST_WHOLE",
    "PLACEHOLDER_HINT",
    "last_key",
    "placeholders",
    "placeholders_using",
]

_INSTITUTIONS = re.compile(
    r"\b[Tt]he\s+(?:junta|regime|country|government|military\s+rulers|military\s+authorities|"
    r"transitional\s+authorities|military\s+government|military\s+council|ruling\s+council|"
    r"military\s+leaders|military\s+leadership|"
    # the state's executive named by its level or its office ("the federal government has yet
    # to respond", "the presidency has still not replied"): the government, as "the government"
    r"federal\s+government|central\s+government|national\s+government|presidency)\b"
)


def _first_words(pattern: str) -> frozenset[str]:
    """The first word of each alternative after "the" in `pattern`: a sentence holding none of
    them as a word has no match. A ValueError for any other shape (so the gate never misses)."""
    m = re.fullmatch(r"\\b\[Tt\]he\\s\+\(\?:(.*)\)\\b", pattern)
    firsts = [re.match(r"[a-z]+(?=\\s|$)", a) for a in m.group(1).split("|")] if m else [None]
    if not all(firsts):
        raise ValueError(f"not a plain 'the' + words pattern: {pattern[:40]!r}")
    return frozenset(f.group() for f in firsts if f)


_OF_PARTY = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")
_INSTITUTION_WORDS = _first_words(_INSTITUTIONS.pattern)
PLACEHOLDER_HINT = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Nn]either|sides|parties|delegations|junta|regime|country|countries|council|government|"
    r"presidency|nations|governments|negotiators|neighbou?rs|agreement|deal|accord|breakthrough|truce|"
    r"rebels?|guerrillas?|insurgents?|militants?|separatists?)\b"
)
# Nouns for a non-state armed group, or an opposition body ("the opposition coalition"): the
# article's group when it names one (every match holds one of the gate words: most sentences
# skip the pattern).
_ARMED_KINDS = ["rebel", "guerrilla", "insurgent", "militant", "separatist"]
_ARMED_NOUNS = WordGated(
    re.compile(
        rf"\b(?:(?:{'|'.join(_ARMED_KINDS)})s|"
        rf"(?:{'|'.join(_ARMED_KINDS)}|armed)\s+(?:group|movement|alliance)|"
        r"opposition\s+(?:coalition|alliance|bloc|platform|front))\b",
        re.IGNORECASE,
    ),
    [*_ARMED_KINDS, *(f"{k}s" for k in _ARMED_KINDS), "armed", "opposition"],
    ignore_case=True,
)
_PRONOUN_LEFT = frozenset(
    ["", "that", "and", "but", "said", "says", "because", "as", "if", "when", "while", "after",
     "before", "so", "since", "although", "though", "unless", "whether", "added", "saying", "deny",
     "denies", "denied", "insist", "insisted", "insists", "claimed", "claims", "stressed", "warned",
     "announced", "confirmed", "stated", "believe", "believes", "hope", "hopes", "think"]
)  # fmt: skip


def _subject_position(s: str, pos: int) -> bool:
    """A pronoun after a verb is its object ("welcomed it"); a subject follows a boundary."""
    before = s[:pos].rstrip()
    if not before or before[-1] in ',;:.“"(—‘' or before == "'":
        return True
    if before.rsplit(None, 1)[-1].lower() in _PRONOUN_LEFT:
        return True
    return _TOLD_ADDRESSEE.search(s, max(0, pos - 60), pos) is not None


# "warned Bolivia it would", "telling La Paz it was willing": "that" left out, the pronoun
# opens the reported clause.
_TOLD_ADDRESSEE = re.compile(
    r"\b(?:warned|warns|warning|told|tells|telling|informed|informs|informing|assured|assures|"
    r"assuring|reminded|reminds|reminding|notified|notifies|notifying|cautioned|cautions|"
    r"cautioning)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+$"
)


# How much of the article's last acting party a sentence's placeholders depend on.
LAST_UNUSED, LAST_IF_PLURAL, LAST_WHOLE = 0, 1, 2


def last_key(use: int, last: tuple[str, ...]) -> tuple[str, ...]:
    """What of `last` decides placeholders that use it as `use` says (equal keys, equal
    placeholders): all of it, only a plural one ("they" stands for the two sides otherwise),
    or nothing."""
    if use == LAST_WHOLE or (use == LAST_IF_PLURAL and len(last) > 1):
        return last
    return ()


def _antecedent(
    s: str, word: str, before: list[Mention], last: tuple[str, ...], pos: int
) -> tuple[tuple[str, ...], str, int]:
    """What a pronoun stands for: the nearest fitting mention before it, else the last actor
    (and how much `last` decided it)."""
    if word == "they":
        return _plural_antecedent(s, before, last)
    personal = word in ("he", "she")
    kinds = ("person", "agent") if personal else ("state", "capital", "org", "group", "agent")
    fits = [  # not a bare possessor: "Turkey's drill was a provocation and that it would"
        m for m in before if m.kind in kinds and m.prep not in PREPS and not m.possessive
    ]
    if _first_subject_again(s, fits, pos, word):
        return fits[0].codes, fits[0].role, LAST_UNUSED
    if len(fits) > 1 and _TOLD_THAT.fullmatch(s, fits[-2].end, fits[-1].start):
        after = s[fits[-1].end :]
        if _THAT_NEXT.match(after):  # "Ghana warned Togo (that) it would": the one who warned
            return fits[-2].codes, fits[-2].role, LAST_UNUSED
    if (
        len(fits) > 1
        and _TELLING_BEFORE.search(s, max(0, fits[-1].start - 20), fits[-1].start)
        and _TOLD_REST.fullmatch(s, fits[-1].end, pos)
    ):  # "replied, telling Tehran (through Omani intermediaries) it was ready": the teller
        return fits[-2].codes, fits[-2].role, LAST_UNUSED
    if fits:
        return fits[-1].codes, fits[-1].role, LAST_UNUSED
    if word == "it" and len(last) > 1:  # one party, but which of the last act's several?
        last = ()
    return last, "", LAST_WHOLE if last else LAST_UNUSED


def _first_subject_again(s: str, fits: list[Mention], pos: int, word: str) -> bool:
    """Is the pronoun the subject of the sentence's first clause, whoever was named between?
    "M23 accused the army ... and said it"; "Not only did Japan condemn North Korea's launch,
    but it also called on China"."""
    if len(fits) > 1 and fits[0].start < 40 and _CONJOINED_SAID.search(s, max(0, pos - 30), pos):
        return True
    inverted = _NOT_ONLY_DID.match(s)
    return bool(
        inverted and fits and fits[0].start == inverted.end() and _ALSO.match(s, pos + len(word))
    )


_NOT_ONLY_DID = re.compile(
    r"Not\s+only\s+(?:did|does|do|has|have|had|is|was|were|will|would|could)\s+(?:the\s+)?"
)
_ALSO = re.compile(r"\s+also\b")


def _plural_antecedent(
    s: str, before: list[Mention], last: tuple[str, ...]
) -> tuple[tuple[str, ...], str, int]:
    """ "they": the last coordination of parties, else the last plural mention, else the last
    acting parties when plural."""
    plural = [m for m in before if m.plural or len(m.codes) > 1]
    chains = [chain_codes(s, before, i) for i in range(len(before))]
    chains = [c for c in chains if len(c) > 1]
    if chains:
        return chains[-1], "", LAST_UNUSED
    if plural:
        return plural[-1].codes, "", LAST_UNUSED
    return (last if len(last) > 1 else (GROUP,)), "", LAST_IF_PLURAL


# "X warned / told / assured Y that it ...": the pronoun is the speaker X, not the addressee Y.
_TOLD_THAT = re.compile(
    r"\s+(?:\w+ly\s+)?(?:warned|warns|told|tells|informed|informs|assured|assures|reminded|"
    r"reminds|notified|notifies|cautioned|cautions)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "X accused Y of ... and said it ...", "X welcomed Y's offer but said it ...": the pronoun
# after a coordinated verb of saying is the sentence's subject.
_CONJOINED_SAID = re.compile(
    r"\b(?:and|but)\s+(?:said|says|added|warned|insisted|stressed|vowed)\s+(?:that\s+)?$",
    re.IGNORECASE,
)
# "that" may be left out right after the addressee: "Chile warned Bolivia it would respond".
_TELLING_BEFORE = re.compile(
    r"\b(?:telling|told|tells|informing|informed|assuring|assured|notifying|notified)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_TOLD_REST = re.compile(r"\s+(?:(?:through|via)\s+[^,;.]{1,50}?\s+)?(?:that\s+)?", re.IGNORECASE)
_THAT_NEXT = re.compile(
    r"[^,.;]{0,30}?\s*,?\s*that\s+(?:it|he|she)\b|\s+(?:it|he|she)\s+(?!\w+ing\b)\w",
    re.IGNORECASE,
)


_OWNER = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we"}
_WE_BOTH = re.compile(
    r"\s+(?:have\s+|had\s+|both\s+|all\s+|jointly\s+)*(?:agreed|agree|met|signed|reached)\b"
)
# "We have agreed to the meeting Venezuela suggested": the speaker's consent to the other
# side's proposal, not a deal of both ("we have agreed to a ceasefire" stays both sides')
_WE_CONSENT = re.compile(
    r"\s+to\s+(?!(?:[\w'’-]+\s+){0,4}?(?:swaps?|exchanges?|deals?|agreements?|"
    r"accords?|pacts?|treaty|treaties|truce|ceasefire|settlement)\b)"
    r"(?:the|a|an|its|this|that|[A-Z][\w-]*(?:'s|’s))\s"
)
# A closing quote: double, or a single one after the quote's last punctuation ('...,' she said).
_CLOSE_QUOTE = re.compile(r"(?:[\"”]|(?<=[,.!?])['’]),?\s+")
_SPEECH_AFTER = re.compile(r"\s*(?:said|says|told|added|stated|declared|wrote)\b")
_SPEECH_BEFORE = re.compile(r"(?:said|says|told\s+\w+|added|stated|declared|wrote)[:,]?\s+[\"“]$")


def quote_speaker(s: str, pos: int, ms: list[Mention]) -> Mention | None:
    """Who "we" is in a quote: the party named with the verb of saying right after the closing
    quote ('"...," Kenya's foreign minister said') or right before the opening one."""
    close = _CLOSE_QUOTE.search(s, pos)
    if close is not None:
        after = [m for m in ms if close.end() <= m.start < close.end() + 12 and m.actor]
        for m in after:
            if _SPEECH_AFTER.match(s, m.end) or _SPEECH_AFTER.search(s, close.end(), m.start):
                return m
        if _SPEECH_AFTER.match(s, close.end()):  # '"...," said a spokeswoman for the ELN'
            end = close.end() + 50
            return next((m for m in ms if close.end() < m.start < end and m.actor), None)
    opening = max(s.rfind('"', 0, pos), s.rfind("“", 0, pos))
    if opening > 0 and _SPEECH_BEFORE.search(s, 0, opening + 1):
        return next((m for m in reversed(ms) if m.end <= opening and m.actor), None)
    return None


_UNKNOWN_SPEAKER = re.compile(
    r"\b[A-Z][\w’'-]+\s+(?:said|says|added|announced|stated|confirmed)\s+(?:that\s+)?$"
)


# A sentence opened by a common noun as its subject ("The army", "The statement") ...
_NOUN_SPEAKER = re.compile(r"(?:The|A|An)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+[a-z]")
# ... that goes on to say "said (that) it"
_SAID_IT = re.compile(r"\b(?:said|says|added|stated|confirmed|insisted)\s+(?:that\s+)?$")


# "several farmers said (that) they", "fans say they": a plural common noun says "they".
_PEOPLE_SAID = re.compile(
    r"\b([a-z]+s)\s+(?:said|say|says|added|insisted|told\s+\w+)\s+(?:that\s+)?$"
)


def _speaker_of_no_party(s: str, p: re.Match[str], ms: list[Mention], res: Resources) -> bool:
    """Is the pronoun a speaker that is no party: "Maccabi said it accepted" (an unknown name
    said it), "several farmers said they would reject it" (the farmers)?"""
    if _UNKNOWN_SPEAKER.search(s, max(0, p.start() - 40), p.start()) and not any(
        x.end <= p.start() and p.start() - x.end < 40 and x.actor for x in ms
    ):
        return True
    return p.group().lower() == "they" and _people_said(s, p.start(), ms, res)


def _people_said(s: str, pos: int, ms: list[Mention], res: Resources) -> bool:
    """Is "they" at `pos` the plural common noun that says it, one that speaks for no party
    (not "officials", "negotiators", "rebels") and follows no party's name?"""
    said = _PEOPLE_SAID.search(s, max(0, pos - 40), pos)
    if said is None:
        return False
    noun, agents = said.group(1), res.words["agent_words"]
    if noun in agents or noun[:-1] in agents or noun[:-3] + "y" in agents:
        # "the foreign ministries said they": the parties' own voices, unless a name no
        # party goes by owns them ("UFC officials said they", "Boeing executives say they")
        return _owned_by_no_party(s, said.start(), ms)
    return not any(said.start() - 30 <= x.end <= said.start() for x in ms)


# the name right before a plural noun: "UFC officials", "the Boeing executives"
_OWNER_NAME = re.compile(r"(?<![\w.])([A-Z][\w&-]*)\s+$")


def _owned_by_no_party(s: str, start: int, ms: list[Mention]) -> bool:
    """Is the noun that starts at `start` owned by a capitalised name that no party mention
    covers ("UFC officials", not "Kremlin officials")? A sentence's first word only as an
    acronym ("FIFA officials", not "Senior officials")."""
    owner = _OWNER_NAME.search(s, max(0, start - 30), start)
    if owner is None or (owner.start() == 0 and not owner.group(1).isupper()):
        return False
    return not any(x.start < owner.end() and owner.start() < x.end and x.actor for x in ms)


_BARE_AGENT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+((?:foreign|defence|defense|interior)\s+ministry\s+spokes(?:man|woman|person)"
    r"|government\s+spokes(?:man|woman|person)|foreign\s+ministry|presidential\s+spokes(?:man|woman))\b"
)


def _dateline(s: str, ms: list[Mention]) -> tuple[str, ...] | None:
    """ "In Addis Ababa, ...": a sentence opened by a capital speaks from that state."""
    first = ms[0] if ms else None
    if first is None or first.kind != "capital" or not s.startswith("In ") or first.start != 3:
        return None
    return first.codes if s[first.end : first.end + 1] == "," else None


def _armed_nouns(s: str, ms: list[Mention]) -> list[Mention]:
    """ "the rebels", "the armed group": the article's armed group, unless the noun is a
    party's own ("ELN rebels", "the ELN guerrilla group" name the group already)."""
    return [
        Mention(g.start(), g.end(), (ARMED,), "group_noun", plural=g.group().endswith("s"))
        for g in _ARMED_NOUNS.finditer(s)
        if not any(
            (m.actor and m.start < g.end() and g.start() < m.end)
            or (m.end <= g.start() and not s[m.end : g.start()].strip())
            # "the UPC, the other armed group invited": the noun is in apposition to it
            or (m.end <= g.start() and _APPOSED.fullmatch(s, m.end, g.start()) is not None)
            for m in ms
        )
        and _OTHER_GROUP.search(s, max(0, g.start() - 12), g.start()) is None
    ]


# "the other armed group", "a rival militia": a group other than the one the article names
_OTHER_GROUP = re.compile(r"\b(?:other|another|rival|second|third|smaller)\s+$", re.IGNORECASE)


_APPOSED = re.compile(r",\s+(?:the|a|an|another)\s+(?:[\w-]+\s+){0,2}")


def _institutions(s: str, ms: list[Mention], place: tuple[str, ...] | None) -> list[Mention]:
    """ "the junta", "the government": the article's state (the dateline's, else STATE)."""
    out = []
    for g in _INSTITUTIONS.finditer(s):
        of = _OF_PARTY.match(s, g.end())
        if of is not None and any(x.start == of.end() and x.actor and not x.prep for x in ms):
            continue  # "the government of Sudan": the party named after it is the mention
        if g.group().endswith("country") and s[g.end() : g.end() + 2] in ("'s", "’s"):
            continue  # "the Clan del Golfo, the country's biggest cartel": a descriptor, no party
        out.append(
            Mention(g.start(), g.end(), place or (STATE,), "group_noun", plural=True,
                    prep=_governor_before(s, g.start()))
        )  # fmt: skip
    return out


def _governor_before(s: str, start: int) -> str:
    """ "accused the government of weakness and called for a hearing": a noun right after a
    past-tense verb is its object, as a named party is, and never the subject of a verb
    coordinated after it. A preposition is left out: "brigades aligned with the government
    shelled" tells whose forces act, as "officials from" does."""
    before = _PREP_BEFORE.search(s, max(0, start - 16), start)
    word = before.group(1).lower() if before is not None else ""
    return word if word.endswith("ed") else ""


# "the two" before its verb (not "the two companies", "the two carriers": a noun of its own)
_THE_TWO = re.compile(
    r"\bthe two(?=\s+(?:[a-z]+ed|will|would|could|have|had|also|later|then|met|held|spoke|"
    r"struck|signed|are|were|did)\b)"
)


# "..., and both have agreed to send delegations": "both" alone, opening a coordinated
# clause before its verb, is a subject standing for the two parties just named (not "Chad and
# Niger both accepted", where it floats after a subject of its own)
_BOTH_BARE = re.compile(
    r"(?:(?<=, )|(?<=\band ))both(?=\s+(?:[a-z]+ed|have|had|will|would|say|said|also|later|then)\b)"
)


def _group_nouns(low: str, res: Resources) -> list[Mention]:
    """ "the two sides", "both governments"; "the two" before its verb ("and the two agreed to
    reopen the border"): both parties."""
    found = list(res.cue_re["group_nouns"].finditer(low))
    if "the two " in low:
        found += _THE_TWO.finditer(low)
    if "both " in low:
        found += _BOTH_BARE.finditer(low)
    return [
        Mention(g.start(), g.end(), (GROUP,), "group_noun", plural=True, prep=_to_before(low, g))
        for g in found
    ]


_PREP_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")


def _to_before(low: str, g: re.Match[str]) -> str:
    """ "spoke to both sides and urged them", "was in contact with both sides and urged them":
    the sides are the object of the preposition right before them, never the subject of the
    next verb (the speaker is). Only the prepositions of a verb's complement count: "of",
    "from", "in", "on" after a role noun ("officials from both sides will meet", "business
    groups in both countries welcomed") make the people of the sides the subject."""
    before = _PREP_BEFORE.search(low, max(0, g.start() - 12), g.start())
    return before.group(1) if before is not None and before.group(1) in COMPLEMENT_PREPS else ""


# "IAEA inspectors visited the site, and the agency and Baghdad signed a roadmap": a definite
# noun for an international body, joined with a named party in a subject, stands for the body
# the sentence named before it (the nearest organisation mention), as a pronoun does; with none
# named before it, no party
_BODY_NOUN = re.compile(
    r"\b[Tt]he\s+(?:agency|watchdog|organi[sz]ation|bloc|alliance|fund)\b(?!['’]s?\s+\w)"
)


_JOINED = re.compile(r"\s+and\s+(?:the\s+)?[A-Z]")  # "the agency and Baghdad", "... and Tajik"


def _body_nouns(s: str, ms: list[Mention], res: Resources) -> list[Mention]:
    out: list[Mention] = []
    for b in _BODY_NOUN.finditer(s):
        if any(x.start <= b.start() < x.end or b.start() <= x.start < b.end() for x in ms):
            continue  # part of a name ("the World Bank") or of a mention
        if not _subject_position(s, b.start()) or not _JOINED.match(s, b.end()):
            continue  # "told the agency": an object; "the bloc would respond": kept to the
            # joint subject, where the other conjunct makes the body a party to the act
        before = [  # "IAEA inspectors", "an IMF mission": the body's own people name it too
            x for x in ms
            if x.end <= b.start() and x.actor and res.kinds.get(x.codes[0]) == "org"
        ]  # fmt: skip
        if before:
            out.append(Mention(b.start(), b.end(), before[-1].codes, "org"))
    return out


def placeholders(s: str, ms: list[Mention], last: tuple[str, ...], res: Resources) -> list[Mention]:
    """The sentence's mentions with the placeholders added, in text order (`last` is the last
    acting party of the article so far)."""
    return placeholders_using(s, ms, last, res)[0]


def placeholders_using(
    s: str, ms: list[Mention], last: tuple[str, ...], res: Resources
) -> tuple[list[Mention], int]:
    """`placeholders`, and how much `last` decided them (see `last_key`); which pronouns fall
    back on `last`, and how, does not depend on `last` itself."""
    extra: list[Mention] = []
    used = LAST_UNUSED
    low = fold(s)
    extra += _group_nouns(low, res)
    place = _dateline(s, ms)
    if not _INSTITUTION_WORDS.isdisjoint(word_runs(low)):  # else no match
        extra += _institutions(s, ms, place)
    extra += _armed_nouns(s, ms)
    if "the " in low:
        extra += _body_nouns(s, ms, res)
    if place is not None:  # "In Addis Ababa, a foreign ministry spokesman said": Ethiopia's
        for g in _BARE_AGENT.finditer(s):
            if not any(x.start <= g.start(1) < x.end for x in ms):
                extra.append(Mention(g.start(1), g.end(1), place, "agent"))
    for p in res.cue_re["pronouns"].finditer(low):
        if not _subject_position(s, p.start()) or _speaker_of_no_party(s, p, ms, res):
            continue
        if (
            p.group().lower() == "it"
            and _NOUN_SPEAKER.match(s)
            and not _INSTITUTIONS.match(s)
            and _SAID_IT.search(s, max(0, p.start() - 20), p.start())
            and not any(x.end <= p.start() and x.actor for x in ms)
        ):
            continue  # "The army confirmed an operation but said it had targeted a cell": "it"
            # is the speaker, a noun no party was named for
        word = _OWNER.get(p.group().lower().split()[0], p.group().lower().split()[0])
        before = [m for m in ms if m.end <= p.start() and m.actor and not m.location]
        if word == "we":  # "We demand that...," the minister said: the speaker of the quote
            speaker = quote_speaker(s, p.start(), ms)
            codes, role = (speaker.codes, speaker.role) if speaker else ((), "")
            both = _WE_BOTH.match(s, p.end())
            consent = both is not None and both.group().endswith(("agree", "agreed"))
            if codes and both and not (consent and _WE_CONSENT.match(s, both.end())):
                codes = (GROUP,)  # "We agreed on a committee": both sides speak as one
        else:
            codes, role, from_last = _antecedent(
                s, word if word in ("they", "it", "she") else "he", before, last, p.start()
            )
            used = max(used, from_last)
        if codes:
            plural = len(codes) > 1 or codes == (GROUP,)
            extra.append(Mention(p.start(), p.end(), codes, "pronoun", role=role, plural=plural))
    return sorted([*ms, *extra], key=lambda m: m.start), used
