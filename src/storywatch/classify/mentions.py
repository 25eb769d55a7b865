"""Actor mentions in a sentence: gazetteer lookup, then disambiguation by general context rules.

Rules (each a property of the text, not a list of known traps):
- a place inside a longer proper name is not an actor: a capitalised neighbour that is neither a
  title word nor another known name ("Dynamo Moscow", "China Mobile", "Air India", "Georgia Smith");
- case matters: aliases match case-sensitively, so "turkey" and "china" are never states;
- a name flagged `us_state` is dropped in an American context ("Georgia" with Atlanta, governor);
- a name flagged `common_noun` is dropped when food or markets dominate the article;
- in a sports article, or a sentence full of sports words, no state acts;
- a demonym acts only with an agent noun ("Russian officials", "the Ukrainian side"), a capital or
  country acts unless it follows a locative preposition ("talks in Moscow").
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass

from storywatch.classify._trie import word_runs
from storywatch.classify.names import name_matches, name_starts
from storywatch.classify.resources import SURNAME, Entry, Resources, someone_else
from storywatch.classify.text import (
    Prefiltered,
    WordGated,
    fold,
    is_word,
    next_word,
    prev_word,
    word_spans,
)

__all__ = ["Context", "Mention", "count_mentions", "find_mentions"]

_STATE_KINDS = frozenset({"state", "capital", "demonym", "people"})
_POSS = re.compile(r"[’']s?(?!\w)")
_US_LOCAL = re.compile(r"(?:state of|U\.S\. state of|US state of)\s+$", re.IGNORECASE)
_US_AFTER = re.compile(
    r"\s+(?:state|State|governor|Governor|county|voters|Republicans|Democrats|Senate|"
    r"House|Legislature|General\s+Assembly|lawmakers|legislators)\b"
)
_CAP = re.compile(r"[A-Z]")
_US_TOWN = re.compile(r", [A-Z]")
_COMPASS = frozenset(
    ["southern", "northern", "eastern", "western", "central", "south", "north", "east", "west",
     "northeastern", "northwestern", "southeastern", "southwestern", "occupied", "mainland"]
)  # fmt: skip
_PARTY_PEOPLE = re.compile(r"\b[Tt]he\s+$")
_LOCAL = re.compile(
    r"\s+(?:city|mayor|mayor's|municipal|regional|metro|police|court|stock|exchange|residents|"
    r"airport|marathon|zoo|club|derby|fashion|film|book|motor|real estate|housing)\b"
)
# Auxiliaries before an inverted subject ("At no point did Santiago offer", "Rarely has
# Seoul spoken"): the capital after them is a clause's subject, not a place.
_INVERTING_AUXILIARIES = frozenset(
    ["did", "does", "do", "has", "have", "had", "will", "would", "could", "should", "can", "may"]
)
# Words before a name that open a clause with it as the subject, or nothing at all
# ("after Kabul first proposed it"): the word after the name may be its verb's adverb.
_SUBORDINATORS = frozenset(["", "after", "before", "since", "until", "once", "when", "as"])
_COMPOUND = re.compile(r"-[a-z]")  # "U.S.-backed", "Iranian-made": a modifier, not a party
_COMPOUND_MODIFIER = re.compile(r"\w-[a-z]+$")  # the same word before a name
# "the ASEAN plan", "the UN proposal": what the organisation put forward, as "ASEAN's plan".
_OFFER_NOUN = re.compile(
    r"\s+(?:(?:peace|ceasefire|truce|new|\w+-point)\s+){0,2}(?:plan|proposal|proposals|offer|"
    r"initiative|invitation|roadmap|demand|demands|ultimatum|request|requests|deadline|decision|"
    r"decisions|resolution|statement|communique|loan|loans|bailout)\b"
)
# The determiners before which a name modifying a plain noun is no party ("the ICJ ruling",
# "a US investment fund"; "the US economy" may still speak for the state, so not "the").
_MODIFIER_DETERMINERS: dict[str, tuple[str, ...]] = {
    "org": ("the", "a", "an"),
    "group": ("the", "a", "an"),
    "state": ("a", "an"),
}
# "the FLEC separatist movement", "the M23 rebel group": the name of the group the noun is.
_GROUP_NOUN_AFTER = re.compile(
    r"\s+(?:(?:rebel|armed|separatist|militant|insurgent|jihadist|guerrilla|opposition|"
    r"political|paramilitary)\s+)?(?:movement|group|faction|alliance|militia|front|rebels|"
    r"fighters|insurgents|separatists|guerrillas|coalition|party)\b"
)
_ATTRIBUTIVE = re.compile(
    r"\s+(?:truce|ceasefire|talks|meeting|summit|deal|agreement|accord|process|format|declaration|"
    r"understanding|negotiations|consultations|round|conference|communique|framework)\b"
)

# After an agent noun, "meeting" with a place or time after it is a participle telling where
# the agents are, not the head of a compound ("SADC leaders meeting in Harare agreed", "EU
# ministers meeting on Monday decided"): the organisation's people are the clause's subject.
_PARTICIPLE_MEETING = re.compile(r"\s+meeting\s+(?:in|at|on|this|last|next|earlier|later)\b")


@dataclass(frozen=True, slots=True)
class Context:
    """Article-level facts that switch disambiguation rules on."""

    us_context: bool = False
    common_context: bool = False
    sports: bool = False
    frame: bool = False  # a game, a simulation, fiction or history: no state acts in it
    local_places: frozenset[str] = frozenset()  # capitals named as cities ("mayor of Kyiv")
    names: tuple[tuple[str, str], ...] = ()  # names the article teaches (names.learn_names)
    groups: tuple[tuple[str, str], ...] = ()  # groups it introduces (groups.learn_groups)
    # names two states share, given to the one the article is about ("Congo" in a story told
    # from Brazzaville): names.namesakes
    renamed: tuple[tuple[str, str], ...] = ()
    # state names the article gives a person as a first name and never uses for the state
    # otherwise ("Chad Morrison ... Chad proposed"): mentions.forenames
    forenames: frozenset[str] = frozenset()


@dataclass(slots=True)
class Mention:
    """A resolved actor mention: span, codes, and its grammatical situation."""

    start: int
    end: int
    codes: tuple[str, ...]
    kind: str
    role: str = ""
    possessive: bool = False
    location: bool = False
    actor: bool = True
    plural: bool = False
    prep: str = ""


# Title words that name an institution after a country ("Russian Air Force", "China Coast Guard")
# but make a brand or body when they come first ("Air China", "Central Bank of...").
_AFTER_ONLY = frozenset(
    ["Air", "Force", "Forces", "Coast", "Guard", "Central", "Bank", "Trade", "National",
     "Assembly", "Security", "Council", "Office", "Department", "State", "Peace", "Talks"]
)  # fmt: skip


def _is_name_word(word: str, res: Resources, before: bool = False) -> bool:
    if before and word in _AFTER_ONLY:
        return True
    if _COMPOUND_MODIFIER.search(word):
        return False  # "Iranian-backed Houthis", "Saudi-led coalition": a modifier, no name
    if word.endswith(("'s", "’s")) and word[:-2] in res.aliases:
        return False  # "Yemen's Houthis": a known party's possessive, no longer name
    return (
        bool(word) and word[0].isupper() and word not in res.title_words and word not in res.aliases
    )


_NAME_PARTICLES = ["de", "du", "des", "di", "del", "della", "da", "do", "la", "le"]
_NAME_PARTICLE = WordGated(  # the particle is a whole word of the sentence
    re.compile(rf"([A-Z][\w’'-]+)\s+(?:{'|'.join(_NAME_PARTICLES)})\s+$"), _NAME_PARTICLES
)


def _inside_longer_name(
    s: str, start: int, end: int, res: Resources, titled: bool, *, organ: bool = False
) -> bool:
    particle = _NAME_PARTICLE.search(s, max(0, start - 30), start)
    if particle and _is_name_word(particle.group(1), res, before=True):
        return True  # "Orchestre de Paris", "Banco de Venezuela": a name built on the place
    if titled:
        return False
    if _is_name_word(_joined_word_before(s, start), res, before=True):
        return True
    if end < len(s) - 1 and s[end] == " " and s[end + 1].isalnum():  # not "Forum (PIF)"
        after = next_word(s, end)
        return _is_name_word(after, res) and not (organ and after in _ORGANS)
    return False


# A body's own organs after its name: "the ECOWAS Commission", "the AU Summit" act for it.
_ORGANS = frozenset(
    ["Commission", "Council", "Secretariat", "Summit", "Assembly", "Presidency", "Mission",
     "Chair", "Chairman", "Chairperson", "Envoy", "Mediator"]
)  # fmt: skip


def _dropped(
    s: str, m: re.Match[str], e: Entry, *, ctx: Context, res: Resources, titled: bool
) -> bool:
    if _part_of_a_name(s, m, e, res, titled):
        return True
    if (
        "us_state" in e.flags
        and m.group() in res.words["us_state_names"]
        and (
            ctx.us_context
            or _US_LOCAL.search(s, max(0, m.start() - 20), m.start())
            or _US_AFTER.match(s, m.end())
        )
    ):
        return True
    if _US_TOWN.match(s, m.end()) and any(
        s.startswith(st, m.end() + 2) for st in res.words["us_state_names"]
    ):
        return True  # "Cuba, New York", "Lebanon, Tennessee": an American town
    if (e.kind == "state" and m.group() in ctx.forenames) or (
        e.kind in ("capital", "state") and m.group() in ctx.local_places
    ):  # "Chad proposed a rematch" after "Chad Maddox": the man. A place of local_places:
        # the article speaks of the city and its mayor, not the government; a state's name
        # with a mayor or a city council ("Mexico Mayor Ron Feeney") is a town's
        return True
    if "common_noun" in e.flags and ctx.common_context and not _owner(s, m):
        return True
    return ctx.sports and e.kind in _STATE_KINDS


def _owner(s: str, m: re.Match[str]) -> bool:
    """A capitalised name that owns something ("accepted China's proposed protocol",
    "Turkey's trade ministry"): the state, even in a food or market article, where the common
    noun would be lower-case or no owner ("turkey prices", "fine china")."""
    return m.group()[:1].isupper() and s.startswith(("'s", "\u2019s"), m.end())


def _part_of_a_name(s: str, m: re.Match[str], e: Entry, res: Resources, titled: bool) -> bool:
    """Is the match part of a longer name ("Real Madrid"; "Ingrid Valtonen", not Finland's
    Elina Valtonen; "PORT-AU-PRINCE", while "US-EU-China" names three parties)?"""
    if (
        e.kind != "person"
        and _inside_longer_name(s, m.start(), m.end(), res, titled, organ=e.kind == "org")
        and not (e.kind == "state" and _FORCE_AFTER.match(s, m.end()))
    ):
        return True
    given = _joined_word_before(s, m.start()) if SURNAME in e.flags else ""
    if len(given) > 2 and _is_name_word(given, res) and someone_else(e, given):
        return True
    if s.startswith("-", m.end()) and m.start() > 0 and s[m.start() - 1] == "-":
        part = prev_word(s, m.start() - 1)
        return bool(part) and part.rstrip("-").split("-")[-1] not in res.aliases
    return False


def _joined_word_before(s: str, start: int) -> str:
    """The word right before `start` across one space ("" after a comma, a line or nothing)."""
    if start >= 2 and s[start - 1] == " " and s[start - 2].isalpha():
        return prev_word(s, start)
    return ""


def _is_titled(s: str) -> bool:
    words = [w for w in s.split() if len(w) > 3]
    return len(words) >= 4 and sum(1 for w in words if _CAP.match(w)) / len(words) > 0.7


_FINITE = frozenset(
    ["has", "had", "have", "is", "was", "will", "would", "could", "can", "may", "might", "did",
     "does", "should", "must", "and", "or", "said", "says", "also", "still", "not", "on", "in",
     "of", "to", "for", "with", "at", "from", "by", "as", "that", "which", "who", "over", "after",
     "before", "but", "into", "about", "against", "than", "to", "under", "until", "while", "a",
     "an", "the", "its", "this", "again", "late", "early", "last", "next", "did", "nor", "or",
     "are", "were", "be", "been", "began", "begin", "begins", "reached", "signed", "met", "had",
     "any", "no", "every", "each", "some", "all", "both", "their", "his", "her", "our", "it",
     "they", "he", "she", "we", "there", "these", "those", "if", "unless", "when", "because",
     "since", "through", "via", "neither", "either", "only", "just", "now", "then", "once",
     "whether", "what", "how", "why", "yet", "already", "too", "instead", "alone", "itself"]
)  # fmt: skip


# "demanded that the Houthis lay down their arms": after "that", the word after a name is
# its verb, unless a verb follows that word ("said that the UN base was hit").
_THEN_VERB = re.compile(r" [a-z]+ (?:is|was|were|are|has|had|have|will|would|could|said|says)\b")


def _clause_subject(s: str, end: int, prep: str) -> bool:
    return prep == "that" and _THEN_VERB.match(s, end) is None


_NEXT_LOWER = re.compile(r" ([a-z]+)\b")


def _noun_follows(s: str, end: int, prep: str = "") -> bool:
    """ "the Cairo inspection deal": a capital before a plain lower-case noun is a place adjunct."""
    nxt = _NEXT_LOWER.match(s[end : end + 30])
    if nxt is None:
        return False
    word = nxt.group(1)
    if word in _FINITE or word in _IRREGULAR_PAST:
        return False
    if prep == "by" and word in _NOT_NOUNS:
        return False  # "turned down by Pyongyang within hours": the agent, a preposition after
    if word in _TIME_ADVERBS:
        return False  # "no answer from Kabul so far", "nothing from Rabat yet": no noun follows
    return not word.endswith(("s", "ed")) and not word.endswith("ly")


def _next_word_in(s: str, end: int, words: frozenset[str]) -> bool:
    """Is the lower-case word right after `end` one of `words`?"""
    nxt = _NEXT_LOWER.match(s, end)
    return nxt is not None and nxt.group(1) in words


_ADVERBS = frozenset(
    """later earlier also then now again still soon already never first once instead too
    meanwhile yesterday today tonight swiftly quickly promptly formally jointly""".split()  # noqa: SIM905
)


# Words after a name that open a phrase of their own ("attacked the RSF near Khartoum"): no
# noun the name would modify.
# Adverbs of time that close a clause after a name ("so far", "yet", "thus far"): never the
# head noun of a compound, so the name before them is no place adjunct.
_TIME_ADVERBS = frozenset({"so", "yet", "thus"})
_NOT_NOUNS = frozenset(
    """near in on at for to from with by and or but after before since during over under into
    across around against about along outside inside between beyond within without as that
    which who while when if than amid despite toward towards through via until off""".split()  # noqa: SIM905
)


# Agent nouns of armed or political groups that act against or apart from a state: after a
# state's name they are not the state ("Colombian rebels", "Mali's jihadists").
_NON_STATE = re.compile(
    r"\b(?:rebels?|guerrillas?|insurgents?|militants?|jihadists?|militias?|separatists?|"
    r"dissidents?|opposition|paramilitar(?:y|ies)|armed\s+groups?)\b",
    re.IGNORECASE,
)

# Past tenses without -ed: "the EU froze", "the UN sent" (a verb follows, not a noun).
_IRREGULAR_PAST = frozenset(
    """froze struck hit met sent gave took made told led held began won lost cut put set sought
    brought fought shot sank drew threw broke chose spoke wrote stood became came ran saw kept
    left meant paid sold built felt fled swore tore withdrew overran rose fell knew thought
    found gave forbade bore hid bid spent lent shut quit dealt upheld overrode""".split()  # noqa: SIM905
)


def _agent_after(
    s: str, pos: int, e: Entry, res: Resources, *, possessive: bool
) -> re.Match[str] | None:
    """The agent noun after a name ("Russian officials"); after a possessive, also behind plain
    words ("South Korea's national security office"; not "Yemen's Houthi rebels")."""
    agent = res.agent_re.match(fold(s), pos) if e.kind != "person" or possessive else None
    if agent is None and possessive:
        owned = res.agent_owned_re.match(fold(s), pos)
        if owned and not _CAP.search(s, pos, owned.end() - len(owned.group().split()[-1])):
            agent = owned
    return agent


def _prep_before(s: str, start: int, left: str, res: Resources) -> str:
    """The word that governs a mention: the one before it, behind a compass word or an
    article; none after an agent of ("the foreign minister of"), none after a modifier."""
    if _COMPOUND_MODIFIER.search(left):
        return ""  # "Iran-backed Houthi rebels fired": a modifier, no verb before it
    prep = left
    if prep in _COMPASS:  # "in southern Lebanon": the preposition before the modifier
        before = s[:start].rstrip()
        prep = prev_word(s, len(before) - len(prep)).lower() or prep
    if prep in ("the", "a", "an", "his", "her", "its", "their"):  # "with the IAEA", "to her
        # Tanzanian counterpart": the preposition before the article or possessive determiner
        before = s[:start].rstrip()
        prep = prev_word(s, len(before) - len(prep)).lower() or prep
    if prep in ("of", "from", "in", "the") and res.agent_of_re.search(
        fold(s), max(0, start - 60), start
    ):
        if prep == "in" and _MEETING_OF_AGENTS.search(fold(s), max(0, start - 80), start):
            return prep  # "a meeting of senior officials in Bangkok": where they meet
        return ""
    return prep


# "a meeting of senior officials in Bangkok": officials who make up a meeting are its members;
# the place after them is where the meeting is held, not whose officials they are (as in
# "officials in Bangkok said").
_MEETING_OF_AGENTS = re.compile(
    r"\b(?:meeting|meetings|talks|summit|conference|session|round|gathering|forum)\s+of\s+"
    r"(?:[\w-]+\s+){0,3}(?:officials|official|government|authorities)\s+in\s+(?:the\s+)?$"
)


_GO_BETWEEN_NOUN = re.compile(r"mediator|facilitator", re.IGNORECASE)
_FORMER_BEFORE = re.compile(r"\b(?:a|the)\s+former\s+$", re.IGNORECASE)


def _situate(s: str, m: re.Match[str], e: Entry, res: Resources) -> Mention:
    plural = e.kind == "people" or ("plural" in e.flags and m.group().endswith("s"))
    mention = Mention(m.start(), m.end(), (e.code,), e.kind, e.role, plural=plural)
    left = prev_word(s, m.start()).lower()
    mention.prep = _prep_before(s, m.start(), left, res)
    pos = m.end()
    poss = _POSS.match(s, pos)
    if poss:
        pos = poss.end()
    agent = _agent_after(s, pos, e, res, possessive=poss is not None)
    if agent:
        mention.end = agent.end()
        mention.plural = agent.group().rstrip().endswith("s")
        owner = _POSS.match(s, mention.end) if not poss else None
        if owner:  # "his Chilean counterpart's letter": a possessor, no subject; "the UN
            # resident coordinator's office urged": its office acts for it
            office = _agent_after(s, owner.end(), e, res, possessive=True)
            if office:
                mention.end = office.end()
            else:
                mention.possessive, mention.end = True, owner.end()
        # "Norwegian facilitators", "the Swiss mediator": a go-between, no party
        mention.kind = "mediator" if _GO_BETWEEN_NOUN.search(agent.group()) else "agent"
        if (e.kind not in ("org", "group") and _NON_STATE.search(agent.group())) or (
            _FORMER_BEFORE.search(s, max(0, m.start() - 12), m.start())
        ):
            # "Colombia's largest guerrilla group": not the state; "the envoy, a former
            # Icelandic foreign minister": a past role
            mention.actor = False
    elif poss:
        mention.possessive = True
        mention.end = poss.end()
    elif e.kind == "demonym" or (e.kind == "people" and not _PARTY_PEOPLE.search(s, 0, m.start())):
        mention.actor = False  # "Israelis demanded": a population; "the Israelis" may be a side
    if (
        _COMPOUND.match(s, m.end())
        or (
            e.kind in ("capital", "org")
            and _ATTRIBUTIVE.match(s, mention.end)
            and not (agent and _PARTICIPLE_MEETING.match(s, mention.end))
        )
        # "the Movement for Justice in Laos": part of a group's name
        or (e.kind in ("state", "capital") and _inside_name(s, m.start()))
    ):
        mention.actor = False
    if e.kind == "capital" and (
        _LOCAL.match(s, m.end())
        or (
            not agent
            and not _clause_subject(s, m.end(), mention.prep)
            and mention.prep not in _INVERTING_AUXILIARIES  # "did Rabat accept": a subject
            # "Bratislava later accused", "after Kabul first proposed it": a subject, its verb
            # after an adverb; not "to Nairobi later this month", a place
            and not (mention.prep in _SUBORDINATORS and _next_word_in(s, m.end(), _ADVERBS))
            and _noun_follows(s, m.end(), mention.prep)
        )
    ):
        mention.actor = False  # "Moscow city council": local government, not the state
    if (
        not agent
        and not poss
        and left in _MODIFIER_DETERMINERS.get(e.kind, ())
        and not _clause_subject(s, m.end(), mention.prep)
        and _noun_follows(s, m.end())
        and not _next_word_in(s, m.end(), _NOT_NOUNS)
        and not _OFFER_NOUN.match(s, m.end())
        and not _GROUP_NOUN_AFTER.match(s, m.end())
    ):
        mention.actor = False  # "the ICJ ruling", "a UN base", "a US investment fund": a modifier
    loc = res.cue_re["locative_prepositions"]
    if (
        mention.prep
        and loc.fullmatch(mention.prep)
        and e.kind in ("capital", "state")
        and not (e.kind == "state" and _PARTIES_IN.search(s, max(0, m.start() - 60), m.start()))
    ) or (_venue(s, m.start(), mention) and not (poss or agent)):
        mention.location = True  # (or "talks set for Dakar", "the summit moved to Doha": a venue)
    return mention


def _venue(s: str, start: int, mention: Mention) -> bool:
    return (
        mention.kind == "capital"
        and mention.prep in ("for", "to")
        and _VENUE_BEFORE.search(s, max(0, start - 80), start) is not None
    )


# A meeting scheduled or moved to a city ("talks with the rebels set for", "the summit was
# moved to"): the city named next is where the parties meet, not a party they meet
_VENUE_BEFORE = re.compile(
    r"\b(?:talks|meeting|meetings|summit|negotiations|round|signing|ceremony|conference)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|now)\s+)?"
    r"(?:set|scheduled|planned|slated|due|fixed|moved|shifted|relocated|pencill?ed\s+in)"
    r"(?:\s+to\s+(?:take\s+place|be\s+held|open|resume|start|begin))?"
    r"\s+(?:for|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "called on all parties in Myanmar", "the warring sides in Sudan": the state's own sides as a
# whole (a party to the act), not a place
_PARTIES_IN = re.compile(
    r"\b(?:all\s+(?:the\s+)?|both\s+|the\s+(?:(?:two|warring|rival|opposing)\s+)?)"
    r"(?:parties|sides|factions)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A name that ends "... of/for/in [the] <state>": a group, bank or school named after it.
_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w'’-]*\s+(?:(?:and|for|of|the|in)\s+)*){1,7})(?:of|for|in)\s+(?:the\s+)?$"
)
_NAME_HEADS = frozenset(
    ["Movement", "Front", "Alliance", "Coalition", "Army", "Forces", "Party", "Union", "League",
     "Federation", "Association", "Bank", "University", "Institute", "Company", "Corporation",
     "Church", "Foundation", "Liberation", "Brigade", "Brigades", "Fighters", "Resistance",
     "Rally", "Convention", "Congress", "Council", "Committee", "Organisation", "Organization",
     "Group"]
)  # fmt: skip


# A cheap necessary condition, checked first: most mentions follow no such tail.
_NAME_TAIL = re.compile(r"\b(?:of|for|in)\s+(?:the\s+)?$")


def _inside_name(s: str, start: int) -> bool:
    lo = max(0, start - 90)
    if _NAME_TAIL.search(s, max(0, start - 12), start) is None:
        return False
    if _NAME_HEADS.isdisjoint(s[lo:start].split()):
        return False  # the name's words are words of this window
    found = _NAME_BEFORE.search(s, lo, start)
    return found is not None and not _NAME_HEADS.isdisjoint(found.group(1).split())


# Between the two conjuncts of a pair of places ("in Chile and Japan"); not a comma, which may
# close the phrase ("after talks in Suva, Fiji and Tonga agreed")
_LIST_GAP = re.compile(r"\s+and\s+(?:the\s+)?")


def _places_in_lists(s: str, ms: list[Mention]) -> list[Mention]:
    """ "Scientists in Chile and Japan agreed": a state or capital listed after a place is a
    place too. "Colombia's largest drug-trafficking army, the Clan del Golfo, ...": an agent
    of a state that a group's name follows in apposition is that group, not the state."""
    for prev, cur in itertools.pairwise(ms):
        if (
            prev.kind == "agent"
            and cur.kind == "group"
            and prev.actor
            and _APPOSITION_GAP.fullmatch(s, prev.end, cur.start)
        ):
            prev.actor = False
        if (
            prev.location
            and not cur.location
            and cur.kind in ("capital", "state")
            and _LIST_GAP.fullmatch(s, prev.end, cur.start)
        ):
            cur.location = True
    return ms


