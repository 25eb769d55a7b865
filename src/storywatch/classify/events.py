"""Event candidates of one sentence: verb triggers with their subject, object and voice.

Nominalisations ("Kyiv's proposal", "issued a response") live in storywatch.classify.nominals and
fixed constructions ("no agreement was reached") in storywatch.classify.constructions. A
candidate's actor may still be a placeholder (the article's two parties); the article pass
resolves it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from storywatch.classify.arguments import (
    Subject,
    captives_swapped,
    chain_start,
    city_target,
    coordinated_after,
    envoy_post,
    find_issue,
    find_subject,
    first_target,
    has_object,
    passive_agent,
)
from storywatch.classify.mentions import Mention
from storywatch.classify.modality import governs, modality, not_a_thing_done, rescheduled
from storywatch.classify.resources import Resources, TriggerDef
from storywatch.classify.subjects import (
    COORDINATED_VERB,
    MANDATIVE,
    PARTICIPLE_AFTER_COMMA,
    PARTICIPLE_AFTER_WHILE,
    bare_mandative,
    main_subject,
    modifier_not_subject,
    shared_subject,
)
from storywatch.classify.text import (
    WEEKDAY,
    Prefiltered,
    after_to,
    clause_end,
    clause_start,
    closed_relative_before,
    fold,
    next_word,
    prev_word,
)

__all__ = [
    "ANSWER_ACTIONS",
    "Candidate",
    "CandidateFields",
    "Sent",
    "demonym_target",
    "make",
    "verb_event",
]

_BE = re.compile(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:(?:not|never|yet|still|\w+ly)\s+)?$", re.IGNORECASE
)
_AUX = frozenset(
    ["has", "have", "had", "not", "never", "also", "already", "and", "then", "jointly", "finally",
     "later", "just", "yet", "n't", "still", "again", "will", "would", "could", "can", "may",
     "might", "should", "must", "to", "did", "do", "does", "shall", "cannot", "formally", "now",
     "is", "are", "was", "were", "be", "been", "being"]
)  # fmt: skip
_FUNCTION = frozenset(
    ["a", "an", "the", "its", "his", "her", "their", "our", "my", "this", "that", "these", "those",
     "with", "to", "on", "in", "at", "for", "from", "by", "of", "over", "against", "into", "and",
     "any", "all", "some", "no", "more", "another", "again", "back", "down", "up", "out", "it",
     "them", "him", "us", "each", "both", "toward", "towards", "through", "across", "after"]
)  # fmt: skip
_ATTRIBUTIVE_LEFT = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "any", "no",
     "dismisses", "dismissed", "rejects", "rejected", "rejecting", "accepts", "accepted"]
)  # fmt: skip
# "the first acknowledged meeting": an ordinal after a determiner makes the participle an
# adjective ("Iran first proposed the swap": no determiner, an adverb)
_ORDINALS = frozenset(["first", "second", "third", "last", "only", "latest", "same", "next"])
_NON_PARTY_TARGET = re.compile(
    r"\s+(?:at\s+|on\s+)?(?:the\s+|two\s+|three\s+|several\s+|a\s+group\s+of\s+)?[\"“]?"
    r"(?:suspects?|gunmen|smugglers|militants|protesters|demonstrators|criminals|bandits|poachers|"
    r"pirates|migrants|intruders|infiltrators)\b",
    re.IGNORECASE,
)
# "fired two missiles into the sea": a test or a show of force, no party hit.
_INTO_THE_SEA = re.compile(
    r"[^,;.]{0,40}?\binto\s+the\s+(?:sea|ocean|water|waters)\b", re.IGNORECASE
)
# The sites or fighters of an armed group the tables do not name ("struck insurgent camps").
_ARMED_GROUP = (
    r"(?:insurgent|militant|rebel|jihadist|terrorist|separatist|extremist|guerrilla|islamist)s?"
)
_ARMED_SITES = (
    r"camps?|hideouts?|positions?|bases?|strongholds?|targets?|fighters|compounds?|cells?"
)
_ARMED_TARGET = re.compile(
    r"\s+(?:the\s+|several\s+|\w+\s+suspected\s+|suspected\s+)?"
    rf"{_ARMED_GROUP}\s+(?:{_ARMED_SITES}|training\s+camps?)\b",
    re.IGNORECASE,
)
_ARMED_BEFORE = re.compile(
    rf"\b{_ARMED_GROUP}\s+(?:{_ARMED_SITES})\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _note_untargeted(
    cand: Candidate,
    s: str,
    m: re.Match[str],
    tdef: TriggerDef,
    rule: str,
    *,
    target: Mention | None,
    named_site: bool = False,
) -> None:
    if target is not None:
        return
    attack = tdef.action == "attack"
    if attack and named_site:
        cand.notes.add("named_armed_site")  # "bombed ADF camps": the group so named is hit
    elif attack and _INTO_THE_SEA.match(s, m.end()):
        cand.action = "threaten"  # "fired two missiles into the sea": a show of force
    elif tdef.needs_target or (attack and _NON_PARTY_TARGET.match(s, m.end())):
        cand.notes.add("untargeted")  # "fired at suspects": the people hit are no party
    elif attack and _armed_target(s, m, rule):
        cand.notes.add("armed_target")  # "bombed militant hideouts": an armed group's sites
    elif tdef.name == "host":
        cand.notes.add("guestless")  # "Doha will host a conference on access": no guest named


def _armed_target(s: str, m: re.Match[str], rule: str) -> bool:
    """The sites or fighters of an unnamed armed group are hit: after the verb, or as the
    subject of a passive ("Insurgent positions were shelled by Malian artillery")."""
    if rule == "passive-by":
        return _ARMED_BEFORE.search(s, max(0, m.start() - 60), m.start()) is not None
    return _ARMED_TARGET.match(s, m.end()) is not None


# A possibility, not a condition put: "may hold talks", "might meet", "are unlikely to".
_EPISTEMIC = re.compile(r"\b(?:may|might|unlikely|likely|possibly|perhaps)\b", re.IGNORECASE)
# Measures agreed on another party: one side's decision, a sanction ("agreed new tariffs on").
_MEASURES_AGREED = re.compile(
    r"\s+(?:to\s+(?:impose|extend|expand|tighten)\s+)?(?:new\s+|fresh\s+|further\s+|additional\s+|"
    r"more\s+)?(?!(?:lower|reduced|zero|cut|no)\b)(?:\w+\s+)?(?:tariffs|sanctions|duties|levies|"
    r"restrictions|export\s+controls)\s+"
    r"(?:on|against)\b",
    re.IGNORECASE,
)
_THAT_MODAL = re.compile(r"\s+that\s+[^,;.]{1,60}?\b(?:could|would|should|might|may|can)\s")
# "neither accepted nor rejected the plan": an answer that commits to nothing
_ANSWER_FORMS = r"(?:accepted|accepts|accept|rejected|rejects|reject|endorsed|endorses)"
_NEITHER_NOR_ANSWER = re.compile(
    rf"\bneither\s+{_ANSWER_FORMS}\s+nor\s+{_ANSWER_FORMS}\b", re.IGNORECASE
)


_NEITHER_NOR_COMMENT = re.compile(
    r"\bneither\s+(?:confirm|confirms|confirmed|deny|denies|denied)\s+nor\s+"
    r"(?:confirm|confirms|confirmed|deny|denies|denied)\b",
    re.IGNORECASE,
)


def _passive_modality(sent: Sent, m: re.Match[str], tdef: TriggerDef) -> str | None:
    """The modality of a passive's act, read from its clause's start ("was not blocked by
    Hungary": the cues before "be"). None for a capacity ("a procedure that cannot be blocked
    by Hungary") and a host ("to be hosted by the Commission": the venue of the parties'
    talks, no party); "talks to be hosted", "has to be approved by": expected."""
    s = sent.s
    if tdef.name == "host" or _ABILITY.search(s, max(0, m.start() - 30), m.start()):
        return None
    mod = modality(s, clause_start(s, m.start()), m.start(), m.end(), m.group(), res=sent.res)
    if mod == "asserted" and _TO_BE.search(s, max(0, m.start() - 12), m.start()):
        return "expected"
    return mod


_TO_BE = re.compile(r"\bto\s+be\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_ABILITY = re.compile(r"\b(?:can|cannot|can't|could|could\s+not)\s+(?:\w+ly\s+)?be\s+$", re.I)
_BY_AGENT = re.compile(r"\s+(?:\w+ly\s+)?by\s", re.IGNORECASE)
_ADVERB_BEFORE = re.compile(r"\s+\w+ly$")
_NOUN_LEFT = frozenset(
    ["as", "the", "a", "an", "its", "their", "his", "her", "our", "this", "these"]
)
# Weapons that head a noun compound with "fire" ("artillery fire", "rocket fire"): the noun
_WEAPON_NOUNS = frozenset(
    ["artillery", "mortar", "rocket", "tank", "sniper", "gun", "machine-gun", "missile",
     "small-arms", "anti-aircraft", "naval", "cross-border", "shell", "heavy"]
)  # fmt: skip
_IRREGULAR_PAST = frozenset(["met", "struck", "hit", "held", "sent", "put", "made", "quit", "shot"])
# A figure right before a word makes it a counted noun, never a finite verb: "worth 900 million
# pounds a year" (a currency), "after 40 strikes" (no party acts in the count)
_QUANTITY = re.compile(
    r"(?:(?<![\w.,-])\d[\d,.]*\d|(?<![\w.,-])\d|\b(?:million|billion|thousand|hundred|"
    r"trillion|dozens|hundreds))\s+$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Candidate:
    """An event before article-level resolution."""

    actors: tuple[str, ...]
    action: str
    target: str | None
    issue: str | None
    modality: str
    confidence: float
    sentence: str
    rule: str
    trigger: str
    addressee_action: str | None = None
    context_only: bool = False
    refusal: bool = False
    co_targets: tuple[str, ...] = ()
    notes: set[str] = field(default_factory=set)

    def fields(self) -> CandidateFields:
        """The candidate as a plain tuple (kept without being a container the GC tracks)."""
        return (
            self.actors, self.action, self.target, self.issue, self.modality, self.confidence,
            self.sentence, self.rule, self.trigger, self.addressee_action, self.context_only,
            self.refusal, self.co_targets, tuple(sorted(self.notes)),
        )  # fmt: skip

    @classmethod
    def from_fields(cls, f: CandidateFields) -> Candidate:
        """A new candidate from `fields()`."""
        return cls(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11],
                   f[12], set(f[13]))  # fmt: skip


CandidateFields = tuple[
    tuple[str, ...], str, str | None, str | None, str, float, str, str, str, str | None, bool,
    bool, tuple[str, ...], tuple[str, ...],
]  # fmt: skip


@dataclass(slots=True)
class Sent:
    """One sentence with its mentions and the object spans already claimed by earlier events."""

    s: str
    ms: list[Mention]
    res: Resources
    covered: list[tuple[int, int]] = field(default_factory=list)
    last_end: int = 0  # end of the last trigger that made an event: cues before it are its own
    last_subject: Subject | None = None  # the subject of the last verb event (coordination)
    last_verb_end: int = 0  # where that verb ends


def make(
    sent: Sent, tdef: TriggerDef, actors: tuple[str, ...], target: Mention | None, *,
    issue: str | None, mod: str, conf: float, rule: str, trigger: str,
) -> Candidate:  # fmt: skip
    """A candidate from a trigger definition and its resolved arguments."""
    tgt = None if target is None else target.codes[0]
    co = () if target is None else coordinated_after(sent.s, sent.ms, target)
    if tdef.negated and mod in ("asserted", "expected"):  # "received no reply", "calls off
        mod = "negated"  # next week's summit": the meeting will not be
        at = sent.s.find(trigger)
        if at >= 0 and rescheduled(sent.s, at + len(trigger)):
            mod = "expected"  # "postponed the summit to November": moved, to come then
    if tdef.modality_floor and mod == "asserted" and not _TRIP_DONE.fullmatch(trigger):
        mod = tdef.modality_floor  # "is due in Lima", "sent a delegation": a meeting to come
    if tdef.asserted_if_future and mod in ("expected", "hypothetical"):
        mod = "asserted"
    action, issue = tdef.action, issue or tdef.issue
    if action == "respond" and mod == "expected" and _holding_reply(sent.s, trigger):
        mod = "asserted"  # "said it would reply after consultations": a holding reply
    at = sent.s.find(trigger)
    asked = (
        mod in ("asserted", "expected")
        and at > 0
        and (
            _MANDATIVE.search(sent.s, max(0, at - 90), at) is not None or bare_mandative(sent.s, at)
        )
    )
    if asked:
        mod = "hypothetical"  # "demanded that Bratislava open negotiations": asked, not done
    deal_at_talks = action == "agree" and mod == "asserted" and issue == "talks"
    if deal_at_talks and _deal_at_talks(sent, at, trigger):
        issue = None  # "held talks and signed agreements on sugar mills": where, not what
    if tdef.name == "ready" and _readiness_elsewhere(sent.s, at, len(trigger)):
        action = "comment"  # "rejected the plan but stayed ready to discuss other options"
    if (
        tdef.hypothetical_action
        and mod == "hypothetical"
        and not asked
        and len(actors) == 1  # "Sudan and Chad could resume negotiations": a meeting of both
        and not _EPISTEMIC.search(sent.s, max(0, at - 40))
        # "could retaliate if India carries out strikes": the condition is no act of its own
        and not in_condition(sent.s, at)
        # "could resume nuclear talks if": the talks themselves, on a condition
        and not _HOLDING_TALKS.match(trigger)
    ):
        action = tdef.hypothetical_action  # "would consider talks if ...": a condition
    cand = Candidate(
        actors, action, tgt, issue, mod, conf, sent.s, rule, trigger, tdef.addressee_action
    )
    cand.co_targets = co
    cand.context_only = asked  # what is asked of a party is no act of its own, even hoped for
    return cand


# Light verbs that hold talks (not a party's consent to them: "join", "attend")
_HOLDING_TALKS = re.compile(
    r"(?:resume|resumes|resumed|hold|holds|held|begin|began|begun|start|started|open|opened|"
    r"conduct|conducted|convene|convened)\b",
    re.IGNORECASE,
)


_IN_CONDITION = re.compile(r"\b(?:if|unless)\s+[^,;:.]{1,70}$", re.IGNORECASE)


def in_condition(s: str, at: int) -> bool:
    """Does the word at `at` stand in an if- or unless-clause ("if India carries out strikes")?"""
    return at > 0 and _IN_CONDITION.search(s, max(0, at - 80), at) is not None


# "Kenya said it would give a formal answer", "'We will study it,' the minister said": the
# party says, now, that it will answer: that is its (holding) reply.
_HOLDING = re.compile(
    r"\b(?:it|they|we)\s+(?:[^.;]{0,60}?\s)?(?:would|will)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
_NOT_HOLDING = re.compile(
    r"(?:\b[A-Z][\w'’-]+\s+|\b(?i:when|how|whether|if)\s+(?:[\w'’-]+\s+){1,3}?)"
    r"(?i:would|will)\s+(?:[\w-]+\s+){0,3}$"
)
_ANSWER_WORD = re.compile(r"\b(?:answer|answers|reply|replies|respond|response)\b", re.IGNORECASE)
_ASKED_FOR = re.compile(
    r"\b(?:offer|proposal|request|plan|invitation|letter|initiative|demand|note)s?\b",
    re.IGNORECASE,
)


# The content of a demand or a proposal in a that-clause ("demanded that Bratislava open
# negotiations", "proposed that the two sides meet in Geneva"): what is asked, not done.
_MANDATIVE = re.compile(
    r"\b(?:demand|demanded|demands|demanding|insist|insisted|insists|urged|urges|urging|"
    r"proposed|proposes|proposing|suggested|suggests|suggesting|asked|asks|requested|requests|"
    r"called\s+for|calls\s+for|recommended|recommends)"
    r"(?:\s+(?:instead|again|also|formally|publicly|privately|\w+ly))?\s+that\s+[^,;.:\"“”]{0,70}$",
    re.IGNORECASE,
)


# Consent to act between the parties ("agreed to facilitate contacts", "agreed to act as a
# guarantor", "agreed to carry messages between the two sides"): a go-between's role, no
# party's acceptance of what the other side proposed.
_GO_BETWEEN_ROLE = re.compile(
    r"\s+(?:in\s+principle\s+)?to\s+(?:\w+ly\s+)?(?:facilitate|mediate|broker|"
    r"act\s+as\s+(?:a\s+|an\s+|the\s+)?(?:mediator|go-between|facilitator|intermediary|host|guarantor)"
    r"|(?:carry|pass|relay|convey|deliver|ferry|shuttle)\s+(?:[\w-]+\s+){0,3}?between\s+"
    r"(?:the\s+)?(?:two\s+)?(?:sides|parties|camps|rivals))\b",
    re.IGNORECASE,
)


# Readiness for something other than what was put to the party: to discuss alternatives, or
# readiness voiced in the same breath as a refusal ("turned the plan down but said it was
# ready to keep talking"). It accepts nothing.
_OTHER_THING = re.compile(
    r"\s+(?:\w+\s+){0,2}?[\"“]?(?:other|alternative|alternatives|different|a\s+comprehensive|"
    r"a\s+broader|a\s+wider|an\s+overall)\b",
    re.IGNORECASE,
)
_REFUSED_BEFORE = re.compile(
    r"\b(?:rejected|rejects|turned\s+down|turns\s+down|dismissed|dismisses|rebuffed|rebuffs|"
    r"refused|refuses|declined|declines|spurned|spurns)\b[^.;]{0,150}?\b(?:but|while|though|although|yet)\b",
    re.IGNORECASE,
)


# "ready to discuss their release, but the offer in its current form is not acceptable"
_REFUSED_AFTER = re.compile(
    r"\bbut\b[^.;]{0,80}?\b(?:(?:is|was|are|were)\s+(?:not\s+acceptable|unacceptable|"
    r"not\s+negotiable|non-negotiable|out\s+of\s+the\s+question|a\s+red\s+line)|"
    r"(?:would|will|could|can)\s*(?:not|n't)\s+accept|cannot\s+accept|rejects?|rejected|"
    r"refuses?|refused)\b",
    re.IGNORECASE,
)


# Readiness kept, not given now ("remained willing to talk", "is still ready for dialogue",
# "has always been open to talks"): a standing position, no answer to a proposal.
_STANDING = re.compile(
    r"\b(?:remain|remains|remained|remaining|still|always|stays|stayed|continues\s+to\s+be|"
    r"continued\s+to\s+be)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _readiness_elsewhere(s: str, at: int, length: int) -> bool:
    """The readiness at `at` (its words `length` long) is for something else, or beside a
    refusal."""
    if at < 0:
        return False
    end = at + length
    return (
        _OTHER_THING.match(s, end) is not None
        or _STANDING.search(s, max(0, at - 40), at) is not None
        or _REFUSED_BEFORE.search(s, 0, at) is not None
        or _REFUSED_AFTER.search(s, end) is not None
    )


def _holding_reply(s: str, trigger: str) -> bool:
    """An answer the party says it will give, to something put to it (not "would study it",
    which labellers split on, nor "would respond at a time of its choosing", a threat)."""
    at = s.find(trigger)
    held = _HOLDING.search(s, max(0, at - 110), at) if at > 0 else None
    return (
        held is not None
        and _ANSWER_WORD.search(trigger) is not None
        # "we hope Damascus will respond": another party's answer, hoped for; "no indication
        # of when it would respond": an embedded question, no answer promised
        and _NOT_HOLDING.search(held.group(), 3) is None
        and _ASKED_FOR.search(s) is not None
        # "would respond next week": the answer is dated ahead, no answer given now
        and _ANSWER_DATED.match(s, at + len(trigger)) is None
    )


# The date may follow what is answered ("would respond to Peru's diplomatic note within 48
# hours": the object phrase, up to a few words, between the verb and the date), and a delay
# may be counted in hours as well as days.
_ANSWER_DATED = re.compile(
    # "would respond to Peru's diplomatic note within 48 hours": what it answers may come between
    r"\s+(?:(?:to\s+)?(?:it|them|the\s+\w+)\s+|to\s+(?:[^\s,.;:]+\s+){1,5}?)?"
    r"(?:next\s+(?:week|month)|in\s+the\s+coming\s+"
    r"(?:days|weeks)|later\s+this\s+(?:week|month)|(?:on|by)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|tomorrow|soon|within\s+(?:a|an|two|three|\d+)\s+(?:hours?|days?|weeks?))\b",
    re.IGNORECASE,
)


# A trip made for talks ("travelled to Quito for talks"): the talks took place.
_TRIP_DONE = re.compile(r"(?:arrived|travelled|traveled|flew)", re.IGNORECASE)

_PUNCT_NEXT = re.compile(r"\s*[,.;:]")


_RELATIVE_NEXT = frozenset(
    ["in", "on", "by", "at", "for", "during", "last", "earlier", "with", "from", "under", "to",
     "this", "two", "three", "after", "before", "since", "until", "between", "over", "through"]
)  # fmt: skip


def _reduced_relative(sent: Sent, start: int, form: str, end: int) -> bool:
    """ "the exchange agreed in Istanbul": a participle after a plain noun, followed by a
    preposition or the end of the clause, modifies that noun and has no subject of its own."""
    s = sent.s
    if not (form.endswith("ed") or form in _IRREGULAR_PAST) or start < 2 or s[start - 1] != " ":
        return False
    nxt = next_word(s, end).lower()
    if nxt and nxt not in _RELATIVE_NEXT and not _PUNCT_NEXT.match(s[end:]):
        return False
    if any(m.end == start - 1 for m in sent.ms):
        # "sanctions against Nicaragua proposed by the OAS": a party's name before, but the
        # participle's agent after "by" is a party too: the participle modifies the noun
        return nxt == "by" and _party_after_by(sent, end)
    if closed_relative_before(s, start - 120, start) is not None:
        return False  # "X and Y, which have no relations, held talks": the main verb
    prev = prev_word(s, start)
    return (
        prev.islower()
        and prev not in _AUX
        and prev not in _PLAIN_ADVERBS
        and not prev.endswith("ly")
    )


_BY_THE = re.compile(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)


def _party_after_by(sent: Sent, end: int) -> bool:
    by = _BY_THE.match(sent.s, end)
    return by is not None and any(m.start == by.end() and m.actor for m in sent.ms)


# Adverbs without -ly that stand between a subject and its verb ("has so far remained
# silent", "had since withdrawn"): no noun that a participle would modify.
_PLAIN_ADVERBS = frozenset(
    ["far", "now", "already", "since", "still", "just", "also", "yet", "then", "ever", "never",
     "once", "later", "earlier", "again", "instead", "too", "soon", "long", "meanwhile"]
)  # fmt: skip


_URGING = re.compile(
    r"\b(?:urge|urged|urges|urging|press|pressed|presses|pressing|nudged|nudges|encourage|"
    r"encouraged|encourages|ask|asked|asks|asking|call\s+on|called\s+on|calls\s+on|"
    r"calling\s+on|push|pushed|pushes|exhorted|persuaded|persuades|convinced|convinces|"
    r"implored|beg|begged)\s+"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _governed(sent: Sent, start: int) -> bool:
    """ "ready to meet", "urged them to talk": an infinitive that belongs to another event."""
    # "urged both sides to \"seize the moment\"": a quote opened after "to" is still its verb
    head = sent.s[:start].rstrip().rstrip("\"“‘'").rstrip()
    if "to" not in head.lower():
        return False  # (cheap first) no "to" that could end it, even before an adverb
    before = _ADVERB_BEFORE.sub("", head)  # "to immediately meet"
    if not before.lower().endswith(" to") and before.lower() != "to":
        return False
    gov_end = len(before) - 2
    at = next((i for i, m in enumerate(sent.ms) if m.end in (gov_end, gov_end - 1)), None)
    if at is not None:
        # "invited Sudan's army to send envoys", "proposed a summit with Aliyev to sign": the
        # purpose of an earlier event of the clause; alone, "delegations to meet" is a headline
        # "persuaded Myanmar's military and the Kachin rebels to sit down": the verb stands
        # before the whole coordination of the parties urged, not before its last one
        first = chain_start(sent.s, sent.ms, at)
        if _URGING.search(sent.s, max(0, first - 30), first):
            return True  # "diplomats nudged both sides to take up the offer": what was urged
        return sent.last_end > clause_start(sent.s, start)
    if prev_word(sent.s, gov_end).lower() == "hesitate":  # "did not hesitate to accept"
        return _NO_HESITATION.search(before) is None  # accepted; "hesitated to": not done
    return not governs(sent.s, gov_end)


_NO_HESITATION = re.compile(r"\b(?:not|never|n[’']t)\s+hesitate\s+to$", re.IGNORECASE)


def _adjectival(sent: Sent, start: int, end: int, form: str) -> bool:
    """ "a negotiating team", "the bombing campaign": an -ing form before a plain noun; not
    after "is"/"were" ("is proposing talks"), a comma (", offering talks") or a party ("with
    Chile proposing talks"), where it is the verb and the noun its object."""
    if not form.endswith("ing"):
        return False
    nxt = next_word(sent.s, end)
    if not (nxt.isalpha() and nxt.islower() and nxt not in _FUNCTION):
        return False
    before = sent.s[max(0, start - 3) : start].rstrip()
    if before.endswith(",") or prev_word(sent.s, start).lower() in _PROGRESSIVE:
        return False
    return not any(
        x.actor and x.end <= start and not sent.s[x.end : start].strip()
        and _TO_PARTY.search(sent.s, max(0, x.start - 40), x.start)
        for x in sent.ms
    )  # fmt: skip


# "wrote to (her Chilean counterpart) proposing", "with (Kigali) rejecting": a party after "to"
# or "with", its title words between
_TO_PARTY = re.compile(r"\b(?:to|with)\s+(?:[\w'’.-]+\s+){0,3}$", re.IGNORECASE)


_PROGRESSIVE = frozenset(["is", "are", "was", "were", "been", "be", "being"])


def _bare_base(sent: Sent, start: int, tdef: TriggerDef, form: str, subject: Subject) -> bool:
    """A base form with a singular subject and no auxiliary is a noun ("after Hamas reply")."""
    if form != tdef.base or subject.plural or form.split(maxsplit=1)[0].endswith("s"):
        return False
    if " " in form or form.endswith("ed") or form in _IRREGULAR_PAST:
        return False  # "cut ties with", "called", "protested": a past or phrasal form, a verb
    if subject.kind in ("pronoun", "group_noun"):
        return False
    between = sent.s[max(0, subject.start - 12) : start].split()
    return not any(w.lower() in _AUX for w in between)  # "did Kenya propose": inverted aux


def _paired(s: str, subject: Subject, at: int) -> bool:
    """Two parties named as one subject: coordinated, or joined by a hyphen right before the
    word at `at` ("UK-Guatemala sanctions talks"; not "the Kuwait-Iraq committee meets", where
    the pair qualifies a noun of its own)."""
    if subject.plural and len(subject.codes) > 1:
        return True
    return (
        subject.start > 1
        and s[subject.start - 1] == "-"
        and s[subject.start - 2].isalpha()
        and not s[subject.end : at].strip()
    )


def _third_person(form: str, tdef: TriggerDef) -> bool:
    """A one-word form in -s that is not the base ("sanctions", "bans"): it agrees with one
    party, never with two named together."""
    return " " not in form and form != tdef.base and form.endswith("s") and not form.endswith("ss")


def _passive(
    sent: Sent, m: re.Match[str], subject: Subject | None, *, attack: bool = False,
    answer: bool = False,
) -> tuple[Subject, Mention | None] | None:  # fmt: skip
    agent = passive_agent(sent.s, m.end(), sent.ms)
    if agent is None:
        return None
    side = _owner_of_offer(sent, m.start(), agent) if answer else None
    if side is None and subject is not None:
        side = next((x for x in sent.ms if x.end == subject.end), None)
    if side is None and attack:
        side = _hit_before(sent, m.start(), agent)
    return Subject(agent.codes, m.start(), agent.plural, agent.kind, agent.role), side


# "A French proposal for a naval mission in the Gulf was rejected by Tehran", "Kyiv's offer of
# talks was turned down by Moscow": the owner of the put thing that heads the passive's subject
# is whom the answer answers, whatever party its modifiers name after it ("a 1955 French
# proposal": a dated one is history, left to the rules of the past).
_YEAR_BEFORE = re.compile(r"\b(?:1[89]\d\d|20[0-2]\d)\s+$")
_OFFER_HEAD = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:proposals?|offers?|plans?|demands?|requests?|"
    r"initiatives?|invitations?|calls?|appeals?|bids?|ultimatums?|overtures?)\b",
    re.IGNORECASE,
)


