"""Arguments of a trigger in its sentence: subject, passive agent, target, object, issue."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from storywatch.classify.mentions import Mention
from storywatch.classify.resources import Resources
from storywatch.classify.text import (
    MONTH,
    WEEKDAY,
    clause_end,
    clause_start,
    closed_relative_before,
    fold,
    words_after,
)

__all__ = [
    "ARMED",
    "BREAKING",
    "BREAKING_WORDS",
    "CONDITION_WORDS",
    "GROUP",
    "PREPS",
    "STATE",
    "Subject",
    "captives_swapped",
    "chain_codes",
    "chain_start",
    "claims_broken",
    "coordinated_after",
    "envoy_post",
    "find_issue",
    "find_subject",
    "first_target",
    "has_object",
    "passive_agent",
]

GROUP = "@GROUP"  # stands for the article's two main parties until resolved
STATE = "@STATE"  # "the junta", "the regime": the article's main state
ARMED = "@ARMED"  # "the rebels", "communist guerrillas": the article's armed group
PREPS = frozenset(
    [
        "with", "to", "from", "on", "against", "of", "for", "between", "by", "including",
        "toward", "towards", "over", "about", "into", "among", "like", "amid", "despite",
        "in", "at", "near", "outside", "around", "across", "via", "upon", "through"
    ]
)  # fmt: skip
# "Damascus and the Kurdish-led SDF": a "-led"/"-backed" modifier stands inside the list
_MODIFIER_PART = r"-(?:led|backed|allied|dominated)\s+"
_MODIFIER_GAP = re.compile(_MODIFIER_PART)
_COORD = re.compile(
    # "Not only Egypt but also Jordan", "Egypt as well as Jordan": a coordination too
    r"^\s*(?:,\s*(?:and\s+)?|and\s+(?:also\s+)?|nor\s+|&\s+|,?\s*but\s+also\s+|as\s+well\s+as\s+)"
    # "Ghana's president and his Ivorian counterpart": a possessive determiner opens the
    # second party as "the" does
    rf"(?:(?:the|his|her|its|their)\s+)?(?:[A-Z][a-z]+{_MODIFIER_PART})?$"
)
# "Kenya and the regional administration of Jubaland": the second party behind its agent
# noun (the mention's governing "of" was found to belong to an agent noun: prep "").
_COORD_OF = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|and\s+|nor\s+)(?:the\s+)?(?:[a-z-]+\s+){1,3}(?:of|from|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BY = re.compile(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)
_COORDINATOR = re.compile(r"\b(?:and|nor|but)\b|&|\bas\s+well\s+as\b")
_HEADS = frozenset({"head_of_state", "head_of_government"})


@dataclass(frozen=True, slots=True)
class Subject:
    """The acting party found for a trigger."""

    codes: tuple[str, ...]
    end: int
    plural: bool
    kind: str
    role: str = ""
    start: int = -1

    @classmethod
    def of(cls, m: Mention) -> Subject:
        """The subject a mention makes, spanning the mention."""
        return cls(m.codes, m.end, m.plural, m.kind, m.role, m.start)


def _free(m: Mention) -> bool:
    return m.actor and not m.location and not m.possessive and m.prep not in PREPS


def _coordinated(gap: str, m: Mention) -> bool:
    return bool(_COORD.match(gap) or (m.prep == "" and _COORD_OF.match(gap)))


# The prepositions of a verb's complement ("spoke to", "in contact with", "a protest against"):
# the party after one is an object; "of", "from", "for", "in" also introduce the people of a
# party after a role noun ("officials from both sides", "negotiators for Burundi"), who act.
COMPLEMENT_PREPS = frozenset(["to", "with", "against", "toward", "towards", "among"])


_TIGHT_GAP = re.compile(r"\s*(?:,|\s(?:and|or|nor))\s+(?:the\s+)?")
_LAST_CONJ = re.compile(r"\s+(?:and|or|nor)\s+(?:the\s+)?")


def _tight(s: str, chain: list[Mention]) -> bool:
    """Is the coordination a plain list of names ending in a conjunction ("Ethiopia and
    Eritrea", "Argentina, Bolivia and Brazil"): no word between conjuncts, no ", and" that may
    open a new clause, no bare comma that may close an apposition or a clause?"""
    last = s[chain[1].end : chain[0].start]  # a list ends in its conjunction ("... and Brazil")
    return (
        not any(x.location for x in chain)
        and _LAST_CONJ.fullmatch(last) is not None
        and all(
            _TIGHT_GAP.fullmatch(s, b.end, a.start) is not None
            for a, b in itertools.pairwise(chain)
        )
    )


def _split_chain(
    s: str, chain: list[Mention], head: Mention, m: Mention
) -> tuple[list[Mention], Mention]:
    """A coordination whose first conjunct is a place or follows a preposition: "the junta in
    Bamako nor Niamey": a place closes the chain; the rest coordinates. "was in contact with
    Ethiopia and Eritrea and urged them": the preposition of a verb's complement governs the
    whole list after it, so no conjunct is the subject of a later verb (the head keeps its
    preposition); "officials from Fiji and Australia met" differ: "from" after a role noun
    tells whose people act."""
    if head.prep in COMPLEMENT_PREPS and _tight(s, chain):
        return [head], head
    chain = [x for x in chain if not x.location and x.prep not in PREPS] or [m]
    return chain, chain[-1]


def _chain(s: str, ms: list[Mention], i: int) -> tuple[list[Mention], Mention]:
    """The coordination ending at ms[i] ("Russia and Ukraine", "the US, France and China")."""
    chain = [ms[i]]
    j = head = i
    cut: tuple[int, int] | None = None  # the chain's length and head before its first bare comma
    while j > 0:
        k = j - 1
        if k > 0 and not ms[k].actor and _MODIFIER_GAP.fullmatch(s, ms[k].end, ms[j].start):
            k -= 1  # "Sanaa and the Iranian-backed Houthis": the modifier is no party
        if not ms[k].actor or "pronoun" in (ms[k].kind, ms[j].kind):
            break  # "... troops from Chad, it also suspended": a pronoun is coordinated with none
        gap = s[ms[k].end : ms[j].start]
        if gap.strip() == "(" and ms[k].codes == ms[j].codes:
            j -= 1  # "the Kurdistan Regional Government (KRG)": one party, named twice
            continue
        if not _coordinated(gap, ms[j]):
            break
        # "In letters sent to Argentina, Bolivia and Uruguay, Asuncion suggested": "and" comes
        # before a list's last member, so the parties after "and X," (a comma alone) are not in
        # the list that "and" closed: the chain is what follows that comma.
        if cut is not None and _COORDINATOR.search(gap):
            del chain[cut[0] :]
            head = cut[1]
            break
        if cut is None and gap.strip() == ",":
            cut = (len(chain), head)
        j = head = k
        chain.append(ms[j])
    return chain, ms[head]


_NAME_BEFORE = re.compile(r"(?:^|[^.!?]\s)([A-Z][a-z]+)\s+$")
_RELATIVE = re.compile(r",\s+(?:which|who)$")


def _unknown_name_before(s: str, pos: int, ms: list[Mention], titles: frozenset[str]) -> bool:
    """ "Kobakhidze accused": an unknown proper name right before the verb is its subject."""
    m = _NAME_BEFORE.search(s, max(0, pos - 40), pos)
    if m is None or m.group(1) in titles or any(x.start <= m.start(1) < x.end for x in ms):
        return False
    return m.start(1) > 0


def _relative_head(s: str, cs: int, ms: list[Mention]) -> Subject | None:
    """ "an ECOWAS delegation, which will arrive": the mention the relative pronoun stands for."""
    rel = _RELATIVE.search(s, max(0, cs - 12), cs)
    if rel is None:
        return None
    head = next((m for m in ms if m.end == rel.start() and m.actor), None)
    if head is None:
        return None
    return Subject(head.codes, cs, head.plural, head.kind, head.role)


def chain_codes(s: str, ms: list[Mention], i: int) -> tuple[str, ...]:
    """The codes of the coordination ending at ms[i], in text order."""
    chain, _ = _chain(s, ms, i)
    return tuple(dict.fromkeys(c for x in reversed(chain) for c in x.codes))


def chain_start(s: str, ms: list[Mention], i: int) -> int:
    """Where the coordination ending at ms[i] starts ("Russia and Ukraine": at "Russia")."""
    return _chain(s, ms, i)[1].start


_SPEECH = frozenset(
    ["said", "told", "added", "stated", "announced", "confirmed", "insisted", "stressed",
     "warned", "claimed", "reported", "noted", "explained", "cautioned", "emphasized",
     "emphasised", "believed", "argued", "acknowledged", "denied"]
)  # fmt: skip


# Present-tense verbs of headlines that take a party as object ("urges Budapest and Zagreb
# to negotiate, offers to host": the parties urged are not the subject of "offers").
_PRESENT_OBJECT_VERBS = frozenset(
    ["urges", "asks", "tells", "invites", "presses", "warns", "accuses", "orders", "gives",
     "sends", "hands", "offers", "calls", "pushes", "blames", "thanks", "joins"]
)  # fmt: skip


# Irregular past forms of verbs that take a party as object ("had given Buenos Aires 30 days",
# "met Tirana's envoy", "struck Kharkiv"): not recognisable by their "-ed" ending.
_IRREGULAR_PAST_OBJECT_VERBS = frozenset(
    ["gave", "given", "sent", "met", "struck", "hit", "took", "taken", "brought", "sold",
     "lent", "shown", "beat", "beaten", "won", "forgave", "forgiven"]
)  # fmt: skip


def _after_verb(prep: str) -> bool:
    """ "offered the European Union talks": a mention right after a past verb is its object;
    after a verb of saying it starts the reported clause ("said Moscow was ready")."""
    return (
        (prep.endswith("ed") and prep not in _SPEECH)
        or prep in _PRESENT_OBJECT_VERBS
        or prep in _IRREGULAR_PAST_OBJECT_VERBS
    )


def coordinated_after(s: str, ms: list[Mention], target: Mention) -> tuple[str, ...]:
    """Codes coordinated after `target` ("handed Hamas and Israel a proposal" -> ISR)."""
    out: list[str] = []
    prev = target
    closed = False  # "A and B, C and D": after "and" a comma starts another list
    for m in ms:
        if m.start < prev.end:
            continue
        gap = s[prev.end : m.start]
        if not _COORD.match(gap) or not m.actor or (closed and "," in gap):
            break
        closed = closed or "and" in gap
        out.extend(c for c in m.codes if c not in target.codes)
        prev = m
    return tuple(out)


_NP_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+"
    r"(?:(?:has|have|had|was|were|is|are|will|would|could|also|then|later|not|never|did|does|"
    r"quickly|swiftly|promptly|formally|jointly|reportedly|finally)\s+)*$"
)
_NOT_NOUNS = frozenset(
    ["same", "next", "last", "first", "other", "two", "both", "most", "only", "and", "or", "but",
     "that", "which", "who", "it", "they", "he", "she", "we", "also", "then", "now", "nor", "yet",
     "so", "as", "if", "when", "while", "after", "before", "since", "because", "although"]
)  # fmt: skip


def _unknown_noun_before(s: str, pos: int, ms: list[Mention]) -> bool:
    """ "since the bloc imposed sanctions": a plain noun phrase right before the verb is its
    subject, and it names no party we know (a known one would be a mention)."""
    armed = _ARMED_NP_BEFORE.search(s, max(0, pos - 50), pos)
    if armed is not None and not any(
        armed.start() <= x.start < pos or not s[x.end : armed.start()].strip() for x in ms
    ):
        return True  # not "Russian fighters", "ELN rebels": a named party's own men
    m = _NP_BEFORE.search(s, max(0, pos - 50), pos)
    if m is None or m.group(1) in _NOT_NOUNS:
        return False
    return not any(x.start <= m.start(1) < x.end or x.start <= m.start() < x.end for x in ms)


# "Cameroon's army said separatist fighters attacked a checkpoint": a bare plural of armed men
# the tables do not name, right before the verb (no determiner: a reported clause's subject
# after "said"), is the verb's subject; the party that reports it is not the one who acted.
_ARMED_NP_BEFORE = re.compile(
    r"\b(?:(?:unidentified|unknown|suspected|armed|separatist|rebel|jihadist|islamist|militant|"
    r"insurgent|masked|heavily|anti-government)\s+)*"
    r"(?:gunmen|fighters|militants|rebels|insurgents|separatists|jihadists|assailants|attackers|"
    r"bandits|guerrillas|militiamen|(?<=armed\s)men|(?<=masked\s)men)\s+"
    r"(?:(?:have|had|were|also|then|later|reportedly|allegedly)\s+)*$"
)


_DOCUMENT_BEFORE = re.compile(
    r"\b(?:offer|proposal|plan|initiative|invitation|letter|message|draft|text|note|document|"
    r"framework|request|roadmap|blueprint|resolution|statement|communique)s?$",
    re.IGNORECASE,
)


_ROLE = re.compile(r",\s*(?:acting|serving|speaking|in\s+(?:his|her|its)\s+capacity)\b")

# A common noun phrase in apposition to the subject, closed by its comma right before the verb
# ("The Free Hills Front (FHF), the armed group fighting Ethiopian rule, has offered"): what
# it names describes the subject and is never the subject itself.
_APPOSITION = re.compile(
    r",\s+(?:the|an?)\s+[a-z][^,;:()\"“”]*,\s*(?:(?:has|have|had|was|were|is|are|will|would|"
    r"also|then|later|now|on\s+[A-Z][a-z]+day)\s+)*$"
)
_HEAD_GAP = re.compile(r"\)?\s*(?:\([^()]{1,12}\))?\s*")  # "Front (FHF)"


def _apposed_head(s: str, pos: int, ms: list[Mention]) -> int | None:
    """Where an apposition closed right before `pos` starts, when a free party heads it."""
    ap = _APPOSITION.search(s, max(0, pos - 160), pos)
    if ap is None or not any(ap.start() <= m.start < ap.end() for m in ms):
        return None
    head = next((m for m in reversed(ms) if m.end <= ap.start()), None)
    if head is None or not _free(head) or not _HEAD_GAP.fullmatch(s, head.end, ap.start()):
        return None
    return ap.start()


def find_subject(
    s: str, pos: int, ms: list[Mention], titles: frozenset[str] = frozenset()
) -> Subject | None:
    """The nearest free actor (or coordination of actors) before `pos` inside its clause."""
    cs = clause_start(s, pos)
    rel = closed_relative_before(s, cs - 12, pos)
    if rel is not None and rel.start() < cs:
        return find_subject(s, rel.start(), ms, titles)  # the head before ", which ...,"
    if rel is not None and _DOCUMENT_BEFORE.search(s, max(0, rel.start() - 40), rel.start()):
        # "The offer, passed on through Nigerien intermediaries, calls for": what a document
        # says is its author's act, never the act of a party named in the clause about it
        return find_subject(s, rel.start(), [m for m in ms if m.start < rel.start()], titles)
    if _unknown_name_before(s, pos, ms, titles) or _unknown_noun_before(s, pos, ms):
        return None
    # "Tanzania's president, acting as the EAC's envoy, proposed": the role is no subject;
    # nor what an apposition names ("The FHF, the armed group fighting Ethiopian rule,")
    if rel is not None:
        cut = rel.start() if _ROLE.match(s, rel.start()) else None
    else:
        cut = _apposed_head(s, pos, ms)
    if cut is not None:
        return find_subject(s, cut, [m for m in ms if m.start < cut], titles)
    for i in range(len(ms) - 1, -1, -1):
        m = ms[i]
        if m.end > pos or m.start < cs:
            continue
        chain, head = _chain(s, ms, i)
        if len(chain) > 1 and _new_clause_subject(s, chain, head, pos):
            chain, head = [m], m
        if len(chain) > 1 and (head.location or head.prep in PREPS):
            chain, head = _split_chain(s, chain, head, m)
        if not head.actor or head.location or head.prep in PREPS or _after_verb(head.prep):
            continue
        if m.possessive or _reported_subject(s, m.start, pos):
            continue
        codes = tuple(dict.fromkeys(c for x in reversed(chain) for c in x.codes))
        plural = len(codes) > 1 or any(x.plural for x in chain) or m.kind == "group_noun"
        return Subject(codes, m.end, plural, m.kind, m.role, head.start)
    return _relative_head(s, cs, ms)


# Only auxiliaries and adverbs between a subject and its verb ("Moscow has swiftly vowed").
_VERB_NEXT = re.compile(
    r"\s*(?:(?:has|have|had|was|were|is|are|will|would|could|also|then|later|not|never|did|"
    r"does|\w+ly)\s+)*$",
    re.IGNORECASE,
)


def _new_clause_subject(s: str, chain: list[Mention], head: Mention, pos: int) -> bool:
    """ "Moldova expelled a Russian diplomat, and Moscow vowed", "Although Armenia accepted
    the EU mission, Azerbaijan rejected it": a comma after the object of a verb closes that
    clause; the party right after it, before a verb of its own, starts a new clause as its
    subject and coordinates with no party of the object."""
    last, before = chain[0], chain[1]
    return (
        _after_verb(head.prep)
        and "," in s[before.end : last.start]
        and _VERB_NEXT.match(s, last.end, pos) is not None
    )


_SAID_BEFORE = re.compile(
    r"\b(?:said|says|claimed|claims|insisted|insists|argued|argues|alleged|alleges)\s+"
    r"(?:that\s+)?(?:the\s+)?$"
)
_AND_BEFORE = re.compile(r"\band\s+(?:\w+ly\s+)?$")


def _reported_subject(s: str, start: int, pos: int) -> bool:
    """ "Kinshasa said the rebels were backed by Kigali and called the offensive ...": the
    subject of the reported clause is not the subject of a verb coordinated after it
    ("and called"): the one who said it is."""
    return (
        _AND_BEFORE.search(s, max(0, pos - 16), pos) is not None
        and _SAID_BEFORE.search(s, max(0, start - 24), start) is not None
    )


def passive_agent(s: str, pos: int, ms: list[Mention]) -> Mention | None:
    """The mention after "by" in the rest of the clause ("talks were proposed by Kyiv")."""
    end = clause_end(s, pos)
    by = _BY.search(s, pos, end)
    if by is None or _OTHER_BY.search(s, pos, by.start()):
        return None
    return next((m for m in ms if m.start == by.end() and m.actor), None)


# Between the passive and its "by": another participle that owns the agent ("was agreed after
# talks in Kabul hosted by Afghanistan"; not "was attacked and looted by"), or a clause of its
# own ("was agreed on Friday after a summit led by Kenya").
_OTHER_BY = re.compile(
    r"\s(?:after|before|following|during|until|when|while)\s"
    r"|\s(?!(?:and|or|been|being)\s)[\w’'-]+\s+[a-z]+ed(?:\s+\w+ly)?\s*$",
    re.IGNORECASE,
)


_BARE_NEXT = frozenset(
    ["on", "late", "early", "yesterday", "today", "in", "within", "after", "quickly", "swiftly",
     "immediately", "hours", "days", "overnight", "last", "this", "if", "unless", "only",
     "provided"]
)  # fmt: skip
_COMPLEMENT = re.compile(r"[,\s]*(?:that|which|who|where|to)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(
    r"\s(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Uu]ntil|[Oo]nce|[Ww]hile|[Ww]hereas)\s"
    r"|\sas\s+(?=(?:the\s+)?[A-Z])"  # "struck ... as Brazil offered to mediate"
)


# "threatened a WTO case", "an ICJ ruling": a body named as the modifier of a legal case is the
# forum the case goes to, no party acted on
_FORUM_CASE = re.compile(
    r"\s+(?:case|cases|complaint|complaints|challenge|ruling|rulings|panel|lawsuit|suit|"
    r"arbitration|proceedings|litigation)\b"
)


def first_target(s: str, pos: int, ms: list[Mention], exclude: tuple[str, ...]) -> Mention | None:
    """The first actor mention after `pos` in the clause (up to a comma) that is not the actor;
    an agent after "by" ("led by Senegal's president") and a subordinate clause are skipped."""
    end = clause_end(s, pos)
    sub = _SUBORDINATE.search(s, pos, end)
    end = sub.start() if sub else end
    by_ends: set[int] = set()
    for m in ms:
        if m.prep == "by" or m.start - 1 in by_ends:
            by_ends.add(m.end)
            continue
        if m.prep in ("through", "via"):
            continue  # "sent its reply through Oman to Stockholm": an intermediary
        if not (pos <= m.start < end and m.actor and not m.location):
            continue
        if m.kind == "org" and _FORUM_CASE.match(s, m.end):
            continue
        if m.kind != "mediator" and not set(m.codes) <= set(exclude):
            return m
    return None


# "gave the rulers of Niger one week to reinstate the president": an ultimatum.
_DEADLINE = re.compile(
    r"\s(?:\d+|one|two|three|four|five|six|seven|ten|a)\s+(?:hours?|days?|weeks?|months?)\s+to\s"
    rf"|\suntil\s+(?:{WEEKDAY}|midnight|(?:the\s+)?end\s+"
    r"of\s+(?:the\s+)?(?:\w+\s+)?(?:day|week|month|year))\s+to\s"
)  # "gave the rulers of Niger one week to", "gave the army until Friday to"
_THING = re.compile(r"\s+(?:a|an|the|its|their|\d+|more|new|shares|access|aid)\b", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“]")
_Ctx = tuple[str, int, list[Mention], Resources]  # words after, clause end, mentions, tables


def _issue_follows(s: str, pos: int, cls: str, ctx: _Ctx) -> bool:
    text, end, _, res = ctx
    if cls == "talks_issue" and text.startswith(" any "):
        return False  # "would join any talks": no talks in view
    found = res.issue_re.search(fold(s), pos, end)
    if found is not None and _SETTING.search(s, max(pos, found.start() - 24), found.start()):
        return False  # "approved the listings at a meeting in Brussels": where, not what
    kind = res.issues[found.group().lower()] if found else None
    if (
        cls == "talks_issue"
        and found is not None
        and _INTERNAL_TALKS.search(s, max(pos, found.start() - 30), found.start())
    ):
        return False  # "called for an inclusive national dialogue in Mozambique": an appeal
    return kind is not None and (cls == "issue" or kind in ("talks", "summit"))


# A dialogue inside one nation, among its own government, parties and people ("a national
# dialogue", "an inclusive dialogue", "intra-Libyan talks"): whoever calls for it asks the
# nation's sides to talk to each other, it offers no talks with itself (an appeal, not a
# proposal of talks).
_INTERNAL_TALKS = re.compile(
    r"\b(?:national|inclusive|internal|intra-[a-z]+|inter-party|all-party)\s+$", re.IGNORECASE
)


# "trade two guards for nine prisoners", "swap the sailors for": people traded for people
_CAPTIVES_TRADED = re.compile(
    r"(?:trad(?:e|es|ed|ing)|exchang(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,5}?(?:guards?|soldiers?|prisoners?|detainees?|"
    r"hostages?|captives?|sailors?|fishermen|crew|nationals|citizens|spies|agents|"
    r"servicemen|journalists?|herders?|villagers|civilians|traders|students|pilots|workers|"
    r"officers|tourists|activists|residents|him|her|them|(?:detained|jailed|imprisoned|captured|abducted|"
    r"kidnapped|arrested|convicted))\s+(?:[\w'’-]+\s+){0,4}?for\b"
)
_TO_WORD = re.compile(r"\s+to\s+")
# "proposed to free three border guards captured in a clash in exchange for 40 Afghans held
# in its prisons": people released for something given in return, the act's own object
_RELEASED_FOR = re.compile(
    r"(?:free|release|hand\s+over|return|repatriate)\s+[^.;]{0,120}?\bin\s+(?:exchange|return)\s+for\b"
)
# Captives exchanged, named right after the verb of the exchange ("proposed that Chad and Sudan
# exchange soldiers captured in clashes", "offered to swap their detained sailors")
_CAPTIVES_SWAPPED = re.compile(
    r"\b(?:swap(?:s|ped|ping)?|exchang(?:e|es|ed|ing))\s+(?:(?:the|their|all|its|some|"
    r"[\w-]+(?:ed|ing)|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|"
    r"hundreds\s+of)\s+){0,3}(?:soldiers|prisoners|detainees|hostages|captives|sailors|"
    r"fishermen|servicemen|troops|fighters|guards|nationals|citizens)\b"
)


# An exchange or swap as the object right after an act's verb ("agreed on an exchange that will
# see ...", "approved the swap"), not one of fire or views; and the captives its clause names
_EXCHANGE_OBJECT = re.compile(
    r"\s+(?:on\s+|to\s+)?(?:an?|the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:exchange|swap)\b"
    r"(?!\s+of\s+(?:fire|views|ideas|letters|notes|information|data|gunfire|shots))"
)
_CAPTIVE_WORD = re.compile(
    r"\b(?:prisoners?|detainees?|hostages?|captives?|abductees?|(?:detained|captured)\s+\w+)\b"
)


def _captives_exchanged(low: str, end: int, stop: int) -> str | None:
    """prisoner_exchange when an exchange or swap of captives is the object right after `end`,
    or the clause up to `stop` trades people for people ("met and agreed terms for exchanging
    a detained officer for a convicted spy")."""
    if _CAPTIVES_TRADED.search(low, end, stop):
        return "prisoner_exchange"
    if not _EXCHANGE_OBJECT.match(low, end):
        return None
    stops = [i for i in (low.find(".", end), low.find(";", end)) if i > 0]
    found = _CAPTIVE_WORD.search(low, end, min([len(low), end + 120, *stops]))
    return "prisoner_exchange" if found is not None else None


def captives_swapped(s: str, end: int) -> bool:
    """Does the proposal, demand or consent ending at `end` name captives to be exchanged in
    its next words (a prisoner exchange with no issue phrase: "exchange soldiers")?"""
    stop = s.find(".", end)
    return (
        _CAPTIVES_SWAPPED.search(fold(s), end, min(end + 80, stop if stop > 0 else len(s)))
        is not None
    )


_SETTING = re.compile(
    r"\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:a|an|the|their|its|this|last\s+week's)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


_TALKS_MODIFIERS = frozenset(
    ["a", "an", "the", "new", "direct", "fresh", "further", "more", "another", "urgent", "second",
     "third", "renewed", "formal", "high-level", "early", "immediate"]
)  # fmt: skip


# "received his Ugandan counterpart for talks": a guest, then what the visit is for.
_FOR_TALKS = re.compile(
    # not "received the rebels' proposal for talks": what came is a proposal, no guest
    r"\s+(?!the\s+(?:talks|summit))(?![^,;.:]{0,40}?\b(?:proposals?|offers?|invitations?|requests?|"
    r"calls?|plans?|letters?|message)\s+for\b)"
    r"[^,;.:]{2,60}?\s+for\s+(?:talks|a\s+meeting|consultations|"
    r"(?:an?\s+)?(?:official|working|state)\s+visit|a\s+round\s+of\s+talks)\b",
    re.IGNORECASE,
)


# "added nine Belarusian officials to its sanctions list", "put the firm on its blacklist"
_TO_SANCTIONS_LIST = re.compile(
    r"\s+[^,;.:]{1,60}?\b(?:to|on)\s+(?:its|the|their|a)\s+(?:\w+\s+)?(?:sanctions?\s+list|"
    r"blacklist|entity\s+list|black\s+list)\b",
    re.IGNORECASE,
)


def _talks_first(text: str, res: Resources) -> bool:
    """ "sought talks", "requested a meeting", "pushed for a new round of talks": the object is
    the talks themselves (not "a solution through talks")."""
    head = next((w for w in text.split() if w not in _TALKS_MODIFIERS), "")
    return head in res.objects["talks_near"]


_PARTY_FOR_TALKS = re.compile(
    r"\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+for\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:talks|meeting|session|summit|consultations|negotiations|dialogue)\b"
)
_PARTY_TO = re.compile(
    r"\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}?"
    rf"(?:\s+on\s+{WEEKDAY})?"  # "asked the UN on Friday to"
    r"\s+(?:to\s+[a-z]|for\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:help|assistance|aid|support|protection|troops|funds|funding|mediation|weapons|arms)\b|"
    # "asked NATO allies for more air defence systems", "for 2,000 more police officers": an
    # amount of a thing is asked for (not "for more than a year")
    r"for\s+(?:more|additional|further|extra|\d[\d,]*(?:\s+more)?)\s+(?!than\b)[a-z])"
)  # "asked the UN to intervene", "asked the UN for assistance"
# The words that open a condition ("attend if", "will take place only if").
CONDITION_WORDS = r"(?:only\s+)?(?:if|unless|provided|on\s+condition)\b"
_CONDITION = re.compile(r"\s*" + CONDITION_WORDS, re.IGNORECASE)


# "had not answered by Tuesday afternoon", "by the deadline", "yet": a time limit, no object
_BY_TIME = re.compile(
    rf"\s*(?:yet\b|so\s+far\b|by\s+(?:late\s+|early\s+|the\s+end\s+of\s+)?(?:{WEEKDAY}|{MONTH}|"
    r"noon|midday|midnight|nightfall|then|(?:the|\w+day's)\s+deadline|press\s+time|"
    r"the\s+time|\d+)(?!\w))",
    re.IGNORECASE,
)


def _bare(text: str) -> bool:
    """ "Sudan accepted on Monday": nothing but time or place follows."""
    first = text.split()[:1]
    return not first or first[0] in _BARE_NEXT or _BY_TIME.match(text) is not None


# Between an attack verb and the city it hit: "struck the eastern city of Kharkiv",
# "shelled targets in Dnipro", "hit Gaza City".
_TO_CITY = re.compile(
    r"\s+(?:(?:the|a|an|on|in|at|near|around|of|targets|positions|areas|parts|districts|outskirts|"
    r"suburbs|city|town|port|capital|region|province|frontline|front-line|key|besieged|"
    r"\w+ern)\s+){0,5}"
)


_NAME_GOES_ON = re.compile(r"\s+(?!City\b)[A-Z]")  # "Hassan Nasrallah": a person, no city


def _city(s: str, m: re.Match[str], res: Resources) -> Mention:
    return Mention(m.start(), m.end(), (res.cities[m.group()],), "city")


def city_hit(s: str, pos: int, res: Resources) -> Mention | None:
    """The city an attack word ending at `pos` hit, as a mention of its state, or None: right
    after it ("struck Kharkiv", "struck the eastern city of Kharkiv"), else after "in" or "on"
    in its clause ("hit an apartment building in Dnipro"). A city followed by another name
    ("Hassan Nasrallah") is a person."""
    gap = _TO_CITY.match(s, pos)
    m = res.city_re.match(s, gap.end() if gap else pos)
    if m is not None and not _NAME_GOES_ON.match(s, m.end()):
        return _city(s, m, res)
    for m in res.city_re.finditer(s, pos, clause_end(s, pos)):
        before = s[max(pos, m.start() - 4) : m.start()]
        if before.endswith(("in ", "on ")) and not _NAME_GOES_ON.match(s, m.end()):
            return _city(s, m, res)
    return None


def city_target(s: str, pos: int, res: Resources, attacker: tuple[str, ...]) -> Mention | None:
    """The state of the city hit, unless it is the attacker's own ("Sudanese drones attacked
    Nyala")."""
    city = city_hit(s, pos, res)
    return city if city is not None and city.codes[0] not in attacker else None


# The post an envoy is recalled from or sent to: "recalled its ambassador from Tel Aviv",
# "expelled the consul in Lagos" (an embassy's city names the state that hosts it)
_ENVOY_POST = re.compile(
    r"\b(?:ambassadors?|envoys?|consuls?(?:\s+general)?|diplomats|charg[eé]\s+d['’]affaires|"
    r"high\s+commissioner)\s+(?:(?:back\s+)?from|in|to)\s+$",
    re.IGNORECASE,
)


def envoy_post(s: str, pos: int, res: Resources, sender: tuple[str, ...]) -> Mention | None:
    """The state of the city an envoy named after `pos` serves in ("recalled its ambassador
    from Tel Aviv": ISR), unless it is the sender's own."""
    for m in res.city_re.finditer(s, pos, clause_end(s, pos)):
        if _ENVOY_POST.search(s, max(pos, m.start() - 40), m.start()) is None:
            continue
        post = _city(s, m, res)
        return None if post.codes[0] in sender or _NAME_GOES_ON.match(s, m.end()) else post
    return None


# A proposal judged unworkable by whoever was offered it: a rejection.
_JUDGED_BAD = re.compile(
    r"\b(?:unacceptable|absurd|a\s+non-starter|non-starter|unrealistic|unworkable|a\s+trap|"
    r"a\s+ploy|a\s+stunt|a\s+publicity\s+stunt|dead\s+on\s+arrival|a\s+provocation|"
    r"meaningless|not\s+serious|unserious|a\s+farce|a\s+sham|insulting|an\s+insult|"
    r"a\s+dead\s+end|a\s+diktat|an\s+ultimatum)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=256)
def _grams(text: str) -> frozenset[str]:
    """The words, pairs and triples of words of `text` (what a class phrase can be)."""
    w = text.split()
    return frozenset(
        [*w, *(" ".join(w[i : i + 2]) for i in range(len(w) - 1)),
         *(" ".join(w[i : i + 3]) for i in range(len(w) - 2))]
    )  # fmt: skip


_VISITOR_LEFT = re.compile(r"\s*(?:(?:his|her|their|its|the)\s+)?")
# "received a delegation from the Kurdistan Regional Government": the party that sent them
_VISITORS_FROM = re.compile(
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:delegation|envoy|team|mission|emissary)\s+from\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


_PASSIVE_ACCUSED = re.compile(r"\s+(?:of|for|over)\b", re.IGNORECASE)
# "accusing Thailand on Monday of violating an agreement reached in Penang"
# The words for a deal between parties.
_DEAL_NOUN = (
    r"(?:agreement|deal|accord|truce|ceasefire|cease-fire|pact|protocol|understanding|"
    r"arrangement|memorandum|treaty)"
)
_BREACH = re.compile(
    r"\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3}?\s+(?:on\s+\w+\s+)?(?:of|for)\s+"
    r"[\"“‘']?(?:having\s+)?"
    r"(?:(?:violat(?:ing|ed)|breach(?:ing|ed)|break(?:ing)?|broken|flout(?:ing|ed)|"
    r"reneg(?:ing|ed)\s+on|tearing\s+up|torn\s+up)[\"”’']?"
    rf"\s+(?:[\w’'-]+\s+){{0,5}}?{_DEAL_NOUN}\b"
    # "accuses Kabul of reneging": a promise gone back on, named or not
    r"|reneg(?:ing|ed)\b(?!\s+on\s+(?:a\s+|its\s+|their\s+)?(?:promise|pledge|vow)s?\b))"
)
_SEAT_OPEN = re.compile(r"\s+(?:the\s+)?")
_SEAT = re.compile(r"\s*(?:membership|participation|seat|voting\s+rights)\b", re.IGNORECASE)


def _members_seat(s: str, pos: int, c: _Ctx) -> bool:
    """ "suspended Niger's membership": another party's seat, named by its possessive."""
    at = _SEAT_OPEN.match(s, pos)
    start = at.end() if at else pos
    return any(
        m.start == start and m.possessive and m.actor and _SEAT.match(s, m.end) is not None
        for m in c[2]
    )


def _visitor(s: str, pos: int, c: _Ctx) -> bool:
    """ "received his Mauritanian counterpart", "received Oman's foreign minister": a person or
    a party's agent right after the verb (not a people, a letter or aid); or a delegation from
    a party."""
    at = _VISITOR_LEFT.match(s, pos)
    start = at.end() if at else pos
    sent_by = _VISITORS_FROM.match(s, pos)
    return any(
        (m.start == start and m.actor and not m.location and m.kind in ("agent", "person"))
        or (sent_by is not None and m.start == sent_by.end() and m.actor and not m.location)
        for m in c[2]
    )


# "ordered six Beninese embassy staff to leave", "staged naval drills around Taiwan", "warned
# Ulaanbaatar of consequences": the object classes staff_to_leave, drills_near, consequences
_STAFF_TO_LEAVE = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:diplomats?|envoys?|ambassadors?|embassy\s+staff(?:ers)?|"
    r"embassy\s+officials|attach[eé]s?|consuls?|charg[eé]s?\s+d'affaires)\s+(?:\w+\s+){0,3}?to\s+leave\b",
    re.IGNORECASE,
)
_DRILLS_NEAR = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:drills|exercises|war\s+games|manoeuvres|maneuvers)\s+"
    r"(?:around|near|off|close\s+to|along|encircling|surrounding)\s+",
    re.IGNORECASE,
)
_IN_RETURN = re.compile(r"[^.;]{1,80}?\bin\s+(?:return|exchange)\s+for\s", re.IGNORECASE)
_ON_TABLE = re.compile(r"\s+(?:[\w'’-]+\s+){1,5}?on\s+the\s+table\b")
_HOW_AFTER = re.compile(r"\s*(?:(?:,|\s-)\s+[a-z]+(?:s|ed|ing)\b|:\s+\S)")
_PARTY_AGAINST = re.compile(r"\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+against\s")
_CONSEQUENCES = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?of\s+(?:[\w\"“'-]+\s+){0,2}?[\"“]?(?:consequences|repercussions|"
    r"retaliation|reprisals|countermeasures|"
    r"(?:(?<=\ba\s)|(?<=\ba\s[\"“]))(?:[\w-]+\s+){1,2}?response)\b",  # "of a crushing response"
    re.IGNORECASE,
)
# "completed a two-day visit to Bhutan", "paid a state visit to Oman": the visit took place
_VISIT_TO = re.compile(
    r"\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?visit\s+to\s+(?:the\s+)?", re.IGNORECASE
)


def _visit_to(s: str, pos: int, c: _Ctx) -> bool:
    at = _VISIT_TO.match(s, pos)
    return at is not None and any(
        m.start == at.end() and m.actor and m.kind in ("state", "capital") for m in c[2]
    )


_PERSONAL = re.compile(r"\s*(?:his|her|my|our|your)\b", re.IGNORECASE)
_CLASS_TESTS: dict[str, Callable[[str, int, str, _Ctx], bool]] = {
    "city": lambda s, pos, _, c: city_hit(s, pos, c[3]) is not None,
    "actor": lambda s, pos, _, c: any(
        pos <= m.start < pos + 25 and m.actor and not m.location for m in c[2]
    ),
    "judged_bad": lambda s, pos, _, c: _judged_bad(s, pos, c),
    "visitor": lambda s, pos, _, c: _visitor(s, pos, c),
    "members_seat": lambda s, pos, _, c: _members_seat(s, pos, c),
    "someone_accused": lambda s, pos, _, c: _PASSIVE_ACCUSED.match(s, pos) is None,
    "breach": lambda s, pos, _, c: _breach(s, pos),
    "visit_to": lambda s, pos, _, c: _visit_to(s, pos, c),
    # "ordered six Beninese embassy staff to leave": an expulsion
    "staff_to_leave": lambda s, pos, _, c: _STAFF_TO_LEAVE.match(s, pos) is not None,
    # "staged naval drills around Taiwan": a show of force at a party
    "drills_near": lambda s, pos, _, c: _DRILLS_NEAR.match(s, pos) is not None,
    # "warned Ulaanbaatar of consequences"
    "consequences": lambda s, pos, _, c: _CONSEQUENCES.match(s, pos) is not None,
    "captives_in_return": lambda s, pos, _, c: (
        not _grams(c[0]).isdisjoint(c[3].objects["captives"])
        and _IN_RETURN.match(s, pos) is not None
    ),
    "party_against": lambda s, pos, _, c: (  # "warned Addis Ababa against any incursion"
        _PARTY_AGAINST.match(s, pos) is not None
        and any(pos < m.start < pos + 6 and m.actor and not m.location for m in c[2])
    ),
    "capital_at": lambda s, pos, _, c: any(  # "are expected in Tashkent on Friday"
        pos <= m.start <= pos + 2 and m.kind == "capital" for m in c[2]
    ),
    "people": lambda s, pos, _, c: any(  # "killed three Palestinians": a population is hit
        pos <= m.start < pos + 25 and m.kind in ("people", "demonym") for m in c[2]
    ),
    "issue": _issue_follows,
    "talks_issue": _issue_follows,
    "trip": lambda s, pos, _, c: _issue_follows(
        s, pos, "talks_issue", c
    ),  # "travel to X for talks"
    "quote": lambda s, pos, _, c: (
        _QUOTE.search(s[pos : clause_end(s, pos, soft=False)]) is not None
    ),
    "nonempty": lambda s, pos, _, c: c[0].strip() != "" and not c[0].startswith(" to "),
    "infinitive": lambda s, pos, _, c: c[0].startswith(" to "),  # "threatened to annex"
    "bare": lambda s, pos, _, c: _bare(c[0]),
    # "Lima has not yet answered"; not "answered on June 2 with duties" (a measure in kind)
    "bare_reply": lambda s, pos, _, c: _bare(c[0]) and " with " not in c[0],
    # "Kyiv retaliated overnight"; not "retaliates, expels Mexico's envoy" (the act says how)
    "bare_act": lambda s, pos, _, c: _bare(c[0]) and _HOW_AFTER.match(s, pos) is None,
    "on_the_table": lambda s, pos, _, c: _ON_TABLE.match(s, pos) is not None,
    "conditional": lambda s, pos, _, c: _CONDITION.match(c[0]) is not None,  # "attend if"
    "party_for_talks": lambda s, pos, _, c: (  # "asked Argentina for an urgent meeting"
        _PARTY_FOR_TALKS.match(s, pos) is not None
        and any(pos < m.start < pos + 6 and m.actor and not m.location for m in c[2])
    ),
    "party_to": lambda s, pos, _, c: (  # "asked the UN to intervene": a party, then its task
        _PARTY_TO.match(s, pos) is not None
        and any(pos < m.start < pos + 12 and m.actor and not m.location for m in c[2])
    ),
    "recipient": lambda s, pos, _, c: any(  # "offered Eritrea a stake": a party, then the thing
        m.start == pos + 1 and m.actor and not m.possessive and _THING.match(s, m.end) for m in c[2]
    ),
    "talks_near": lambda s, pos, _, c: _talks_first(c[0], c[3]),
    "for_talks": lambda s, pos, _, c: _FOR_TALKS.match(s, pos) is not None,
    "to_sanctions_list": lambda s, pos, _, c: _TO_SANCTIONS_LIST.match(s, pos) is not None,
    "deadline": lambda s, pos, _, c: _DEADLINE.search(s, pos, min(len(s), pos + 90)) is not None,
    "it": lambda s, pos, _, c: c[0].startswith(" it "),  # "will never accept it"
    # "had received Kyiv's proposal and was studying it": the pronoun takes up the proposal the
    # same clause says was received, so weighing it is weighing the proposal (an answer given);
    # progressive only ("would study it" promises an answer, it gives none yet)
    "received_it": lambda s, pos, _, c: (
        c[0].startswith((" it ", " them ")) and _received(s, pos, c)
    ),
    # "imposed duties on Thai steel"; "resumed his duties": a person's work, no sanction
    "sanction_noun": lambda s, pos, cls, c: (
        _PERSONAL.match(c[0]) is None and not _grams(c[0]).isdisjoint(c[3].objects[cls])
    ),
}


_RECEIVED_PROPOSAL = re.compile(
    r"\b(?:has|have|had)\s+received\s+(?:"
    # the proposal's owner named as a possessor ("Kyiv's proposal") or after "from" ("an
    # invitation from Palau's president"): the party the answer goes to; an owner named only by
    # an adjective ("a Turkish proposal") leaves the answer's addressee to guesswork
    r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w.-]*['’]s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:proposal|proposals|offer|invitation|request|initiative|plan)\b"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:proposal|proposals|offer|invitation|request|"
    r"initiative|plan)\s+from\s+[^.;]{0,40}?[A-Z]"
    r")[^.;]{0,80}?\band\s+(?:is|was|are|were)\s+(?:now\s+|still\s+|\w+ly\s+)?\w+ing$"
)


def _received(s: str, pos: int, c: _Ctx) -> bool:
    """ "had received Kyiv's proposal and was studying it", the owner a known party."""
    got = _RECEIVED_PROPOSAL.search(s, max(0, pos - 160), pos)
    return got is not None and any(
        got.start() < m.start < got.end() and m.actor and not m.location for m in c[2]
    )


def _class_follows(s: str, pos: int, cls: str, ctx: _Ctx) -> bool:
    test = _CLASS_TESTS.get(cls)
    if test is not None:
        return test(s, pos, cls, ctx)
    members = ctx[3].objects.get(cls)
    return members is not None and not _grams(ctx[0]).isdisjoint(members)


# "... but neither government said it was withdrawing from it", "but remains committed to
# the deal": the accuser keeps to the agreement it says was breached
_STILL_KEPT = re.compile(
    r"\b(?:not|neither|nor|no)\b[^.;]{0,40}?\b(?:withdraw\w*|pull\w*\s+out|quit\w*|"
    r"abandon\w*)\b|\b(?:remains?|remained|stays?|stayed)\s+committed\b|"
    r"\b(?:would|will)\s+(?:continue\s+to\s+)?(?:abide|respect|honou?r|observe)\b",
    re.IGNORECASE,
)


def _breach(s: str, pos: int) -> bool:
    """ "accused Beirut of breaching the Doha agreement": a party, then its breach of a deal
    that the accuser does not say it keeps to in the same sentence."""
    found = _BREACH.match(s, pos)
    return found is not None and _STILL_KEPT.search(s, found.end()) is None


# What an agreement's breach is said of: the deal itself, or "what was agreed".
_DEAL = rf"(?:{_DEAL_NOUN}|(?:exchange|swap)(?!\s+rates?\b))"
# "said the agreement had been broken", "the truce agreed in Geneva was finished", "its July
# deal with PNG had collapsed": the deal, then the end it came to
_DEAL_ENDED = re.compile(
    rf"\b(?:the|its|their|our|this|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?{_DEAL}\b[^,;.:!?\"“”]{{0,70}}?"
    r"\s+(?:(?:(?:had|has|have)\s+been|(?:was|is|were|are)(?:\s+now)?)\s+(?:broken|violated|"
    r"breached|over|finished|dead|void|null\s+and\s+void|off|no\s+longer\s+(?:valid|in\s+force|"
    r"binding))|(?:(?:had|has)\s+)?(?:collapsed|broken\s+down|broke\s+down|fallen\s+apart|"
    r"fell\s+apart))\b",
    re.IGNORECASE,
)
# The verbs of breaking an agreement, and the words they open (a cheap gate for sentences)
_BREAKING_FORMS = (
    "broken", "broke", "violated", "breached", "trampled on", "torn up", "tore up", "reneged on"
)  # fmt: skip
BREAKING = "(?:" + "|".join(f.replace(" ", r"\s+") for f in _BREAKING_FORMS) + ")"
BREAKING_WORDS = frozenset(f.split()[0] for f in _BREAKING_FORMS)
# "said the Clan del Golfo had broken the ceasefire", "Kazakhstan has unilaterally broken the
# agreement", "the Iranian side reneged on what was agreed": a named party broke the deal
_PARTY_BROKE = re.compile(
    r"\b[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3}?\s+(?:(?:had|has|have)\s+)?"
    r"(?:(?:unilaterally|repeatedly|effectively|clearly|flagrantly)\s+)?[\"“‘']?"
    rf"{BREAKING}\s+"
    rf"(?:(?:[\w’'-]+\s+){{0,4}}?{_DEAL}\b|what\s+(?:was|had\s+been|it\s+had)\s+agreed)"
)
# a claim told as denied, doubted or only possible: "denied the truce had been broken",
# "no evidence that the deal was violated", "if the accord collapsed"
_CLAIM_UNDONE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|no|not|never|without|if|whether|unless|nor|neither)\b|n't\b",
    re.IGNORECASE,
)
_NOT_IN = re.compile(r"\b(?:not|never)\b|n't\b", re.IGNORECASE)
_CLAIM_WINDOW = 60


