"""Groups an article introduces: armed and political groups that no table lists.

Rebel movements and opposition parties come and go faster than any gazetteer; news writing
introduces them by name and calls them by a short name after that. The article teaches:

- a group's full name with its acronym: "the Front for Change and Concord in Chad (FACT)" binds
  both the full name and FACT to the code FACT, when the name holds a group word (Front,
  Movement, Party, Army, Alliance, ...);
- an upper-case short name that a group noun introduces: "the rebel alliance SSOMA", "the
  opposition party PODEMOS", "FACT rebels";
- an opposition party or movement named by one capitalised word: "the opposition Podemos
  party", "opposition party Podemos" (code: the name upper-cased);
- a group named in full without an acronym, when the word at the other end from its head
  word says who it is ("the Kachin Independence Army": KIA, its initials; lexicon.yaml
  group_heads and group_generic_words): not "the National Security Council" or "the
  Sudanese Armed Forces", whose words are generic or known names.

Ruling parties are left out ("the ruling Liberal Democratic Party (LDP)"): their acts are
usually the government's. A name the gazetteer knows stays the gazetteer's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storywatch.classify.names import text_runs
from storywatch.classify.resources import Resources
from storywatch.classify.text import fold, word_spans

__all__ = ["learn_groups"]

_GROUP_WORD = (
    r"Front|Movement|Party|Army|Alliance|Coalition|Congress|Brigades?|Resistance|Liberation|"
    r"Militia|Rebels|Union|Mouvement|Frente|Partido|Ejército|Forces|Council|Conseil|Secretariat"
)
_HAS_GROUP_WORD = re.compile(rf"\b(?:{_GROUP_WORD})\b")
_NAME_WORD = r"[A-Z][\w’'-]+"
_LINK = r"(?:of|for|and|the|in|de|du|des|la|el|al|del|pour|et)"
# "the Front for Change and Concord in Chad (FACT)"
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9-]{1,9}|[0-9][A-Z][A-Z0-9-]{0,8})\)")  # "(3R)" too
_FULL_BACK = re.compile(rf"((?:{_NAME_WORD}\s+(?:{_LINK}\s+)*){{1,8}})$")
_SHORT = r"([A-Z][A-Z0-9-]{2,9}|[0-9][A-Z][A-Z0-9-]{0,8})"  # "FACT", "3R"
_GROUP_NOUN = r"(?:group|alliance|movement|coalition|party|militia|faction|front|bloc)"
# The words that say what kind of group a short name is ("the rebel alliance SSOMA").
_KINDS = ["rebel", "armed", "opposition", "militant", "insurgent", "separatist", "jihadist",
          "guerrilla", "holdout"]  # fmt: skip
_KIND = rf"(?:{'|'.join(_KINDS)})"
# Each pattern is tried where one of its cue words stands (found with str.find: one regex over
# the whole text, led by an alternation of words, costs ~50 us on a 3 KB article).
# "the rebel alliance SSOMA", "the opposition party PODEMOS"
_SHORT_AFTER = re.compile(rf"{_KIND}\s+(?:\w+\s+)?{_GROUP_NOUN}\s+{_SHORT}\b")
_KIND_CUES = frozenset(_KINDS)
_WORD_BEFORE = re.compile(r"(?<=\b[Tt]he )([A-Z][a-z][\w’'-]*)\s+$")  # "the Tumaini ..."
_KIND_NOUN = re.compile(rf"{_KIND}\s+{_GROUP_NOUN}\b")  # "armed group" after a short name
# "FACT rebels": the short name right before the cue
_SHORT_BEFORE = re.compile(rf"(?<![\w-]){_SHORT}\s+$")
# "Chad's UFR-Tama rebel group", "UFR-Tama rebels": a name of capitalised parts joined
# by hyphens, each part a name (not "Pro-Russian", "Syrian-Kurdish": known names or adjectives).
_HYPHENATED_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’']*(?:-[A-Z][\w’']*)+)\s+$")
_AFTER_CUES = frozenset(
    ["rebels", "fighters", "militants", "insurgents", "militia", "militiamen", "guerrillas",
     "truce", "ceasefire"]
)  # fmt: skip
# "the opposition Podemos party", "opposition party Podemos"; "the opposition Democratic
# Party", "opposition Green Alliance": a capitalised name with its head, known by its initials
_OPPOSITION = re.compile(
    rf"opposition\s+(?:(?P<a>{_NAME_WORD})\s+{_GROUP_NOUN}\b|{_GROUP_NOUN}\s+(?P<b>{_NAME_WORD})"
    rf"|(?P<c>(?:{_NAME_WORD}\s+){{1,3}}(?:Party|Alliance|Front|Movement|Coalition|Union|Bloc)\b))"
)
_RULING = re.compile(r"\b(?:ruling|governing)\s+$")
# "the Kurdistan Regional Government (KRG)": a regional body named with its acronym
_REGION_NAME = re.compile(
    r"\b(?:Regional|Autonomous|Provincial)\s+(?:Government|Administration|Authority)\b"
)


# "Ahlu Sunnah Wal Jamaa (ASWJ)" in an article about insurgents: a name whose initials are its
# acronym, with no group word in it, names an armed group where the article speaks of fighters;
# not an agency, a company or a body ("the Mozambique Gas Authority (MGA)").
_ARMED_CUE = re.compile(
    r"\b(?:insurgents?|insurgency|rebels?|militants?|jihadists?|guerrillas?|militias?|"
    r"separatists?|armed\s+groups?|fighters)\b",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(
    r"\b(?:Authority|Agency|Ministry|Bank|Company|Corporation|Organi[sz]ation|Institute|"
    r"Commission|Office|Fund|Programme|Program|University|Service|Board|Association|Group)\b"
)


def _spells(words: list[str], code: str) -> bool:
    """The acronym is the initials of the name's capitalised words, or of all its words when
    a link word gives a letter too ("Indigenous People of Biafra (IPOB)")."""
    initials = "".join(w[0] for w in words if w[:1].isupper())
    every = "".join(w[0] for w in words).upper()
    return code.replace("-", "") in (initials, every)


def _armed_initials(name: str, code: str, text: str) -> bool:
    return (
        len(code) >= 3
        and _spells(name.split(), code)
        and not _INSTITUTION.search(name)
        and _ARMED_CUE.search(text) is not None
    )


def _known(name: str, res: Resources) -> bool:
    return name in res.aliases or any(w in res.aliases for w in name.split())


def _full_names(text: str, res: Resources) -> dict[str, str]:
    out: dict[str, str] = {}
    if "(" not in text:
        return out
    for a in _ACRONYM.finditer(text):
        m = _FULL_BACK.search(text, max(0, a.start() - 150), a.start())
        if m is None:
            continue
        name, code = m.group(1).strip(), a.group(1)
        words = name.split()
        while words and (words[0] in res.title_words or words[0].lower() in ("the", "a")):
            words.pop(0)
        if not _spells(words, code):
            # "Nigeria and the Indigenous People of Biafra (IPOB)": the name is the last words,
            # whose initials are the acronym, not the party named before it
            tails = (i for i in range(1, len(words)) if words[i][:1].isupper())
            tail = next((i for i in tails if _spells(words[i:], code)), None)
            words = words if tail is None else words[tail:]
        name = " ".join(words)
        if code in res.aliases or not (
            _HAS_GROUP_WORD.search(name)
            or _REGION_NAME.search(name)
            or _armed_initials(name, code, text)
        ):
            continue
        if _RULING.search(text, max(0, m.start() - 12), m.start()):
            continue
        out.setdefault(name, code)
        out.setdefault(code, code)
    return out


# Endings of adjectives of people and creed ("Tigrayan", "Kurdish", "Islamist"): no name.
_ADJECTIVE_ENDS = ("an", "ese", "ish", "ist", "ic", "i'", "s'")


def _one_word_name(word: str, res: Resources) -> bool:
    """A capitalised word before "rebel alliance", "armed group" that names the group: not a
    known name, a title or sentence word, a generic group word ("Muslim", "Communist") or an
    adjective of a people or creed."""
    low = word.lower()
    return not (
        "-" in word  # "the Tuareg-led rebel alliance": a modifier, no name
        or _known(word, res)
        or word in res.title_words
        or low in res.words["group_generic_words"]
        or (low.endswith(_ADJECTIVE_ENDS) and not low.endswith("stan"))  # "Kurdistan": a land
    )


_Runs = tuple[frozenset[str], ...] | None  # the article's word runs, when known


def _in_runs(word: str, runs: tuple[frozenset[str], ...]) -> bool:
    """Is `word` one of the runs (a loop: no generator per word)?"""
    for r in runs:  # noqa: SIM110 -- a loop, no generator: runs for every cue word
        if word in r:
            return True
    return False


def _cue_positions(low: str, cues: frozenset[str], runs: _Runs) -> Iterator[int]:
    """Where the cue words stand as whole words in lower-case `low`."""
    present = [c for c in cues if _in_runs(c, runs)] if runs is not None else cues
    for cue in present:
        yield from (at for at, _ in word_spans(low, cue))


def _opposition(text: str, at: int, res: Resources, out: dict[str, str]) -> None:
    """ "the opposition Podemos party", "opposition party Podemos" (code: the name upper-cased);
    "the opposition Democratic Party" (code: its initials)."""
    o = _OPPOSITION.match(text, at)
    if o is None:
        return
    name = o.group("a") or o.group("b")
    if name and not _known(name, res) and name not in res.title_words:
        out.setdefault(name, name.upper())
    full = o.group("c")
    code = _party_code(full.split(), res) if full else None
    if full and code:
        out.setdefault(full, code)
        words = full.split()
        if len(words) == 2:  # "the Democrats", "the Socialists", "the Greens": its members
            first = words[0]
            member = f"{first[:-2]}s" if first.endswith("ic") else f"{first}s"
            out.setdefault(member, code)


def _party_code(words: list[str], res: Resources) -> str | None:
    """A party named in full is known by its initials, unless a known name is in it."""
    return None if any(w in res.aliases for w in words) else _initials(words)


def _short_names(text: str, res: Resources, low: str, runs: _Runs) -> dict[str, str]:
    out: dict[str, str] = {}
    for at in _cue_positions(low, _KIND_CUES, runs):
        m = _SHORT_AFTER.match(text, at)
        if m is not None and m.group(1) not in res.aliases:
            out.setdefault(m.group(1), m.group(1))
        if text.startswith("opposition", at):
            _opposition(text, at, res, out)
        if not _KIND_NOUN.match(low, at):
            continue
        b = _SHORT_BEFORE.search(text, max(0, at - 14), at)
        if b is not None and b.group(1) not in res.aliases:  # "the 3R armed group"
            out.setdefault(b.group(1), b.group(1))
        w = _WORD_BEFORE.search(text, max(0, at - 24), at)
        if w is not None and _one_word_name(w.group(1), res):
            out.setdefault(w.group(1), w.group(1).upper())  # "the Tumaini rebel alliance"
        _hyphenated_before(text, at, res, out)
    for at in _cue_positions(low, _AFTER_CUES, runs):
        m = _SHORT_BEFORE.search(text, max(0, at - 14), at)
        if m is not None and m.group(1) not in res.aliases:
            out.setdefault(m.group(1), m.group(1))
        _hyphenated_before(text, at, res, out)
    return out


def _hyphenated_before(text: str, at: int, res: Resources, out: dict[str, str]) -> None:
    """ "the UFR-Tama rebel group", "UFR-Tama rebels": a hyphenated name right before the
    cue, each part of it a name of its own (code: the name upper-cased without its hyphens,
    as a story key's code is letters and digits: UFRTAMA)."""
    h = _HYPHENATED_BEFORE.search(text, max(0, at - 30), at)
    if h is None or h.group(1) in res.aliases:
        return
    parts = h.group(1).split("-")
    if all(_one_word_name(p, res) and len(p) > 1 for p in parts):
        out.setdefault(h.group(1), "".join(parts).upper())


# A run of capitalised words with links inside ("Front for the Liberation of Cabinda").
_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_LINK}\s+){{0,2}}{_NAME_WORD}){{1,6}}")
# The longest such run that ends at a given point (the head word of "Kachin Independence Army").
_RUN_TO = re.compile(rf"(?<![\w’'-]){_NAME_WORD}(?:\s+(?:{_LINK}\s+){{0,2}}{_NAME_WORD}){{1,6}}$")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[0].isupper())