_APPOSITION_GAP = re.compile(r",\s+(?:the\s+)?")


def _coordinate_demonyms(s: str, found: list[Mention]) -> list[Mention]:
    """'Russian and Ukrainian negotiators': a bare demonym joins the agent mention after it."""
    out: list[Mention] = []
    for i, m in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            m.kind == "demonym"
            and not m.actor
            and nxt is not None
            and nxt.actor
            and s[m.end : nxt.start].strip() in ("and", ",", ", and", "and the")
        ):
            nxt.codes = tuple(dict.fromkeys((*m.codes, *nxt.codes)))
            nxt.start, nxt.plural = m.start, True
            continue
        out.append(m)
    return out


def _merge_adjacent(s: str, found: list[Mention]) -> list[Mention]:
    """ "IAEA chief Rafael Grossi", "Togo's foreign minister, Robert Dussey": one mention."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        adjacent = (
            prev is not None and prev.codes == m.codes and s[prev.end : m.start] in (" ", ", ")
        )
        if prev is not None and adjacent and prev.kind == "agent" and m.kind == "person":
            prev.end, prev.kind, prev.role = m.end, "person", m.role
            prev.possessive = m.possessive
            continue
        if prev is not None and _national_force(s, prev, m):
            prev.end, prev.kind, prev.plural = m.end, "agent", True
            prev.possessive = m.possessive
            continue
        out.append(m)
    return out


# "the South Sudan People's Defence Forces", "the Uganda People's Defence Force": a state's
# name right before a force's name is the title of that state's own army, never the armed
# group that bears the bare name elsewhere.
_FORCE_NAME = re.compile(r"Defen[cs]e\s+Forces?$")
_FORCE_AFTER = re.compile(r" (?:[A-Z][\w’']*\s+){0,2}Defen[cs]e\s+Forces?\b")


def _national_force(s: str, prev: Mention, m: Mention) -> bool:
    return (
        prev.kind == "state"
        and not prev.possessive
        and m.kind == "group"
        and s[prev.end : m.start] == " "
        and _FORCE_NAME.search(s, m.start, m.end) is not None
    )


def forenames(text: str, res: Resources, runs: frozenset[str] | None = None) -> frozenset[str]:
    """State names the article gives a person as first name ("Chad Morrison married Georgia
    Lane", "Israel Okonkwo-Reyes outpointed Chad Maddox") and never names the state by any
    other form (no demonym, capital, short form or person of its own: "Israel Katz said
    Israel would" keeps Israel): there the bare name is that person too ("Chad, who
    proposed last Christmas"). So too a state name the article gives a brand ("sales of the
    Jordan brand rose"): there the bare name is the brand ("Jordan now accounts for a fifth of
    revenue"). `runs`: a superset of the \\w runs of `fold(text)`, when known."""
    if not _forename_possible(text, res, runs):
        return frozenset()  # no state name of it passes the test below: the common case
    first: dict[str, str] = {}
    forms: dict[str, set[str]] = {}
    for m in res.gazetteer_re.finditer(text, runs=runs):
        entry = res.aliases.get(m.group())
        if entry is None:
            continue
        forms.setdefault(entry.code, set()).add(m.group())
        if entry.kind == "state" and _forename_at(text, m, res):
            first[m.group()] = entry.code
    return frozenset(name for name, code in first.items() if forms[code] == {name})


# A state name as the name of a brand: "the Jordan brand", "Jordan's franchise"
_BRAND = re.compile(r"(?:[’']s)? (?:brand|brands|franchise|trademark|label)\b")


def _forename_at(text: str, m: re.Match[str], res: Resources) -> bool:
    """Does the state name `m` stand as a person's first name ("Chad Maddox", the surname
    named again), or as a brand's name ("sales of the Jordan brand")?"""
    if _BRAND.match(text, m.end()):
        return True
    if text[m.end() : m.end() + 1] != " ":
        return False
    after = next_word(text, m.end())
    return (
        len(after) > 2
        and not after[1].isupper()  # "Chad ANT": an acronym, no surname
        and _is_name_word(after, res)
        and not _is_name_word(_joined_word_before(text, m.start()), res, before=True)
        and (
            _named_again(text, m.group(), after)
            or _PERSON_NOUN_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None
        )
    )


# A common noun of a private person's trade or role used as a bare title before a first name and
# surname ("model India Hartley", "reality TV couple Chad Morrison and Georgia Lane"): the name
# is a person's, whose first name happens to be a state's. Lower case only: a title in a
# headline ("Star Wars") is no such noun.
_PERSON_NOUN_BEFORE = re.compile(
    r"\b(?:model|actor|actress|singer|rapper|couple|star|stars|presenter|influencer|contestant|"
    r"comedian|designer|chef|boxer|golfer|sprinter|swimmer|novelist|dancer|drummer|guitarist|"
    r"songwriter|youtuber|blogger|socialite)\s+(?:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+and\s+)?$"
)


_StateHeads = tuple[frozenset[str], dict[str, frozenset[str]]]
_STATE_HEADS: dict[int, _StateHeads | None] = {}


def _state_heads(res: Resources) -> _StateHeads | None:
    """The first \\w runs of the folded state names of the gazetteer (where a state name's
    match starts in fold(text)) and, for a head all of whose names have a second run ("the
    gambia", "new zealand"), those second runs; None when a name starts with another character."""
    key = id(res)
    if key not in _STATE_HEADS:
        names = [fold(a) for a, e in res.aliases.items() if e.kind == "state" and a]
        if any(not is_word(n[0]) for n in names):
            _STATE_HEADS[key] = None
            return None
        seconds: dict[str, set[str] | None] = {}
        for runs in map(_WORD_RUN.findall, names):
            seen = seconds.setdefault(runs[0], set())
            seconds[runs[0]] = None if seen is None or len(runs) == 1 else seen | {runs[1]}
        _STATE_HEADS[key] = (
            frozenset(seconds),
            {h: frozenset(v) for h, v in seconds.items() if v is not None},
        )
    return _STATE_HEADS[key]


_WORD_RUN = re.compile(r"\w+")


def _forename_possible(text: str, res: Resources, runs: frozenset[str] | None) -> bool:
    """Might a state name of the gazetteer's scan of `text` pass `_forename_at`? Tried at
    every start of a state name's first run in fold(text) (a superset of where the scan's
    state names start: the pattern's match at a position is its longest name there, so one
    that is a state's is the longest state name there too), save a first run ("the") none
    of whose state names' second runs ("gambia") the text holds."""
    low = fold(text)
    found = _state_heads(res)
    if found is None or not low.isascii():
        return True
    heads, seconds = found
    runs = word_runs(low) if runs is None else runs
    rx = res.gazetteer_re.regex
    for h in heads.intersection(runs):
        second = seconds.get(h)
        if second is not None and second.isdisjoint(runs):
            continue
        for at, _ in word_spans(low, h):
            m = rx.match(text, at)
            if m is None:
                continue
            entry = res.aliases.get(m.group())
            if entry is not None and entry.kind == "state" and _forename_at(text, m, res):
                return True
    return False


def _named_again(text: str, name: str, surname: str) -> bool:
    """Does the article go on to call the person by the surname alone ("Maddox's camp") or
    the first name as a person ("Chad, who proposed")?"""
    for at in name_starts(text, surname):
        if not text.endswith(name + " ", 0, at):
            return True
    return f"{name}, who " in text


def _entry(name: str, ctx: Context, res: Resources) -> Entry | None:
    """The gazetteer's entry for a surface form, under the article's namesake choices."""
    entry = res.aliases.get(name)
    if entry is not None:
        for shared, code in ctx.renamed:  # a few pairs at most: no dict per mention
            if shared == name:
                return dataclasses.replace(entry, code=code)
    return entry


def count_mentions(s: str, ctx: Context, res: Resources, titled: bool = False) -> list[str]:
    """Codes of the parties named in `s` (no grammar: for sentences that hold no trigger)."""
    titled = titled and _is_titled(s)
    out: list[str] = []
    for m in res.gazetteer_re.finditer(s):
        entry = _entry(m.group(), ctx, res)
        if entry is None or entry.kind == "demonym":
            continue
        if not _dropped(s, m, entry, ctx=ctx, res=res, titled=titled):
            out.append(entry.code)
    if ctx.names:
        out.extend(code for _, code in name_matches(s, ctx.names))
    if ctx.groups:
        out.extend(code for _, code in name_matches(s, ctx.groups))
    return out


def _learned(s: str, found: list[Mention], ctx: Context, res: Resources) -> list[Mention]:
    """Mentions of the names the article taught, where no gazetteer mention stands; a group's
    name wins over the places inside it ("the Front for Change and Concord in Chad")."""
    for m, code in name_matches(s, ctx.groups):
        found = [x for x in found if not (m.start() <= x.start and x.end <= m.end())]
        if not any(x.start < m.end() and m.start() < x.end for x in found):
            found.append(_situate(s, m, Entry(code, "group"), res))
    taken = [(m.start, m.end) for m in found]
    for m, code in name_matches(s, ctx.names):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        taken.append((m.start(), m.end()))
        found.append(_situate(s, m, Entry(code, "person"), res))
    return sorted(found, key=lambda x: x.start)


def find_mentions(s: str, ctx: Context, res: Resources, titled: bool = False) -> list[Mention]:
    """Every actor mention of sentence `s` that survives disambiguation, in text order.

    `titled`: the sentence is a headline; in Title Case the neighbour rule is switched off.
    """
    titled = titled and _is_titled(s)
    found: list[Mention] = []
    for m in res.gazetteer_re.finditer(s):
        entry = _entry(m.group(), ctx, res)
        if entry is None or _dropped(s, m, entry, ctx=ctx, res=res, titled=titled):
            continue
        found.append(_situate(s, m, entry, res))
    if ctx.names or ctx.groups:
        found = _learned(s, found, ctx, res)
    if " and " in s and _COMPASS_PAIR.search(s):
        found = _compass_pairs(s, found, res)
    if _ROLE_HINT.search(s):
        _mark_mediators(s, found)
    if "auspices" in s:
        for x in found:  # "talks under UN auspices": the host of the talks, no party to them
            if _AUSPICES.match(s, x.end):
                x.kind = "mediator"
    return _places_in_lists(s, _merge_adjacent(s, _coordinate_demonyms(s, _name_pairs(s, found))))


_AUSPICES = re.compile(r"\s+auspices\b")
_ROLE_HINT = Prefiltered(
    re.compile(r"guarantor|mediator|facilitator", re.IGNORECASE),
    ["guarantor", "mediator", "facilitator"],
    ignore_case=True,
)
# "Norway and Cuba, which act as guarantors,", "Kuwait, the mediator,": a role in apposition.
_ROLE_APPOSITION = re.compile(
    r"\s*,\s+(?:(?:which|who)\s+(?:\w+\s+)?(?:act|acts|acted|serve|serves|served|are|is|were|was)"
    r"\s+as\s+|(?:the|its|their|a|one\s+of\s+the)\s+)(?:[\w'-]+\s+){0,2}?"
    r"(?:guarantors?|mediators?|co-mediators?|facilitators?)\b",
    re.IGNORECASE,
)
_COORDINATION = frozenset({", ", " and ", ", and ", " or "})


def _mark_mediators(s: str, found: list[Mention]) -> None:
    """Parties named as the talks' guarantors or mediators in apposition are mediators: never
    the counterpart of the act of another ("Norway and Cuba, which act as guarantors, said
    the ELN had rejected the terms")."""
    for i, m in enumerate(found):
        if not _ROLE_APPOSITION.match(s, m.end):
            continue
        j = i
        while j >= 0:
            found[j].kind = "mediator"
            if j == 0 or s[found[j - 1].end : found[j].start] not in _COORDINATION:
                break
            j -= 1


def _name_pairs(s: str, found: list[Mention]) -> list[Mention]:
    """ "Chad Moldova", "Jordan Chad": two state names side by side with nothing between them
    are one person's name (a list or a pair of parties has a comma, "and" or a hyphen)."""
    drop: set[int] = set()
    for a, b in itertools.pairwise(found):
        pair = a.kind == b.kind == "state" and not a.possessive and s[a.end : b.start] == " "
        if pair and a.end - a.start > 2 and b.end - b.start > 2:
            drop.update((id(a), id(b)))
    return [m for m in found if id(m) not in drop] if drop else found


_COMPASS_PAIR = WordGated(
    re.compile(r"\b(North|South|East|West)\s+and\s+(?:North|South|East|West)\s+([A-Z]\w+)"),
    ["north", "south", "east", "west"],
)


def _compass_pairs(s: str, found: list[Mention], res: Resources) -> list[Mention]:
    """ "North and South Korea": the first half names a state of its own (North Korea)."""
    for m in _COMPASS_PAIR.finditer(s):
        entry = res.aliases.get(f"{m.group(1)} {m.group(2)}")
        if entry is None or entry.kind != "state" or any(x.start == m.start() for x in found):
            continue
        found.append(Mention(m.start(1), m.end(1), (entry.code,), "state"))
    return sorted(found, key=lambda x: x.start)