def claims_broken(s: str) -> bool:
    """Does sentence `s` say an agreement was broken or is over ("said the agreement had been
    broken", "said the Clan had broken the ceasefire"), not as denied or doubted? A party's
    comment in it then claims a breach. An act only told as "in breach of" or "a violation of"
    the deal ("accused Minsk of halting the returns in breach of the arrangement, and demanded
    they resume") is not: the deal may still stand."""
    for pattern in (_DEAL_ENDED, _PARTY_BROKE):
        for m in pattern.finditer(s):
            before = s[max(0, m.start() - _CLAIM_WINDOW) : m.start()]
            if _CLAIM_UNDONE.search(before) is None and _NOT_IN.search(m.group()) is None:
                return True
    return False


def _judged_bad(s: str, pos: int, ctx: _Ctx) -> bool:
    """ "called Pristina's plan a non-starter": a proposal, then a verdict against it."""
    if _grams(ctx[0]).isdisjoint(ctx[3].objects["proposal"]):
        return False
    return _JUDGED_BAD.search(s, pos, clause_end(s, pos, soft=False)) is not None


# "suggested holding a summit": the gerund names the talks proposed.
_MEETING_GERUNDS = frozenset(
    ["holding", "hosting", "convening", "resuming", "opening", "launching", "starting"]
)


