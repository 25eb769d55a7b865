"""Article-level reading: context switches, placeholders, counterparts, inference, merging.

Inference rules, all with lower confidence than what the sentence says:
- "the two sides", "both delegations" stand for the article's two most-mentioned parties;
- a pronoun subject ("he", "his government") stands for the nearest actor before it, or the last
  acting party of the previous sentences;
- a respond/accept/reject without a named target answers the article's proposal by another party,
  else the actor's counterpart (the other main party, else its standing counterpart in dyads.tsv);
- an accept or respond by the party that made the only proposal is its own stance: a comment;
- a comment on a proposal by the proposal's addressee is that party's response;
- an event with no counterpart anywhere (one actor alone in the article) is dropped: it is domestic
  news or noise, not an interaction between parties.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from storywatch.classify.arguments import ARMED, GROUP, PERSON_AFTER, STATE, claims_broken
from storywatch.classify.events import ANSWER_ACTIONS, Candidate, in_condition
from storywatch.classify.mentions import Context, Mention, find_mentions
from storywatch.classify.resources import Resources
from storywatch.classify.sentence import PLACE, SentenceReader
from storywatch.classify.text import Prefiltered, clause_end, fold

__all__ = ["Reading", "read_article"]

_CONDITIONAL = re.compile(
    r"\b(?:would|will|could|might|may)\b.*\b(?:if|unless)\b"
    r"|\b(?:if|unless)\b.*\b(?:would|will|could|might|may)\b"
)
_NEEDS_COUNTERPART = frozenset(
    {"propose", "meet", "attack", "threaten", "sanction", "demand", "comment"}
)


@dataclass
class Reading:
    """What the article-level pass produced: resolved candidates and the mentioned codes."""

    events: list[Candidate] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)


def _scan(
    sents: list[tuple[str, bool]], ctx: Context, res: Resources
) -> tuple[list[Candidate], Counter[str]]:
    named: list[str] = []  # counted once at the end: the same counts, in the same order
    cands: list[Candidate] = []
    last: tuple[str, ...] = ()
    lead = 1 if sents and sents[0][1] else 0
    reader = SentenceReader(ctx, res)
    for i, (s, titled) in enumerate(sents):
        reading = reader.read(s, last, titled=titled, lead=i == lead)
        named += reading.codes
        cands += reading.cands
        if reading.last is not None:
            last = reading.last
    return cands, Counter(named)


def _places(counts: Counter[str]) -> Counter[str]:
    """The codes named as places ("talks in Havana"), taken out of `counts`: a main party only
    when the article names fewer than two otherwise ("is due in Phnom Penh for talks")."""
    places: Counter[str] = Counter()
    for c in [c for c in counts if c.startswith(PLACE)]:
        places[c[len(PLACE) :]] += counts.pop(c)
    return places


# Acts put to two parties at once name the article's two sides ("proposed to Hamas and
# Israel"); a measure against several (recalled its envoys from London, Paris and Berlin) does
# not make them two sides.
_TO_BOTH_SIDES = frozenset({"propose", "appeal", "demand", "comment", "meet", "agree"})


# "accepted a Qatari proposal for a detainee exchange with Iran", "accepted Kazakhstan's offer to
# host talks with Kyrgyzstan": the answer's text names, behind the proposal, the party it is
# to be made with
_OFFER_WITH = re.compile(
    r"\b(?:proposal|plan|offer|invitation|initiative|idea|bid)\b(?:\s+[\w'’-]+){0,6}?\s+with\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)

# What a third party proposed or brokered, named as the answer's object ("accepted the truce
# proposed by IGAD"), and the meeting it opens with the other side, later in the sentence
_MADE_BY = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,5}?(?:proposed|brokered|offered|drafted|put\s+forward)\s+"
    r"(?:by|through)\s+",
    re.IGNORECASE,
)
_MEETING_WITH = re.compile(
    r"\b(?:meeting|talks|negotiations|dialogue|contacts?)\s+with\s+(?:the\s+)?", re.IGNORECASE
)


def _mediated(
    cands: list[Candidate], ctx: Context, res: Resources
) -> list[tuple[str, str, str, str | None]]:
    """(answerer, proposer, other side) of each answer to a proposal made by a third party for a
    deal or talks with another party ("Iraq has accepted a Qatari proposal for a detainee
    exchange with Iran"): the answerer and the other side are the two sides, the proposer goes
    between them."""
    out: list[tuple[str, str, str, str | None]] = []
    for c in cands:
        if c.action not in ANSWER_ACTIONS or c.target is None or c.target[:1] == "@":
            continue
        at = c.sentence.find(c.trigger)
        if at < 0 or " with " not in c.sentence[at:]:
            continue
        m = _OFFER_WITH.search(c.sentence, at + len(c.trigger))
        if m is None:  # "accepted the truce proposed by IGAD, clearing the way for the first
            # meeting with the Oromo Liberation Army": the proposer's plan, the meeting's side
            by = _MADE_BY.match(c.sentence, at + len(c.trigger))
            m = _MEETING_WITH.search(c.sentence, by.end()) if by else None
        if m is None or any(x in c.sentence[at : m.start()] for x in ".;"):
            continue
        other = next(
            (x for x in find_mentions(c.sentence, ctx, res) if x.start == m.end() and x.codes),
            None,
        )
        if other is None:
            continue
        b = other.codes[0]
        for a in c.actors:
            if a[:1] != "@" and b not in (a, c.target) and b[:1] != "@":
                out.append((a, c.target, b, c.issue))
    return out


# "both parties have agreed to the revised package": consent to a text put to them
_TO_A_TEXT = re.compile(
    r"\s+to\s+(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:plan|proposal|package|"
    r"offer|initiative|text|draft|terms|arrangements?)\b",
    re.IGNORECASE,
)


def _consent_to_go_between(r: Candidate, mediated: list[tuple[str, str, str, str | None]]) -> None:
    """Both sides of a go-between's proposal agreeing to a text ("both parties have agreed to the
    revised package") each accept the go-between's proposal: no deal between them yet."""
    if r.action != "agree" or r.modality != "asserted":
        return
    at = r.sentence.find(r.trigger)
    if at < 0 or not _TO_A_TEXT.match(r.sentence, at + len(r.trigger)):
        return
    go = next((m for a, m, b, _ in mediated if r.actors[0] in (a, b)), None)
    if go is not None and go != r.actors[0]:
        r.action, r.target = "accept", go


def _dyad(
    cands: list[Candidate],
    counts: Counter[str],
    places: Counter[str],
    res: Resources,
    go_betweens: frozenset[str] = frozenset(),
    *,
    mediated: list[tuple[str, str, str, str | None]] | None = None,
) -> tuple[str, ...]:
    """The article's two main parties: the most frequent actor-target pair (a proposal made to
    "Hamas and Israel" names its parties twice over), else the most mentioned. A neutral
    intermediary (the Red Cross) is never one of them, nor the maker of a proposal answered as
    one for a deal with another party (`mediated`)."""
    pairs: Counter[frozenset[str]] = Counter()
    for a, _, b, _ in mediated or ():
        pairs[frozenset((a, b))] += 2
    go_betweens = go_betweens | {
        m for a, m, b, _ in mediated or () if frozenset((a, b)) != frozenset((a, m))
    }
    acts = [c for c in cands if c.action != "comment"]  # a source of statements acts on nobody
    for c in acts or cands:
        if (
            c.target
            and c.co_targets
            and c.action in _TO_BOTH_SIDES
            and "@" not in (c.target[0] + c.co_targets[0][0])
        ):
            pairs[frozenset((c.target, c.co_targets[0]))] += 2
        real = [a for a in c.actors if not a.startswith("@")]
        if c.target and not c.target.startswith("@"):
            pairs.update(frozenset((a, c.target)) for a in real if a != c.target)
        if 2 <= len(real) <= 4:  # "Egypt, Ethiopia and Sudan held talks": each pair of them
            pairs.update(frozenset((a, b)) for i, a in enumerate(real) for b in real[i + 1 :])
    # neither a neutral body nor the talks' host ("talks hosted by Tanzania") is a side
    pairs = Counter({p: n for p, n in pairs.items() if not p & (res.neutral | go_betweens)})
    if pairs:
        best = max(pairs.items(), key=lambda kv: (kv[1], sum(counts[x] for x in kv[0])))[0]
        return tuple(sorted(best, key=lambda x: (-counts[x], x)))  # ties by code: deterministic
    ranked = [
        c for c, _ in counts.most_common()
        if c not in res.neutral and c[:1] != "@" and c not in go_betweens
    ]  # fmt: skip
    ranked += [
        c for c, _ in places.most_common()
        if c not in res.neutral and c not in ranked and c not in go_betweens
    ]  # fmt: skip
    # A host of the talks is no main party unless nobody else is ("Chad is expected to host
    # the meeting"); an answer is to a main party's proposal: its party is a main party ("the
    # 3R accepted ... delegations of both sides are due in N'Djamena": the 3R and the
    # government, not Chad).
    hosts = {
        a for c in cands if c.rule.endswith(":host") or "go_between" in c.notes for a in c.actors
    }  # and a go-between ("Chad agreed to carry messages between the two sides")
    ranked = [c for c in ranked if c not in hosts] + [c for c in ranked if c in hosts]
    answering = Counter(
        a for c in cands if c.action in ANSWER_ACTIONS for a in c.actors if a in ranked
    )
    if len(answering) == 1:
        first = next(iter(answering))
        return (first, *[c for c in ranked if c != first][:1])
    return tuple(ranked[:2])


def _top_state(counts: Counter[str], res: Resources) -> str | None:
    return next((c for c, _ in counts.most_common() if res.kinds.get(c) == "state"), None)


# A state named as the talks' go-between: "Angolan-mediated talks", "talks hosted by Qatar",
# "the armed groups invited by Angola", "sent its offer to Hanoi via Oslo", "through the
# Togolese mediation" (not "access to the sea through Somalia": no message goes through it).
_GO_BETWEEN = re.compile(
    r"\b([A-Z][\w']+)-(?:mediated|brokered|hosted|sponsored)\b"
    r"|\b(?:mediated|brokered|hosted|sponsored|invited|convened|facilitated)\s+by\s+(?:the\s+)?"
    r"([A-Z][\w'-]+)"
    r"|\b(?:sent|sends|passed|passes|conveyed|conveys|relayed|relays|delivered|delivers|"
    r"transmitted|forwarded|handed|received|receives)\b[^.;]{0,60}?\b(?:via|through)\s+"
    r"(?:the\s+)?([A-Z][\w'-]+)"
    r"|\b(?:via|through)\s+(?:the\s+)?([A-Z][\w'-]+)\s+(?:mediation|mediators?|"
    r"intermediar(?:y|ies)|good\s+offices|channels?|facilitation)\b"
    # "meet in Kigoma under the auspices of Tanzania's foreign ministry"
    r"|\bunder\s+the\s+auspices\s+of\s+(?:the\s+)?([A-Z][\w-]+)"
    # "a letter addressed to mediators in Togo", "facilitators from Kenya"
    r"|\b(?:mediators?|facilitators?)\s+(?:in|from)\s+(?:the\s+)?([A-Z][\w'-]+)"
    # "Algeria will chair the talks", "Qatar, which hosted the negotiations,"
    r"|\b([A-Z][\w'-]+)(?:,\s+which)?\s+(?:will\s+|would\s+|is\s+to\s+|is\s+due\s+to\s+)?"
    r"(?:chair|host|mediate|broker|facilitate)[sd]?(?:ed)?\s+the\s+(?:\w+\s+)?(?:talks|"
    r"negotiations|meeting|round)\b"
)


# The state that invited the parties ("the armed groups invited by Angola", "at the invitation
# of Qatar"): an answer that names nobody answers its invitation.
_INVITER = re.compile(
    r"\binvited\s+by\s+(?:the\s+)?([A-Z][\w'-]+)|\bat\s+the\s+invitation\s+of\s+(?:the\s+)?"
    r"([A-Z][\w'-]+)"
)


# Each pattern behind the words one of which its every match holds: a sentence without any
# is skipped
_GO_BETWEEN_GATED = Prefiltered(
    _GO_BETWEEN,
    ["mediated", "brokered", "hosted", "sponsored", "invited", "convened", "facilitated", "via ",
     "through ", "chair", "host the", "hosts the", "mediate the", "mediates the", "broker the",
     "brokers the", "facilitate the", "facilitates the", "auspices of", "mediator", "facilitator"],
)  # fmt: skip
_INVITER_GATED = Prefiltered(_INVITER, ["invited by", "invitation of"])


def _named_states(
    sents: list[tuple[str, bool]], res: Resources, pattern: Prefiltered, joined: str
) -> frozenset[str]:
    """The states `pattern` names in the article (`joined`: its sentences joined by "\\n")."""
    out: set[str] = set()
    pattern = pattern.within(joined)  # its needles no sentence holds go
    if not pattern.needles:
        return frozenset()
    for s, _ in sents:
        for m in pattern.finditer(s):
            entry = res.aliases.get(next(g for g in m.groups() if g))
            if entry is not None and res.kinds.get(entry.code) == "state":
                out.add(entry.code)
    return frozenset(out)


_DATELINE = re.compile(r"([A-Z][A-Z.'’ -]+?)(?:,|\s+\()")


def _dateline_state(sents: list[tuple[str, bool]], res: Resources) -> tuple[str, ...]:
    """The state of the lead's dateline ("BOGOTA, March 8 (Wire) - ..."): its capital's."""
    lead = next((s for s, titled in sents if not titled), "")
    m = _DATELINE.match(lead)
    entry = res.aliases.get(m.group(1).title()) if m else None
    return (entry.code,) if entry is not None and entry.kind in ("capital", "state") else ()


def _candidate_states(
    counts: Counter[str], sents: list[tuple[str, bool]], res: Resources, places: Counter[str]
) -> Iterator[str]:
    """The codes "the government" may stand for, in order: those the article names (most
    mentioned first), then the dateline's, then those named as places. Lazy: the dateline is
    read only when no named code will do."""
    yield from (c for c, _ in counts.most_common())
    yield from _dateline_state(sents, res)
    yield from (c for c, _ in places.most_common())


def _institutions(
    cands: list[Candidate],
    counts: Counter[str],
    res: Resources,
    go_betweens: frozenset[str],
    *,
    sents: list[tuple[str, bool]],
    places: Counter[str],
) -> None:
    """ "the junta", "the government": the state a proposal was addressed to when it answers
    one, else the article's most-mentioned state that is no go-between or host of the talks
    ("Qatar said it was ready to host the round"), else the dateline's state ("BOGOTA, March
    8 - The government has yet to respond"), else a state named as a place."""
    if not any(STATE in c.actors or c.target == STATE for c in cands):
        return  # most articles: no placeholder to resolve, nothing to compute
    hosts = {
        a for c in cands if c.rule.endswith((":host", ":offer_good_offices")) for a in c.actors
    }
    aside = go_betweens | hosts
    party = next(
        (c for c in _candidate_states(counts, sents, res, places)
         if res.kinds.get(c) == "state" and c not in aside),
        None,
    ) or _top_state(counts, res)  # fmt: skip
    addressed = [
        p.target for p in _proposals(cands) if p.target and res.kinds.get(p.target) == "state"
    ]
    for c in cands:
        if STATE in c.actors:
            answer = c.action in ANSWER_ACTIONS
            who = addressed[-1] if addressed and answer else party
            c.actors = (who,) if who else (GROUP,)
            # "the government" of an article naming no state: some state's government, never
            # an armed group or a bloc the article names (a government is a state's)
            c.context_only = c.context_only or who is None
        if c.target == STATE:
            c.target = party


def _armed_groups(cands: list[Candidate], counts: Counter[str], res: Resources) -> None:
    """ "the rebels", "communist guerrillas": the article's one non-state group (listed or
    learned); with none named, or two, the act is nobody's, or on nobody, and goes."""
    groups = [
        c
        for c, _ in counts.most_common()
        if c[:1].isalnum() and res.kinds.get(c, "group") == "group"
    ]
    top = groups[0] if len(groups) == 1 else None  # two groups: which rebels is unclear
    for c in cands:
        if ARMED in c.actors and top is None:
            c.context_only = True  # nobody the article names ("between Bamako and the rebels")
        elif ARMED in c.actors and top is not None:
            c.actors = tuple(dict.fromkeys(top if a == ARMED else a for a in c.actors))
            if len(c.actors) == 1 and c.rule.endswith(":agree_to_proposal"):
                c.action = "accept"  # "rebels agree to truce": a plural noun, one party
        if c.target == ARMED:
            c.target = top
            c.context_only = c.context_only or top is None  # an act on nobody named


def _counterpart(
    actor: str,
    dyad: tuple[str, ...],
    res: Resources,
    *,
    attack: bool = False,
    named: Counter[str] | None = None,
    partners: dict[str, Counter[str]] | None = None,
    proposal: bool = False,
) -> tuple[str | None, float]:
    """The other main party; for an attack a standing adversary (dyads.tsv) named in the article,
    else the other main party. A third party acts on the party it acts on elsewhere in the
    article ("the M23 accused the Congolese army": then "M23 accuses army"); its proposal
    goes to the main parties."""
    adversary = res.dyads.get(actor)
    if attack and adversary is not None and named is not None and named[adversary]:
        return adversary, 0.1
    if len(dyad) == 2 and actor in dyad:
        return (dyad[1] if dyad[0] == actor else dyad[0]), 0.05
    own = partners.get(actor) if partners and not proposal else None
    if len(dyad) == 2 and own:
        return min(own.items(), key=lambda kv: (-kv[1], kv[0]))[0], 0.15
    if len(dyad) == 2 and actor not in dyad and not attack:
        return dyad[0], 0.15
    if actor in res.dyads:
        return res.dyads[actor], 0.15
    return None, 0.0


def _partners(cands: list[Candidate]) -> dict[str, Counter[str]]:
    """Whom each single actor acts on where the article names both."""
    out: dict[str, Counter[str]] = {}
    for c in cands:
        if len(c.actors) == 1 and c.target and c.target[0] != "@" and c.actors[0][0] != "@":
            out.setdefault(c.actors[0], Counter())[c.target] += 1
    return out


def _addressees_answering(c: Candidate, cands: list[Candidate]) -> tuple[str, ...] | None:
    """ "Norway invited Colombia's government and the ELN to talks, and both sides accepted":
    a group noun answering in the sentence of a proposal put to two parties stands for those
    two addressees (not for the proposer and one of them)."""
    if GROUP not in c.actors or c.action not in ANSWER_ACTIONS:
        return None
    for p in cands:
        if p.sentence == c.sentence and p.action == "propose" and p.target and p.co_targets:
            pair = (p.target, p.co_targets[0])
            if "@" not in pair[0][:1] + pair[1][:1] and not set(pair) & set(p.actors):
                return pair
    return None


def _proposals(cands: list[Candidate]) -> list[Candidate]:
    return [c for c in cands if c.action == "propose" and GROUP not in c.actors]


def _answerers(cands: list[Candidate]) -> frozenset[str]:
    """The parties the article shows replying to another party ("replied to Hanoi's request")."""
    return frozenset(
        c.actors[0]
        for c in cands
        if c.action == "respond" and c.modality == "asserted" and c.target not in (None, *c.actors)
    )


def _expand(c: Candidate, dyad: tuple[str, ...]) -> list[tuple[str, str | None]]:
    actors = dyad if GROUP in c.actors else c.actors
    if GROUP in c.actors and len(dyad) < 2:
        return []
    target = c.target
    out: list[tuple[str, str | None]] = []
    if target == GROUP and len(dyad) == 2 and not set(actors) & set(dyad):
        # "the AU urged both governments": a call on each of the two sides
        return [(a, t) for a in actors for t in dyad]
    for a in actors:
        t = target
        if t == GROUP:
            t = None  # "urged both sides": no single counterpart
        mutual = c.action in ("meet", "agree") or c.rule.endswith(":exchange_fire")
        if len(actors) == 2 and mutual and t not in actors and "met_party" not in c.notes:
            t = None  # "X and Y met under Saudi auspices": each met the other, not the host
        if t is None and len(actors) > 1 and mutual:
            t = next(x for x in actors if x != a)
        out.append((a, None if t == a else t))
    return out


def _answer_target(a: str, c: Candidate, props: list[Candidate]) -> tuple[str | None, str | None]:
    others = [p for p in props if a not in p.actors]
    if not others:
        return None, None
    return others[-1].actors[0], others[-1].issue


def _asks_told_before(
    cands: list[Candidate], sents: list[tuple[str, bool]]
) -> dict[str, list[Candidate]]:
    """For each sentence, the proposals and demands told in it or before it (what an answer
    in that sentence can answer)."""
    order: dict[str, int] = {}
    for i, (s, _) in enumerate(sents):
        order.setdefault(s, i)
    asks = [c for c in cands if c.action in ("propose", "demand") and GROUP not in c.actors]
    return {s: [p for p in asks if order.get(p.sentence, 0) <= at] for s, at in order.items()}


def _answered(
    a: str,
    c: Candidate,
    props: list[Candidate],
    t: str | None,
    issue: str | None,
    *,
    inviters: frozenset[str],
    go_betweens: frozenset[str] = frozenset(),
    channels: frozenset[str] = frozenset(),
    earlier: list[Candidate] | None = None,
) -> tuple[str | None, str | None]:
    """Whom and what an answer answers: the last proposal of another party in the article,
    else the one state that invited the parties ("the groups invited by Angola accepted").
    An answer handed to a channel ("gave its answer to the Norwegian envoy") answers the
    proposer; an answer handed to a party's mediators ("sent its answer to the Ghanaian
    mediators", `channels`) answers a proposal of someone else than them."""
    if t in go_betweens and props:
        t = None
    # An answer answers a proposal or a demand already told: "Radaa accepted the truce but
    # demanded a pull-back ... Tripoli was studying the conditions. The UN said it was ready
    # to host talks" studies the demand put to it before, not the offer told after it. A
    # proposal told only later (a title answers what its body goes on to tell) is the answer's
    # when no earlier one is another party's.
    told = [
        p
        for p in earlier or []
        if a not in p.actors and (p.action == "propose" or p.target in (None, a))
    ]
    if told:
        props = told
    # "denied it had agreed to the truce ... Thailand said it was ready to host contacts": an
    # offer of good offices (to host or mediate talks) offers talks, so an answer on another
    # matter (a truce, a trade measure) answers some other party's offer, not the host's
    if issue is not None and issue not in ("talks", "summit"):
        props = [p for p in props if not p.rule.endswith(_GOOD_OFFICES)]
    pt, pissue = _answer_target(a, c, [p for p in props if p.actors[0] not in channels])
    t, issue = t or pt, issue or pissue
    if t is None and len(inviters - {a}) == 1:
        t = next(iter(inviters - {a}))
    return t, issue


_GOOD_OFFICES = (":offer_good_offices", ":host")


# "sent its answer to the Ghanaian mediators": the parties whose mediators carry an answer
_CHANNEL = re.compile(
    r"\bto\s+(?:the\s+)?([A-Z][\w'-]+)\s+(?:mediators|facilitators|intermediaries|go-betweens)\b"
)


def _channels(sentence: str, res: Resources) -> frozenset[str]:
    out = set()
    for m in _CHANNEL.finditer(sentence):
        entry = res.aliases.get(m.group(1))
        if entry is not None:
            out.add(entry.code)
    return frozenset(out)


def _conditional_threat(c: Candidate, action: str, mod: str) -> bool:
    """ "would impose sanctions if", "could cut gas supplies if", "would respond if Athens
    extended its waters", "would suspend the accord unless": a conditional measure (or
    walking away from a deal, blocking one) is a threat, made now."""
    if mod != "hypothetical" or _CONDITIONAL.search(c.sentence) is None:
        return False
    if in_condition(c.sentence, c.sentence.find(c.trigger)):
        return False  # "could retaliate if India carries out strikes": India threatens nothing
    if action == "reject" and c.rule.endswith(_MEASURES):
        return True
    return action in ("sanction", "attack") or (action == "respond" and not _answers_a_proposal(c))


# The modal right before the act's verb ("would impose", "could also strike")
_MODAL_BEFORE = re.compile(
    r"\b(?:would|will|could|might|may)\s+(?:(?:also|then|again|even|\w+ly)\s+)?$", re.IGNORECASE
)


def _names_its_measure(c: Candidate) -> bool:
    """A conditional threat told by the measure's own verb under the modal ("would impose
    sanctions if", "could strike if"; not "would review its list of restricted goods if")."""
    if c.action not in ("sanction", "attack") or not _conditional_threat(c, c.action, c.modality):
        return False
    at = c.sentence.find(c.trigger)
    return at > 0 and _MODAL_BEFORE.search(c.sentence, max(0, at - 30), at) is not None


def _conditional_act(c: Candidate, threat: Candidate) -> Candidate:
    """The measure a conditional threat names, told as what it is: an act on a condition
    ("would impose sanctions on Rwanda if": Washington sanctions Rwanda, hypothetically). One
    that names no issue ("would reimpose a full ban if") continues the pair's issue in the
    article, else it is a sanction (_inherit_issues, _measures_default_to_sanctions)."""
    issue = threat.issue or c.issue
    return Candidate(threat.actors, c.action, threat.target, issue, "hypothetical",
                     threat.confidence, c.sentence, c.rule, c.trigger)  # fmt: skip


# Rejections that are measures when made on a condition ("would pull out of the deal if").
_MEASURES = (":walk_away", ":block")


def _dropped_early(
    c: Candidate,
    a: str,
    t: str | None,
    props: list[Candidate],
    mod: str,
    *,
    answering: bool,
    dyad: tuple[str, ...],
) -> bool:
    """A lone party agreeing to act with no proposal of another party pending (its own
    decision) and no reply of its own to another party in the article ("replied to the
    request, agreeing to share the study" consents to what was asked), force used on
    people who are no party ("fired at suspects"), or a host with no guest named: "Doha will
    host a conference", "talks hosted by Qatar"; "will host the talks", unless the host is
    a main party of the article (then its guest is the other)."""
    if _own_offer_denied(c, a, props, mod):
        return True
    pending = answering or _proposed_by_another(a, props)
    if "lone" in c.notes and mod != "negated" and not pending and "meeting" not in c.notes:
        return not _deal_of_two(c, t)  # a meeting agreed to is consent to the other's will
    if "guestless" in c.notes and (c.rule.endswith(":host") or a not in dyad or len(dyad) < 2):
        return True
    return "untargeted" in c.notes and t is None


def _own_offer_denied(c: Candidate, a: str, props: list[Candidate], mod: str) -> bool:
    """ "Cuba does not accept sanctions", said by the party every pending proposal is from: a
    negated acceptance that answers no proposal (and, negated, restates none)."""
    return (
        mod == "negated"
        and not c.refusal
        and c.action in ("accept", "respond")
        and bool(props)
        and all(a in p.actors for p in props)
        and (c.target is None or c.rule.endswith(":ready"))
    )


def _deal_of_two(c: Candidate, t: str | None) -> bool:
    """ "Denmark agrees to prisoner swap with Iran": with nothing proposed to Denmark, a deal
    of the two named, not one party's consent."""
    return "deal" in c.notes and t is not None


def _proposed_by_another(a: str, props: list[Candidate]) -> bool:
    return any(a not in p.actors for p in props)


_WILL = re.compile(r"\b(?:would|will)\b|'ll\b", re.IGNORECASE)


def _resolve_one(
    c: Candidate,
    a: str,
    t: str | None,
    *,
    props: list[Candidate],
    dyad: tuple[str, ...],
    res: Resources,
    named: Counter[str] | None = None,
    partners: dict[str, Counter[str]] | None = None,
    answerers: frozenset[str] = frozenset(),
    inviters: frozenset[str] = frozenset(),
    go_betweens: frozenset[str] = frozenset(),
    earlier: list[Candidate] | None = None,
) -> Candidate | None:
    action, issue, conf, mod = c.action, c.issue, c.confidence, c.modality
    if c.refusal and action in ("accept", "agree"):
        action, mod = "reject", "asserted"  # "refused to accept the demand"
    if _dropped_early(c, a, t, props, mod, answering=a in answerers, dyad=dyad):
        return None
    if (
        "lone" in c.notes
        and mod != "negated"
        and (_proposed_by_another(a, props) or not _deal_of_two(c, t))
    ):
        action = "accept"  # one party's consent to a pending proposal
    if _conditional_threat(c, action, mod):
        action, mod = "threaten", "asserted"
    if action in ANSWER_ACTIONS and (t is None or issue is None or t in go_betweens):
        t, issue = _answered(
            a,
            c,
            props,
            t,
            issue,
            inviters=inviters,
            go_betweens=go_betweens,
            channels=_channels(c.sentence, res),
            earlier=earlier,
        )
    t = t or _owner_of_answered(c, a, (action, mod), res)
    if (
        action in ("accept", "respond")
        and props
        and all(a in p.actors for p in props)
        and (
            c.target is None or c.rule.endswith(":ready")  # not "responded to a Chilean proposal"
        )
        and not (len(dyad) > 1 and _takes_up_an_ask(c))
    ):
        action = "propose"  # the proposer saying it is ready restates its own offer
    action, t, issue = _as_addressee(c, a, (action, t, issue), props=props, dyad=dyad, res=res)
    if t is None and (action in _NEEDS_COUNTERPART or action in ANSWER_ACTIONS):
        t, penalty = _counterpart_of(
            c, a, action, dyad=dyad, res=res, named=named, partners=partners
        )
        conf -= penalty
        if "named_armed_site" in c.notes and res.kinds.get(t or "") != "group":
            t = None  # "bombed ADF camps in Congo": the sites of a named armed group, not
            # the state they lie in (nor any other state of the article)
    if action == "meet" and issue is None:
        issue = "talks"
    if action == "sanction" and issue is None:
        issue = "sanctions"
    if (
        action == "respond"
        and c.rule.endswith((":respond", ":reply"))  # not "would consider the request"
        and mod in ("expected", "hypothetical")
        and _WILL.search(c.sentence) is not None  # not "is unlikely to reply before Friday"
        and not addressed_to(a, props)
        and not _answers_a_proposal(c)
    ):
        action, mod = "threaten", "asserted"  # "it would respond at a time of its choosing"
    # no counterpart among the article's parties: the third party that brokered or drafted the
    # text ("refused to sign the EU-brokered declaration"), if named
    t = t or _owner_of_answered(c, a, (action, mod), res, brokered=True)
    group = res.kinds.get(a) == "group"
    if (
        t is None
        and len(dyad) < 2
        and a not in res.dyads
        and not _stands_alone(action, issue, c, mod, group=group, only_party=_only_party(a, named))
    ):
        return None
    return Candidate((a,), action, None if t == a else t, issue, mod, round(max(conf, 0.3), 2),
                     c.sentence, c.rule, c.trigger)  # fmt: skip


# Another party's text (or mission) named with its maker as a modifier: "a Chinese proposal",
# "the ASEAN appeal", "the U.S. diplomatic note", "an OAS human-rights mission"
_TEXTS = (
    r"(?:proposals?|plan|offer|request|appeal|demand|protest|note|invitation|initiative|"
    r"resolution|ultimatum|overture|call|timetable|roadmap|draft|mission)"
)
_MAKER_BEFORE_TEXT = re.compile(
    r"\b(?i:the|a|an)\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:'s|’s|')?\s+(?:[a-z-]+\s+){0,2}"
    + _TEXTS
    + r"\b"
)
# A third party's part in a text made for others ("the Vatican-brokered deal", "a U.N.-proposed
# truce"): the answer's target only when the article names no other side
_BROKER_OF_TEXT = re.compile(r"\b([A-Z][\w.]*)-(?:brokered|drafted|sponsored|proposed)\b")


def _owner_of_answered(
    c: Candidate, a: str, act: tuple[str, str], res: Resources, *, brokered: bool = False
) -> str | None:
    """The party whose text an answer is to, named as the text's modifier in the answer's
    object ("rejected the ASEAN appeal", "no response from Beijing to the Philippine protest"):
    the maker of what is answered is the answer's target; with `brokered`, its broker or
    drafter too, and of a signature withheld as well. `act`: the (action, modality) read. A
    passive's subject ("the Indian plan was rejected by Islamabad") is read where the passive
    is, events._owner_of_offer."""
    action, mod = act
    if action not in ANSWER_ACTIONS and not (brokered and _withholds_signature(c, action, mod)):
        return None
    at = c.sentence.find(c.trigger)
    if at < 0 or c.rule.startswith("passive-light:"):
        return None  # "Beijing's acceptance of a Kazakh proposal ... was announced": left alone
        # (measured: it gave one item a false event of the wrong issue, two items a right one)
    if c.rule.startswith("passive-by:"):
        return None
    start, end = at, clause_end(c.sentence, at + len(c.trigger))
    found = list(_MAKER_BEFORE_TEXT.finditer(c.sentence, start, end))
    if brokered:
        found += _BROKER_OF_TEXT.finditer(c.sentence, start, end)
    for m in found:
        entry = res.aliases.get(m.group(1))
        if entry is not None and entry.kind in ("state", "demonym", "org") and entry.code != a:
            return entry.code
    return None


def _as_addressee(
    c: Candidate,
    a: str,
    act: tuple[str, str | None, str | None],
    *,
    props: list[Candidate],
    dyad: tuple[str, ...],
    res: Resources,
) -> tuple[str, str | None, str | None]:
    """The act (action, target, issue) of a party a proposal was put to, for a trigger that
    is its answer when it comes from the addressee ("commented on the plan": responded). The
    answer is to who put the proposal, on its issue, not to the party its object names ("its
    first comment on the plan for a swap with Iran", Qatar's plan: an answer to Qatar)."""
    if not c.addressee_action:
        return act
    put_to_a = [
        p for p in props
        if a not in p.actors and (p.target == a or _counterpart(p.actors[0], dyad, res)[0] == a)
    ]  # fmt: skip
    if not put_to_a:
        return act
    _, t, issue = act
    if t not in {p.actors[0] for p in put_to_a}:
        t, issue = put_to_a[0].actors[0], issue or put_to_a[0].issue
    return c.addressee_action, t, issue


# Acts co-actors do together to a third party ("Norway and Switzerland proposed a plan"),
# never to each other (unlike meeting, agreeing, trading fire or accusations).
_ONE_SIDED = frozenset({"propose", "appeal", "demand", "sanction", "comment", "threaten"})


def _counterpart_of(
    c: Candidate,
    a: str,
    action: str,
    *,
    dyad: tuple[str, ...],
    res: Resources,
    named: Counter[str] | None,
    partners: dict[str, Counter[str]] | None,
) -> tuple[str | None, float]:
    """`_counterpart` of actor `a`; for co-actors of a one-sided act ("Norway and Switzerland
    proposed"), not one of them."""
    t, penalty = _counterpart(
        a,
        dyad,
        res,
        attack=action == "attack",
        named=named,
        partners=partners,
        proposal=action == "propose",
    )
    one_sided = (action in _ONE_SIDED and not c.rule.endswith(":trade_accusations")) or (
        action == "attack" and not c.rule.endswith((":exchange_fire", ":clash"))
    )  # "Zambian and Malawian troops struck rebel camps": allies, not each other's target;
    # "Mali and Niger condemned the decision": nor what each condemned ("traded accusations"
    # and "exchanged fire" are acts on each other)
    if t in c.actors and len(c.actors) > 1 and one_sided:
        t = _other_side(c.actors, named)
    return t, penalty


def _other_side(side: tuple[str, ...], named: Counter[str] | None) -> str | None:
    """The most mentioned party that is not one of `side` (co-actors act on a third)."""
    others = [c for c, _ in (named or Counter()).most_common() if c not in side and c[:1].isalnum()]
    return others[0] if others else None


def _stands_alone(
    action: str,
    issue: str | None,
    c: Candidate,
    mod: str,
    *,
    group: bool = False,
    only_party: bool = False,
) -> bool:
    """An act that is news with no counterpart named: a proposal of something ("Egypt proposed
    a ceasefire"), force on an armed group no table names ("bombed militant hideouts"). Other
    acts of an article with a single party are dropped (a company, a club or a city named like
    a state is the usual single party)."""
    return (
        (action == "propose" and issue is not None)
        # "appealed to the international community for emergency aid": a plea for help;
        # "demanded an immediate halt to the fighting", "called on Western governments to lift
        # sanctions": a call for a named thing (a truce, talks, sanctions lifted) is news with
        # no addressee named, as a proposal of something is
        or (action in ("appeal", "demand") and issue is not None)
        or (action == "attack" and bool({"armed_target", "named_armed_site"} & c.notes))
        # "rejected outside mediation", "will not accept third-party mediation": a party's
        # answer to any talks offered is news with no offering party named
        or (action in ("accept", "reject") and issue == "talks" and not c.rule.endswith(":ready"))
        # an armed group's attack is news on its own ("the Houthis struck a tanker")
        or (action == "attack" and group and mod == "asserted")
        # "threatened to expel Western diplomats", "threatened on Saturday to close the
        # strait": a measure the party says it will take, news with no counterpart named
        or (action == "threaten" and mod == "asserted" and _threatens_a_measure(c))
        # "will not attend the regional summit in Caracas", "did not attend the OAS
        # meeting": staying away from a gathering is news with no counterpart named (the
        # gathering is what the party snubs; its other members need not be named)
        or (action == "meet" and mod == "negated" and _attends(c))
        # "refused to sign the joint communique", "has not signed the regional agreement":
        # keeping one's signature off a text of states is news with no other signatory named
        or _withholds_signature(c, action, mod)
        # "will not accept any foreign base on its soil", "has not accepted the timetable": a
        # party's refusal of a thing, by the verb "accept" negated, is its stand on its own
        or (action == "accept" and mod == "negated" and c.rule.endswith(":accept"))
        # "Algiers dismissed the overture", "Zimbabwe's president appealed to Western
        # governments": a state's government named as such, in an article naming no other
        # party, acts in the state's name (a reply or a remark is always on someone else's
        # act, a sanction on someone named: with no one, a domestic penalty such as "voted
        # to impose new penalties on retailers"; not one of these)
        or (
            "official" in c.notes
            and only_party
            and action not in ("respond", "comment", "sanction")
        )
    )


# Signing (the trigger of "refused to sign", "has not signed the accord") and the texts states
# sign together (not a contract, nor a deal: a club signs a player, a firm a supplier)
_SIGN = re.compile(r"sign(?:s|ed|ing)?\b", re.IGNORECASE)
_STATES_TEXT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:communiqu[eé]s?|declarations?|joint\s+statement|treaty|treaties|"
    r"accords?|agreements?|protocols?|conventions?|charter|memorandum|pact)\b",
    re.IGNORECASE,
)