# Possessives that are part of a name, not another body's ("New People's Army", "Workers'
# Party"): who the group says it stands for.
_COLLECTIVE = frozenset(
    f"{w}{p}"
    for w in ("People", "Peoples", "Workers", "Women", "Farmers", "Patriots", "Citizens")
    for p in ("'s", "’s", "'", "’")
)


def _named(words: list[str], res: Resources, text: str = "") -> bool:
    """The words make a group's name: three capitalised words or more, a group head at one
    end and, at the other, the word that says who ("Kachin Independence Army", "Front for
    the Liberation of Cabinda"): neither generic, nor a known name, nor hyphenated (save a
    name whose initials the article uses as the group's short name: "the Kuki-Chin National
    Front ... KNF spokesman"; a generic word says who too when, in an article about armed
    groups, the initials stand alone: "the National Resistance Front ... the NRF said")."""
    heads, generic = res.words["group_heads"], res.words["group_generic_words"]
    caps = [w for w in words if w[0].isupper()]
    if len(caps) < 3 or any(w.endswith(("'s", "’s", "s'")) and w not in _COLLECTIVE for w in caps):
        return False  # "the African Union's Peace and Security Council": a body of another
    if caps[-1].lower() in heads and "and" not in words:  # "Nazi Germany and the Soviet Union"
        who = caps[0]
    elif caps[0].lower() in heads:
        who = caps[-1]
    else:
        return False
    if not _COLLECTIVE.isdisjoint(caps) and not any(w in res.aliases for w in caps):
        return True  # "New People's Army": the people it claims to speak for say who
    # a generic word says who only when the article also calls the group by its initials
    # alone ("the National Resistance Front ... the NRF said"): then the name is a group's
    short = _short_name_used(_initials(words), text)
    if who not in res.aliases and _initials_used(words, text):
        return True
    return (
        who.lower() not in generic
        and who not in res.aliases
        and who not in res.title_words
        and ("-" not in who or short)
    )