def has_object(
    s: str, pos: int, classes: tuple[str, ...], ms: list[Mention], res: Resources
) -> bool:
    """Does one of the object classes follow the trigger within its clause?"""
    if "claims" not in classes and _THAT_CLAUSE.match(s, pos):
        return False  # "does not accept that its envoys be insulted": a stance, no answer
    called = _WHAT_CALLED.match(s, pos)
    if called is not None:  # "rejected what it called a humiliating offer": the offer
        pos = called.end()
    end = clause_end(s, pos)
    # measures come in longer phrases ("its 22nd package of sanctions", "a fresh round of tariffs")
    words = words_after(s, pos, end, 6 if "sanction_noun" in classes else 4)
    if (
        words
        and words[0] == "to"
        and not {"proposal_direct", "help", "infinitive", "trip", "open_talks"} & set(classes)
    ):
        return False
    if (
        words
        and words[0].endswith("ing")
        and not _ING_OBJECT_OK & set(classes)
        and not ("talks_issue" in classes and words[0] in _MEETING_GERUNDS)
    ):
        return False  # "rules out meeting Kagame": the gerund is the act, not a proposal
    if "proposal_direct" in classes and words and not _direct_start(s, pos, words, ms, res):
        return False  # "agreed to drop its demand": the act agreed to is another verb
    if "claims" not in classes and _claim_first(words, res, 1 if called is None else 2):
        return False  # "rejects reports it agreed to talks": a claim denied, not the talks
    paired = _one_modifier_slot(s, pos, end, words)
    return any(
        any(_class_follows(s, pos, cls, (" " + " ".join(w) + " ", end, ms, res)) for cls in classes)
        for w in ([words] if paired == words else [words, paired])
    )