def _withholds_signature(c: Candidate, action: str, mod: str) -> bool:
    """A refusal to sign ("refused to sign", read as a rejection) or a signing denied ("did
    not sign") of a communique, declaration, treaty or accord: one party's stand on a text."""
    if not (action == "reject" or (action == "agree" and mod == "negated")):
        return False
    at = c.sentence.find(c.trigger)
    sign = _SIGN.match(c.trigger)
    if at < 0 or sign is None:
        return False
    return _STATES_TEXT.match(c.sentence, at + sign.end()) is not None


# The verbs of going to a gathering (the trigger of "attend the summit", "attended talks").
_ATTEND = re.compile(r"\battend(?:s|ed|ing)?\b", re.IGNORECASE)


def _attends(c: Candidate) -> bool:
    """Is the meeting one the party goes to (or stays away from), "attend the summit"? Taking
    part in talks and sending a delegation to a summit are going to a gathering as well."""
    return _ATTEND.match(c.trigger) is not None or c.rule.endswith(_GO_TO_GATHERING)


# The lexicon's verbs of going to a gathering other than "attend" ("refused to take part in the
# talks", "will not send a delegation to the summit")
_GO_TO_GATHERING = (":join_talks", ":send_delegation")


_THREAT_TO = re.compile(
    r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|"
    r"again\s+|\w+ly\s+)?to\s+(?!be\b|have\b)[a-z]+\b"
)


