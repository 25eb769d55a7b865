"""Events carried by nouns: light-verb constructions and possessive nominalisations.

- light verb + noun: "issued an official response", "held talks", "extended the invitation to
  Moscow", "handed Hamas and Israel a new proposal": the light verb's subject acts;
- possessive or "from" agent: "Kyiv's proposal", "Moscow's rejection", "no response from Hamas".
  Inside the object of an earlier event ("responded to Ukraine's call") the nominal is a reference
  to something already said: kept as context (it names the proposal being answered), not output.
"""

from __future__ import annotations

import re

from storywatch.classify.arguments import (
    captives_swapped,
    city_target,
    find_issue,
    find_subject,
    first_target,
)
from storywatch.classify.events import (
    ANSWER_ACTIONS,
    NEITHER,
    Candidate,
    Sent,
    claimed_gerund,
    demonym_target,
    make,
    named_group_site,
    no_holder_ever,
    pair_talks_ahead,
    site_of_named_group,
)
from storywatch.classify.mentions import Mention
from storywatch.classify.modality import governs, modality
from storywatch.classify.resources import TriggerDef
from storywatch.classify.text import WEEKDAY, after_to, clause_end, next_word, prev_word, word_back

__all__ = ["noun_event"]

# The "from" agent of a noun: "no response from Hamas". A time adverb may stand between the
# noun and its agent ("no answer yet from Tashkent", "no reply so far from Kigali"), and a
# passive of receipt leaves the agent in the same "from" phrase ("no response had been received
# from Naypyitaw": none came from it). An institution seated in a capital names the state by its
# seat ("no reply from the presidency in Abuja", "from the government in Bamako").
_FROM = re.compile(
    r"(?:\s+(?:yet|so\s+far|thus\s+far|as\s+yet))?"
    r"(?:\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:received|heard))?"
    r"\s+from\s+(?:the\s+)?"
    r"(?:(?:government|presidency|authorities|administration|foreign\s+ministry)\s+in\s+)?",
    re.IGNORECASE,
)
_BY = re.compile(r"\s+by\s+", re.IGNORECASE)
_FINITE_GAP = re.compile(r"\b(?:is|was|were|are|been|has|have|had|will|would)\b", re.IGNORECASE)
_WORD_BACK = re.compile(r"([\w’'-]+)[^\w’'-]*$")
_BLOCKERS = frozenset(
    ["and", "but", "or", "to", "that", "which", "who", "as", "while", "said", "says", "if", "when",
     "after", "before", "because", "with", "for", "on", "at", "in",
     # verbs that undo the noun: "the strike violated the truce" is no deal struck
     "violated", "violates", "breached", "breaches", "broke", "undermined", "undermines",
     "wrecked", "scuttled", "derailed", "jeopardised", "jeopardized", "threatened", "threatens",
     # verbs that take the measure away: "would consider lifting its sanctions" imposes none
     "lifting", "lift", "lifts", "lifted", "easing", "ease", "eases", "eased", "removing",
     "remove", "removed", "dropping", "drop", "dropped", "ending", "end", "ended"]
)  # fmt: skip
_NOMINAL_ACTIONS = frozenset(
    {"propose", "respond", "reject", "accept", "attack", "demand", "threaten", "appeal", "sanction"}
)


def _in_mention(ms: list[Mention], pos: int) -> Mention | None:
    for m in ms:  # a loop, no generator: runs for every word a light verb is looked for in
        if m.start <= pos < m.end:
            return m
    return None


_PARTICLES = ("up", "forward", "down", "off", "out")
_TWO_WORDS = re.compile(rf"\b([A-Za-z]+ (?:{'|'.join(_PARTICLES)}))\b")


def _light_verb(sent: Sent, start: int, tdef: TriggerDef) -> re.Match[str] | None:
    """A light verb among the five words before the noun, skipping mentions in between."""
    pos, seen, s, ms = start, 0, sent.s, sent.ms
    while seen < 5:
        w = word_back(_WORD_BACK, s, pos)
        if w is None or s[w.end(1) : pos].strip(" ") not in ("", "-", "’s", "'s"):
            return None
        inside = _in_mention(ms, w.start(1))
        if inside is not None:
            pos = inside.start
            continue
        word = w.group(1).lower()
        if word in _PARTICLES:  # "stepped up", "put forward": a two-word light verb
            two = _TWO_WORDS.search(sent.s, max(0, w.start(1) - 20), w.end(1))
            if two is not None and two.end(1) == w.end(1) and two.group(1).lower() in tdef.light:
                return two
        if word in tdef.light:
            before = prev_word(sent.s, w.start(1)).lower()
            # "with Brazil as host of the talks": a noun; "Seoul's repeated offers", "has
            # ignored repeated offers": an adjective (after a possessive, or after a verb)
            adjective = before.endswith(("'s", "’s")) or (
                word.endswith("ed") and before.endswith("ed") and before not in _AUX_ED
            )
            return None if before in _NOT_A_VERB_AFTER or adjective else w
        if word == "with":
            given = _given_with(sent, w.start(1), tdef)
            if given is not None:
                return given
        if word in _BLOCKERS and not (word == "and" and _in_mention(sent.ms, pos + 1)):
            return None
        pos, seen = w.start(1), seen + 1
    return None