# Words that open a new noun phrase or clause after "and": not the second half of a pair of
# modifiers ("the offer and the plan", "and then", "and it").
_NOT_A_MODIFIER = frozenset(
    ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
     "it", "they", "he", "she", "we", "then", "also", "later", "said", "to", "on", "in", "at",
     "with", "for", "from", "by", "of", "not", "no"]
)  # fmt: skip


def _one_modifier_slot(s: str, pos: int, end: int, words: list[str]) -> list[str]:
    """The object's first words with a pair of coordinated modifiers counted as one ("signed
    a policing and maritime security agreement": the head noun is as near as in "a maritime
    security agreement"). In English noun phrases, "X and Y" before a head noun modifies it
    jointly; only the second half is kept, so the head stays within the same word budget."""
    if "and" not in words[1:]:
        return words
    longer = words_after(s, pos, end, len(words) + 2)
    at = longer.index("and", 1)
    if at + 1 >= len(longer) or longer[at + 1] in _NOT_A_MODIFIER or longer[at - 1] in _DETS:
        return words
    if at + 2 < len(longer) and longer[at + 2] in _NOT_A_MODIFIER:
        return words  # "took note of the statement and hoped the talks": a verb, then its object
    return (longer[: at - 1] + longer[at + 1 :])[: len(words)]