def _only_party(a: str, named: Counter[str] | None) -> bool:
    """Is `a` the only party the article names (unnamed groups like "Western governments"
    aside)? Then an act with no counterpart has none to find, not one left unresolved."""
    return all(k == a or not k[:1].isalnum() for k in named or ())


def _threatens_a_measure(c: Candidate) -> bool:
    """Is the threat verb followed by the infinitive of what is threatened?"""
    if not c.rule.endswith(":threaten"):
        return False
    at = c.sentence.find(c.trigger)
    to = _THREAT_TO.match(c.sentence, at + len(c.trigger)) if at >= 0 else None
    # "threatened to sue his former employer": a person's quarrel, no state's measure
    return to is not None and _PERSONAL.search(c.sentence, to.end(), to.end() + 60) is None


_PERSONAL = re.compile(r"\b(?:his|her|my|your)\b", re.IGNORECASE)


def _last_attacker(actor: str, done: list[Candidate]) -> str | None:
    """The party that last attacked `actor` in the article (else attacked at all), if any."""
    attacks = [c for c in done if c.action == "attack" and c.actors[0] != actor]
    at_actor = [c for c in attacks if c.target == actor]
    if at_actor:
        return at_actor[-1].actors[0]
    return attacks[-1].actors[0] if attacks and attacks[-1].target is None else None