# A verb of giving with its recipient first and the thing given after "with" ("presented Hamas
# and Israel with a new proposal", "provided both sides with a draft"): the dative alternation
# of "presented a new proposal to Hamas and Israel". Group 1 is the verb; only capitalised names
# (and the group nouns "both sides", "the two parties") stand between it and "with".
_GIVEN_WITH = re.compile(
    r"\b(present|presents|presented|presenting|provide|provides|provided|providing|furnished|"
    r"furnishes|supplied|supplies)\s+(?:the\s+|both\s+|two\s+)?"
    r"(?:(?:sides|parties|delegations|negotiators|[A-Z][\w’'.-]*)(?:,?\s+(?:and\s+)?|\s+))+$"
)


def _given_with(sent: Sent, with_at: int, tdef: TriggerDef) -> re.Match[str] | None:
    """The giving verb of "presented X with [the noun]" when it is one of the noun's light
    verbs, else None."""
    found = _GIVEN_WITH.search(sent.s, max(0, with_at - 80), with_at)
    if found is None or found.group(1).lower() not in tdef.light:
        return None
    parties = [x for x in sent.ms if x.actor and x.codes[0][:1].isalnum()]  # not "both sides"
    named = any(found.end(1) <= x.start < with_at for x in parties)
    if not named and len({c for x in parties for c in x.codes}) < 3:
        return None  # "presented both sides with": the sides are named nowhere in the sentence
    return found


_AUX_ED = frozenset(["need", "used"])
# Words after which a light verb is a noun or an adjective ("as host of the talks", "their
# newly signed agreement")
_NOT_A_VERB_AFTER = frozenset(
    ["as", "the", "a", "an", "its", "their", "his", "her", "our", "newly", "recently", "freshly"]
)
_HOSTING = re.compile(r"(?:host|convene|chair|mediate|broker|facilitate)", re.IGNORECASE)
_BETWEEN = re.compile(
    r"\s+(?:of\s+(?:\w+\s+){0,2}?(?:talks|negotiations|consultations|discussions)\s+)?"
    r"(?:(?:in|at|on)\s+[A-Z][\w’'-]*\s+){0,2}between\b"
)
_PERSON_S = re.compile(r"\b(?:his|her|my|your)\b", re.IGNORECASE)
_NO = re.compile(r"\bno\b", re.IGNORECASE)
_ANY = re.compile(r"\bany\b", re.IGNORECASE)