def _initials_used(words: list[str], text: str) -> bool:
    """In an article about armed groups, does the text call the group the words name by their
    initials alone?"""
    return (
        len(words) >= 3
        and words[0] not in ("The", "the")
        and _short_name_used(_initials(words), text)
        and (_ARMED_CUE.search(text) is not None or _ARMED.search(text) is not None)
    )


_ARMED = re.compile(r"\barmed\b", re.IGNORECASE)  # "the armed opposition", "the armed NRF"


def _short_name_used(code: str, text: str) -> bool:
    """Does the text call something by `code` alone, an upper-case word of its own ("KNF
    spokesman", "the KNF said")?"""
    return len(code) >= 3 and re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text) is not None


def _head_positions(text: str, heads: frozenset[str], runs: _Runs) -> Iterator[tuple[int, int]]:
    """Where a capitalised group head ("Army", "Council") stands as a whole word."""
    for head in heads:
        if runs is not None and not _in_runs(head, runs):
            continue
        yield from word_spans(text, head.capitalize())


# "Rebels of the Allied Democratic Forces", "Fighters of the National Liberation Front": the
# members before a group's name are no part of it.
_MEMBERS = frozenset(
    ["rebels", "fighters", "militants", "insurgents", "members", "leaders", "troops", "soldiers",
     "commanders", "gunmen", "supporters", "militiamen", "guerrillas", "units", "forces",
     "delegations", "delegation", "envoys", "envoy", "officials", "representatives", "ministers",
     "experts", "diplomats", "negotiators", "monitors", "observers", "staff", "heads", "chiefs"]
)  # fmt: skip