def addressed_to(actor: str, props: list[Candidate]) -> bool:
    """Was any proposal in the article made to `actor` (or by another party at all)?"""
    return any(p.target == actor or actor not in p.actors for p in props)


def _talks_thread_meetings(events: list[Candidate]) -> None:
    """A meeting read from an agreement reached at talks takes the agreement's file ("agreed to
    exchange 93 detainees after talks in Amman"), but where the article tells of talks between
    the two parties ("proposed the talks instead", "negotiators met in Istanbul"), it is those
    talks held."""
    for c in events:
        if c.rule != "construction:agreed-at-talks" or c.issue != "prisoner_exchange":
            continue
        pair = frozenset((c.actors[0], c.target))
        if any(
            k.issue == "talks" and k.target is not None
            and frozenset((k.actors[0], k.target)) == pair
            for k in events
        ):  # fmt: skip
            c.issue = "talks"


_CONTINUING = frozenset({"threaten", "respond", "meet", "sanction", "attack", "demand"})


def _measures_default_to_sanctions(events: list[Candidate]) -> None:
    """A measure that names no issue and continues none of its pair is a sanction."""
    for c in events:
        if c.action == "sanction" and c.issue is None:
            c.issue = "sanctions"


def _inherit_issues(events: list[Candidate]) -> None:
    """An event between two parties with no issue of its own continues the last issue those two
    parties had in the article ("US slaps tariffs on China ... Beijing vows countermeasures")."""
    last: dict[frozenset[str], str] = {}
    proposed: dict[str, str] = {}  # "the plan was put to both sides": the actor's own proposal
    for c in events:
        if c.action == "propose" and c.issue is not None:
            proposed[c.actors[0]] = c.issue
        elif c.action == "propose" and c.actors[0] in proposed:
            c.issue = proposed[c.actors[0]]
        if c.target is None:
            continue
        pair = frozenset((c.actors[0], c.target))
        if c.issue is not None and c.action != "comment":
            last[pair] = c.issue
        elif c.issue is None and pair in last and c.action in _CONTINUING:
            c.issue = last[pair]
    _measures_default_to_sanctions(events)


_GENERIC_OBJECT = re.compile(
    r"^\W*(?:\S+\s+){0,4}?(?:proposals?|offers?|invitations?|plans?|initiatives?|overtures?|terms)\b"
)


_TO_PROPOSAL = re.compile(
    r"^\s+(?:(?:positively|favou?rably|constructively|in\s+good\s+faith|in\s+due\s+course|"
    r"shortly|formally|officially|in\s+writing)\b"
    r"|to\s+(?:\S+\s+){0,4}?(?:proposals?|offers?|invitations?|plans?|initiatives?|drafts?|"
    # a written text put to the party ("respond to Peru's diplomatic note", "to the letter")
    r"requests?|demands?|terms|overtures?|notes?|letters?|messages?)\b)",
    re.IGNORECASE,
)  # also "would respond positively if": a conditional answer; "to the note": correspondence
# put to the party is answered too


def _takes_up_an_ask(c: Candidate) -> bool:
    """ "has accepted an invitation to a summit in Tonga": the object of the acceptance is an
    ask put to the party (an invitation, an offer, a request), so it answers another party
    even when the article's only proposal read is the party's own (a conditional offer on
    another matter); not "accepted its own plan"."""
    at = c.sentence.find(c.trigger)
    return (
        c.action == "accept"
        and at >= 0
        and _ASK_OBJECT.match(c.sentence, at + len(c.trigger)) is not None
    )


# The object right after an acceptance: an ask someone else made ("accepted an invitation",
# "accepts the Saudi offer", "accepted Lima's request", "accepted a revised swap proposed by
# the Vatican"), not the party's own ("its plan")
_ASK_OBJECT = re.compile(
    r"\s+(?:an?|the|[A-Z][\w.]*(?:'s|’s))\s+(?:[\w'’-]+\s+){0,3}?(?:invitations?|offers?|"
    r"proposals?|requests?|overtures?)\b"
    r"|\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:proposed|offered|put\s+forward|floated|"
    r"drafted|tabled)\s+by\b",
)


def _answers_a_proposal(c: Candidate) -> bool:
    """ "would respond to the proposal in due course": an answer announced, not a threat."""
    at = c.sentence.find(c.trigger)
    if at >= 0 and _PROPOSAL_BEFORE.search(c.sentence, 0, at):
        return True  # "had received the Rwandan proposal and would respond"
    if at < 0:
        return False
    rest = c.sentence[at + len(c.trigger) :]
    return _TO_PROPOSAL.match(rest) is not None or _HOLDING_REPLY.search(rest) is not None


# After the verb: the proposal it answers named by the attribution ("'We will respond,' the
# minister said of the ECOWAS plan"), or the way a reply is announced ("after consultations").
_HOLDING_REPLY = re.compile(
    r"\b(?:said|says)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:plan|proposals?|"
    r"offers?|invitations?|initiative|demands?|request)\b"
    r"|\b(?:after|following)\s+(?:\w+\s+)?consultations\b|\bin\s+due\s+course\b|\bin\s+writing\b",
    re.IGNORECASE,
)
_PROPOSAL_BEFORE = re.compile(
    r"\b(?:proposals?|offers?|invitations?|initiatives?|overtures?|counter-?proposals?|"
    r"peace\s+plan|ceasefire\s+plan|draft\s+agreement)\b",
    re.IGNORECASE,
)