def _light_event(
    sent: Sent, m: re.Match[str], tdef: TriggerDef, light: re.Match[str], issue: str | None
) -> Candidate | None:
    subject = find_subject(sent.s, light.start(1), sent.ms, sent.res.title_words)
    if subject is None or no_holder_ever(sent.s, subject.start):
        return None  # "No French president has made an official visit to Vanuatu"
    if (
        _governed_light(sent, light.start(1))
        or _hosts_others(sent, m, tdef, light, subject.codes)
        # "accused Addis Ababa of ... by signing a port deal": the accused's act, claimed
        or claimed_gerund(sent.s, light.start(1), light.group(1))
    ):
        return None
    if tdef.action == "sanction" and _PERSON_S.search(sent.s, light.end(1), m.start()):
        return None  # "resumed his duties": a person's work, no measure
    infinitive = after_to(sent.s, light.start(1))
    past = sent.last_end > light.start(1)  # the light verb already read as a verb of its own
    lo = subject.end if infinitive or past else max(subject.end, sent.last_end)
    mod = modality(sent.s, lo, light.start(1), m.end(), light.group(1), res=sent.res)
    if mod is None:
        return None
    if mod == "asserted" and _NO.search(sent.s[light.end(1) : m.start()]):
        mod = "negated"
    if mod in ("asserted", "expected") and light.group(1).lower().startswith(("consider", "weigh")):
        mod = "hypothetical"  # "is considering sanctions on Peru": a measure weighed, not taken
    if mod != "negated" and _ANY.search(sent.s[light.end(1) : m.start()]):
        return None  # "would join any talks": no talks in view
    between = [
        x for x in sent.ms if light.end(1) <= x.start and x.end < m.start() - 1 and x.actor
    ]  # "handed Hamas and Israel a new proposal"; not "all UN sanctions" (a modifier)
    after = first_target(sent.s, m.end(), sent.ms, subject.codes)
    if between and tdef.action == "sanction" and after is not None and after.prep in _AIMED:
        between = []  # "adopted the EU's sanctions against Russia": aimed at Russia
    target = between[0] if between else after
    # "sent its reply to a Qatari proposal for a swap with Iraq": the proposal's owner
    target = _answered_owner(sent, m.end(), tdef, subject.codes, bool(between)) or target
    if target is None:
        target = _gathering_body(sent, tdef, light, m, subject.codes) or demonym_target(
            sent, m.end(), subject.codes, attack=tdef.action == "attack"
        )
    if target is None and tdef.action == "attack":  # "stepped up drone strikes on Kharkiv"
        target = city_target(sent.s, m.end(), sent.res, subject.codes)
    # "carried out air strikes against ADF camps in Congo": a place, not the party hit
    target = (
        None if tdef.action == "attack" and site_of_named_group(sent, m.end(), target) else target
    )
    armed_site = target is None and tdef.action == "attack" and named_group_site(sent, m.end())
    conf = 0.8 - (0.1 if subject.kind in ("group_noun", "pronoun") else 0.0)
    if NEITHER.search(sent.s, max(0, subject.start - 12), max(0, subject.start)):
        mod = "negated"
    trig = sent.s[light.start(1) : m.end()]
    rule = f"light-verb:{tdef.name}"
    cand = make(sent, tdef, subject.codes, target, issue=issue, mod=mod, conf=round(conf, 2),
                rule=rule, trigger=trig)  # fmt: skip
    cand.notes |= {"named_armed_site"} if armed_site else set()
    if target is None and tdef.action == "meet" and trig.lower().startswith("host"):
        cand.notes.add("guestless")  # "will host the talks": no guest named
    return cand


_AIMED = frozenset({"on", "against", "targeting"})


def _gathering_body(
    sent: Sent, tdef: TriggerDef, light: re.Match[str], m: re.Match[str], subject: tuple[str, ...]
) -> Mention | None:
    """ "will not attend the ASEAN summit", "attended the OAS meeting": the organisation whose
    gathering is attended, named as the meeting noun's modifier, is whom the party meets (only
    after "attend": "hold an OAS meeting" or "host the AU summit" convene it, not go to it)."""
    if tdef.action != "meet" or not light.group(1).lower().startswith("attend"):
        return None
    body = [x for x in sent.ms if light.end(1) <= x.start and x.end == m.start() - 1]
    if body and body[0].kind == "org" and body[0].codes[0] not in subject:
        return body[0]
    return None


# An answer's noun followed by what it answers, its owner named before the noun ("its reply to
# a Qatari proposal for an exchange with Iraq", "its answer to the United Nations truce plan"):
# the owner is answered, whether a party, a mediator or a demonym, not a party named later.
_TO_OWNED = re.compile(
    r"\s+to\s+(?:the|a|an)\s+(?:(?:new|latest|revised|fresh|formal|draft|initial|joint)\s+)?"
)
_OWNED_AFTER = re.compile(
    r"(?:[-‐](?:drafted|brokered|backed|led|proposed|sponsored|mediated))?\s+"
    r"(?:[\w-]+\s+)?(?:offer|proposal|plan|initiative|draft|framework|request|invitation|"
    r"overture|roadmap)s?\b",
    re.IGNORECASE,
)


def _answered_owner(
    sent: Sent, end: int, tdef: TriggerDef, exclude: tuple[str, ...], between: bool
) -> Mention | None:
    opened = _TO_OWNED.match(sent.s, end)
    if opened is None or between or tdef.action not in ANSWER_ACTIONS:
        return None
    x = next((x for x in sent.ms if x.start == opened.end()), None)
    if x is None or x.location or x.possessive or x.codes[0][:1] == "@":
        return None
    if set(x.codes) & set(exclude) or _OWNED_AFTER.match(sent.s, x.end) is None:
        return None
    return x


# "proposed hosting talks", "suggested holding a summit": the gerund is what is proposed.
_PROPOSING = frozenset(
    ["proposed", "proposes", "propose", "proposing", "suggested", "suggests", "suggest",
     "suggesting", "floated", "floats", "mooted", "offered", "offers", "recommended",
     "recommends", "considering", "considered", "considers", "discussed", "discussing"]
)  # fmt: skip