# Object classes that an "-ing" word may open: a proposal's own act ("agreed to meeting"), a
# party ("accused Beijing of"), any object at all ("threatened overwhelming countermeasures",
# "threatened closing the border": the gerund's act is what is threatened).
_ING_OBJECT_OK = frozenset({"proposal_direct", "someone_accused", "nonempty"})
# A clause after "that" (not the determiner of "accepted that offer"): what is held true.
_THAT_CLAUSE = re.compile(
    r"\s+that\s+(?:the|a|an|its|their|his|her|our|it|they|he|she|we|there|this|these|those|"
    r"such|any|no|all)\b",
    re.IGNORECASE,
)


def _claim_first(words: list[str], res: Resources, reach: int = 1) -> bool:
    """The object is a claim: its first word after determiners (or one of its first `reach`,
    after a name given: "rejected what it called fabricated leaks")."""
    heads = [w for w in words if w not in _DETS][:reach]
    return any(w in res.objects["claims"] for w in heads)


# "rejected what it called a humiliating offer", "dismissed what Kyiv described as claims": the
# object is the name given
_WHAT_CALLED = re.compile(
    r"\s+what\s+(?:it|they|he|she|(?:the\s+)?[\w.’'-]+)\s+(?:has\s+|had\s+)?"
    r"(?:called|calls|termed|terms|dubbed|dubs|(?:described|describes|characterised|characterized)"
    r"\s+as)\b",
    re.IGNORECASE,
)