# An acceptance or refusal whose object is only pointed at ("said it accepts it", "Belarus
# accepted quickly", "The ELN accepted within hours."): what it answers is told elsewhere.
_POINTED_OBJECT = re.compile(
    r"^\s*(?:(?:it|them)\s*(?:[.;,)\"”]|$|(?:quickly|promptly|immediately|later|within|on|in|"
    r"last)\b)|[.;,)\"”]|$|(?:quickly|promptly|immediately|swiftly|later|within|last|"
    r"unconditionally)\b)",
    re.IGNORECASE,
)


_RELATIVE_OBJECT = re.compile(r"\b(?:which|that|whom)\s+(?:[\w'’.-]+\s+){0,5}$", re.IGNORECASE)


def _generic_object(c: Candidate) -> bool:
    """ "accepted Baku's proposals", "rejected the invitation", "accepts it": the object names no
    issue of its own (a demand, a deal or a treaty does, even outside the issue vocabulary)."""
    at = c.sentence.find(c.trigger)
    if at < 0:
        return False
    rest = c.sentence[at + len(c.trigger) :]
    if _GENERIC_OBJECT.match(rest) is not None:
        return True
    if (
        c.action not in ("accept", "reject")
        or not c.rule.startswith("verb-")  # "confirmed the kingdom's acceptance": a noun's
        or _POINTED_OBJECT.match(rest) is None  # owner, not an object pointed at
    ):
        return False
    # "the Emirati offer, which Moscow accepted within hours": the object is the relative's
    # antecedent, named in the sentence (maybe another party's offer), not pointed at
    return _RELATIVE_OBJECT.search(c.sentence, 0, at) is None


LEAD_SENTENCES = 3  # the title, then the body's first two sentences


def _title_follows_lead(events: list[Candidate], title: str, lead: set[str]) -> None:
    """A headline's present tense is no tense: "Ghana, Togo leaders meet in Accra" over a lead
    saying they "will meet on Friday" is the expected meeting, not one held."""
    told = {(c.actors[0], c.action, c.modality) for c in events if c.sentence in lead}
    for c in events:
        key = (c.actors[0], c.action)
        if c.sentence != title or c.modality != "asserted" or (*key, "asserted") in told:
            continue
        if (*key, "expected") in told:
            c.modality = "expected"


def _title_answer_follows_lead(
    events: list[Candidate], cands: list[Candidate], title: str, lead: set[str]
) -> None:
    """A headline's answer is the lead's answer told short: "Radaa accepts Tripoli truce" over
    a lead saying it "accepted the government's ceasefire proposal" answers the government,
    not another party's offer that the body tells later. When the headline names no
    counterpart (its candidate had none), the lead's counterpart for the same party's same
    answer on the same issue wins if the lead gives only one."""
    for c in events:
        if c.sentence != title or c.action not in ANSWER_ACTIONS or c.modality != "asserted":
            continue
        if not any(
            k.sentence == title
            and k.trigger == c.trigger
            and c.actors[0] in k.actors
            and k.target is None
            for k in cands
        ):
            continue  # "accepts swap with Uzbekistan": the headline's own counterpart
        told = {
            e.target
            for e in events
            if e.sentence in lead
            and e.actors == c.actors
            and e.action == c.action
            and e.modality == "asserted"
            and e.issue in (None, c.issue)
            and e.target is not None
        }
        if len(told) == 1 and c.target not in told:
            c.target = next(iter(told))


def _titles_follow_lead(
    events: list[Candidate], cands: list[Candidate], sents: list[tuple[str, bool]]
) -> None:
    """A headline's tense and counterpart told by the article's lead (when it has a headline)."""
    if sents and sents[0][1]:
        lead = {s for s, _ in sents[1:LEAD_SENTENCES]}
        _title_follows_lead(events, sents[0][0], lead)
        _title_answer_follows_lead(events, cands, sents[0][0], lead)


def _weak_nuclear(
    events: list[Candidate], sents: list[tuple[str, bool]], counts: Counter[str], res: Resources
) -> None:
    """An issue read as nuclear from inspection words alone (lexicon.yaml weak_nuclear), in an
    article with no other nuclear word and no atomic agency, is no nuclear issue: the event's
    issue is unknown."""
    if not any(c.issue == "nuclear" for c in events) or "IAEA" in counts:
        return
    for s, _ in sents:
        for x in res.issue_re.finditer(fold(s)):
            phrase = x.group().lower()
            if res.issues[phrase] == "nuclear" and phrase not in res.words["weak_nuclear"]:
                return
    for c in events:
        if c.issue == "nuclear":
            c.issue = None


_ANSWERS_ANY_OBJECT = frozenset({"threaten"})


# Issues that are ways of settling a dispute, not what it is about.
_MEANS = frozenset({"talks", "summit"})


def _matter(sents: list[tuple[str, bool]], res: Resources) -> str | None:
    """The matter the article's text names most (its first named on a tie), leaving out the
    ways of settling it ("talks", "summit"): "reciprocal measures" are about the trade the
    article tells of, not about the dialogue a third party urged."""
    found: Counter[str] = Counter()
    for s, _ in sents:
        for x in res.issue_re.finditer(fold(s)):
            issue = res.issues.get(x.group().lower())
            if issue is not None and issue not in _MEANS and issue != "other":
                found[issue] += 1
    return found.most_common(1)[0][0] if found else None


def _answers_take_article_issue(events: list[Candidate], matter: str | None = None) -> None:
    """An answer that names no issue ("accepted Baku's proposals") is about what its proposer
    proposed, or what the others' answers to that proposer are about; else about what the
    article's events between its parties are about; else about the article's main issue.
    A threat presses on the matter in dispute: it takes talks as its issue only when the
    article names no `matter` (talks are a way of settling a dispute, not what it is about)."""
    for c in events:
        if (
            c.issue is None
            and c.target is not None
            and c.action in ANSWER_ACTIONS
            and _generic_object(c)
        ):
            c.issue = _proposal_issue(events, c)
    pairs: Counter[tuple[frozenset[str], str]] = Counter()
    overall: Counter[str] = Counter()
    for c in events:
        if c.issue is not None and c.issue != "other" and c.action != "comment":
            overall[c.issue] += 1
            if c.target is not None:
                pairs[(frozenset((c.actors[0], c.target)), c.issue)] += 1
    for c in events:
        # "Chile slaps a duty on Argentine flour; Buenos Aires threatens WTO case": a threat that
        # names no issue is about the article's matter too
        if c.issue is not None or not (
            c.action in _ANSWERS_ANY_OBJECT or (c.action in ANSWER_ACTIONS and _generic_object(c))
        ):
            continue
        pair = frozenset((c.actors[0], c.target)) if c.target else None
        own = [(n, i) for (p, i), n in pairs.items() if p == pair]
        if own:
            c.issue = max(own)[1]
        elif overall:
            c.issue = overall.most_common(1)[0][0]
        if c.action in _ANSWERS_ANY_OBJECT and c.issue in _MEANS and matter is not None:
            c.issue = matter


def _readiness_offers(events: list[Candidate]) -> None:
    """ "Hanoi is ready to resume talks with Manila", in an article where nothing was put to
    anyone: the readiness is an offer, not an acceptance."""
    for c in events:
        if _offered_readiness(c):
            c.action = "propose"


def _readiness_in_reply(events: list[Candidate]) -> None:
    """ "We have sent our reply to Kuala Lumpur. Thailand is ready to discuss the boundary
    issue": a readiness voiced apart from the reply of a party the article shows replying to
    the same proposer, with no acceptance of its own in other words, is a remark on the reply,
    not an acceptance (the reply is the news; whether it accepts is still open). Said in the
    reply's own sentence ("replied ... that it was ready to discuss a swap") it is the answer."""
    for c in events:
        if not _offered_readiness(c):
            continue
        a = c.actors[0]
        reply = next(
            (o for o in _asserted(events, "respond", a)
             if o.target == c.target and o.sentence != c.sentence),
            None,
        )  # fmt: skip
        accepted = any(not o.rule.endswith(":ready") for o in _asserted(events, "accept", a))
        if reply is not None and not accepted:
            c.action, c.issue = "respond", reply.issue or c.issue  # the reply, told again


_BUT = re.compile(r"\bbut\b", re.IGNORECASE)


def _readiness_on_conditions(events: list[Candidate]) -> None:
    """ "sent its answer to the truce plan, saying it was ready to discuss a halt to fighting
    but wanted guarantees that...": a readiness told in the party's own reply, then bound by
    its demand ("but"), is what the reply says, not an acceptance (whether it accepts is still
    open): the reply, told again."""
    for c in events:
        if not _offered_readiness(c):
            continue
        a, at = c.actors[0], c.sentence.find(c.trigger)
        reply = next(
            (o for o in _asserted(events, "respond", a)
             if o.sentence == c.sentence and o.target is not None),
            None,
        )  # fmt: skip
        if reply is None or at < 0:
            continue
        if _BUT.search(c.sentence, at + len(c.trigger)):
            c.action, c.target = "respond", reply.target
            c.issue = reply.issue or c.issue


def _asserted(events: list[Candidate], action: str, actor: str) -> Iterator[Candidate]:
    """The article's asserted `action` events of `actor`, in order."""
    return (
        o
        for o in events
        if o.action == action and o.modality == "asserted" and o.actors[0] == actor
    )


def _offered_readiness(c: Candidate) -> bool:
    return c.action == "accept" and c.rule.endswith(":ready") and c.modality == "asserted"


# Words of something put to a party ("accepting the Saudi offer", "in response to Canberra's
# request"): an article without any has no proposal for a readiness to accept
_ANSWER_CONTEXT = re.compile(
    r"\b(?:propos\w*|offer\w*|request\w*|invit\w*|respon\w*|repl\w*|answer\w*|accept\w*|"
    r"call(?:s|ed)?\s+for|initiative|plan|demand\w*|appeal\w*|urg\w*)\b",
    re.IGNORECASE,
)


def _proposal_issue(events: list[Candidate], c: Candidate) -> str | None:
    """The issue of what the answer's target proposed in the article (its own asserted
    proposal, or the other parties' answers to it), None when it proposed nothing named."""
    found = Counter(
        o.issue
        for o in events
        if o is not c
        and o.issue not in (None, "other")
        and o.modality == "asserted"
        and (
            (o.action == "propose" and o.actors[0] == c.target)
            or (o.action in ANSWER_ACTIONS and o.target == c.target and o.actors[0] != c.actors[0])
        )
    )
    return found.most_common(1)[0][0] if found else None


def _key(c: Candidate) -> tuple[str, str, str | None, str | None, str]:
    return (c.actors[0], c.action, c.target, c.issue, c.modality)


def _subsumed(c: Candidate, kept: list[Candidate]) -> bool:
    for k in kept:
        same = k.actors == c.actors and k.action == c.action and k.modality == c.modality
        if same and c.target in (None, k.target) and c.issue in (None, k.issue):
            return True
        if same and c.target == k.target and (c.issue, k.issue) == ("talks", "summit"):
            return True  # the same act told as a summit first, then as the talks it holds
    return False


def _told_as_talks(c: Candidate, kept: list[Candidate]) -> Candidate | None:
    """The same act already kept as talks, now told as the summit it is ("Morocco accepts
    Spanish invitation" over "has accepted Spain's proposal for a high-level summit"): the
    summit is the more precise reading, whichever sentence comes first. Answers only: an
    answer is to one proposal, while talks and a summit told in one article may be two
    meetings ("talks with the junta on the sidelines of the ECOWAS summit")."""
    if c.issue != "summit" or c.action not in ANSWER_ACTIONS:
        return None
    return next(
        (
            k for k in kept
            if k.issue == "talks" and k.actors == c.actors and k.action == c.action
            and k.modality == c.modality and k.target == c.target
        ),
        None,
    )  # fmt: skip