def _without_members(words: list[str], res: Resources, text: str = "") -> list[str]:
    # a title word opens the name when the article calls the group by the initials it gives
    # ("the National Resistance Front ... the NRF said"), not a sentence ("The ...")
    while words and words[0] in res.title_words and not _initials_used(words, text):
        words.pop(0)
    if len(words) > 2 and words[0].lower() in _MEMBERS and words[1] == "of":
        words = words[3:] if words[2] == "the" else words[2:]
    return words


def _unabbreviated(text: str, res: Resources, runs: _Runs) -> dict[str, str]:
    out: dict[str, str] = {}
    for at, end in _head_positions(text, res.words["group_heads"], runs):
        for m in (_RUN_TO.search(text, max(0, at - 120), end), _RUN.match(text, at)):
            if m is None:
                continue
            words = _without_members(m.group().split(), res, text)
            if not _named(words, res, text):
                # "between Manila and the New People's Army": the run after its last link
                links = [i for i, w in enumerate(words) if w in ("and", "the")]
                words = words[links[-1] + 1 :] if links else []
            ruling = _RULING.search(text, max(0, m.start() - 12), m.start())
            if not _named(words, res, text) or ruling:
                continue
            name, code = " ".join(words), _initials(words)
            # never a known party's code ("Delegations of the European Union": no DEU)
            if len(code) >= 2 and code not in res.aliases and code not in res.kinds:
                out.setdefault(name, code)
                out.setdefault(code, code)
    return out