def _owner_of_offer(sent: Sent, pos: int, agent: Mention) -> Mention | None:
    start = clause_start(sent.s, pos)
    first = next((x for x in sent.ms if start <= x.start < pos and x.codes), None)
    if (
        first is None
        or set(first.codes) & set(agent.codes)
        or (not first.actor and first.kind not in ("demonym", "state", "capital", "org", "group"))
    ):
        return None
    if _YEAR_BEFORE.search(sent.s, max(0, first.start - 8), first.start):
        return None
    head = _OFFER_HEAD.match(sent.s, first.end)
    return first if head is not None and head.end() <= pos else None


def _hit_before(sent: Sent, pos: int, agent: Mention) -> Mention | None:
    """ "Chadian outposts were shelled by ...", "an African Union base was attacked by ...": the
    party whose troops or sites were hit, named as a modifier of the subject."""
    start = clause_start(sent.s, pos)
    for x in reversed(sent.ms):
        if start <= x.start and x.end <= pos and not x.actor and x.kind in ("demonym", "org"):
            return None if set(x.codes) <= set(agent.codes) else x
    return None


# Participles that make adjectives of readiness ("is prepared to mediate"): no passive.
_READINESS = frozenset(["prepared", "determined", "committed", "inclined", "disposed"])


def _is_passive(sent: Sent, m: re.Match[str]) -> bool:
    form = m.group().lower().split()[0]
    if form in _READINESS and " to " in m.group():
        return False
    return (form.endswith("ed") or form in _IRREGULAR_PAST) and bool(
        _BE.search(sent.s, max(0, m.start() - 30), m.start())
    )