_DETS = frozenset(["a", "an", "the", "its", "their", "his", "her", "this", "that", "new", "any"])


def _direct_start(s: str, pos: int, words: list[str], ms: list[Mention], res: Resources) -> bool:
    direct = res.objects["proposal_direct"]
    if words[0] in _DETS or words[0] in direct:
        return True
    if len(words) > 1 and f"{words[0]} {words[1]}" in direct:
        return True  # "agreed to take part in talks"
    if s[pos:].lstrip()[:1].isupper() and any(w in direct for w in words[1:3]):
        return True  # "agreed to Lusaka talks", "agrees to Bakassi commission meeting": a
        # name (and what it names) before the noun
    return any(pos <= m.start <= pos + 2 for m in ms)


def _upgrade_summit(s: str, end: int, ms: list[Mention]) -> bool:
    heads = [m for m in ms if end <= m.start < end + 90 and m.kind == "person" and m.role in _HEADS]
    return (
        len({m.codes for m in heads}) >= 2
        or "leader" in s[end : end + 40].lower()
        or _HEADS_BETWEEN.match(s, end) is not None
    )


# "a meeting between the prime minister and the Korean president": two heads, a summit.
_HEAD_TITLE = r"(?:prime\s+minister|president|premier|chancellor|king|emir|sultan|crown\s+prince)"
_HEADS_BETWEEN = re.compile(
    rf"\s+(?:of\s+the\s+two\s+heads|between\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{_HEAD_TITLE}"
    rf"[^.;]{{0,40}}?\band\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_HEAD_TITLE}|counterpart))\b",
    re.IGNORECASE,
)


