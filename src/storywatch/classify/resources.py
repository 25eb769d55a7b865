"""Load the gazetteer and lexicon data files once, compile them into regexes and lookup tables.

Everything here is built lazily on first use and cached for the life of the process; the
classifier itself never reads a file.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry
import yaml

from storywatch.classify._trie import TrieMatcher, share_scan, trie_regex

__all__ = ["DATA_DIR", "Entry", "Resources", "TriggerDef", "resources", "rows"]

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form stands for: a code, a kind of mention, ambiguity flags, a role."""

    code: str
    kind: str  # state | capital | demonym | people | org | group | person
    flags: frozenset[str] = frozenset()
    role: str = ""


@dataclass(frozen=True, slots=True)
class Namesake:
    """A name two states share: `name` means `to` in an article that names `to` by a name of
    its own (`own`) and the usual state by none of its own (`usual`)."""

    name: str
    to: str
    own: re.Pattern[str]
    usual: re.Pattern[str]


def _namesakes(lex: dict[str, Any]) -> tuple[Namesake, ...]:
    def words(ws: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ws) + r")\b", re.IGNORECASE)

    return tuple(
        Namesake(str(n["name"]), str(n["to"]), words(n["own"]), words(n["usual"]))
        for n in lex.get("namesakes", [])
    )


@dataclass(frozen=True, slots=True)
class TriggerDef:
    """One trigger of lexicon.yaml: a verb or a nominalisation and its argument requirements."""

    name: str
    action: str
    pos: str  # verb | noun
    objects: tuple[str, ...] = ()
    plural_only: bool = False
    addressee_action: str | None = None
    light: frozenset[str] = frozenset()
    requires_issue: tuple[str, ...] = ()
    agent_from: bool = False
    negated: bool = False
    base: str = ""  # the base form: without an auxiliary it needs a plural subject
    modality_floor: str | None = None  # e.g. sending a delegation means a meeting is expected
    asserted_if_future: bool = False  # "would retaliate": the threat itself is made now
    plural_action: str | None = None  # "Russia and Ukraine agreed to a truce": agree, not accept
    hypothetical_action: str | None = None  # "would consider talks if": a conditional acceptance
    issue: str | None = None  # the issue when none is named ("ready to mediate": talks)
    negated_action: str | None = None  # "has yet to comment": no response
    needs_target: bool = False  # "closed the borders" with no neighbour named: no act on anyone
    talks_action: str | None = None  # "asked X to open talks": the act when talks are asked for


@dataclass
class Resources:
    """Compiled data: gazetteer, triggers, issues, cues."""

    aliases: dict[str, Entry]
    names: dict[str, str]  # code -> display name
    gazetteer_re: TrieMatcher
    triggers: dict[str, list[TriggerDef]]  # lower-case form -> candidates
    trigger_re: TrieMatcher
    issues: dict[str, str]  # lower-case phrase -> issue
    issue_re: TrieMatcher
    objects: dict[str, frozenset[str]]
    words: dict[str, frozenset[str]]  # word lists of lexicon.yaml by name
    cue_re: dict[str, TrieMatcher]
    agent_re: re.Pattern[str]
    agent_owned_re: re.Pattern[str]  # after a possessive: any two words before the agent noun
    agent_of_re: re.Pattern[str]
    title_words: frozenset[str]
    topics: dict[str, frozenset[str]]
    topic_re: TrieMatcher
    topic_of: dict[str, tuple[str, ...]]
    topic_conf: dict[str, Any]
    dyads: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # code -> state | org | group
    neutral: frozenset[str] = frozenset()  # codes never a main party ("neutral" flag: the ICRC)
    org_issues: dict[str, str] = field(default_factory=dict)  # "issue=nuclear" flag: the IAEA
    namesakes: tuple[Namesake, ...] = ()  # names two states share (lexicon.yaml namesakes)
    _city_tables: list[tuple[dict[str, str], TrieMatcher]] = field(default_factory=list)

    @property
    def cities(self) -> dict[str, str]:
        """City name -> state code (cities.tsv), names of the gazetteer left out: the places an
        attack hits, never actors. Read on first use: most processes never read an attack."""
        return self._cities()[0]

    @property
    def city_re(self) -> TrieMatcher:
        """The city names of `cities`, compiled on first use."""
        return self._cities()[1]

    def _cities(self) -> tuple[dict[str, str], TrieMatcher]:
        if not self._city_tables:
            names = {r["name"]: r["code"] for r in rows("cities.tsv")}
            names = {n: c for n, c in names.items() if n not in self.aliases}
            self._city_tables.append((names, TrieMatcher(names)))
        return self._city_tables[0]


def rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated data file, skipping # comments; '-' reads as empty."""
    with (DATA_DIR / name).open(encoding="utf-8") as f:
        lines = (ln for ln in f if ln.strip() and not ln.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {
                k: ("" if (v or "").strip() == "-" else (v or "").strip()) for k, v in row.items()
            }


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _pycountry_names(code: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return []
    names = [getattr(country, a, "") for a in ("name", "common_name", "official_name")]
    return [n for n in names if n and "," not in n and "(" not in n]


def _country_aliases(aliases: dict[str, Entry], names: dict[str, str]) -> None:
    table = list(rows("countries.tsv"))
    for row in table:
        code, flags = row["code"], frozenset(_split(row["flags"]))
        given = _split(row["aliases"])
        names[code] = given[0] if given else code
        for alias in given:
            aliases.setdefault(alias, Entry(code, "state", flags))
    for row in table:  # official names only where no explicit alias claimed the form
        flags = frozenset(_split(row["flags"]))
        for alias in _pycountry_names(row["code"]):
            aliases.setdefault(alias, Entry(row["code"], "state", flags))
    for row in table:
        code, flags = row["code"], frozenset(_split(row["flags"]))
        demonyms = _split(row["demonyms"])
        for i, dem in enumerate(demonyms):
            kind = "people" if i > 0 and dem.endswith("s") else "demonym"
            aliases.setdefault(dem, Entry(code, kind, flags))
        for cap in _split(row["capitals"]):
            aliases.setdefault(cap, Entry(code, "capital", flags))


def _org_aliases(aliases: dict[str, Entry], names: dict[str, str]) -> None:
    for row in rows("orgs.tsv"):
        given = _split(row["aliases"])
        spelled = [a for a in given if " " in a and any(ch.islower() for ch in a)]
        names[row["code"]] = (spelled or given or [row["code"]])[0]
        flags = frozenset(_split(row["flags"]))
        for alias in [*given, *(_other_spelling(a) for a in given)]:
            aliases.setdefault(alias, Entry(row["code"], row["kind"], flags))
        for flag in flags:  # "the European proposal": the EU's, as "the French proposal"
            if flag.startswith("demonym="):
                aliases.setdefault(flag.removeprefix("demonym="), Entry(row["code"], "demonym"))


# British and American spellings of a body's name ("Organisation of American States")
_SPELLINGS = (("Organization", "Organisation"), ("Organisation", "Organization"),
              ("Defense", "Defence"), ("Defence", "Defense"), ("Center", "Centre"),
              ("Centre", "Center"), ("Labor", "Labour"), ("Labour", "Labor"))  # fmt: skip


def _other_spelling(alias: str) -> str:
    for a, b in _SPELLINGS:
        if a in alias:
            return alias.replace(a, b)
    return alias


SURNAME = "surname"  # flag of a person's one-word alias ("Valtonen")
GIVEN = "given:"  # flag prefix: a first name the person goes by ("given:Elina")


def someone_else(entry: Entry, given: str) -> bool:
    """Is the known person's surname (`entry`), after the first name `given`, another
    person's? "Ingrid Valtonen" is not Finland's Elina Valtonen; "Sergey Lavrov" is Lavrov."""
    return SURNAME in entry.flags and GIVEN + given not in entry.flags


def _people_aliases(aliases: dict[str, Entry]) -> None:
    for row in rows("people.tsv"):
        entry = Entry(row["code"], "person", frozenset(), row["role"])
        names = [row["name"], *_split(row["aliases"])]
        given = frozenset(GIVEN + n.split()[0] for n in names if " " in n)
        surname = Entry(row["code"], "person", given | {SURNAME}, row["role"])
        for alias in names:
            aliases.setdefault(alias, surname if " " not in alias else entry)


def _words_re(words: Iterable[str]) -> TrieMatcher:
    return TrieMatcher(words, ignore_case=True)


def _load_triggers(lex: dict[str, Any]) -> dict[str, list[TriggerDef]]:
    table: dict[str, list[TriggerDef]] = {}
    for pos in ("verbs", "nouns"):
        for name, spec in lex[pos].items():
            forms = str(spec["forms"])
            sep = "|" if "|" in forms else None
            light = frozenset(_split(str(spec.get("light", ""))))
            tdef = TriggerDef(
                name=name,
                action=spec["action"],
                pos=pos[:-1],
                objects=tuple(spec.get("object", ())),
                plural_only=bool(spec.get("plural_only", False)),
                addressee_action=spec.get("addressee_action"),
                light=frozenset(x.lower() for x in light),
                requires_issue=tuple(spec.get("requires_issue", ())),
                agent_from=bool(spec.get("agent_from", False)),
                negated=bool(spec.get("negated", False)),
                base=forms.split(sep, maxsplit=1)[0].strip().lower(),
                modality_floor=spec.get("modality_floor"),
                plural_action=spec.get("plural_action"),
                hypothetical_action=spec.get("hypothetical_action"),
                issue=spec.get("issue"),
                negated_action=spec.get("negated_action"),
                asserted_if_future=bool(spec.get("asserted_if_future", False)),
                needs_target=bool(spec.get("needs_target", False)),
                talks_action=spec.get("talks_action"),
            )
            for form in forms.split(sep):
                table.setdefault(form.strip().lower(), []).append(tdef)
    return table


def _cue_patterns(lex: dict[str, Any]) -> dict[str, TrieMatcher]:
    names = ("negation_cues", "non_negations", "expected_cues", "hypothetical_cues",
             "question_cues", "future_time", "speech_verbs", "locative_prepositions")  # fmt: skip
    cues = {n: _words_re(str(w) for w in lex[n]) for n in names}
    cues["group_nouns"] = _words_re(lex["group_nouns"])
    owned = [f"{p} {n}" for p in ("its", "their", "his", "her", "our") for n in lex["owned_agents"]]
    cues["pronouns"] = _words_re([*lex["pronouns"], *owned])
    return cues


def _trie_body(words: Iterable[str]) -> str:
    """The bare trie alternation of lower-cased words (no word boundaries around it)."""
    pattern = trie_regex([w.lower() for w in words]).pattern
    return pattern[len("(?<![\\w])") : -len("(?!\\w)")]


def _agent_re(lex: dict[str, Any]) -> re.Pattern[str]:
    """Matched against folded text right after a name: "Russian [top] officials". A branch of
    the armed services may stand before its personnel as a compound ("coast guard commanders",
    "army chiefs", "corps commanders"): the whole compound is the agent, its verb follows it."""
    mods, nouns = _trie_body(lex["agent_modifiers"]), _trie_body(lex["agent_nouns"])
    branch = _trie_body(_SERVICE_BRANCHES)
    return re.compile(
        rf"\s+(?:(?:{mods})\s+){{0,2}}(?:(?:{branch})\s+(?=(?:{nouns})(?!\w)))?(?:{nouns})(?!\w)"
    )


# Branches of the armed and security services, the first half of a compound agent whose second
# half names their people ("navy commanders", "border police officers", "corps commanders").
_SERVICE_BRANCHES = (
    "army", "navy", "air force", "coast guard", "coastguard", "police", "border police",
    "border guard", "corps", "army corps", "marine corps", "military", "militia",
)  # fmt: skip


def _agent_owned_re(lex: dict[str, Any]) -> re.Pattern[str]:
    """After a possessive, an agent noun behind up to two plain words, "and" between them
    allowed ("South Korea's national security office", "Russia's state news agency",
    "Vietnam's industry and trade ministry"); words, not a phrase of their own ("Pyongyang's
    offer of military talks": the offer is Pyongyang's, no military acts)."""
    nouns = _trie_body(lex["agent_nouns"])
    word = rf"(?!{_FUNCTION_WORDS}\s)[a-z-]+"
    return re.compile(rf"\s+(?:{word}\s+(?:and\s+)?){{0,2}}(?:{nouns})(?!\w)")


_FUNCTION_WORDS = r"(?:of|for|to|on|with|in|at|by|from|and|or|the|a|an|that|which)"


def _agent_of_re(lex: dict[str, Any]) -> re.Pattern[str]:
    """ "the foreign ministers of", "fighters of the": an agent noun whose party follows "of".
    Matched against folded text."""
    nouns = _trie_body(lex["agent_nouns"])
    return re.compile(
        rf"\b(?:(?:{nouns})\s+(?:from|of)|(?:government|authorities|officials|official|junta|regime|"
        r"rulers)\s+in)"
        r"\s+(?:the\s+)?$"
    )


def _topics(
    aliases: dict[str, str],
) -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    sets = {name: frozenset(w.lower() for w in ws) for name, ws in aliases.items()}
    of: dict[str, list[str]] = {}
    for name, ws in sets.items():
        for w in ws:
            of.setdefault(w, []).append(name)
    return sets, {w: tuple(v) for w, v in of.items()}


# libyaml's parser when PyYAML was built with it (the same safe constructor, the same data;
# ~10x faster than the pure-Python parser: most of the data files' load time at start-up).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml(name: str) -> dict[str, Any]:
    with (DATA_DIR / name).open(encoding="utf-8") as f:
        data: dict[str, Any] = yaml.load(f, Loader=_SAFE_LOADER)  # noqa: S506 -- a safe loader
    return data


@functools.cache
def resources() -> Resources:
    """Build (once) every compiled table the classifier needs."""
    aliases: dict[str, Entry] = {}
    names: dict[str, str] = {}
    _people_aliases(aliases)
    _org_aliases(aliases, names)
    _country_aliases(aliases, names)
    lex, top = _yaml("lexicon.yaml"), _yaml("topics.yaml")
    triggers = _load_triggers(lex)
    issues = {p.lower(): issue for issue, ps in lex["issues"].items() for p in ps}
    topic_sets, topic_of = _topics(top["topics"])
    words = {
        k: frozenset(str(w).lower() for w in v)
        for k, v in lex.items()
        if isinstance(v, list) and not any(isinstance(w, dict) for w in v)
    }
    words["us_context"] = frozenset(top["us_context"])
    words["foreign_context"] = frozenset(top["foreign_context"])
    words["us_state_names"] = frozenset(top["us_state_names"])
    words["agent_words"] = frozenset(w for p in words["agent_nouns"] for w in p.split())
    res = Resources(
        aliases=aliases,
        names=names,
        gazetteer_re=TrieMatcher(aliases, fold_text=True),
        triggers=triggers,
        trigger_re=_words_re(triggers),
        issues=issues,
        issue_re=_words_re(issues),
        objects={k: frozenset(str(x).lower() for x in v) for k, v in lex["object_classes"].items()},
        words=words,
        cue_re=_cue_patterns(lex),
        agent_re=_agent_re(lex),
        agent_owned_re=_agent_owned_re(lex),
        agent_of_re=_agent_of_re(lex),
        title_words=frozenset(lex["title_words"]),
        topics=topic_sets,
        topic_re=_words_re(topic_of),
        topic_of=topic_of,
        topic_conf={k: v for k, v in top.items() if k != "topics"},
        kinds={
            e.code: ("state" if e.kind not in ("org", "group") else e.kind)
            for e in aliases.values()
            if e.kind != "person"
        },
        neutral=frozenset(e.code for e in aliases.values() if "neutral" in e.flags),
        org_issues={
            e.code: f.removeprefix("issue=")
            for e in aliases.values()
            for f in e.flags
            if f.startswith("issue=")
        },
        namesakes=_namesakes(lex),
        dyads={r["a"]: r["b"] for r in rows("dyads.tsv")}
        | {r["b"]: r["a"] for r in rows("dyads.tsv")},
    )
    # Lists that read the same whole sentences look their words up together: names and triggers
    # (every sentence), group nouns and pronouns (sentences with a trigger). Topics read a
    # sentence only when it holds a sports word (sentence._sporty): alone.
    share_scan([res.gazetteer_re, res.trigger_re])
    share_scan([res.cue_re["group_nouns"], res.cue_re["pronouns"]])
    return res