def _hosts_others(
    sent: Sent, m: re.Match[str], tdef: TriggerDef, light: re.Match[str], subject: tuple[str, ...]
) -> bool:
    """ "hosted talks between Israel and Hamas": a go-between's talks, the two meet; "is
    following planned talks between Syria and the SDF": talks whose own parties are named
    after "between" are theirs, not the subject's when it is none of the first two named."""
    if tdef.action != "meet":
        return False
    hosting = _HOSTING.match(light.group(1)) is not None
    if hosting and pair_talks_ahead(sent, light.end(1)):
        return True  # "hosted Sudan-Chad talks": the hyphenated pair meets
    if (found := _BETWEEN.match(sent.s, m.end())) is None:
        return False
    if hosting:
        return True
    named = [x for x in sent.ms if x.start >= found.end() and x.actor][:2]
    return len(named) == 2 and not {c for x in named for c in x.codes} & set(subject)


# A gerund after a noun and "on", "of" or "about" is that noun's content ("its insistence on
# hosting the meeting", "the idea of holding talks"): the noun after a determiner or a
# possessive, one word between at most.
_NOUN_OF_GERUND = re.compile(
    r"\b(?:its|their|his|her|the|a|an|this|that|any)\s+(?:[\w'’-]+\s+)?[a-z]+\s+(?:on|of|about)$"
)


def _governed_light(sent: Sent, start: int) -> bool:
    """ "a proposal to impose sanctions": an infinitive light verb that belongs to its governor;
    "proposed hosting talks": a gerund that is the content of a proposal."""
    before = sent.s[:start].rstrip().lower()
    gerund = next_word(sent.s, start).lower().endswith("ing")
    if gerund and before.rsplit(" ", 1)[-1] in _PROPOSING:
        return True
    if gerund and _NOUN_OF_GERUND.search(before) is not None:
        return True  # "dropped its insistence on hosting the meeting": what it wanted, no act
    if not before.endswith(" to"):
        return False
    return not governs(sent.s, len(before) - 3)


_GAP_PUNCT = re.compile(r"[,;:\"“”]")


def _possessor(sent: Sent, start: int) -> Mention | None:
    for x in sent.ms:
        gap = sent.s[x.end : start]
        if x.possessive and x.end <= start and len(gap.split()) <= 2 and not _GAP_PUNCT.search(gap):
            return x
    return None


def _agent(sent: Sent, m: re.Match[str], tdef: TriggerDef) -> Mention | None:
    agent = _possessor(sent, m.start())
    if agent is None and tdef.action != "threaten":  # "the threat from X": a danger, not an act
        after = _FROM.match(sent.s, m.end())
        agent = next((x for x in sent.ms if after and _from_agent_at(x, after) and x.actor), None)
    if agent is None:
        agent = _by_agent(sent, m.end())
    if agent is None:
        agent = _relative_agent(sent, m.end())
    if agent is None and tdef.action == "propose":
        agent = _answered_demonym(sent, m)
    return agent


_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+$")


def _answered_demonym(sent: Sent, m: re.Match[str]) -> Mention | None:
    """ "A Qatari proposal ... was rejected by Israel": a nationality adjective before a proposal
    noun names its author, as a possessive does ("Qatar's proposal"); read as the author's act
    only when the noun is the subject of another party's passive answer, which puts the
    proposal on the record as news ("the Qatari plan" alone may be only talked about). The
    indefinite article introduces the proposal as new; "the" presents it as already known."""
    party = _modifying_party(sent, m.start())
    if party is None or party.kind != "demonym" or party.possessive:
        return None
    if not _INDEFINITE_BEFORE.search(sent.s, max(0, party.start - 4), party.start):
        return None  # "the Greek offer": given, a proposal told before; "a 1955 French plan"
    by = _answered_by(sent, m.end())
    if by is None or set(by.codes) & set(party.codes):
        return None
    return party


def _from_agent_at(x: Mention, after: re.Match[str]) -> bool:
    """Does mention `x` stand right after the "from" of `after`? "no reply from Hanoi"; and a
    definite description whose "the" the "from" phrase took in, "no reply from the government"
    (the article's government, a mention from its article "the"), as long as it runs past the
    phrase (not "the government" of "from the government in Hanoi": Hanoi is the agent there)."""
    return x.start == after.end() or (after.start() < x.start < after.end() < x.end)