# "the Niger Delta Avengers, a militant group that has claimed ...", "the Copperbelt Defenders,
# an armed movement": a name in apposition to a kind of group says what it is, whatever its
# head word (code: its initials). The noun ends its phrase ("a militant group spokesman" is
# a person).
_APPOSED_KIND = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_KIND}\s+(?:{_GROUP_NOUN}|organi[sz]ation)"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:that|which|who|whose|based|active|in|from|with|fighting|"
    r"operating|known|linked|allied|behind|founded|formed|led|blamed|responsible)\b)"
)


def _apposed(text: str, res: Resources) -> dict[str, str]:
    out: dict[str, str] = {}
    at = text.find(", ")
    while at >= 0:
        m = _APPOSED_KIND.match(text, at)
        at = text.find(", ", at + 2)
        if m is None:
            continue
        run = _RUN_TO.search(text, max(0, m.start() - 120), m.start())
        if run is None or _RULING.search(text, max(0, run.start() - 12), run.start()):
            continue
        words = run.group().split()
        links = [i for i, w in enumerate(words) if w in ("the", "and")]
        words = words[links[-1] + 1 :] if links else words  # "talks between X and the Y"
        generic = res.words["group_generic_words"]
        while words and words[0] in res.title_words and words[0].lower() not in generic:
            words.pop(0)  # "On Monday the ...", "The ..."
        caps = [w for w in words if w[0].isupper()]
        name, code = " ".join(words), _initials(words)
        if len(caps) < 2 or any(w.endswith(("'s", "’s")) for w in caps):
            continue  # one word may open a sentence; "Nigeria's ..." is a state's
        if name in res.aliases or len(code) < 2:
            continue
        if code in res.aliases or code in res.kinds or all(w in res.aliases for w in caps):
            continue
        out.setdefault(name, code)
        out.setdefault(code, code)
    return out


# "the Niger Delta Avengers", "the Mara Valley Defenders": in an article about armed groups, a
# name of three capitalised words or more after "the" whose head is a plural agent noun names
# a group, even when a place says who it is (a state's own bodies are an Army, Forces, a
# Council: none is named so). Code: its initials.
_AGENT_NAMED = re.compile(
    rf"\b[Tt]he\s+((?:{_NAME_WORD}\s+){{2,5}}[A-Z][a-z]{{2,}}(?:ers|ors))(?![\w’'-])"
)