_WORD_NEXT = re.compile(r" \w")


# "where the borders of Laos, Myanmar and Thailand meet": lands meeting, not parties
_LAND_MEETS = re.compile(
    r"\b(?:frontiers?|borders?|boundaries|rivers?|roads?|railways?|pipelines?|"
    r"coastlines?)\s+of\s+[^.;]{1,60}$",
    re.IGNORECASE,
)
# "must meet the conditions first", "met all the requirements": a need satisfied
_TALKS_BETWEEN_AHEAD = re.compile(
    r"\s+(?:(?:the|a|an|new|fresh|direct|indirect|further|renewed|next|latest|first|second|"
    r"third|final|\w+-day|round|rounds|of)\s+){0,4}(?:talks|negotiations|consultations|"
    r"discussions|meetings?)\s+(?:(?:in|at|on)\s+[A-Z][\w’'-]*\s+){0,2}between\b",
    re.IGNORECASE,
)
# "will host Syria-SDF swap talks": talks named by their two parties, joined by a hyphen
_PAIR_TALKS_AHEAD = re.compile(
    r"\s+(?:the\s+)?([A-Z][\w’']*)-([A-Z][\w’']*)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|"
    r"consultations|discussions|meetings?|summits?)\b"
)


def hyphenated_sides(sent: Sent, m: re.Match[str]) -> tuple[Mention, Mention] | None:
    """The two parties of "Syria-SDF talks" (groups 1 and 2 of `m`): an actor mention on each
    side of the hyphen, of two different parties."""
    a, b = (
        next((x for x in sent.ms if (x.start, x.end) == m.span(g) and x.actor), None)
        for g in (1, 2)
    )
    if a is None or b is None or a.codes[0] == b.codes[0]:
        return None
    return a, b


def pair_talks_ahead(sent: Sent, end: int) -> bool:
    """Two different parties' talks right after `end` ("host Syria-SDF talks")."""
    m = _PAIR_TALKS_AHEAD.match(sent.s, end)
    return m is not None and hyphenated_sides(sent, m) is not None


# "they met only a junior officer": a snub, the side that mattered would not meet them
_MET_ONLY_JUNIOR = re.compile(
    r"\s+only\s+(?:with\s+)?(?:a|an|the|some)\s+(?:junior|low-level|lower-level|low-ranking|"
    r"mid-level|minor)\b",
    re.IGNORECASE,
)
_MET_NEEDS = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+|all\s+(?:the\s+)?|these\s+|those\s+|such\s+|our\s+)?"
    r"(?:[\w-]+\s+)?(?:conditions?|demands?|requirements?|standards?|targets?|deadlines?|"
    r"expectations?|obligations?|criteria|needs|commitments|benchmarks?|thresholds?)\b"
)
_HALFWAY = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?|them|us|him|her|it)\s+halfway\b"
    r"(?!\s+(?:through|into|across))"
)
_STRUCK_A_NOTE = re.compile(
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:note|tone|chord|balance|deal|bargain|compromise|"
    r"pose|blow\s+for|agreement|accord)\b",
    re.IGNORECASE,
)
# A passive's agent that is a weapon or a unit firing it ("struck by Russian drones")
_BY_WEAPONS = re.compile(
    r"\s+by\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:missiles?|rockets?|drones?|shells?|"
    r"artillery|mortars?|bombs?|air\s*strikes?|airstrikes?|strikes|aircraft|jets|warplanes|fire)\b",
    re.IGNORECASE,
)
# A clause that names an economic measure, then a comma before the participle: the participle
# tells what the measure covers ("adopted sanctions against Belarus, targeting potash exports")
_MEASURE_CLAUSE = re.compile(
    r"\b(?:sanctions|tariffs|duties|levies|embargo|curbs|restrictions|bans?|export\s+controls)\b"
    r"[^.;:]*,\s*$",
    re.IGNORECASE,
)
# "host U.S. troops", "host a French military base", "would not host a Chinese police post":
# what is stationed on the host's soil (forces, bases, arms), not guests received for talks
_HOSTED_PRESENCE = re.compile(
    r"\s+(?:(?:a|an|the|more|additional|foreign|several|\d[\d,]*)\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*|nuclear|military|naval|air|police|missile|rotating)\s+){0,3}"
    r"(?:troops|forces|soldiers|marines|servicemen|personnel|base|bases|weapons|missiles|"
    r"warheads|warships|bombers|post|posts|outpost|garrison|contingent|radar|installation)\b"
)
_VERBAL_CLASH = re.compile(r"\s+(?:\w+\s+){0,2}?(?:over|about)\s", re.IGNORECASE)
# "hit back at Uganda, saying Kampala had no right to lecture Nairobi", "hit back within hours,
# with its vice president calling the move arrogant": a retort in words, told by what was said
# after it; "hit back at rebel positions, saying" and "struck back at Ukrainian cities" stay
# blows (an object that is not a party's name)
_WORDS_BACK = re.compile(
    r"\s+(?:back\s+|out\s+)?(?:at\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,4}|within\s+(?:hours|"
    r"minutes|days)\s*|on\s+\w+day\s*)?,\s+(?:with\s+[^.;:,]{1,60}?\s+)?(?:saying|calling|"
    r"accusing|describing|dismissing|telling|arguing|insisting|rejecting|denouncing)\b"
)
ACCUSED_OF = re.compile(
    r"\b(?:accus|blam|charg)\w*\s+(.{1,60}?)\s+of\s+[\"“‘']?$", re.IGNORECASE
)  # "accused Manila of 'tearing up' the deal": a quoted gerund too