_REL_OPEN = re.compile(r"\s+(?:that\s+|which\s+)?(?:the\s+)?", re.IGNORECASE)
_REL_VERB = re.compile(
    r"\s+(?:had\s+|has\s+)?(?:made|extended|put\s+forward|tabled|sent|floated|submitted|"
    r"presented|offered|issued|delivered)\b",
    re.IGNORECASE,
)


def _relative_agent(sent: Sent, pos: int) -> Mention | None:
    """ "a ceasefire offer the New People's Army made this week": the party of a relative
    clause right after the noun whose verb is the noun's light verb."""
    opened = _REL_OPEN.match(sent.s, pos)
    x = next((x for x in sent.ms if opened and x.start == opened.end() and x.actor), None)
    return x if x is not None and _REL_VERB.match(sent.s, x.end) else None


def _by_agent(sent: Sent, pos: int) -> Mention | None:
    """ "the rejection of the mission by Guinea-Bissau's rulers": the agent after "by"."""
    end = min(clause_end(sent.s, pos), pos + 70)
    by = _BY.search(sent.s, pos, end)
    if by is None or _FINITE_GAP.search(sent.s, pos, by.start()):
        return None  # "the framework was welcomed by Boulos": the agent of another verb
    if _RELAY_VERB.search(sent.s, pos, by.start()):
        return None  # "an offer in a letter carried by Swiss diplomats": the carrier's act
    agent = next((x for x in sent.ms if x.start == by.end() and x.actor), None)
    if agent is not None and _GO_BETWEEN.match(sent.s, agent.start, agent.end + 16):
        return None  # "was handed over by Qatari intermediaries": a go-between, not the author
    return agent


# Verbs of carrying a message between others ("passed", "relayed", "carried"): their agent
# ("by X") is the messenger of the proposal, not the party that made it.
_RELAY_VERB = re.compile(
    r"\b(?:passed|relayed|carried|transmitted|forwarded|ferried|couriered)(?:\s+on)?"
    r"(?:\s[^,;:()]{0,40}?)?\s*$",
    re.IGNORECASE,
)
# A party named as a go-between by its own noun ("by Omani intermediaries"): it carries the
# act, it is not its author. Not "mediators": a mediator may author a plan of its own.
_GO_BETWEEN = re.compile(
    r"[^,;:()]*?\b(?:intermediar(?:y|ies)|go-betweens?|messengers?|couriers?)\b", re.IGNORECASE
)


# Demand in the market's sense: "as demand from Chile and Peru recovered", "weak demand from
# India": a quantity that moves, or that an economic word qualifies, is nobody's demand.
_MARKET_WORDS = frozenset(
    ["strong", "weak", "weaker", "stronger", "global", "consumer", "domestic", "export", "import",
     "energy", "fuel", "oil", "gas", "steel", "seasonal", "sluggish", "robust", "soft", "softer",
     "firm", "rising", "falling", "growing", "slowing", "solid", "tepid", "buoyant", "industrial",
     "retail", "household", "underlying", "pent-up", "overseas", "foreign", "as", "of"]
)  # fmt: skip
_MARKET_MOVE = re.compile(
    r"(?:,?\s(?:and|or)\s(?:the\s)?[\w'-]+(?:\s[\w'-]+){0,3}?)?\s(?:has\s|have\s|had\s|was\s|is\s)?"
    r"(?:recover(?:s|ed|ing)?|rose|rises?|rising|fell|falls?|falling|picked\sup|picks?\sup|"
    r"slow(?:s|ed|ing)?|weaken(?:s|ed|ing)?|eased|eases?|surg(?:e|es|ed|ing)|slump(?:s|ed)?|grew|"
    r"grows?|increas(?:e|es|ed)|decreas(?:e|es|ed)|drop(?:s|ped)?|jump(?:s|ed)?|rebound(?:s|ed)?|"
    r"soften(?:s|ed)?|cool(?:s|ed)?|strengthen(?:s|ed)?|improv(?:e|es|ed)|stay(?:s|ed)?|"
    r"remain(?:s|ed)?|held\sup|outstrip(?:s|ped)?|outpac(?:e|es|ed)|boost(?:s|ed)?)\b",
    re.IGNORECASE,
)


def _market_demand(sent: Sent, m: re.Match[str], agent: Mention) -> bool:
    """Is the noun "demand" the market's demand (see _MARKET_WORDS)?"""
    if prev_word(sent.s, m.start()).lower() in _MARKET_WORDS:
        return True
    return agent.start > m.end() and _MARKET_MOVE.match(sent.s, agent.end) is not None