def _agent_named(text: str, res: Resources) -> dict[str, str]:
    """(Of an article about armed groups: the caller asks `_about_conflict`.)"""
    out: dict[str, str] = {}
    for m in _AGENT_NAMED.finditer(text):
        words = m.group(1).split()
        if words[0] in res.title_words or any(w.endswith(("'s", "’s", "s'")) for w in words):
            continue  # "the Foreign Ministry Observers", "the Army's Rangers"
        name, code = " ".join(words), _initials(words)
        if name in res.aliases or words[-1] in res.aliases or code in res.aliases:
            continue
        if code in res.kinds or all(w in res.aliases for w in words[:-1]):
            continue
        out.setdefault(name, code)
        out.setdefault(code, code)
    return out


# "the Radaa Deterrence Force ... Radaa said", "the Nawasi Brigade ... Nawasi fighters": an
# armed force named in full, then called by its first word alone. A name whose
# head is an armed body's (Force, Brigade, Militia, Battalion) and whose first word is no known
# name, title or generic word is the group's own name; the article's later use of that word
# alone ("Radaa has not responded", "Radaa positions") shows the word is what the group is
# called. Code: the word upper-cased. A state's own forces are named by a known name ("the
# Botswana Defence Force") and so never match.
_ARMED_HEAD_NAME = re.compile(
    rf"\b[Tt]he\s+({_NAME_WORD})\s+((?:{_NAME_WORD}\s+){{0,2}}?)"
    r"(?:Force|Forces|Brigade|Brigades|Militia|Battalion)\b"
)


def _first_word_named(text: str, res: Resources) -> dict[str, str]:
    out: dict[str, str] = {}
    if not any(head in text for head in ("Force", "Brigade", "Militia", "Battalion")):
        return out  # the cheap test first: most articles name no such force
    for m in _ARMED_HEAD_NAME.finditer(text):
        word, rest = m.group(1), m.group(2).split()
        if not _one_word_name(word, res) or any(_known(w, res) for w in rest):
            continue
        nxt = rest[0] if rest else m.group().split()[-1]
        # the word alone: not followed by the rest of the name anywhere else
        alone = [
            a
            for a, end in word_spans(text, word)
            if not text.startswith(nxt, end + 1) and a != m.start(1)
        ]
        code = word.upper()
        if not alone or len(code) < 3 or code in res.aliases or code in res.kinds:
            continue
        name = m.group().split(maxsplit=1)[1]  # without "the"
        out.setdefault(name, code)
        out.setdefault(word, code)
    return out


# Regional administrations that act as parties to a national government ("the regional
# administration of Jubaland", "Puntland's state government", "semi-autonomous Jubaland"):
# the region's name then stands for its administration (code: the name upper-cased). Only
# these phrasings teach it: "the Biden administration" names no region.
_REGION_KIND = r"(?i:regional|provincial|state|autonomous|semi-autonomous|breakaway)"
_REGION_BODY = r"(?i:administration|government|authorities)"
# Patterns led by a kind word (one led by a name would be tried at every capitalised word):
# "the regional administration of Jubaland", "semi-autonomous Jubaland", "the Autonomous
# Bougainville Government".
_REGIONS_LED = re.compile(
    rf"\b{_REGION_KIND}\s+(?:{_REGION_BODY}|(?i:region|state|province|territory))\s+of\s+"
    rf"(?:the\s+)?(?P<a>{_NAME_WORD})"
    rf"|\b(?i:semi-autonomous|breakaway)\s+(?P<d>{_NAME_WORD})"
    rf"|\b(?i:autonomous)\s+(?P<e>{_NAME_WORD})\s+{_REGION_BODY}"
)
# "Puntland's state administration", "the Jubaland regional government": the kind and the
# body, then the name right before them.
_KIND_BODY = re.compile(rf"\b(?i:regional|provincial|state|autonomous)\s+{_REGION_BODY}\b")
_POSSESSOR_BEFORE = re.compile(rf"\b({_NAME_WORD})(?:'s|’s)\s+$")
_THE_NAME_BEFORE = re.compile(rf"\b[Tt]he\s+({_NAME_WORD})\s+$")
_THE = re.compile(r"^[Tt]he\s+")
_REGION_CUE_WORDS = ("regional", "provincial", "state", "autonomous", "semi-autonomous",
                     "breakaway")  # fmt: skip