# Comments that may carry a party's claim that the other side broke the deal: not a denial, a
# compliment or an answer to claims (the accused speaking), nor mutual blame (no one accuses).
_NO_BREACH_CLAIM = (
    ":deny", ":praise", ":welcome", ":thank", ":reject_claims", ":respond_to_claims",
    ":trade_accusations",
)  # fmt: skip
BREACH_CLAIM = "claim_breach"


def _breach_claims(events: list[Candidate]) -> None:
    """ "The alliance called the postponement a betrayal and said the agreement had been broken":
    a party's comment in a sentence that says the deal was broken or is over claims a breach,
    as "accused X of breaching the deal" does (its rule ends ":claim_breach")."""
    for c in events:
        if (
            c.action == "comment"
            and c.modality == "asserted"
            and not c.rule.endswith((*_NO_BREACH_CLAIM, ":accuse_breach", f":{BREACH_CLAIM}"))
            and claims_broken(c.sentence)
        ):
            c.rule = f"{c.rule}:{BREACH_CLAIM}"


def _claims_breach(c: Candidate) -> bool:
    return c.rule.endswith((":accuse_breach", f":{BREACH_CLAIM}"))


def _merge(cands: list[Candidate]) -> list[Candidate]:
    best: dict[tuple[str, str, str | None, str | None, str], Candidate] = {}
    for c in cands:
        k = _key(c)
        # the same comment told twice: the one that claims a breach says more
        if k not in best or (_claims_breach(c), c.confidence) > (
            _claims_breach(best[k]),
            best[k].confidence,
        ):
            best[k] = c
    ranked = sorted(best.values(), key=lambda c: (c.target is None) + (c.issue is None))
    kept: list[Candidate] = []
    for c in ranked:
        told = _told_as_talks(c, kept)
        if told is not None:
            kept[kept.index(told)] = c  # "accepts invitation" then "accepted the summit proposal"
        elif not _subsumed(c, kept):
            kept.append(c)
    # the fact keeps the place where the article first tells it (a headline's acceptance,
    # told again in the lead with more words, is still the article's first news)
    first: dict[tuple[str, str, str | None, str | None, str], int] = {}
    for i, c in enumerate(cands):
        first.setdefault(_key(c), i)
    order = {id(c): first[_key(c)] for c in best.values()}
    return sorted(kept, key=lambda c: order.get(id(c), 0))


def _participle_replies(events: list[Candidate]) -> list[Candidate]:
    """ "Malaysia accepted the proposal, responding to a letter from Hanoi": the participle says
    what the acceptance answers; it is no reply of its own beside the party's answer."""
    answered = {(c.sentence, c.actors[0]) for c in events if c.action in ("accept", "reject")}
    return [
        c
        for c in events
        if not (
            c.action == "respond"
            and c.trigger.lower().startswith(("responding", "replying"))
            and (c.sentence, c.actors[0]) in answered
        )
    ]


def _denied_here(c: Candidate, issues: set[str | None] | None) -> bool:
    """Is asserted `c` denied in its sentence? Not by a denial on another issue it names: "EU,
    Azerbaijan agree working group in sanctions talks, no deal on lifting" (a step agreed, no
    deal on the sanctions)."""
    if issues is None:
        return False
    return c.issue is None or None in issues or c.issue in issues


def _denials_win(events: list[Candidate]) -> list[Candidate]:
    """ "X said it had not accepted, a day after Y announced X had agreed": in one sentence, a
    party's negated act outweighs the same act asserted (the claim it answers). An act known
    only from another party's accusation ("Armenia accused Azerbaijan of shelling") is
    outweighed by the accused's denial anywhere in the article."""
    negated = [c for c in events if c.modality == "negated"]
    denied: dict[tuple[str, str, str], set[str | None]] = {}
    for c in negated:
        denied.setdefault((c.sentence, c.actors[0], c.action), set()).add(c.issue)
    denied_anywhere = {(c.actors[0], _consent(c.action)) for c in negated}
    return [
        c
        for c in events
        if c.modality != "asserted"
        or (
            not _denied_here(c, denied.get((c.sentence, c.actors[0], c.action)))
            and not (
                (c.rule.startswith("accused-of:") or _reported_only(c))
                and (c.actors[0], _consent(c.action)) in denied_anywhere
            )
        )
    ]


def _consent(action: str) -> str:
    """Accepting a proposal and agreeing to it are one act of consent to what was put: "denied
    reports that it had agreed to the swap" denies the report "that Astana had accepted the
    proposal"."""
    return "consent" if action in ("accept", "agree") else action


# A report's content before the act ("websites had reported that Juba quietly accepted",
# "claims that the minister agreed"): the act is known only from the report. Its time and
# source may stand between, set off by commas ("reported on Tuesday, citing unnamed sources,
# that Astana had accepted").
_REPORTED_THAT = re.compile(
    r"\b(?:reported|claimed|alleged|rumou?red|reports?|claims?|allegations?|rumou?rs?)\b"
    r"(?:,?\s+[\w'’-]+){0,6}?,?\s+that\b[^;:\"“”]{0,80}$",
    re.IGNORECASE,
)


def _reported_only(c: Candidate) -> bool:
    """Is asserted `c` told only as what a report said (its denial anywhere outweighs it)?"""
    at = c.sentence.find(c.trigger)
    return at > 0 and _REPORTED_THAT.search(c.sentence, max(0, at - 120), at) is not None


def read_article(sents: list[tuple[str, bool]], ctx: Context, res: Resources) -> Reading:
    """Events and entities of an article given its sentences (title first, flagged True)."""
    cands, counts = _scan(sents, ctx, res)
    places = _places(counts)
    joined = "\n".join(s for s, _ in sents)
    inviters = _named_states(sents, res, _INVITER_GATED, joined)
    go_betweens = _named_states(sents, res, _GO_BETWEEN_GATED, joined)
    _institutions(cands, counts, res, go_betweens | inviters, sents=sents, places=places)
    _armed_groups(cands, counts, res)
    dyad = _dyad(cands, counts, places, res, go_betweens)
    # "the two sides" of an article whose proposal came from a go-between ("accepted a Qatari
    # plan for a swap with Iran ... the two countries will meet"): the answerer and the other
    # party; the counterparts of named acts stay the article's main pair
    mediated = _mediated(cands, ctx, res)
    sides = _dyad(cands, counts, places, res, go_betweens, mediated=mediated) if mediated else dyad
    props = _proposals(cands)
    partners = _partners(cands)
    answerers = _answerers(cands)
    asks = _asks_told_before(cands, sents)
    out: list[Candidate] = []
    for c in cands:
        if c.context_only:
            continue
        both = _addressees_answering(c, cands) or (
            sides if GROUP in c.actors or c.target == GROUP else dyad
        )
        for a, named in _expand(c, both):
            t = named
            if t is None and c.action == "attack":
                # "Sudan retaliated": against who attacked it (not its ally in this act)
                t = _last_attacker(a, [o for o in out if o.actors[0] not in c.actors])
            r = _resolve_one(
                c,
                a,
                t,
                props=props,
                dyad=both,
                res=res,
                named=counts,
                partners=partners,
                answerers=answerers,
                inviters=inviters,
                go_betweens=go_betweens,
                earlier=asks.get(c.sentence),
            )
            if r is not None and mediated and both is sides and GROUP in c.actors:
                _consent_to_go_between(r, mediated)
            if r is not None:
                out.append(r)
                if r.action == "threaten" and _names_its_measure(c):
                    out.append(_conditional_act(c, r))
    if (
        not props
        and any(_offered_readiness(c) for c in out)  # the cheap test first: a rare reading
        and not any(_ANSWER_CONTEXT.search(s) for s, _ in sents)
    ):
        _readiness_offers(out)
    _readiness_in_reply(out)
    _readiness_on_conditions(out)
    entities = sorted(c for c in counts.keys() | places if not c.startswith("@"))
    _titles_follow_lead(out, cands, sents)
    _weak_nuclear(out, sents, counts, res)
    _talks_thread_meetings(out)
    _inherit_issues(out)
    _answers_take_article_issue(out, _matter(sents, res))
    _bodies_set_issues(out, res)
    _breach_claims(out)
    merged = _met_where_agreed(_denials_win(_merge(_participle_replies(out))))
    _agreements_take_sentence_issue(merged, res)
    _money_asked_is_aid(merged)
    _agreements_take_article_issue(merged, sents, res, atomic="IAEA" in counts)
    merged = _consent_retold(merged)
    for c in merged:  # after merging, so a specific issue elsewhere wins over the default
        if c.issue is None and c.action in ("agree", "accept", "reject"):
            c.issue = "other"
    merged = _accepted_meetings(merged, ctx, res)
    merged = _held_back_answers(merged)
    return Reading(_unanswered_issueless_go(_named_only(merged)), entities)


def _consent_retold(events: list[Candidate]) -> list[Candidate]:
    """A party's bare "had agreed" with no counterpart and nothing named ("Port Sudan had agreed
    after Chad promised to review the case") where the article tells it accepting something:
    that acceptance told again, no agreement of its own."""
    accepted = {c.actors[0] for c in events if c.action == "accept" and c.modality == "asserted"}
    return [
        c
        for c in events
        if not (
            c.action == "agree"
            and c.target is None
            and c.issue is None
            and c.modality == "asserted"
            and len(c.actors) == 1
            and c.actors[0] in accepted
            and _NOTHING_AGREED.match(c.sentence, c.sentence.find(c.trigger) + len(c.trigger))
            is not None
        )
    ]


# The meeting a party accepts: named as the object of its acceptance ("accepted Sri Lanka's
# invitation to fisheries talks", "agreed to a new round of boundary talks", "accepts Honiara
# summit invitation", "says yes to Leticia summit"), a few plain words on at most (no clause
# or phrase of its own between: "approves ceasefire after marathon session")
_MEETING_NOUN = r"(?:talks|summit|negotiations|meeting|dialogue|session|consultations|visit)"
_FILLER = (
    r"(?:(?!(?:by|at|after|before|on|in|with|during|following|since|as|and|but|while|that|"
    r"which|who|when|where|than|over|into|from)\b)[\w'’.-]+\s+)"
)
_MEETING_ACCEPTED = re.compile(rf"\s+{_FILLER}{{0,6}}?{_MEETING_NOUN}\b(?![-’'])", re.IGNORECASE)
# or an invitation, offer or proposal whose meeting a clause after it sets ("accepts Kuwaiti
# invitation; joint committee to meet on Sunday", "accepted the offer, and the two leaders
# will meet in Yaren")
_PROPOSAL_ACCEPTED = re.compile(
    rf"\s+{_FILLER}{{0,4}}?(?:invitation|offer|proposal|request|call)\b", re.IGNORECASE
)
_MEETING_SET = re.compile(
    r"(?:;|,\s+and|,|:)\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?:(?:to|will|would)\s+(?:meet|travel|convene|open)\b"
    rf"|{_MEETING_NOUN}\s+(?:is\s+|was\s+)?(?:set|scheduled|due)\b|(?:set|scheduled)\s+for\b)",
    re.IGNORECASE,
)
# How far after the accepted noun the clause that sets the meeting may start: 80 characters,
# or farther when only the noun phrase itself lies between them, the inviter's full name and
# title ("an invitation from Samoa's Prime Minister Lealaiauloto Fetu Tuilagi to a summit in
# Apia, and the two leaders will meet") with no clause break of its own; an aside ("the offer
# late on Wednesday, a spokesman said, adding that a delegation would travel") keeps 80
_SET_NEAR, _SET_REACH = 80, 140