def _nominal(sent: Sent, m: re.Match[str], tdef: TriggerDef, issue: str | None) -> Candidate | None:
    if tdef.action not in _NOMINAL_ACTIONS:
        return None
    agent = _agent(sent, m, tdef)
    if agent is None:
        return None
    if tdef.action == "demand" and _market_demand(sent, m, agent):
        return None
    # An owned act ("Amman's refusal") is given by its noun phrase, a negation of the governing
    # verb is not its own; not an answer still owed ("waiting for Norway's answer")
    owned = agent.possessive and agent.start < m.start() and tdef.action != "respond"
    mod = modality(
        sent.s, None, m.start(), m.end(), m.group(), res=sent.res,
        owner_at=agent.start if owned else -1,
    )  # fmt: skip
    if mod is None:
        return None
    # "any incursion by Kyrgyz troops would be met with force": a free-choice "any", an act only
    # supposed; under a negation "any" is a negative-polarity item ("had not received any
    # proposal from Kyiv"): no such act at all, the negation stands
    if mod != "negated" and _ANY_BEFORE.search(sent.s, max(0, m.start() - 24), m.start()):
        mod = "hypothetical"
    target = first_target(sent.s, m.end(), sent.ms, agent.codes)
    # "Belgrade's rejection drew concern from the EU", "Abuja's acceptance follows contacts
    # through Senegal": a party after the verb the noun is the subject of reacted to the act or
    # came before it; it is not the act's counterpart
    reacted = target is not None and _REACTION.search(sent.s, m.end(), target.start) is not None
    if reacted:
        target = None
    if target is None and not reacted:
        subject = find_subject(sent.s, agent.start, sent.ms)
        target = next((x for x in sent.ms if subject and x.end == subject.end), None)
    if target is not None and set(target.codes) <= set(agent.codes):
        target = None
    if tdef.action == "respond" and mod == "asserted" and _NOT_COME.match(sent.s, m.end()):
        mod = "negated"  # "Tanzania's answer has not arrived": no answer yet
    cand = make(sent, tdef, agent.codes, target, issue=issue, mod=mod, conf=0.7,
                rule=f"nominal:{tdef.name}", trigger=m.group())  # fmt: skip
    # A possessive nominal mostly names something said before ("Hamas's response has been
    # studied"): it is context for answers, an event only for acts of force ("Russia's invasion").
    covered = any(a <= m.start() < b for a, b in sent.covered)
    end = clause_end(sent.s, m.end(), soft=False)
    by = _answered_by(sent, m.end()) if tdef.action == "propose" else None
    if by is not None and cand.target is None and not set(by.codes) & set(agent.codes):
        cand.target = by.codes[0]  # "Seoul's invitation was turned down by Pyongyang"
    restated = (
        agent.possessive
        and tdef.action != "attack"
        # "did not refer to Peru's offer": the negation is the verb's, the offer stands
        and (cand.modality != "negated" or tdef.action == "propose")
        and not _DAY.search(sent.s, m.end(), end)
        and not (tdef.action in _REACTED_TO and _REACTION.search(sent.s, m.end(), end))
        and by is None
        # "Manila has received Jakarta's reply": its arrival is the news
        and not (
            tdef.action == "respond"
            and _RECEIVED.search(sent.s, max(0, agent.start - 30), agent.start)
        )
    )  # "Iran's rejection of the offer came on Monday": dated, news of its own; "Harare's
    # rejection of the offer was called regrettable": the answer is the news reacted to
    overcome = _OVERCOME.search(sent.s, max(0, m.start() - 40), m.start()) is not None
    # "the minister said of Chile's proposal": what the speaker talks about, no act
    spoken_of = _SPOKEN_OF.search(sent.s, max(0, agent.start - 30), agent.start) is not None
    cand.context_only = covered or restated or overcome or spoken_of
    if (
        tdef.action == "propose"
        and agent.possessive
        and _UNANSWERED.search(sent.s, max(0, agent.start - 50), agent.start) is not None
    ):  # "has yet to respond to Finland's proposal": the proposal stands, unanswered, put to
        # the party that owes its answer
        cand.modality, cand.context_only = "asserted", False
        answerer = find_subject(sent.s, agent.start, sent.ms)
        if answerer is not None and not set(answerer.codes) & set(agent.codes):
            cand.target = answerer.codes[0]
    return cand