def accused(sent: Sent, m: re.Match[str]) -> bool:
    """The gerund of an accusation ("Chile accused Peru of firing on its boats") is the act
    the accuser claims the accused did: no act of the accuser's, and, a claim, none reported."""
    return claimed_gerund(sent.s, m.start(), m.group())


def claimed_gerund(s: str, start: int, form: str) -> bool:
    """Is the gerund `form` at `start` the act an accusation claims ("accused Peru of firing
    on its boats"), or that act's means ("accused Ethiopia of violating its sovereignty by
    signing a deal": the deal is part of the same claim)?"""
    if not form.lower().split(maxsplit=1)[0].endswith("ing"):  # "tearing up" too
        return False
    if "by" in s[max(0, start - 4) : start]:
        return _ACCUSED_MEANS.search(s, max(0, start - 180), start) is not None
    if "of" not in s[max(0, start - 4) : start]:
        return False
    return ACCUSED_OF.search(s, max(0, start - 90), start) is not None


# An accusation's gerund, then its means in a by-phrase ("accused Kigali of breaching the truce
# by shelling ...")
_ACCUSED_MEANS = re.compile(
    r"\b(?:accus|blam|charg)\w*\s+.{1,60}?\s+of\s+\w+ing\b[^.;:,]{0,80}?\s+by\s+$",
    re.IGNORECASE,
)


# "sentenced for espionage, a charge Finland rejects", "an accusation Kigali rejected": a contact
# relative clause whose head noun is a claim; the verb's object is that claim: a word on it (a
# comment, as "rejected the charge"), no answer to a proposal
_CLAIM_HEAD = re.compile(
    r"\b(?:charges?|accusations?|allegations?|claims?|assertions?)\s+(?:that\s+|which\s+)?$",
    re.IGNORECASE,
)


# Nothing after the verb but the clause's end or a time or place: the object is gapped (a
# relative clause), not a content clause ("claims that it had agreed to the plan")
_GAPPED_OBJECT = re.compile(r"\s*(?:[.,;:!?\"')\u201d]|$)|\s+(?:on|in|at|last|this|outright)\b")


def _adjust_claim_answer(cand: Candidate, sent: Sent, subject: Subject, end: int) -> None:
    """ "a charge Abidjan rejected": an answer to a claim is a word on it."""
    if (
        cand.action in ANSWER_ACTIONS
        and _CLAIM_HEAD.search(sent.s, max(0, subject.start - 40), subject.start) is not None
        and _GAPPED_OBJECT.match(sent.s, end) is not None
    ):
        cand.action = "comment"


def _arguments(
    sent: Sent, m: re.Match[str], tdef: TriggerDef
) -> tuple[Subject, Mention | None, str] | None:
    at = m.start()
    # a participle, with its particle ("a letter calling for talks"), describes a document
    participle = m.group().split()[0].endswith("ing")
    doc = _DOC_BEFORE.search(sent.s, max(0, at - 100), at) if participle else None
    orphan = False
    owner = _document_owner(sent, doc) if doc is not None else None
    if doc is not None:  # "sent (Kabul) a letter proposing talks": the subject of who sent it
        verb = _SENT_BEFORE.search(sent.s, max(0, doc.start() - 60), doc.start())
        # "Russia vetoed a resolution demanding a truce": a resolution's unnamed authors make
        # the call; the one who votes it down or rejects it does not
        orphan = verb is None and owner is None and _RESOLUTION_DOC.search(doc.group()) is not None
        at = verb.start() if verb is not None else doc.start()
    elif m.group().endswith("ing"):  # "has written to his Thai counterpart proposing talks":
        wrote = _WROTE_TO.search(sent.s, max(0, at - 70), at)  # the writer proposes
        at = wrote.start() if wrote is not None else at
    subject = find_subject(sent.s, at, sent.ms, sent.res.title_words)
    shared = shared_subject(sent.s, m.start(), subject, sent.last_subject, sent.last_verb_end)
    if sent.last_subject is None:
        shared = modifier_not_subject(sent.s, m.start(), shared, sent.ms)
    subject = main_subject(sent.s, m, sent.ms, shared)
    if owner is not None:  # "has not answered the U.S. letter proposing talks": the owner's
        subject = Subject.of(owner)
    if _is_passive(sent, m):
        found = _passive(
            sent,
            m,
            subject,
            attack=tdef.action == "attack",
            # "Spain's offer to mediate between A and B was welcomed by Rabat": a reaction to a
            # party's offer, like an answer, is aimed at the offer's owner
            answer=tdef.action in ANSWER_ACTIONS or tdef.action == "comment",
        )
        if found is None:
            return None
        return found[0], found[1], "passive-by"
    if subject is None and tdef.agent_from:
        subject = _owner_before(sent, m.start())  # "Peru's offer went unanswered by Bolivia"
    if subject is None or (tdef.plural_only and not subject.plural) or orphan:
        return None
    if (
        tdef.action == "agree"
        and not _WORD_NEXT.match(sent.s[m.end() :])
        and (not subject.plural or in_condition(sent.s, m.start()))
    ) or (tdef.action == "appeal" and _PUBLIC_ADDRESSEE.match(sent.s, m.end())):
        # "if China agreed": a lone party agrees to something, or it is no event; "would host
        # talks if both sides agreed": consent with no content, the host's condition, no deal;
        # "urged residents to stay indoors": a public notice, no act between parties
        return None
    if _bare_base(sent, m.start(), tdef, m.group().lower(), subject) or (
        # "EU and Cuba agree a roadmap, sanctions stay", "UK-Guatemala sanctions talks": two
        # parties take no verb in -s; the word is a noun
        _paired(sent.s, subject, m.start()) and _third_person(m.group().lower(), tdef)
    ):
        return None
    return subject, None, "verb-subject"


def _document_owner(sent: Sent, doc: re.Match[str]) -> Mention | None:
    """The party named inside a document's phrase, as its owner ("the U.S. letter", "the
    Iranian note"): the one that sent it, whoever else the sentence's subject is, unless the
    sentence tells who sent or delivered it."""
    if _SENT_BEFORE.search(sent.s, max(0, doc.start() - 60), doc.start()):
        return None  # "had delivered a U.S. message to Tehran proposing": the messenger's act
    return next(
        (x for x in sent.ms if doc.start() <= x.start and _DOC_NEXT.match(sent.s, x.end)
         and x.codes and x.kind in ("demonym", "state", "capital", "org", "group")),
        None,
    )  # fmt: skip


def _predicate(sent: Sent, m: re.Match[str]) -> bool:
    """Is the verb form used as a predicate (not a modifier, not a governed infinitive)?"""
    low = m.group().lower()
    if _reduced_relative(sent, m.start(), low.split()[0], m.end()) or _governed(sent, m.start()):
        return False
    prev = prev_word(sent.s, m.start()).lower()
    if (m.start() > 0 and sent.s[m.start() - 1] == "-") or (
        low in ("fire", "fires") and prev in _WEAPON_NOUNS
    ):
        # "US-hosted talks", "Qatari-brokered deal": a compound adjective; "halt artillery
        # fire", "mortar fire hit": the noun of shooting
        return False
    if low.endswith("ed") and _attributive_participle(sent, m, prev):
        return False  # an adjective
    if low.split()[0].endswith("s") and (
        (prev.endswith("ed") and prev not in _AUX)
        # "agrees to sanctions talks": no verb after "to" takes its -s form
        or (prev == "to" and " " not in low and not low.endswith("ss"))
    ):
        return False  # "rejected calls for a ceasefire": a noun, the object of a past verb
    if not low.split()[0].endswith(("ed", "ing")) and (
        (
            " " not in low
            and (
                prev in _NOUN_LEFT
                or _QUANTITY.search(sent.s, max(0, m.start() - 12), m.start()) is not None
                or _noun_use(sent.s, m.start(), m.end())
            )
        )
        or (" " in low and prev.endswith(("'s", "’s")))
        or _after_indefinite_modifier(sent.s, m.start(), prev)
    ):
        # "with Anwar as host", "the hosts", "a strike"; "Poland's ban on grain", "the
        # delegation head said", "the government's call for a joint committee": a noun
        return False
    # "sent a letter proposing talks": a participle after a document, the sender proposes
    return (prev in _DOCUMENTS and low.endswith("ing")) or not _adjectival(
        sent, m.start(), m.end(), low
    )


def _after_indefinite_modifier(s: str, start: int, prev: str) -> bool:
    """ "rejected an ECOWAS call for elections", "a Chinese appeal to": after "a"/"an" and one
    modifier, a base form is a noun (a singular indefinite subject never takes a bare verb)."""
    at = start - len(prev) - 1
    if not prev[:1].isalpha() or prev in _FUNCTION or s[at:start].lower() != prev.lower() + " ":
        return False
    return prev_word(s, at).lower() in ("a", "an")


# A possessive just before a word, or before a participle before it: its owner ("Poland's
# ban", "the rebels' offer", "Phnom Penh's planned ban")
_POSSESSIVE_BEFORE = re.compile(r"\w(?:['’]s|s['’])\s+(?:[a-z]+ed\s+)?$")
# A finite verb or auxiliary right after a word: the word ends its subject, a noun
_FINITE_NEXT = frozenset(
    ["said", "says", "told", "was", "were", "is", "are", "has", "have", "had", "will", "would"]
)


def _noun_use(s: str, start: int, end: int) -> bool:
    """A base or -s form no finite verb can be: owned by a possessive ("Poland's ban on
    grain", "Jakarta's ban on exports", "Jakarta's planned ban": not "is" or "has"
    contracted, which would need a participle) or followed by the subject's own verb ("the
    delegation head said", "travel bans were lifted")."""
    if _POSSESSIVE_BEFORE.search(s, max(0, start - 40), start):
        return True
    return next_word(s, end).lower() in _FINITE_NEXT and s[end : end + 1] == " "


def _attributive_participle(sent: Sent, m: re.Match[str], prev: str) -> bool:
    """A past participle used as an adjective: after a determiner ("dismisses proposed EU
    sanctions", "the agreed text", "the first acknowledged meeting") or a preposition, with
    no agent or place of its own ("talks over sanctioned banks", "an audit of sanctioned
    lenders"; not "a deal of the kind signed in Doha")."""
    if prev in _ATTRIBUTIVE_LEFT:
        return True
    if prev.endswith(("'s", "’s")) and _determined_owner(sent.s, m.start() - len(prev) - 1):
        # "the group's proposed truce", "the EU's proposed sanctions": its owner's noun follows
        nxt = next_word(sent.s, m.end())
        return nxt[:1].isalpha() and nxt.lower() not in _FUNCTION
    if prev in _ORDINALS:
        return prev_word(sent.s, m.start() - len(prev) - 1).lower() in _ATTRIBUTIVE_LEFT
    nxt = next_word(sent.s, m.end())
    if (prev in _COUNTS or prev.isdigit()) and sent.s[: m.start()].rstrip().lower().endswith(prev):
        # "two sanctioned Kyrgyz banks": a count before the participle, a noun after it (not
        # "the two signed a deal", where the count is the subject)
        return nxt[:1].isalpha() and nxt.lower() not in _FUNCTION
    return prev in _PREPOSITIONS_LEFT and nxt.lower() not in _PARTICIPLE_ARGS


def _determined_owner(s: str, at: int) -> bool:
    """Does a determiner stand before the possessive ending at `at` ("the EU's", "the rebel
    group's")? Not "Russia's proposed": that may be "Russia has proposed"."""
    before = prev_word(s, at)
    if before.lower() in _OWNER_DETERMINERS:
        return True
    return prev_word(s, s.rfind(before, 0, at)).lower() in _OWNER_DETERMINERS  # "the rebel group's"


_OWNER_DETERMINERS = frozenset(["the", "a", "an", "this", "that"])


# "talks on sanctioned officials", "a row over seized boats", "ready on agreed terms"
_PREPOSITIONS_LEFT = frozenset(
    ["over", "of", "for", "against", "from", "into", "about", "on", "with", "under", "at"]
)
_COUNTS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "dozens",
     "hundreds", "thousands", "scores"]
)  # fmt: skip
_PARTICIPLE_ARGS = frozenset(["by", "in", "on", "at", "to"])