def _setting_after(s: str, pos: int) -> re.Match[str] | None:
    """The clause that sets the meeting accepted at `pos`, if it follows close enough."""
    setting = _MEETING_SET.search(s, pos, pos + _SET_REACH)
    if setting is None or setting.end() - pos <= _SET_NEAR:
        return setting
    return None if any(p in s[pos : setting.start()] for p in ",;:()") else setting


# A meeting set: its place ("in Colombo", "at the border post") or a date to come ("next
# week", "on April 14", "from June 9 to 11") right after it
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_SET_AFTER = re.compile(
    r"\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z]|(?:on|from|in|by)\s+" + _MONTH + r"(?:\s|$)"
    r"|(?:next|later\s+this|this|early\s+next|later\s+in\s+the)\s+(?:week|month|year)\b)"
)
# The meeting of a process already under way ("a new round of talks", "to resume talks"): with
# whom is told by "with", or the talks may be another pair's, the inviter hosting them
_ONGOING = re.compile(r"\b(?:round|resum\w*|reopen\w*|restart\w*|revive\w*)\b", re.IGNORECASE)
# A third party's service offered, not a meeting with the inviter ("accepted a US offer to
# mediate talks", "an offer to host talks with Azerbaijan")
_SERVICE_OFFERED = re.compile(r"\b(?:mediat\w*|host\w*|broker\w*|facilitat\w*)\b", re.IGNORECASE)
_PARTNER = re.compile(r"\s+with\s+(?:the\s+)?")
_CAPITALIZED = re.compile(r"(?<![\w'’-])[A-Z][\w-]+(?!['’])\b")
_NOT_A_PLACE = frozenset({"state", "demonym", "org", "person", "group", "people"})


def _meeting_set(c: Candidate, end: int, m: re.Match[str], ms: list[Mention]) -> bool:
    """Is the accepted meeting (object `m`, from `end`) one with the inviter, set with a place,
    a date to come, its partner named ("talks with Vietnam") or a clause that sets it? Not a
    meeting with someone else ("talks with Tigrayan forces")."""
    s, t = c.sentence, c.target
    partner = _PARTNER.match(s, m.end())
    if partner is not None:
        return any(x.start == partner.end() and t in x.codes for x in ms)
    if _ONGOING.search(s, end, m.end()):
        return False
    if _SET_AFTER.match(s, m.end()) or _setting_after(s, m.end()):
        return True
    for w in _CAPITALIZED.finditer(s, end, m.end()):
        named = next((x for x in ms if x.start <= w.start() < x.end), None)
        if named is None or (named.kind not in _NOT_A_PLACE and not named.possessive):
            return True  # "Juba talks", "Tirana summit": where the meeting is held
    return False


# A rejection held back ("did not reject the plan outright", "stopped short of rejecting the
# offer"): the party answered, neither yes nor no; the answer given is a reply of its own.
_SHORT_OF = re.compile(r"\bshort\s+of\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_OUTRIGHT = re.compile(r"[^,;.]{0,60}?\b(?:outright|out\s+of\s+hand)\b", re.IGNORECASE)


def _held_back_answers(events: list[Candidate]) -> list[Candidate]:
    """A party that stops short of rejecting a proposal, or does not reject it outright, replies
    to it: a reply (asserted) is told beside the rejection denied."""
    have = {(c.sentence, c.actors, c.target) for c in events if c.action == "respond"}
    out: list[Candidate] = []
    for c in events:
        out.append(c)
        at = c.sentence.find(c.trigger)
        if c.action != "reject" or c.context_only or at < 0 or len(c.actors) != 1:
            continue
        end = at + len(c.trigger)
        short = _SHORT_OF.search(c.sentence, max(0, at - 30), at) is not None
        held = c.modality == "negated" and _OUTRIGHT.match(c.sentence, end) is not None
        if not (short or held) or (c.sentence, c.actors, c.target) in have:
            continue
        out.append(
            Candidate(
                c.actors,
                "respond",
                c.target,
                c.issue,
                "asserted",
                c.confidence * 0.9,
                c.sentence,
                f"{c.rule}:held_back",
                c.trigger,
            )
        )
        have.add((c.sentence, c.actors, c.target))
    return out


def _accepted_meetings(events: list[Candidate], ctx: Context, res: Resources) -> list[Candidate]:
    """A party that accepts a set meeting with another ("India accepts Sri Lanka's invitation to
    fisheries talks in Colombo next week", "Peru accepts summit invitation; presidents to meet
    in Leticia", "agrees to fisheries talks with Vietnam") will meet it: the meeting to come is
    told with the acceptance. Not a stance ("ready to hold talks"), nor a third party's service
    ("accepted a US offer to mediate talks"), nor a meeting with another party ("invitation to
    talks with Tigrayan forces"), nor one that parties accept together from a third."""
    have = {
        (c.sentence, frozenset((c.actors[0], c.target or ""))) for c in events if c.action == "meet"
    }
    answers = Counter((c.sentence, c.trigger, c.target) for c in events if c.action == "accept")
    out: list[Candidate] = []
    for c in events:
        out.append(c)
        if not (
            c.action == "accept"
            and c.modality == "asserted"
            and len(c.actors) == 1
            and c.target is not None
            and c.target != c.actors[0]
            and not c.context_only
            and not c.co_targets
            and not c.rule.endswith(":ready")
            and answers[(c.sentence, c.trigger, c.target)] == 1
        ):
            continue
        a, t = c.actors[0], c.target
        at = c.sentence.find(c.trigger)
        already = (c.sentence, frozenset((a, t))) in have
        if at < 0 or (already and c.issue != "summit"):
            continue
        end = at + len(c.trigger)
        m = _MEETING_ACCEPTED.match(c.sentence, end)
        if m is not None:
            if _SERVICE_OFFERED.search(c.sentence, end, m.end()):
                continue
            ms = find_mentions(c.sentence, ctx, res)
            if not _meeting_set(c, end, m, ms):
                continue
        else:
            p = _PROPOSAL_ACCEPTED.match(c.sentence, end)
            setting = _setting_after(c.sentence, p.end()) if p else None
            if (
                setting is None
                or any(  # "talks with Qatar set for Sunday": another meeting
                    x.start >= setting.start() and not set(x.codes) & {a, t}
                    for x in find_mentions(c.sentence[: setting.end() + 40], ctx, res)
                )
            ):
                continue
        if already:
            _meeting_is_the_summit(events, c.sentence, a, t)
            continue
        # a vague acceptance's meeting stays as vague: it joins no story on talks the
        # acceptance did not answer
        issue = c.issue or "other"
        meeting = Candidate(
            (a,), "meet", t, issue, "expected", c.confidence * 0.9, c.sentence,
            f"{c.rule}:meeting_accepted", c.trigger,
        )  # fmt: skip
        out.append(meeting)
        have.add((c.sentence, frozenset((a, t))))
    return out


def _meeting_is_the_summit(events: list[Candidate], sentence: str, a: str, t: str) -> None:
    """ "accepted Spain's proposal for a summit, and the two governments will meet in Rabat":
    the meeting the second clause sets is the summit the first accepted (one event told twice),
    so its plain 'talks' reading takes the accepted noun's kind."""
    for x in events:
        if (
            x.action == "meet"
            and x.sentence == sentence
            and x.modality == "expected"
            and x.issue == "talks"
            and {x.actors[0], x.target} == {a, t}
        ):
            x.issue = "summit"


# Nothing follows "had agreed" but when or why ("had agreed after Chad promised", "agreed, the
# minister said"): no object, no counterpart of its own
_NOTHING_AGREED = re.compile(
    r"\s*(?:[,.;:\"”]|$|\s(?:after|when|because|once|but|as|since|only|in\s+principle|"
    r"last\s+\w+|on\s+\w+day)\b)",
    re.IGNORECASE,
)


def _agreements_take_sentence_issue(events: list[Candidate], res: Resources) -> None:
    """An agreement whose own clause names nothing, followed by a participle that tells what
    it does ("agreed to reopen customs posts at Ceuta, ending a years-long dispute over
    cross-border trade", "reached a deal on veterinary checks, easing trade across the Irish
    Sea"), is about the one issue the participle's object names, talks and summits aside (the
    way it was reached), and not a word that says who someone is ("trade ministers"); a
    further verb's object is not the deal's ("binding each to come to the other's aid")."""
    for c in events:
        if c.action != "agree" or c.issue is not None:
            continue
        at = c.sentence.find(c.trigger)
        if at < 0:
            continue
        side = _PARTICIPLE_CLAUSE.match(c.sentence, clause_end(c.sentence, at + len(c.trigger)))
        if side is None:
            continue
        low = fold(c.sentence)
        named = {
            res.issues[x.group().lower()]
            for x in res.issue_re.finditer(low, side.start("object"), side.end("object"))
            if not PERSON_AFTER.match(low, x.end())
        } - _MEANS_ISSUES
        if len(named) == 1:
            c.issue = named.pop()


def _money_asked_is_aid(events: list[Candidate]) -> None:
    """An appeal or a request for a sum of money that names no issue ("appealed for $300
    million to stave off famine", "asked donors for 2 billion euros") asks for aid."""
    for c in events:
        if c.issue is not None or c.action not in ("appeal", "demand", "propose"):
            continue
        at = c.sentence.find(c.trigger)
        if at >= 0 and _FOR_MONEY.match(c.sentence, at + len(c.trigger)):
            c.issue = "aid"


# "for $300 million", "for 250 million dollars", "for an extra EUR 2bn"
_FOR_MONEY = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:for\s+)?(?:an?\s+)?(?:(?:extra|additional|further)\s+)?"
    r"(?:(?:(?:US)?\$|€|£|EUR\s*|USD\s*)\d[\d.,]*|\d[\d.,]*\s*(?:million|billion|bn)\b)",
    re.IGNORECASE,
)


# ", ending a dispute over trade": a participle after the clause, its object up to the end of
# the clause or a further verb ("to come")
_PARTICIPLE_CLAUSE = re.compile(
    r",\s+(?:thereby\s+)?(?!saying\b|adding\b)[a-z]+ing\s+(?P<object>(?:(?!\bto\b)[^,;:.])*)"
)


# Issues that say how parties deal, not what they agree on: an agreement is never "about" them.
_MEANS_ISSUES = frozenset({"talks", "summit", "other"})


# A denial cue opening the clause that names an issue: "no movement on sanctions", "without
# progress on the visa ban", "nothing was settled on tariffs"
_DENIAL_BEFORE = re.compile(r"\b(?:no|not|without|nothing|neither|nor)\b[^,;:.]{0,40}$")


def _denied_in_sentence(c: Candidate, issue: str, res: Resources) -> bool:
    """Does the asserted agreement's own sentence name `issue` only under a denial ("U.S.,
    Guatemala agree judicial cooperation group; no movement on sanctions")? Then the agreement
    is about something else the sentence names, not the article's issue."""
    if c.modality != "asserted":
        return False
    low = fold(c.sentence)
    hits = [x for x in res.issue_re.finditer(low) if res.issues[x.group().lower()] == issue]
    return bool(hits) and all(
        _DENIAL_BEFORE.search(low, max(0, x.start() - 60), x.start()) for x in hits
    )