def _kind_positions(text: str) -> list[int]:
    """Where a kind word of _REGION_KIND starts as a word (str.find on the lower-cased text:
    a case-blind regex scan of the whole text costs ~100 us on a 3 KB article)."""
    low = text.lower()
    out: list[int] = []
    for cue in _REGION_CUE_WORDS:
        at = low.find(cue)
        while at >= 0:
            if at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "-"):
                out.append(at)
            at = low.find(cue, at + 1)
    return sorted(out)


def _region_names(text: str) -> Iterator[tuple[str, str | None]]:
    """(name, the whole phrase when it names the party too) of each regional administration
    the text names."""
    for at in _kind_positions(text):
        m = _REGIONS_LED.match(text, at)
        if m is not None:
            if m.group("d"):
                yield m.group("d"), None
            else:
                yield (m.group("a") or m.group("e")), _THE.sub("", m.group())
            continue
        m = _KIND_BODY.match(text, at)
        if m is None:
            continue
        lo = max(0, m.start() - 40)
        poss = _POSSESSOR_BEFORE.search(text, lo, m.start())
        if poss is not None:
            yield poss.group(1), None
            continue
        the = _THE_NAME_BEFORE.search(text, lo, m.start())
        if the is not None:
            yield the.group(1), text[the.start(1) : m.end()]


def _regions(text: str, res: Resources, known: dict[str, str]) -> dict[str, str]:
    """Regional administrations the text names, as (name, code); a phrase the text named
    with its acronym keeps that code ("the Kurdistan Regional Government (KRG)": KRG)."""
    out: dict[str, str] = {}
    states = res.words["us_state_names"]
    for name, phrase in _region_names(text):
        if name in states or not _one_word_name(name, res) or phrase in res.aliases:
            continue  # a table names the body ("the Kurdistan Regional Government": KRG)
        code = known.get(phrase, name.upper()) if phrase is not None else name.upper()
        out.setdefault(name, code)
        if phrase is not None:
            out.setdefault(phrase, code)
    return out


# An armed group the article calls only by its acronym ("the KNX accepted the truce"): in an
# article about rebels or armed groups, an upper-case short name no table lists that recurs
# and acts (right before a verb of saying or acting) is that group. Acronyms of every day
# (currencies, agencies, units: lexicon.yaml everyday_acronyms) are none.
_BARE = re.compile(r"(?<![\w-])((?:[A-Z]|[0-9]+[A-Z])[A-Z0-9]{0,6})(?![\w-])")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_ACTS_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+|did\s+|would\s+|will\s+|also\s+|then\s+|later\s+|"
    r"not\s+|never\s+)*(?:said|says|accepted|accepts|rejected|rejects|agreed|agrees|announced|"
    r"announces|proposed|proposes|offered|offers|declared|declares|signed|signs|denied|denies|"
    r"refused|refuses|responded|responds|replied|replies|demanded|demands|warned|warns|"
    r"attacked|attacks|claimed|claims|broke|breaks|withdrew|withdraws|spokesman|spokeswoman|"
    r"spokesperson|leader|leaders|commander|commanders|fighters|delegation|negotiators|"
    r"gave|given|gives|sent|sends|made|makes|took|takes)\b"
)
_CONFLICT_WORDS = ("rebel", "armed group", "insurgen", "militia", "guerrilla", "separatist",
                   "militant", "armed movement")  # fmt: skip


def _about_conflict(text: str) -> bool:
    """Does the article speak of armed groups at all (a word of _CONFLICT_WORDS)?"""
    low = text.lower()
    return any(w in low for w in _CONFLICT_WORDS)