# Documents a participle describes ("a letter proposing talks", "a note rejecting the plan")
_DOCUMENTS = frozenset(
    ["letter", "letters", "message", "messages", "note", "notes", "communique", "statement",
     "memo", "memorandum", "cable", "text", "resolution", "resolutions"]
)  # fmt: skip
# A resolution is a body's text: its call is its authors' (the body named in it, or whoever
# tabled, drafted or adopted it), never the act of a party that rejects or vetoes it
_RESOLUTION_DOC = re.compile(r"\bresolutions?\b", re.IGNORECASE)


_SENT_BEFORE = re.compile(
    r"\b(?:sent|send|sends|sending|wrote|writes|delivered|delivers|handed|hands|issued|issues|"
    r"circulated|circulates|dispatched|dispatches|transmitted|addressed|"
    # who tables, drafts or adopts a resolution makes its call ("proposed a resolution calling")
    r"proposed|proposes|tabled|tables|table|drafted|drafts|submitted|submits|introduced|"
    r"adopted|adopts|passed|passes|approved|approves)\s+(?:[^,;.]{0,40}?\s+)?$",
    re.IGNORECASE,
)
_WROTE_TO = re.compile(
    r"\b(?:wrote|written|writes|write|telephoned|phoned)\s+to\s+[^,;.]{1,60}?\s+$", re.IGNORECASE
)
_DOC_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+(?:[\w.-]+\s+){0,3}?(?:"
    + "|".join(sorted(_DOCUMENTS))
    + r")(?:\s+to\s+[^,;.]{1,60}?)?\s+$",
    re.IGNORECASE,
)


# The document word right after its owner ("the U.S. letter", not "a note to Washington")
_DOC_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(_DOCUMENTS)) + r")\b", re.IGNORECASE)


def _frame_holds(sent: Sent, m: re.Match[str], tdef: TriggerDef) -> bool:
    """The verb has its required object, is a predicate, and is no proposal's content."""
    if (
        tdef.objects
        and not has_object(sent.s, m.end(), tdef.objects, sent.ms, sent.res)
        and not (
            _is_passive(sent, m)
            and _BY_AGENT.match(sent.s, m.end())
            and "for_talks" not in tdef.objects  # a purpose is never the passive's subject
            and "breach" not in tdef.objects  # "has been accused by X of 100 breaches": a tally
        )
    ):
        return False  # "the proposal was accepted by Lisbon": the object is the subject
    if not _predicate(sent, m) or accused(sent, m):
        return False  # "accused Peru of attacking its boats": a claim, not the accuser's act
    if (
        _other_sense(sent, m, tdef)
        or _gerund_noun(sent, m, tdef)
        or _blow_measure_or_presence(sent.s, m, tdef)
    ):
        return False
    if bare_mandative(sent.s, m.start()):
        return False  # "suggested vice-ministers meet in Tacna": asked, not done
    return not MANDATIVE.search(sent.s, max(0, m.start() - 120), m.start())


# After a gerund used as a noun: its object, then its own agent ("the killing of a fisherman by
# border guards"), or, for a blow, its victim alone ("condemned the killing of its consul")
_OF_BY_AFTER = re.compile(r"\s+of\s+[^,;:.()]{1,60}?\bby\s")
_OF_AFTER = re.compile(r"\s+of\s")


def _gerund_noun(sent: Sent, m: re.Match[str], tdef: TriggerDef) -> bool:
    """ "an inquiry into the killing of a fisherman by Turkmen guards", "summoned the envoy over
    the killing of an aid worker": a gerund after a determiner is a noun whose agent is not the
    sentence's subject (a deal's "ended with the signing of an accord" is the parties' own)."""
    form = m.group().lower()
    if " " in form or not form.endswith("ing"):
        return False
    prev = prev_word(sent.s, m.start()).lower()
    if prev not in _NOUN_LEFT or prev == "as":
        return False
    if _OF_BY_AFTER.match(sent.s, m.end()):
        return True
    return tdef.action == "attack" and _OF_AFTER.match(sent.s, m.end()) is not None


# Between a meeting verb and its object: whom the subject met ("met Hamas leaders", "met with
# the Thai side"), not a host or a place ("met under Saudi auspices", "met in Doha").
_MET_OBJECT = re.compile(r"\s+(?:with\s+)?(?:(?:the|a|an)\s+)?")


def _note_met_party(
    cand: Candidate, sent: Sent, m: re.Match[str], tdef: TriggerDef, target: Mention | None
) -> None:
    """The meeting verb's object is whom its subjects met ("Qatar and Egypt met Hamas
    leaders": each met Hamas, not each other)."""
    if tdef.action != "meet" or target is None:
        return
    if _MET_OBJECT.fullmatch(sent.s, m.end(), target.start):
        cand.notes.add("met_party")


def _blow_measure_or_presence(s: str, m: re.Match[str], tdef: TriggerDef) -> bool:
    """ "the port was struck by Russian missiles": a blow, the agent is a weapon, no deal;
    "adopted new sanctions, targeting potash exports": what the measure covers, no attack;
    "agreed to host U.S. troops": a presence stationed, no meeting."""
    end = m.end()
    return (
        (tdef.name == "strike_deal" and _BY_WEAPONS.match(s, end) is not None)
        or (
            tdef.name == "target_sites"
            and _MEASURE_CLAUSE.search(s, max(0, m.start() - 150), m.start()) is not None
        )
        or (tdef.name == "host" and _HOSTED_PRESENCE.match(s, end) is not None)
    )


def _other_sense(sent: Sent, m: re.Match[str], tdef: TriggerDef) -> bool:
    """The verb is used in a sense that is not its event's."""
    s, end = sent.s, m.end()
    if tdef.plural_only and tdef.action == "agree" and after_to(s, m.start()):
        return True  # "agreed to extend the truce": the agreement is told by the verb before
    if tdef.name == "exchange_fire" and _VERBAL_CLASH.match(s, end):
        return True  # "clashed over pulp mills": a dispute in words, no fighting
    if tdef.action == "attack" and _STRUCK_A_NOTE.match(s, end):
        return True  # "struck a conciliatory note", "struck a deal": no blow
    if tdef.action == "attack" and _WORDS_BACK.match(s, end):
        return True  # "hit back at Uganda, saying ...": words, no blow
    if tdef.name == "host" and (_TALKS_BETWEEN_AHEAD.match(s, end) or pair_talks_ahead(sent, end)):
        return True  # "hosted talks between Israel and Hamas": a go-between, the two meet
    return tdef.action == "meet" and (
        _HALFWAY.match(s, end) is not None
        # "does not negotiate its sovereignty", "would not negotiate under threat"
        or (tdef.name == "talk" and _terms_refused(s, m))
        or _MET_NEEDS.match(s, end) is not None
        or _MET_ONLY_JUNIOR.match(s, end) is not None
        or _LAND_MEETS.search(s, max(0, m.start() - 90), m.start()) is not None
        or _unnamed_partner(sent, m)
    )  # "would meet Lima halfway", "must meet the conditions": no meeting


def _target(
    sent: Sent, m: re.Match[str], tdef: TriggerDef, subject: Subject, target: Mention | None
) -> Mention | None:
    """The party the verb acts on: the nearer of the first free party and an adjective's party."""
    s, attack = sent.s, tdef.action == "attack"
    if tdef.action in ANSWER_ACTIONS:
        owner = _proposal_owner(sent, m.end(), subject.codes)
        if owner is not None:
            return owner  # "blocked an EU decision to extend sanctions on Russia": the EU's
    if target is None:
        target = first_target(s, m.end(), sent.ms, subject.codes)
        named = demonym_target(sent, m.end(), subject.codes, attack=attack)
        if target is not None and named is not None and named.start < target.start:
            target = named  # "struck Cambodian positions as Malaysia offered...": the nearer
    if target is not None and ((attack and target.prep == "with") or _forum(sent, tdef, target)):
        # "seized the border post with Rwanda": a place, not the party attacked; "threatened
        # to take the matter to the UN Security Council": a forum, not the party threatened
        target = None
    if target is not None and tdef.action == "meet" and target.prep in ("on", "about", "over"):
        return None  # "will host a conference on Yemen": what the meeting is about, no party
    if (
        target is not None
        and tdef.action == "meet"
        and target.prep
        and sent.res.cue_re["locative_prepositions"].fullmatch(target.prep)
    ):
        return None  # "met for eight hours at the Mexican foreign ministry": where, not whom
    if (
        target is not None
        and tdef.action in ANSWER_ACTIONS
        and (
            not _names_party(s, m.end(), target)
            # "replied in a note handed to the Nigerian ambassador": the channel, not the proposer
            or _HANDED_TO.search(s, max(0, target.start - 40), target.start) is not None
        )
    ):
        target = None  # "blocked a proposal to impose sanctions on Georgia": not the proposer
    if target is None and tdef.action in _TELLING:
        target = _complement_subject(sent, m.end(), subject.codes)
    if target is None:
        target = demonym_target(sent, m.end(), subject.codes, attack=attack)
    if target is None and attack:  # "struck Kharkiv": the state of the city hit
        target = city_target(s, m.end(), sent.res, subject.codes)
    if target is None and "envoy" in tdef.objects:  # "its ambassador from Tel Aviv"
        target = envoy_post(s, m.end(), sent.res, subject.codes)
    # "bombed ADF rebel camps in Congo's Ituri province": where the named group's sites are,
    # not the party struck
    return None if attack and site_of_named_group(sent, m.end(), target) else target


# The sites of an armed group named by a name the tables lack, right after an attack ("struck
# ADF rebel camps", "air strikes against LRA bases"): the group is hit, not a state.
_NAMED_ARMED_SITES = re.compile(
    rf"\s+(?:(?:against|on|at)\s+)?(?:the\s+)?([A-Z][\w-]*)\s+(?:(?:{_ARMED_GROUP})\s+)?"
    rf"(?:{_ARMED_SITES})\b"
)


def site_of_named_group(sent: Sent, end: int, target: Mention | None) -> bool:
    """Is `target`, found after an attack ending at `end` on the sites of an armed group named
    by a name no table knows ("ADF rebel camps"), a state named only as where they are ("in
    Congo's Ituri province") or as anything else than the party hit ("with the consent of
    Kinshasa")? An unnamed group's sites ("militant hideouts in Afghanistan") leave the state
    they lie in as the target."""
    return target is not None and target.kind != "group" and named_group_site(sent, end)


def named_group_site(sent: Sent, end: int) -> bool:
    """Are the sites hit, right after `end`, those of an armed group named by a name that is
    no party of the tables ("ADF rebel camps"; not "Syrian army positions")?"""
    hit = _NAMED_ARMED_SITES.match(sent.s, end)
    return hit is not None and not any(x.start <= hit.start(1) < x.end for x in sent.ms)


# The object of an answer named with its owner before the noun ("an EU decision", "a
# U.S.-drafted plan", "the Sudanese proposal"): the party whose proposal is answered.
_OWNED_OPEN = re.compile(
    r"\s+(?:the|a|an)\s+(?:(?:new|latest|revised|fresh|formal|draft|initial|joint)\s+)?"
)
_OWNED_NOUN = re.compile(
    r"(?:[-‐](?:drafted|brokered|backed|led|proposed|sponsored|mediated|authored))?\s+"
    r"(?:[\w-]+\s+)?(?:offer|proposal|plan|decision|initiative|resolution|draft|framework|"
    r"request|invitation|overture|roadmap|bid|call)s?\b",
    re.IGNORECASE,
)