# "has yet to respond to Finland's proposal", "has not accepted Kyiv's offer": a proposal still
# open, told by its want of an answer: the proposal is news as much as the silence
_UNANSWERED = re.compile(
    r"\b(?:(?:(?:has|have|had)\s+(?:(?:so|thus)\s+far\s+|still\s+|as\s+yet\s+)?"
    r"(?:yet\s+to|not(?:\s+yet)?|still\s+not)|did\s+not)\s+"
    r"(?:(?:\w+ly|formally|officially)\s+)?(?:respond|responded|reply|replied|answer|answered|"
    r"accept|accepted|react|reacted)"
    # "has ignored Seoul's repeated offers": no answer given
    r"|(?:has|have|had)\s+(?:so\s+far\s+|repeatedly\s+)?ignored"
    # "is expected to respond to Cambodia's offer": the answer is still to come
    r"|(?:is|are|was|were)\s+(?:still\s+)?(?:expected|due|set|yet|likely)\s+to\s+"
    r"(?:respond|reply|answer|react))(?:\s+(?:to|on))?\s*$",
    re.IGNORECASE,
)
_RECEIVED = re.compile(r"\b(?:received|receives|receiving|got|gets)\s+$", re.IGNORECASE)
# An answer that has not come: its own predicate says so ("X's reply has not arrived", "a
# response from X is still awaited", "X's answer has yet to be received").
_NOT_COME = re.compile(
    r"(?:\s+(?:from|by)\s+[^,;.]{1,40}?)?(?:\s+to\s+[^,;.]{1,40}?)?\s+"
    r"(?:(?:has|have|had)\s+(?:still\s+)?(?:not|yet\s+to)\s+(?:\w+ly\s+)?"
    r"(?:arrived|arrive|come|been\s+received|be\s+received|been\s+delivered|be\s+delivered|"
    r"been\s+given|be\s+given|been\s+sent|be\s+sent|been\s+forthcoming|materiali[sz]ed)"
    r"|(?:is|was|are|were)\s+(?:still\s+)?(?:awaited|pending|outstanding|not\s+forthcoming)"
    r"|never\s+(?:came|arrived))\b",
    re.IGNORECASE,
)
_ANY_BEFORE = re.compile(r"\b[Aa]ny\s+(?:(?:new|further|future|fresh|such)\s+)?$")
_SPOKEN_OF = re.compile(
    r"\b(?:said|says|spoke|speaking|commenting|referring)\s+(?:of|on|about|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_REACTED_TO = ANSWER_ACTIONS | {"propose"}
_REACTION = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:called|described|criticised|"
    r"criticized|condemned|welcomed|hailed|denounced|regretted|deplored|praised)|drew|draws|"
    r"prompted|prompts|sparked|sparks|triggered|triggers|surprised|angered|dismayed|disappointed|"
    r"stunned|followed|follows|came|comes|soured|sours|strained|strains|deepened|deepens)\b",
    re.IGNORECASE,
)
# "Budapest's peace plan was swiftly rejected by Kyiv": the proposal is the subject of a
# passive answer whose verb is an answer trigger and whose agent "by" names: the answer and
# the proposal it answers are news together
_PASSIVE_BY = re.compile(
    r"[^,;:.()]{0,80}?\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"([a-z]+(?:\s+(?:down|up|out))?)\s+(?:(?:both|all|jointly)\s+)?by\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _answered_by(sent: Sent, end: int) -> Mention | None:
    """The answering party when the noun ending at `end` is the subject of a passive answer
    told with "by" its agent, else None."""
    be = _PASSIVE_BY.match(sent.s, end)
    if be is None:
        return None
    verb = be.group(1).lower()
    forms = dict.fromkeys((verb, verb.split()[0]))  # "turned down", else "turned" once
    defs = [d for form in forms for d in sent.res.triggers.get(form, [])]
    if not any(d.pos == "verb" and d.action in ANSWER_ACTIONS for d in defs):
        return None
    return next((x for x in sent.ms if x.start == be.end() and x.actor), None)


_DAY = re.compile(
    rf"\b(?:on\s+)?(?:{WEEKDAY}|yesterday|today|"
    r"overnight|this\s+morning|earlier\s+today)\b"
)


def _modifier(sent: Sent, end: int) -> bool:
    """ "a tariff truce", "sanctions relief": the noun modifies the next noun, no act of its own."""
    nxt = next_word(sent.s, end).lower()
    return nxt in sent.res.issues or any(d.pos == "noun" for d in sent.res.triggers.get(nxt, []))


_PASSIVE_LIGHT = re.compile(
    r"\s+(?:[^,;:()]{0,80}?\s)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|be)\s+"
    r"(?:\w+ly\s+)?([a-z]+)(?:\s+over)?\b",
    re.IGNORECASE,
)


# "sidestepping Hungarian veto", "despite Moscow's rejection": an act recalled, not a new one.
_OVERCOME = re.compile(
    r"\b(?:despite|sidestepping|sidestepped|bypassing|bypassed|overriding|overrode|overcoming|"
    r"overcame|circumventing|circumvented|defying|defied|ignoring|ignored|after)\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "the offer had been passed on by Oman", "was handed on through": a light verb of relaying
# ("passed on", "handed on"): whoever relays the proposal is not the one who made it
_RELAYED = re.compile(r"\s+on\b", re.IGNORECASE)
_OBSERVERS = re.compile(r"\bas\s+(?:an?\s+)?observers?\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b", re.IGNORECASE)
_SPEECH_ACTS = frozenset({"propose", "respond", "reject", "accept", "demand"})


_NOT_NAME_GAP = re.compile(r"[^\w\s.-]")


def _modifying_party(sent: Sent, start: int) -> Mention | None:
    """ "A U.S. proposal", "the American offer": the party named right before the noun."""
    for x in reversed(sent.ms):
        if x.end <= start and not _NOT_NAME_GAP.search(sent.s[x.end : start]):
            gap = sent.s[x.end : start].split()
            return x if len(gap) <= 2 else None
    return None


def _passive_light(sent: Sent, m: re.Match[str], tdef: TriggerDef) -> Candidate | None:
    """ "A U.S. proposal ... was handed to Lebanese officials": the noun is the subject of its
    light verb in the passive; the party before the noun (or after "by") acts, "to X" receives."""
    be = _PASSIVE_LIGHT.match(sent.s, m.end())
    if (
        be is None
        or be.group(1).lower() not in tdef.light
        or not be.group(1).endswith(("ed", "en", "ent", "ade", "ut"))
    ):
        return None
    if _RELATIVE.search(sent.s, m.end(), be.start(1)):
        return None  # "a proposal that had been delivered": a reference, not the act
    agent = _modifying_party(sent, m.start())
    relayed = _RELAYED.match(sent.s, be.end()) or _RELAY_VERB.search(be.group(1))
    if agent is None and not relayed:
        agent = _by_agent(sent, be.end())  # not "passed on by Oman": a go-between's
    if agent is None or (not agent.actor and agent.kind != "demonym"):
        return None
    mod = modality(sent.s, None, be.start(1), be.end(1), be.group(1), res=sent.res)
    if mod is None:
        return None
    target = first_target(sent.s, be.end(), sent.ms, agent.codes)
    if target is None:
        target = demonym_target(sent, be.end(), agent.codes)
    trig = sent.s[m.start() : be.end()]
    issue = find_issue(sent.s, m.start(), m.end(), sent.ms, res=sent.res)  # its frame held
    cand = make(sent, tdef, agent.codes, target, issue=issue, mod=mod, conf=0.7,
                rule=f"passive-light:{tdef.name}", trigger=trig)  # fmt: skip
    cand.context_only = any(a <= m.start() < b for a, b in sent.covered)
    return cand


def _as_observers(sent: Sent, m: re.Match[str], tdef: TriggerDef) -> bool:
    """ "the US and Chinese ambassadors attended the meeting as observers": no party meets."""
    end = clause_end(sent.s, m.end(), soft=False)
    return tdef.action == "meet" and _OBSERVERS.search(sent.s, m.end(), end) is not None


def noun_event(sent: Sent, m: re.Match[str], tdef: TriggerDef) -> Candidate | None:
    """The event of noun trigger `m` read as `tdef`, or None."""
    if _modifier(sent, m.end()) or sent.s.startswith("-", m.end()):
        return None  # "a round-the-clock hotline": the first word of a compound, no noun
    light = _light_verb(sent, m.start(), tdef)
    if light is not None and _as_observers(sent, m, tdef):
        light = None  # then only a nominal reading is left, and a meeting has none
    if light is None and tdef.light and tdef.action in _SPEECH_ACTS:
        passive = _passive_light(sent, m, tdef)
        if passive is not None:
            return passive
    if light is None and (tdef.action not in _NOMINAL_ACTIONS or _agent(sent, m, tdef) is None):
        return None  # cheap frame checks first: most nouns are no event
    # a noun that names its issue ("a unilateral truce") is about it, whatever follows
    issue = tdef.issue or find_issue(sent.s, m.start(), m.end(), sent.ms, res=sent.res)
    if issue is None and tdef.action in ("propose", "demand") and captives_swapped(sent.s, m.end()):
        issue = "prisoner_exchange"  # "Dhaka's proposal to exchange detained fishermen", as a verb
    if tdef.requires_issue and issue not in tdef.requires_issue:
        return None
    if light is not None:
        return _light_event(sent, m, tdef, light, issue)
    return _nominal(sent, m, tdef, issue)