def _bare_acronyms(text: str, res: Resources) -> dict[str, str]:
    """(Of an article about armed groups: the caller asks `_about_conflict`.)"""
    out: dict[str, str] = {}
    counts: dict[str, int] = {}
    acting: set[str] = set()
    everyday = res.words["everyday_acronyms"]
    for m in _BARE.finditer(text):
        code = m.group(1)
        if code in res.aliases or code.lower() in everyday or code in res.title_words:
            continue
        if len(code) < 2:
            continue
        counts[code] = counts.get(code, 0) + 1
        if _ACTS_AFTER.match(text, m.end()):
            acting.add(code)
            if _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
                counts[code] += 1  # "the 3R has given no answer": named as a body
    for code in acting:
        if counts[code] >= 2:
            out[code] = code
    return out


def learn_groups(text: str, res: Resources, known: int = 0) -> tuple[tuple[str, str], ...]:
    """(name, code) pairs of the groups the article introduces, longest names first.

    `known`: text[:known] is a text whose word runs were read already (names.text_runs)."""
    found = _full_names(text, res)
    low = fold(text)  # same length as text: positions in one are positions in the other
    runs = text_runs(low, known) if known and low.isascii() and "_" not in low else None
    for name, code in _short_names(text, res, low, runs).items():
        found.setdefault(name, code)
    for name, code in _unabbreviated(text, res, runs).items():
        found.setdefault(name, code)
    if ", a" in text or ", the" in text:
        for name, code in _apposed(text, res).items():
            found.setdefault(name, code)
    for name, code in _regions(text, res, found).items():
        found.setdefault(name, code)
    conflict = _about_conflict(text)  # asked once for both passes that need it
    for name, code in (_bare_acronyms(text, res) if conflict else {}).items():
        found.setdefault(name, code)
    if conflict and ("ers" in text or "ors" in text):
        for name, code in _agent_named(text, res).items():
            found.setdefault(name, code)
    found = _first_word_named(text, res) | found  # the names found before it stay theirs
    if "led by" in text or "-led " in text:
        for name, code in _led_coalitions(text, res).items():
            found.setdefault(name, code)
    if "opposition" in text:
        for name, code in _named_oppositions(text, res).items():
            found.setdefault(name, code)
    return tuple(sorted(found.items(), key=lambda kv: -len(kv[0])))


# "the opposition alliance led by the Unity Party", "the BNP-led alliance": the coalition is
# known by its leading party (the party's initials, or its short name).
_LED_BY = re.compile(
    r"\b((?:opposition\s+)?(?:alliance|coalition|bloc))\s*,?\s+led\s+by\s+(?:the\s+)?"
    rf"((?:{_NAME_WORD}\s+){{0,3}}(?:Party|Alliance|Front|Movement|Congress|League|Union))\b"
)
# "The Democratic Party, Mongolia's main opposition, said": a party named beside its role
_NAMED_OPPOSITION = re.compile(
    rf"\b((?:{_NAME_WORD}\s+){{1,3}}(?:Party|Alliance|Front|Movement|Coalition|Union|Bloc|Congress)),"
    r"\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+)?(?:main\s+|largest\s+|biggest\s+|leading\s+)?"
    r"opposition\b"
)
_X_LED = re.compile(
    r"\b([A-Z][A-Z0-9]{1,9})-led\s+((?:opposition\s+)?(?:alliance|coalition|bloc))\b"
)


def _named_oppositions(text: str, res: Resources) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _NAMED_OPPOSITION.finditer(text):
        words = [w for w in m.group(1).split() if w not in ("The", "the")]
        code = _party_code(words, res)
        if code:
            out.setdefault(" ".join(words), code)
    return out


def _led_coalitions(text: str, res: Resources) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _LED_BY.finditer(text):
        code = _initials(m.group(2).split())
        out.setdefault(m.group(2), code)
        out.setdefault(m.group(1), code)
    for m in _X_LED.finditer(text):
        if m.group(1) not in res.aliases:
            out.setdefault(m.group(1), m.group(1))
            out.setdefault(f"{m.group(1)}-led {m.group(2)}", m.group(1))
            out.setdefault(m.group(2), m.group(1))
    return out