_ADJ_COMMA = re.compile(r"^\s+(?:a|an|the|its|their|his|her)\s+[a-z-]+$")


# "a detained aid worker", "trade officials": an issue word that qualifies a person or a body
# says who someone is, not what the act is about.
# "halt settlement construction", "settlement expansion": settlements built, no peace settlement
_BUILT_SETTLEMENT = re.compile(
    r"settlement\s+(?:construction|expansion|building|activity|activities|outposts?|homes|"
    r"units|plans?|growth|freeze)\b"
)
PERSON_AFTER = re.compile(
    r"\s+(?:workers?|volunteers?|staffers?|employees?|officials?|agenc(?:y|ies)|experts?|"
    r"negotiators?|envoys?|chiefs?|ministers?|ministry|organi[sz]ations?)\b"
)


# A meeting verb or noun: an issue word (talks) that says only that the parties met.
_MEETING_WORD = re.compile(r"meet|met|meeting|meetings")
# The subjects a meeting takes from its purpose ("to settle tariff lines", "to discuss resuming
# inspections"): technical files, where a meeting on a truce, a swap or sanctions is talks.
_MEETING_SUBJECTS = frozenset({"trade", "nuclear", "prisoner_exchange"})
_JOINED_CLAUSE = re.compile(r"\s(?:and|but|then)\s")


# "in exchange for", "in return for": a swap of captives only where the sentence speaks of captives
# or of freeing people ("freed two sailors in return for ..."); otherwise a bargain of any kind
# ("would commit to minimum prices in exchange for relief from the duties": trade).
_IN_RETURN_PHRASES = frozenset({"in exchange for", "in return for"})
_PEOPLE_TRADED = re.compile(
    r"\b(?:prisoners?|detainees?|hostages?|captives?|soldiers?|guards?|sailors?|fishermen|crew|"
    r"nationals|citizens|spies|agents|servicemen|journalists?|pows|inmates|convicts|abductees|"
    r"bodies|remains|releas(?:e|es|ed|ing)|fre(?:e|es|ed|eing)|handed\s+over|hand\s+over)\b"
)


# "relief from the duties", "relief from sanctions": a burden lifted, not aid
_RELIEF_FROM = re.compile(r"relief\s+(?:from|of)\b")


def _bargain_only(low: str, x: re.Match[str]) -> bool:
    """Is the issue phrase `x` an "in exchange for" in a sentence that trades no people, or a
    "relief from" (what is lifted names the issue)?"""
    if x.group() == "relief":
        return _RELIEF_FROM.match(low, x.start()) is not None
    return x.group() in _IN_RETURN_PHRASES and _PEOPLE_TRADED.search(low) is None