# "accepted a proposal by the African Union to deploy monitors": the owner after the noun
_OWNER_AFTER = re.compile(
    r"\s+(?:the|a|an)\s+(?:(?:new|latest|revised|fresh|formal|initial|joint)\s+)?"
    r"(?:(?:offer|proposal|plan|initiative|request|invitation|call)s?\s+"
    # "accepted the truce offered by the rebels": what a participle says its owner put forward
    r"|(?:[\w-]+\s+){0,2}?(?:offer|proposal|plan|initiative|request|invitation|truce|ceasefire|"
    r"deal|framework|roadmap|draft|text|terms)s?\s+(?:offered|proposed|put\s+forward|tabled|"
    r"drafted|presented|submitted|extended|floated)\s+)(?:by|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _proposal_owner(sent: Sent, pos: int, exclude: tuple[str, ...]) -> Mention | None:
    after = _OWNER_AFTER.match(sent.s, pos)
    opened = after or _OWNED_OPEN.match(sent.s, pos)
    if opened is None:
        return None
    x = next((x for x in sent.ms if x.start == opened.end()), None)
    if x is None or x.location or x.codes[0][:1] == "@" or set(x.codes) & set(exclude):
        return None
    return x if after is not None or _OWNED_NOUN.match(sent.s, x.end) else None


# A body a dispute is taken to ("to take the matter to the", "bring the incident before the",
# "refer the case to"): where the threatened step leads, not the party threatened
_FORUM_BEFORE = re.compile(
    r"\b(?:take|taking|bring|bringing|refer|referring|raise|raising|escalate|escalating|"
    r"submit|submitting)\s+(?:[\w'’-]+\s+){0,4}?(?:to|before|with|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _forum(sent: Sent, tdef: TriggerDef, target: Mention) -> bool:
    """Is the party a threat names the body the dispute would be taken to?"""
    lo = max(0, target.start - 80)
    return tdef.action == "threaten" and _FORUM_BEFORE.search(sent.s, lo, target.start) is not None


_HANDED_TO = re.compile(
    r"\b(?:handed|delivered|passed|sent|given|conveyed|relayed|forwarded)\s+(?:over\s+)?"
    r"(?:to|through|via)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A parenthetical between an auxiliary (or its negation) and the verb ("has not, so far,
# replied"): its closing comma is no coordination.
_PARENTHETICAL = re.compile(
    r"\b(?:has|have|had|did|does|do|was|were|is|are|will|would|not|n't|yet|never)\s*,"
    r"[^,;.]{1,60},\s*$",
    re.IGNORECASE,
)
_TELLING = frozenset({"demand", "appeal"})
_THAT = re.compile(r"\s+that\s+(?:the\s+)?")


def _complement_subject(sent: Sent, pos: int, exclude: tuple[str, ...]) -> Mention | None:
    """ "demanded that Cambodian troops withdraw": the subject of the demanded act is addressed."""
    that = _THAT.match(sent.s, pos)
    if that is None:
        return None
    return next((x for x in sent.ms if x.start == that.end() and x.actor
                 and x.codes[0] not in exclude), None)  # fmt: skip


_WITH_NEXT = re.compile(r"\s+with\s", re.IGNORECASE)
# The public as the one addressed ("urged elderly residents to stay indoors", "asked drivers to
# stay off the roads"): authorities advising a population, whatever state they belong to.
_PUBLIC_ADDRESSEE = re.compile(
    r"\s+(?:(?:the|all|local|elderly|older|young|vulnerable|its|their|our)\s+){0,2}"
    r"(?:people|residents|inhabitants|citizens|the\s+public|population|motorists|drivers|"
    r"travell?ers|tourists|visitors|households|consumers|parents|shoppers|commuters|"
    r"holidaymakers|homeowners|swimmers|hikers)\b",
    re.IGNORECASE,
)
# A negated "negotiate" that takes no partner but the terms, a manner or a condition ("does
# not negotiate its justice system", "would not negotiate under threat", "in public", "while
# the reporters are in jail"): a stance on what or how one bargains, no refused meeting.
_NOT_JUST_BEFORE = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+$", re.IGNORECASE)
_NOT_A_PARTNER = re.compile(r"\s+(?!with\b|directly\b|again\b)[\w“\"‘']", re.IGNORECASE)


def _terms_refused(s: str, m: re.Match[str]) -> bool:
    """ "Cuba will not negotiate its sovereignty": the bare verb, negated right before it,
    with no "with" partner after it."""
    return (
        m.group().lower() in ("negotiate", "negotiates")
        and _NOT_JUST_BEFORE.search(s, max(0, m.start() - 12), m.start()) is not None
        and _NOT_A_PARTNER.match(s, m.end()) is not None
    )


def _sits_alone(
    sent: Sent, m: re.Match[str], tdef: TriggerDef, subject: Subject, target: Mention | None
) -> bool:
    """ "The IAEA board of governors meets in June": one organisation (a single party, not
    coordinated, not a state) that "meets" with no object and no one named to meet holds a
    session of its own (its board, its council), no meeting between two parties."""
    verb = m.group().split()[0].lower()
    return (
        tdef.action == "meet"
        and target is None
        and verb in ("meets", "convenes")
        and not subject.plural
        and len(subject.codes) == 1
        and sent.res.kinds.get(subject.codes[0]) == "org"
        and _INTRANSITIVE_NEXT.match(sent.s, m.end()) is not None
    )


# Right after an intransitive verb: the end of the clause, or a phrase of time, place or
# purpose ("meets in June", "convenes next month", "meets to review"), not an object.
_INTRANSITIVE_NEXT = re.compile(
    r"\s*(?:[,.;:]|$|(?:in|on|at|next|this|today|tomorrow|later|again|for|to|until|after|"
    r"before|every|each|twice|once)\b)",
    re.IGNORECASE,
)


def _unnamed_partner(sent: Sent, m: re.Match[str]) -> bool:
    """ "governments negotiating with groups it fights", "by talking with militants": a
    gerund or participle (no "is" before it) whose partner after "with" is no named party
    tells what someone does in general, not a meeting between two parties."""
    verb = m.group().split()[0].lower()
    if not verb.endswith("ing") or _WITH_NEXT.match(sent.s, m.end()) is None:
        return False
    end = clause_end(sent.s, m.end())
    return _BE.search(sent.s, max(0, m.start() - 30), m.start()) is None and not any(
        m.end() < x.start < end for x in sent.ms
    )


# Subjects that name a state's government, not the state's name alone: a capital standing for
# it ("Algiers dismissed"), an office of it ("Zimbabwe's president", "Myanmar's military
# government") or a known officeholder. A bare state name may be a club, a town or a person.
_OFFICIAL_KINDS = frozenset({"capital", "agent", "person"})


# "a resolution by the IAEA Board", "an offer from Lagos Province": the object's owner named
_OWNED_OBJECT = re.compile(r"[^,;.]{0,60}?\b(?:by|from)\s+(?:the\s+)?[A-Z]")


def _names_no_other(sent: Sent, subject: Subject, end: int) -> bool:
    """Does the sentence name no party but the subject's (no other state, capital, demonym or
    body, and no named owner of the verb's object)? Then an act with no counterpart has
    none to find."""
    own = set(subject.codes)
    if any(not own.issuperset(x.codes) and x.codes[0][:1].isalnum() for x in sent.ms):
        return False
    return _OWNED_OBJECT.match(sent.s, end) is None


def _note_official(cand: Candidate, sent: Sent, subject: Subject, end: int) -> None:
    """Mark an act of a state's government named as such in a sentence naming no other party
    (it may stand alone in an article with no counterpart)."""
    if subject.kind in _OFFICIAL_KINDS and _names_no_other(sent, subject, end):
        cand.notes.add("official")


def _own_grant(sent: Sent, end: int, tdef: TriggerDef, cand: Candidate) -> bool:
    """ "The IMF board approved a loan for Malawi": the giver's own grant, no answer to anything
    put to it (not "has not approved the EU's aid package": another party's, put to it)."""
    if tdef.name != "approve" or cand.issue != "aid":
        return False
    return not any(
        end < x.start <= end + 12 and x.possessive and x.actor and x.codes != cand.actors
        for x in sent.ms
    )


def verb_event(sent: Sent, m: re.Match[str], tdef: TriggerDef) -> Candidate | None:
    """The event of verb trigger `m` read as `tdef`, or None when its frame does not hold."""
    form, s, res = m.group(), sent.s, sent.res
    tdef = _reprisal_reading(s, m, tdef)
    args = _arguments(sent, m, tdef) if _frame_holds(sent, m, tdef) else None
    if args is None or no_holder_ever(s, args[0].start):
        return None  # "No French president has visited Vanuatu": history, no act now
    subject, target, rule = args
    infinitive = after_to(s, m.start())
    # "agreed to meet"; "did not accept or reject the offer": "or" keeps the first verb's cues
    joined = sent.last_end > 0 and _OR_JOINED.fullmatch(s, sent.last_end, m.start()) is not None
    lo = subject.end if infinitive or joined else max(subject.end, sent.last_end)
    if (
        PARTICIPLE_AFTER_COMMA.search(s, max(0, m.start() - 3), m.start())
        or PARTICIPLE_AFTER_WHILE.search(s, max(0, m.start() - 10), m.start())
    ) and form.split()[0].endswith("ing"):
        lo = m.start()  # ", rejecting the offer": the participle's own cues, not the clause's
    coordinated = COORDINATED_VERB.search(s, max(0, m.start() - 60), m.start())
    if coordinated and _PARENTHETICAL.search(s, max(0, m.start() - 90), m.start()):
        coordinated = None  # "has not, according to officials, accepted": one verb group
    own_tense = form.split()[0].lower().endswith("ed") or form.split()[0].lower() in _IRREGULAR_PAST
    # "could sit down with us and agree": a bare base form shares the first verb's modal
    shares_modal = not own_tense and form.split()[0].lower() == tdef.base.split()[0]
    if coordinated and (own_tense or (subject is sent.last_subject and not shares_modal)):
        lo = max(lo, coordinated.start())  # "would not lift the ban and demanded": its own cues
    elif coordinated and shares_modal:
        lo = subject.end
    if rule == "passive-by":
        mod = _passive_modality(sent, m, tdef)
    else:
        mod = modality(s, lo, m.start(), m.end(), form, res=res)
    if mod is None:
        return None
    if tdef.agent_from:  # "Seoul received no reply from Pyongyang": Pyongyang did not reply
        swapped = _from_agent(sent, m.end(), subject)
        if swapped is None:
            return None
        subject, target = swapped
    target = _target(sent, m, tdef, subject, target)
    issue = "summit" if tdef.action == "meet" and _heads(subject, target) else None
    issue = (
        issue
        or find_issue(s, m.start(), m.end(), sent.ms, res)
        or _swapped(s, m, tdef)
        or (_passive_subject_issue(s, m.start(), res) if rule == "passive-by" else None)
    )
    issue = _passive_over_venue(issue, s, m.start(), res) if rule == "passive-by" else issue
    issue = "summit" if _heads_meet(tdef, issue, s, m.start()) else issue
    issue = "summit" if _heads_invited(tdef, issue, s, subject, target) else issue
    if issue is None and "breach" in tdef.objects:
        issue = _breached_issue(s, m.start(), res)
    conf = 0.85 - (0.1 if subject.kind in ("group_noun", "pronoun") else 0.0)
    cand = make(sent, tdef, subject.codes, target, issue=issue, mod=mod, conf=round(conf, 2),
                rule=f"{rule}:{tdef.name}", trigger=form)  # fmt: skip
    _adjust(cand, sent, m, tdef, subject)
    _adjust_claim_answer(cand, sent, subject, m.end())
    if (
        "no_deal" in cand.notes
        or _own_grant(sent, m.end(), tdef, cand)
        or _sits_alone(sent, m, tdef, subject, target)
    ):
        return None
    _note_met_party(cand, sent, m, tdef, target)
    _note_official(cand, sent, subject, m.end())
    # an attack with no party hit only: the sites' pattern is not tried for any other verb
    named_site = tdef.action == "attack" and target is None and named_group_site(sent, m.end())
    _note_untargeted(cand, s, m, tdef, rule, target=target, named_site=named_site)
    sent.last_subject, sent.last_verb_end = subject, m.end()
    return cand


def _reprisal_reading(s: str, m: re.Match[str], tdef: TriggerDef) -> TriggerDef:
    """ "retaliated on Friday with duties on pork", "hit back by banning 21 officials": the
    reprisal is the economic or diplomatic measure named, a sanction, not a blow."""
    if tdef.name == "retaliate_bare" and _RETALIATED_WITH_MEASURE.match(s, m.end()):
        return replace(tdef, name="retaliate_measure", action="sanction", objects=())
    return tdef


# After a reprisal verb, past a time adverbial: the measure it takes ("retaliated on Friday with
# anti-dumping duties", "hit back by banning officials"), an economic or diplomatic sanction
_RETALIATED_WITH_MEASURE = re.compile(
    r"(?:\s+(?:late\s+|early\s+)?(?:on|last|this|overnight|within)(?:\s+[A-Za-z]+day|\s+week|"
    r"\s+hours|\s+days)?)?\s+(?:with\s+(?:[\w$.,'’-]+\s+){0,4}?(?:tariffs?|counter-tariffs?|"
    r"duties|levies|sanctions|curbs|bans?|restrictions|controls|quotas|embargo|countermeasures|"
    r"expulsions?)\b|by\s+(?:banning|imposing|expelling|freezing|restricting|barring|"
    r"suspending|raising|slapping|halting|blocking|revoking|closing)\b)",
    re.IGNORECASE,
)


# A deal as the object of the verb ("signed agreements on", "signed two accords"): what was
# agreed is in the object, not in talks the clause told of before the verb
_DEAL_OBJECT = re.compile(
    r"\s+(?:an?\s+|the\s+|two\s+|three\s+|four\s+|several\s+|a\s+series\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:agreements|deals|accords|pacts|memorandums|memoranda|"
    r"agreement|deal|accord|pact|memorandum)\b",
    re.IGNORECASE,
)


_DEAL_WORD = re.compile(r"\b(?:agreements?|deals?|accords?|pacts?|memorand\w+)$", re.IGNORECASE)


def _deal_at_talks(sent: Sent, at: int, trigger: str) -> bool:
    """ "held talks in Suva and signed agreements on sugar mills": the verb's object (or the
    trigger itself) is a deal and no talks are named after it in its clause (the talks before
    it are the meeting at which the deal was signed)."""
    s, end = sent.s, at + len(trigger)
    if at < 0 or (_DEAL_OBJECT.match(s, end) is None and _DEAL_WORD.search(trigger) is None):
        return False
    issues, stop = sent.res.issues, clause_end(s, end)
    return not any(
        issues[x.group().lower()] == "talks" for x in sent.res.issue_re.finditer(fold(s), end, stop)
    )


def _passive_subject_issue(s: str, start: int, res: Resources) -> str | None:
    """ "The truce proposal, put forward by Kenya, was rejected by the RSF": a passive's
    subject is its object, and what it names (its first issue phrase) is the issue."""
    first = res.issue_re.search(fold(s), 0, start)
    return None if first is None else res.issues[first.group().lower()]


def _passive_over_venue(issue: str | None, s: str, start: int, res: Resources) -> str | None:
    """ "A truce was agreed by the two commanders at a meeting in Kuala Lumpur": a passive's
    subject is what was agreed, proposed or turned down; a meeting named after the verb is
    where that happened, so a file the subject names wins over it."""
    if issue not in ("talks", "summit"):
        return issue
    named = _passive_subject_issue(s, start, res)
    return named if named not in (None, "talks", "summit") else issue


def _breached_issue(s: str, start: int, res: Resources) -> str | None:
    """ "An exchange of detainees collapsed ..., accusing Iran of breaking the deal": the deal
    a breach claim names no issue for is the one the sentence told of before it."""
    before = list(res.issue_re.finditer(fold(s), 0, start))
    return res.issues[before[-1].group().lower()] if before else None


_OR_JOINED = re.compile(r",?\s+(?:or|nor)\s+")


_JOIN_NEXT = re.compile(r"\s*(?:take\s+part|join|attend|participate|send)\b", re.IGNORECASE)
# A time said between "agreed" and what is agreed to ("agreed on Friday to hold the talks",
# wire style "agreed Friday to hold talks").
_WHEN = (
    rf"(?:\s+(?:(?:late\s+|early\s+)?(?:on\s+)?{WEEKDAY}|"
    r"(?:last|this|next)\s+(?:week|month|weekend|night)|yesterday|today|in\s+principle))?"
)
_TO_VERB = re.compile(
    rf"{_WHEN}\s+to\s+[a-z]+\b(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bits)(?<!\btheir)(?<!\bthis)"
)  # "agreed to free the crew"; not "agreed to a deal" (a determiner: a thing agreed)
# "agreed to a prisoner swap": a deal of two, agreed (not one party's consent).
_DEAL_AHEAD = re.compile(
    r"\s+to\s+(?:[\w'’-]+\s+){0,4}?(?:swaps?|exchanges?|deals?|agreements?|accords?|pacts?|"
    r"treaty|treaties|truce|ceasefire|settlement)\b",
    re.IGNORECASE,
)
_ARRANGED = re.compile(
    r"\s+(?:on\s+|upon\s+)?(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:agenda|date|dates|venue|"
    r"timetable|format|modalities|schedule)\b",
    re.IGNORECASE,
)
# "the two leaders agreed to a new date", "both sides agreed to the venue": two parties who
# fix a meeting's date together arrange it (one party agreeing "to the dates proposed"
# consents to another's offer: an acceptance, read above)
_ARRANGED_TO = re.compile(
    r"\s+to\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:agenda|date|dates|venue|timetable|format|"
    r"modalities|schedule)\b",
    re.IGNORECASE,
)
# "agreed to the exchange", "agrees to this truce": the one on the table, consented to
_TO_THE = re.compile(rf"{_WHEN}\s+to\s+(?:the|this|that)\s", re.IGNORECASE)
# ... and an exchange so named, with nothing exchanged said ("of views", "of letters"): captives
_TO_THE_EXCHANGE = re.compile(
    rf"{_WHEN}\s+to\s+(?:the|this|that)\s+(?:proposed\s+)?exchange\b(?!\s+(?:of|rate)\b)",
    re.IGNORECASE,
)
_TO_NOUN = re.compile(
    rf"{_WHEN}\s+to\s+(?:the|a|an|its|this|that|[A-Z][\w-]*(?:'s|’s)|[A-Z][A-Z-]+\s+[a-z]+)\s"
)  # "agreed to the plan", "agreed to Kenya's plan", "agrees to IAEA inspection"
# The party asked, then talks as the act asked for: "asked Tokyo to open talks on" (with it;
# asking two parties to talk to each other stays an appeal).
_ASKED_TALKS = re.compile(
    r"(?:(?!\band\b|\bboth\b)[^.;:,]){1,60}?\bto\s+(?:"
    r"(?:open|hold|start|begin|launch|resume|return\s+to|enter(?:\s+into)?|join"
    # "asked Canberra to reopen talks", "asked Rome to restart negotiations": talks again
    r"|re-?open|re-?start|re-?launch)\s+(?:\w+\s+){0,3}?(?:talks|negotiations|dialogue|"
    r"consultations|the\s+negotiating\s+table)\b"
    # the talks' own verb: "asked Ethiopia to negotiate over the dam" (with the asker), and
    # "asked China to renegotiate the loan" (a deal of the two reopened: its issue stays); not
    # "pressed Kyiv to negotiate with Moscow": talks with a third party, an appeal
    r"|(?P<re>re-?)?negotiate\b(?!\s+with\b))",
    re.IGNORECASE,
)

# The party asked, then access for the asker's own people: "asked Iraq to give its
# inspectors access", "asks Myanmar for access", "asked Oman to let inspectors visit". A request
# for consent the asker awaits an answer to, so a proposal, not an appeal to a third party's
# conduct ("urged Sudan to open the crossings", "asked both sides to let aid through").
_ASKED_ACCESS = re.compile(
    r"(?:(?!\band\b|\bboth\b)[^.;:,]){1,60}?\b(?:"
    r"to\s+(?:let|allow|permit)\s+(?:(?:its|their|our)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:inspectors?|experts?|monitors?|observers?|investigators?|team)\b"
    r"|to\s+(?:give|grant|allow)\s+(?:(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:(?:full|special|complementary|unfettered|immediate)\s+)?[\"“]?(?:complementary\s+)?access\b"
    r"|for\s+(?:(?:full|special|complementary|unfettered|immediate)\s+)?access\b)",
    re.IGNORECASE,
)
_ASK_VERB = re.compile(r"ask|request", re.IGNORECASE)

# "agrees to prisoner exchange with Iran" (a headline, no determiner): consent to a proposal
# pending, else a deal of two; "agreed to the swap" consents to the one proposed.
_TO_DEAL_NOUN = re.compile(
    r"\s+to\s+(?!the\b|its\b|their\b|this\b|that\b)(?:[a-z-]+\s+)?"
    r"(?:swaps?|exchanges?|deals?|agreements?|accords?|pacts?|truce|ceasefire)\b"
)


def _lone_agreement(cand: Candidate, s: str, end: int) -> None:
    """One party's "agreed to ...": a go-between's role ("agreed to facilitate contacts between
    the two sides"), else its consent ("Iran agreed to let inspectors return")."""
    if _GO_BETWEEN_ROLE.match(s, end):
        cand.action = "comment"
        cand.notes.add("go_between")
    elif _TO_VERB.match(s, end):
        cand.notes.add("lone")
        if _TO_DEAL_NOUN.match(s, end):
            cand.notes.add("deal")
        elif _TO_MEETING.match(s, end):
            cand.notes.add("meeting")


# One party's "agreed to hold talks with Kenya", "agreed on Tuesday to open a dialogue with
# Bern": a meeting takes two, so agreeing to one is consent to the other side's will to meet
# (an acceptance), even with no proposal told in the article.
_TO_MEETING = re.compile(
    rf"{_WHEN}\s+to\s+(?:hold|open|start|begin|launch|resume|join|attend|enter(?:\s+into)?|"
    r"(?:take\s+part|participate)\s+in)\s+(?:[\w'’-]+\s+){0,3}?(?:talks|negotiations|dialogue|"
    r"consultations|meeting|summit)\b",
    re.IGNORECASE,
)


def _adjust(
    cand: Candidate, sent: Sent, m: re.Match[str], tdef: TriggerDef, subject: Subject
) -> None:
    """Sentence facts outside the cue window: "neither ... nor", a refusal, plural subjects,
    and the military sense of a response."""
    s = sent.s
    if _neither(s, subject.start) or _NEITHER_AFTER.match(s, m.end()):
        cand.modality = "negated"  # "Neither the Houthis nor Washington has responded"
    # "refused to accept"; "is not something Berlin can accept": consent ruled out, a refusal
    cand.refusal = cand.modality == "negated" and (
        _refused(s, subject.end, m.start()) or not_a_thing_done(s, m.start())
    )
    if _NEITHER_NOR_ANSWER.search(s, max(0, m.start() - 40), m.end() + 40):
        cand.action, cand.modality = "respond", "asserted"  # "neither accepted nor rejected"
    elif tdef.action == "comment" and _NEITHER_NOR_COMMENT.search(
        s, max(0, m.start() - 40), m.end()
    ):
        cand.modality = "asserted"  # "neither confirmed nor denied": a statement all the same
    if (
        tdef.plural_action
        and subject.plural
        and not _JOIN_NEXT.match(s, m.end())
        and not _neither(s, subject.start)  # "Neither X nor Y has agreed to": each refuses
    ):
        cand.action = tdef.plural_action  # not "X and Y agreed to take part": each accepts
    if tdef.action == "agree":
        _adjust_agreement(cand, s, m.end(), subject)
    if (
        tdef.name == "consider"
        and cand.action == "respond"
        and cand.modality == "asserted"
        and _NO_DECISION.search(s, m.end())
    ):
        # "is weighing the offer but no decision has been taken": no answer yet
        cand.modality = "negated"
    if cand.action == "agree" and cand.modality == "asserted" and _NO_DEAL_YET.match(s, m.end()):
        # "agreed to discuss it in the committee", "agreed to stay in contact", "agreed it would
        # be wrong to hold the summit now": a step of procedure or a shared view, no deal
        cand.notes.add("no_deal")
    if tdef.hypothetical_action and cand.modality == "hypothetical":
        cand.action = tdef.hypothetical_action  # a modality set above ("neither ... nor")
    if tdef.negated_action and cand.modality == "negated":
        cand.action = tdef.negated_action  # "has yet to comment": no answer
    if tdef.talks_action and (asked := _ASKED_TALKS.match(s, m.end())):
        # "asked Tokyo to open talks"; "asked Beijing to renegotiate the loan": about the loan
        renegotiated = asked.group("re") is not None and cand.issue is not None
        cand.action, cand.issue = tdef.talks_action, cand.issue if renegotiated else "talks"
    elif tdef.talks_action and _ASK_VERB.match(m.group(0)) and _ASKED_ACCESS.match(s, m.end()):
        cand.action = tdef.talks_action  # "asked Iraq to give its inspectors access": a request
    if tdef.action == "respond" and _WITH_FORCE.search(s, m.end(), clause_end(s, m.end())):
        cand.action = "attack"  # "responded to the shelling with airstrikes": military sense


# What two parties agree to that is no deal: a further step of the process (to discuss or study
# the matter, to keep in contact, to put off a meeting), or a view shared ("agreed it would be
# wrong to ..."). Not "agreed to refer the dispute to the court": a binding step, a deal.
_NO_DEAL_YET = re.compile(
    rf"{_WHEN}\s+(?:"
    r"(?:to\s+)?(?:(?:further|jointly|also)\s+)?(?:discuss|consult|study|examine|look\s+into|"
    r"(?:stay|remain|keep)\s+in\s+(?:close\s+|regular\s+)?(?:contact|touch)|keep\s+talking|"
    r"postpone|put\s+off|defer)\b"
    r"|(?:that\s+)?it\s+(?:would|was|is|will)\s+(?:be\s+|not\s+be\s+)?(?:\w+\s+)?(?:wrong|right|"
    r"better|best|premature|unwise|wise|important|necessary|essential|inappropriate|too\s+early|"
    r"too\s+soon)\b)",
    re.IGNORECASE,
)


# A decision said not taken yet, after a verb of weighing an offer
_NO_DECISION = re.compile(
    r"\bno\s+(?:final\s+)?decision\b|\b(?:not|yet\s+to)\s+(?:yet\s+)?(?:taken|made|reached|take|"
    r"make|reach)\s+(?:a|any|its)\s+(?:final\s+)?decision\b",
    re.IGNORECASE,
)


def _adjust_agreement(cand: Candidate, s: str, end: int, subject: Subject) -> None:
    """What an "agree" verb says once its object is read."""
    if (
        not subject.plural
        and _TO_NOUN.match(s, end)
        and (not _DEAL_AHEAD.match(s, end) or _TO_THE.match(s, end))
    ):
        # "Kabul agreed to the venue proposed by Tashkent", "Minsk has agreed to a prisoner
        # exchange with Vilnius": one party's consent, the other's still to come
        cand.action = "accept"
        if cand.issue in (None, "other") and _TO_THE_EXCHANGE.match(s, end):
            cand.issue = "prisoner_exchange"  # "agreed to the exchange" (one on the table)
    arranged = _ARRANGED.match(s, end) or (subject.plural and _ARRANGED_TO.match(s, end))
    if arranged and cand.modality == "asserted":
        # "agreed the agenda for the summit", "agreed a date for talks": a meeting arranged,
        # no deal reached
        cand.action, cand.modality = "meet", "expected"
    if not subject.plural:
        _lone_agreement(cand, s, end)
    if len(subject.codes) == 1 and _MEASURES_AGREED.match(s, end):
        cand.action = "sanction"  # "EU ministers agreed new tariffs on Chinese steel"
    if not subject.plural and _THAT_MODAL.match(s, end):
        cand.action = "accept"  # "agreed that an AU envoy could attend": a consent, no deal


# "No French president has visited Vanuatu", "No Australian prime minister has ever made a
# visit": an office of a state taken across all its holders, with the perfect, is a record of
# history (nobody in that office ever did it), no act of the state now.
_NO_BEFORE = re.compile(r"(?:^|[.;:!?\"“(]\s*|\b(?:and|but)\s+)[Nn]o\s+$")
_HEAD_OFFICE_PERFECT = re.compile(
    r"[A-Z][\w-]*\s+(?:president|prime\s+minister|head\s+of\s+(?:state|government)|premier|chancellor|"
    r"leader|king|monarch)\s+(?:has|had)\s+(?!yet\b)",
    re.IGNORECASE,
)


def no_holder_ever(s: str, start: int) -> bool:
    """Is the subject at `start` "No <demonym> <head office> has ..."?"""
    return (
        _NO_BEFORE.search(s, max(0, start - 8), max(0, start)) is not None
        and _HEAD_OFFICE_PERFECT.match(s, start) is not None
    )


def _neither(s: str, start: int) -> bool:
    """Is the subject at `start` negated by "neither", "no", "neither ... nor"?"""
    return (
        s[max(0, start) : start + 8].lower() == "neither "
        or NEITHER.search(s, max(0, start - 12), max(0, start)) is not None
        or _NEITHER_NOR.search(s, max(0, start - 120), max(0, start)) is not None
        # "Neither the junta in Bamako nor ...": the party named inside the first subject
        or _NEITHER_LEAD.search(s, max(0, start - 40), max(0, start)) is not None
    )


_WITH_FORCE = re.compile(
    r"\b(?:with|by)\s+(?:\w+\s+){0,2}(?:strikes|airstrikes|artillery|fire|gunfire|missiles|"
    r"rockets|drones|shelling|raids|bombing|bombardment|force|attacks|counterattack)\b",
    re.IGNORECASE,
)


_PLACE_NOUN = re.compile(
    r"\s+(?:capital|city|waters|coast|territory|soil|region|border|port|media|press|television|"
    r"state\s+media|airspace|mainland)\b"
)
NEITHER = re.compile(r"\b(?:neither|no)\s+(?:the\s+)?$", re.IGNORECASE)
_NEITHER_LEAD = re.compile(r"\b[Nn]either\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:in|of)\s+$")
# "have agreed neither on the quota nor on the levy", "accepted neither plan": nothing of it
_NEITHER_AFTER = re.compile(r"\s+(?:(?:on|to|upon)\s+)?neither\b", re.IGNORECASE)
# "Neither the junta in Bamako nor Niamey": every party of the coordination is negated.
_NEITHER_NOR = Prefiltered(
    re.compile(r"\bneither\b[^.;:]*\bnor\s+(?:the\s+)?$", re.IGNORECASE),
    ["neither"],
    ignore_case=True,
)
_HEAD_ROLES = frozenset({"head_of_state", "head_of_government"})
_ASKING_OR_CONSENT = frozenset({"propose", "demand", "appeal", "accept", "agree"})


def _swapped(s: str, m: re.Match[str], tdef: TriggerDef) -> str | None:
    """A prisoner exchange asked for or consented to with no issue phrase, named by the
    captives it swaps ("proposed that Chad and Sudan exchange soldiers")."""
    asked = tdef.action in _ASKING_OR_CONSENT
    return "prisoner_exchange" if asked and captives_swapped(s, m.end()) else None


_REFUSAL = re.compile(r"\b(?:refus\w*|declin\w*|reject\w*)\s+to\s+$", re.IGNORECASE)


ANSWER_ACTIONS = frozenset({"accept", "reject", "respond"})  # the answers to a proposal


def _from_agent(sent: Sent, pos: int, subject: Subject) -> tuple[Subject, Mention | None] | None:
    """The party after "from" ("received no reply from X") or "by" ("went unanswered by X")
    acts; the subject it failed to answer becomes the target."""
    end = clause_end(sent.s, pos)
    agent = next(
        (x for x in sent.ms if pos <= x.start < end and x.prep in ("from", "by") and x.actor), None
    )
    if agent is None:
        return None
    was = next((x for x in sent.ms if x.end == subject.end), None)
    return Subject(agent.codes, subject.end, agent.plural, agent.kind, agent.role, agent.start), was


def _owner_before(sent: Sent, pos: int) -> Subject | None:
    """The owner of what went unanswered, named before the verb in its clause ("Peru's
    offer"): the party the answer is owed to."""
    start = clause_start(sent.s, pos)
    owner = next((x for x in reversed(sent.ms) if start <= x.start < pos and x.possessive), None)
    if owner is None:
        return None
    return Subject.of(owner)


def _names_party(s: str, end: int, target: Mention) -> bool:
    """Does an answer's target name a party (direct object, "to X", "X's", "from X")?"""
    gap = s[end : target.start]
    return target.possessive or target.prep in ("to", "from", "with") or len(gap.split()) <= 1


def demonym_target(
    sent: Sent, pos: int, exclude: tuple[str, ...], *, attack: bool = False
) -> Mention | None:
    """ "replied to the American proposal", "fired at Indian positions": the party named by an
    adjective; for an attack also a country named as the place hit ("sites in Pakistan")."""
    end = clause_end(sent.s, pos)
    kinds = ("demonym", "state", "people", "capital") if attack else ("demonym",)
    for x in sent.ms:
        kind_ok = x.kind in kinds or (
            attack
            and x.kind in ("org", "group")
            and x.prep not in ("near", "outside", "around", "beside", "by")
            and _FACILITY.match(sent.s, x.end) is not None
        )  # "stormed an African Union base": the body whose base was hit (not "near a UN base")
        inside = pos <= x.start < end and kind_ok and x.codes[0] not in exclude
        inside = inside and x.prep != "with"
        if inside and (attack or not _PLACE_NOUN.match(sent.s, x.end)):
            return x  # "shelled Sudanese border posts": a place of the party attacked
    return None


_FACILITY = re.compile(
    r"\s+(?:military\s+|peacekeeping\s+|logistics\s+|forward\s+)?(?:base|bases|camp|camps|"
    r"convoy|convoys|post|posts|outpost|outposts|compound|headquarters|patrol|patrols|"
    r"positions|peacekeepers|troops|soldiers|vessel|vessels|ship|ships|aircraft|helicopter)\b"
)


def _heads(subject: Subject, target: Mention | None) -> bool:
    return subject.role in _HEAD_ROLES and target is not None and target.role in _HEAD_ROLES


_HEAD_TITLE = re.compile(
    r"\b(?:president|prime\s+minister|premier|chancellor|king|emir)\b", re.IGNORECASE
)


def _heads_invited(
    tdef: TriggerDef, issue: str | None, s: str, subject: Subject, target: Mention | None
) -> bool:
    """A head of state or government inviting another, by table role or title ("Greece's prime
    minister invited Turkish President Aydemir to Athens", "... invited his counterpart"), to
    no meeting of its own: a summit."""
    if tdef.name != "invite" or issue not in (None, "talks") or target is None:
        return False
    inviter = subject.role in _HEAD_ROLES or (
        subject.start >= 0 and _HEAD_TITLE.search(s, subject.start, subject.end) is not None
    )
    guest = (  # "invited his Turkmen counterpart": the counterpart of a head is one too
        target.role in _HEAD_ROLES
        or _HEAD_TITLE.search(s, target.start, target.end)
        or _COUNTERPART.search(s, target.start, target.end)
    )
    return inviter and bool(guest)


_COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)


# Participants named, just before the meeting verb, as heads of state or government in the
# plural: "Colombian, Ecuadorean presidents meet in Ipiales", "as leaders meet in Suva",
# "Benin and Burkina Faso leaders to meet in Lome".
_HEADS_BEFORE = re.compile(
    r"\b(?:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+(?:state|government))"
    r"\s+(?:(?:are\s+|were\s+)?(?:set\s+|due\s+|expected\s+)?to\s+|will\s+|would\s+)?$",
    re.IGNORECASE,
)


def _heads_meet(tdef: TriggerDef, issue: str | None, s: str, start: int) -> bool:
    """Heads of state or government meeting (the verb "meet"), told with no issue of their
    own: a summit."""
    return (
        tdef.name == "meet"
        and issue in (None, "talks")
        and _HEADS_BEFORE.search(s, 0, start) is not None
    )


def _refused(s: str, lo: int, start: int) -> bool:
    return _REFUSAL.search(s, max(0, lo), start) is not None