def _agreements_take_article_issue(
    events: list[Candidate], sents: list[tuple[str, bool]], res: Resources, *, atomic: bool = False
) -> None:
    """An agreement that names nothing ("the two sides agreed on the schedule and the venue",
    "Ghana, Togo strike deal to reopen border") is about what the article is about: the issue its
    sentences name most often, talks and summits aside (the way the deal was reached), when
    one issue leads and is named more than once; else it stays vague. Inspection words
    count as nuclear only where the article is about a nuclear programme (another nuclear
    word, or the atomic agency named: `atomic`), as in `_weak_nuclear`: the "joint
    inspection regime" of a crop deal names no issue. First, a meeting arranged by an
    agreement takes the kind of meeting the article is about (see
    `_arranged_meetings_take_article_kind`)."""
    _arranged_meetings_take_article_kind(events, sents, res)
    if not any(
        c.action == "agree" and (c.issue is None or _reached_at_talks(c) or _no_deal_at_talks(c))
        for c in events
    ):
        return
    named: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    for s, _ in sents:
        for x in res.issue_re.finditer(fold(s)):
            phrase = x.group().lower()
            issue = res.issues[phrase]
            if issue not in _MEANS_ISSUES:
                named[issue] += 1
                weak[issue] += phrase in res.words["weak_nuclear"]
    if not atomic and named["nuclear"] == weak["nuclear"]:
        del named["nuclear"]  # inspection words alone
    top = named.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[0][1] == top[1][1]):
        return  # named once, or level with another: no issue the article is about
    # a pair the article shows reaching a deal: its "no deal" is an earlier round or what the
    # deal left out ("the first round had ended without agreement"), not the article's issue
    reached = {
        frozenset((c.actors[0], c.target))
        for c in events
        if c.action == "agree" and c.modality == "asserted" and _a_deal_between(c)
    }
    for c in events:
        if c.action != "agree" or _denied_in_sentence(c, top[0][0], res):
            continue
        if _a_deal_between(c) and (c.issue is None or _reached_at_talks(c)):
            c.issue = top[0][0]  # "the deal was struck at a second round of talks": the way
        elif (
            (c.issue is None or _no_deal_at_talks(c))
            and _no_deal_yet(c)
            and frozenset((c.actors[0], c.target)) not in reached
        ):
            c.issue = top[0][0]


# Words for any meeting, a summit as much as talks: they tell no kind of meeting apart
_ANY_MEETING = frozenset({"meet", "met", "meeting", "meetings"})


def _names_a_meeting(sentence: str, res: Resources) -> bool:
    """Does the sentence name a meeting of some kind (talks, a summit)?"""
    return any(
        res.issues.get(x.group().lower()) in _MEANS_ISSUES
        for x in res.issue_re.finditer(fold(sentence))
    )


def _arranged_meetings_take_article_kind(
    events: list[Candidate], sents: list[tuple[str, bool]], res: Resources
) -> None:
    """A meeting arranged by an agreement that names no meeting ("the two leaders agreed to a
    new date", "agreed the venue") is the meeting the article is about: a summit where the
    article names summits more often than talks, else the default talks."""
    arranged = [
        c
        for c in events
        if c.action == "meet"
        and c.rule.endswith(":agree")
        and c.issue == "talks"
        and not _names_a_meeting(c.sentence, res)
    ]
    if not arranged:
        return
    kinds: Counter[str] = Counter()
    for s, _ in sents:
        kinds.update(
            res.issues[x.group().lower()]
            for x in res.issue_re.finditer(fold(s))
            if x.group().lower() not in _ANY_MEETING
        )
    if kinds["summit"] > kinds["talks"]:
        for c in arranged:
            c.issue = "summit"


# "The deal was struck at a second round of talks", "concluded after two days of talks",
# "concluded at the end of a round of talks": the talks named after the deal are where it was
# reached, not what it is about
_AT_TALKS = re.compile(  # only the deal's own words between: "agree a working group in
    # sanctions talks" names what was agreed
    r"(?:\s+(?:a|an|the|deal|agreement|accord|was|were|is|are|been|has|have|had|struck|"
    r"reached|sealed|signed|concluded|finally|on|late|early|\w+day|last|night|week))*,?\s+"
    r"(?:at|after|during|following|in|on\s+the\s+sidelines\s+of)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|two\s+days\s+of\s+|(?:\w+\s+)?rounds?\s+of\s+|"
    r"(?:end|close|conclusion)\s+of\s+)*"  # "at the end of a second round of talks"
    r"(?:[\w'’-]+\s+){0,3}?(?:talks|negotiations|consultations)\b",
    re.IGNORECASE,
)


def _met_where_agreed(events: list[Candidate]) -> list[Candidate]:
    """A deal of two reached at talks ("the deal was reached in a second round of talks in
    Belgrade", "signed the accord at the close of talks in Lima"): the talks were held, a
    meeting of the two, when the article tells of none between them already."""
    met = {(c.actors, c.target) for c in events if c.action == "meet" and c.modality == "asserted"}
    added = [
        replace(c, action="meet", rule=f"{c.rule}:met_at_talks", notes=set(c.notes))
        for c in events
        if c.action == "agree"
        and c.modality == "asserted"
        and c.target is not None
        and _reached_at_talks(c)
        and (c.actors, c.target) not in met
    ]
    # parties whose meeting the article tells already (its own words are better evidence)
    seen = {p for c in events if c.action == "meet" and c.modality == "asserted"
            for p in (*c.actors, c.target)}  # fmt: skip
    for c in events:
        if (
            c.action == "agree"
            and c.modality == "negated"
            and c.target is not None
            and not seen & {*c.actors, c.target}
            and (c.actors, c.target) not in met
            and _HELD_TALKS.search(c.sentence)
        ):
            # "no agreement was reached at the talks between Chad and Sudan", "failed to agree
            # after two days of talks": the deal failed, the talks where it did were held
            met.add((c.actors, c.target))
            added.append(
                replace(c, action="meet", modality="asserted", issue="talks",
                        rule=f"{c.rule}:met_without_deal", notes=set(c.notes))
            )  # fmt: skip
    return events + added


# Talks told as held: the place or time a deal was (not) reached ("at the talks", "after two
# days of talks", "at the end of the meeting") or talks that ended ("talks in Jeddah ended").
_TALKS_WORD = r"(?:talks|negotiations|meeting|summit|consultations)"
_HELD_TALKS = re.compile(
    r"\b(?:at|after|from|during|following|emerged\s+from)\s+(?:[\w'’-]+\s+){0,5}?"
    rf"{_TALKS_WORD}\b"
    rf"|\b{_TALKS_WORD}\b[^.;]{{0,80}}?\b(?:ended|broke\s+up|closed|concluded|wrapped\s+up)\b"
    # a headline's "No deal in EU-China car talks" (not "in sight", nor talks still to come)
    r"|^no\s+(?:deal|agreement|breakthrough)\s+in\s+"
    r"(?!(?:sight|next|coming|upcoming|future|planned)\b|[\w'’-]+['’]s\b)"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_TALKS_WORD}\b",
    re.IGNORECASE,
)


def _reached_at_talks(c: Candidate) -> bool:
    if c.issue != "talks":
        return False
    at = c.sentence.find(c.trigger)
    return at >= 0 and _AT_TALKS.match(c.sentence, at + len(c.trigger)) is not None


# "no agreement had been reached", "there was no deal yet", "fail to reach deal": the deal the
# parties have not reached, told with a word for a deal and nothing it would be on
_NO_DEAL = re.compile(r"\b(?:agreement|deal|accord|breakthrough|reach(?:ed|ing)?)\b", re.IGNORECASE)
_DEAL_ON = re.compile(
    r"\s+(?:(?:yet|so\s+far)\s+)?(?:on|over|about|to|for|that|of)\b", re.IGNORECASE
)


def _no_deal_at_talks(c: Candidate) -> bool:
    """A "no deal" whose only issue is the talks it was not reached at ("the meeting ended
    without an agreement", "talks on the border ended without agreement"): the talks are where
    no deal came, never what it would have been about."""
    return c.issue == "talks" and _no_deal_yet(c)


def _no_deal_yet(c: Candidate) -> bool:
    """A deal told as not (yet) reached between two parties, naming nothing it would be on."""
    if c.target is None or c.modality != "negated" or not _NO_DEAL.search(c.trigger):
        return False
    at = c.sentence.find(c.trigger)
    return at >= 0 and _DEAL_ON.match(c.sentence, at + len(c.trigger)) is None


# "agreed to keep talking", "agreed to meet again": an agreement on how to go on, not a deal.
_GOING_ON = re.compile(
    r"\s+to\s+(?:keep|continue|remain|stay|meet|talk|resume|hold|pursue)\b", re.IGNORECASE
)


# "signed a border treaty", "a defence pact": a deal its own word names (what it is about,
# which no issue of the vocabulary is); not "a new deal", "the final agreement".
_NAMED_DEAL = re.compile(
    r"\s+(?:a|an|the|their|its)\s+(?P<word>[a-z][\w-]*)\s+"
    r"(?:treaty|pact|accord|agreement|deal|contract|protocol|memorandum|convention)\b"
)
_PLAIN_DEAL_WORDS = frozenset(
    ["new", "final", "formal", "first", "joint", "bilateral", "landmark", "written", "interim",
     "preliminary", "historic", "broad", "wider", "comprehensive", "revised", "draft", "short"]
)  # fmt: skip


def _a_deal_between(c: Candidate) -> bool:
    """An agreement told as reached between two parties (not one party's consent to something,
    nor a refusal or a doubt about one), not one to go on talking and not a deal that its own
    word names."""
    if c.target is None or c.modality not in ("asserted", "expected"):
        return False
    at = c.sentence.find(c.trigger)
    if at < 0:
        return True
    rest = at + len(c.trigger)
    named = _NAMED_DEAL.match(c.sentence, rest)
    if named is not None and named.group("word") not in _PLAIN_DEAL_WORDS:
        return False
    return _GOING_ON.match(c.sentence, rest) is None


def _bodies_set_issues(events: list[Candidate], res: Resources) -> None:
    """An act to or by a body of one issue (orgs.tsv `issue=`: the IAEA's is nuclear) that
    names none is about that issue ("Kazakhstan replied to the agency's request to visit the
    site"); not a proposal, which must name what it proposes."""
    for c in events:
        if c.issue is None and c.action != "propose":
            c.issue = res.org_issues.get(c.actors[0]) or res.org_issues.get(c.target or "")


def _named_only(events: list[Candidate]) -> list[Candidate]:
    """No placeholder ("@ARMED": "the rebels" where the article names no group) leaves the
    article as a party: its event goes, or its target is nobody."""
    kept = [c for c in events if c.actors[0][:1] != "@"]
    for c in kept:
        if c.target is not None and c.target[:1] == "@":
            c.target = None
    return kept


def _unanswered_issueless_go(events: list[Candidate]) -> list[Candidate]:
    """A proposal about nothing the vocabulary names ("offered to help", "proposed that X pay")
    opens no story, unless its addressee answers it in the article ("Ethiopia rejects Egyptian
    plan"): then it is about what the answer is about."""
    answered: dict[tuple[str, str], str] = {}
    for c in events:  # the first answer names it best (the headline's)
        if c.action in ANSWER_ACTIONS and c.target is not None:
            answered.setdefault((c.actors[0], c.target), c.issue or "other")
    kept: list[Candidate] = []
    for c in events:
        if c.action == "propose" and c.issue is None:
            issue = answered.get((c.target, c.actors[0])) if c.target else None
            if issue is None and c.target is not None and _proposes_a_deal(c):
                issue = "other"  # "proposed a fisheries pact to Chile": an agreement offered
            if issue is None:
                continue
            c.issue = issue
        kept.append(c)
    return kept


_DEAL_NAMED = re.compile(r"\b(?:pact|treaty|accord|agreement|deal)\b", re.IGNORECASE)
_DEAL_OFFERED = re.compile(
    r"\s+(?:(?:a|an|the|its|their|new|joint|bilateral)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:pact|treaty|accord|agreement|deal|memorandum|convention|partnership)\b"
)


def _proposes_a_deal(c: Candidate) -> bool:
    if _DEAL_NAMED.search(c.trigger):
        return True  # "handed both capitals a draft agreement": a deal offered
    at = c.sentence.find(c.trigger)
    return at >= 0 and _DEAL_OFFERED.match(c.sentence, at + len(c.trigger)) is not None