# "agreed to cease hostilities and to meet again", "a committee that will meet every month":
# a meeting verb in a second act or a relative clause is not what the act is about
_SECOND_ACT = re.compile(r"(?:\band\s+(?:to\s+)?|\b(?:that|which|who)\s+(?:will|would|shall)\s+)$")


def _later_meeting(low: str, x: re.Match[str]) -> bool:
    """Is the issue phrase `x` a meeting verb that a second act or a relative clause begins?"""
    return x.group() in ("meet", "met") and _SECOND_ACT.search(low, 0, x.start()) is not None


def find_issue(s: str, start: int, end: int, ms: list[Mention], res: Resources) -> str | None:
    """The issue phrase holding the trigger ("peace agreement"), else the first after it in its
    clause, else the last before it in the clause, else one in the next words."""
    low = fold(s)
    found = next(
        (x for x in res.issue_re.finditer(low, max(0, start - 30), min(len(s), end + 30))
         if x.start() <= start and x.end() >= end and not _bargain_only(low, x)),
        None,
    )  # fmt: skip
    right_end = clause_end(s, end)
    if _ADJ_COMMA.match(s[end:right_end]) and s.startswith(",", right_end):
        right_end = clause_end(s, right_end + 1)  # "a second, larger prisoner exchange"
    sub = _SUBORDINATE.search(s, end, right_end)
    met = found is not None and _MEETING_WORD.fullmatch(low, found.start(), found.end())
    if found is not None and met and res.issues[found.group().lower()] == "talks":
        # "met in Tehran to discuss resuming inspections": a meeting about what its purpose says
        # ... up to a second verb's clause ("met in Ipiales and agreed to scrap the tariffs")
        joined = _JOINED_CLAUSE.search(low, end, sub.start() if sub else right_end)
        limit = joined.start() if joined else sub.start() if sub else right_end
        purpose = [x for x in res.issue_re.finditer(low, end, limit)
                   if not PERSON_AFTER.match(low, x.end())]  # fmt: skip
        if purpose and all(res.issues[x.group().lower()] in _MEETING_SUBJECTS for x in purpose):
            found = purpose[0]
    found = found or next(
        (x for x in res.issue_re.finditer(low, end, sub.start() if sub else right_end)
         if not PERSON_AFTER.match(low, x.end()) and not _BUILT_SETTLEMENT.match(low, x.start())
         and not _bargain_only(low, x) and not _later_meeting(low, x)),
        None,
    )  # fmt: skip
    if found is None:
        hits = [
            x
            for x in res.issue_re.finditer(low, clause_start(s, start, soft=True), start)
            if not _bargain_only(low, x)
        ]
        found = hits[-1] if hits else None
        if found is not None and res.issues[found.group().lower()] == "talks":
            # "delegations meeting at a UN base agreed on an exchange that will see 16
            # detainees freed": the meeting the clause began with is where, the exchange of
            # captives its object names is what
            issue = _captives_exchanged(low, end, sub.start() if sub else right_end)
            if issue is not None:
                return issue
    if found is None and _COMPLEMENT.match(s, right_end):
        # "a demand that it stop enriching uranium", "a visit, which will be for talks"
        stop = _SUBORDINATE.search(s, end, min(len(s), end + 100))
        until = stop.start() if stop else min(len(s), end + 100)
        found = next(
            (x for x in res.issue_re.finditer(low, end, until) if not _bargain_only(low, x)), None
        )
    if found is None:
        # "signed a protocol under which Uzbekistan will lift its ban on potatoes": trade
        return _goods_ban_issue(low, start, None, res) or _without_issue_phrase(
            low, end, right_end, res
        )
    issue = _goods_ban_issue(low, start, found, res) or res.issues[found.group().lower()]
    if issue == "trade" and _CAPTIVES_TRADED.match(low, found.start()):
        return "prisoner_exchange"  # "a proposal to trade the guards for prisoners"
    head = res.issue_re.match(low, found.end() + 1) if low.startswith(" ", found.end()) else None
    if head is not None and res.issues[head.group().lower()] == "talks" and issue != "trade":
        issue = "talks"  # "sanctions talks": talks, about what the word says; but "free trade
        # negotiations" are trade talks (as the phrase "trade talks" itself reads): the file
        # a trade negotiation opens is the trade dispute, not a process of talks of its own
    if issue == "talks" and _upgrade_summit(s, found.end(), ms):
        return "summit"
    if issue == "talks" and found.start() <= start and _summit_after(low, end, right_end, res):
        return "summit"  # "met in Ohrid on Thursday for their first summit": a summit
    return issue


# A measure on goods is a trade measure: a ban, suspension or curb whose object is a commodity,
# named with or without its origin ("its ban on Kyrgyz potatoes", "a suspension of prawn
# imports", "restrictions on imports of Thai sugar"), or a commodity compounded with a ban ("the
# meat ban", "a potato import ban"). Embargoes are left out (an embargo is a sanction), and so are
# quotas ("the cod quota" is a catch limit; an import quota is named so, a trade phrase already).
_MEASURE_WORDS = r"(?:bans?|banning|suspension|suspensions|restrictions?|curbs?|moratorium)"
_GOODS_FLOW = r"(?:(?:imports?|exports?|shipments|sales|purchases|deliveries)\s+(?:of|from)\s+)?"
_GENERIC_BAN_WORDS = frozenset(
    {"the", "its", "a", "ban", "bans", "on", "lift", "lifting", "lifted"}
)


def _names_no_measure(phrase: str) -> bool:
    """Is a sanctions issue phrase only a ban that names nothing banned ("lift the ban")?"""
    return not set(phrase.lower().split()) - _GENERIC_BAN_WORDS


def _goods_ban_issue(
    low: str, start: int, found: re.Match[str] | None, res: Resources
) -> str | None:
    """Trade, when an act's clause names no issue but a ban on goods follows the act, or when
    its issue phrase is only a ban that names nothing banned ("lift the ban on Romanian wheat":
    the ban is what its object says)."""
    rx = _goods_measure_re(res.words["commodities"])
    if found is None:
        return "trade" if rx.search(low, start) is not None else None
    if res.issues[found.group().lower()] != "sanctions" or not _names_no_measure(found.group()):
        return None
    goods = rx.search(low, found.start())
    return "trade" if goods is not None and goods.start() <= found.end() + 5 else None


@functools.cache
def _goods_measure_re(goods: frozenset[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(g) for g in sorted(goods, key=len, reverse=True))
    return re.compile(
        rf"\b{_MEASURE_WORDS}\s+(?:on|of)\s+{_GOODS_FLOW}(?:[\w'’.-]+\s+){{0,3}}?(?:{alt})\b"
        rf"|\b(?:{alt})\s+(?:(?:import|export)\s+)?bans?\b"
    )


def names_goods_measure(s: str, start: int, end: int, res: Resources) -> bool:
    """Does s[start:end] name a ban or curb on goods ("its ban on Kazakh flour")?"""
    return _goods_measure_re(res.words["commodities"]).search(fold(s), start, end) is not None


def _without_issue_phrase(low: str, end: int, stop: int, res: Resources) -> str | None:
    """The issue of an act whose clause names none."""
    # "offered to exchange three detained nationals for an engineer": people for people
    traded = _TO_WORD.match(low, end)
    if traded and (
        _CAPTIVES_TRADED.match(low, traded.end()) or _RELEASED_FOR.match(low, traded.end())
    ):
        return "prisoner_exchange"
    # "accepted an Uzbek proposal to exchange three border guards for five traders": the
    # thing accepted, rejected or signed is itself an exchange of people for people, named
    # by the object's complement within the clause
    if _CAPTIVES_TRADED.search(low, end, stop):
        return "prisoner_exchange"
    # "offered to take in deportees in exchange for payment": a bargain on no issue the
    # sentence names (one named past the clause is another reading's: "... in exchange for
    # relief from the duties" is a trade plan)
    later = [x for x in res.issue_re.finditer(low, end, len(low)) if x.group() != "relief"]
    bargain = bool(later) and all(_bargain_only(low, x) for x in later)
    return "other" if bargain else None


def _summit_after(low: str, end: int, stop: int, res: Resources) -> bool:
    """Does the clause after a meeting verb name the meeting a summit?"""
    return "summit" in low[end:stop] and any(
        res.issues[x.group()] == "summit" for x in res.issue_re.finditer(low, end, stop)
    )
