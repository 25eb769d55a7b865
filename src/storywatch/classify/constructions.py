"""Fixed constructions whose parties are not the grammatical subject.

- an agreement with no agent: "no agreement was reached", "there was no deal", "talks ended
  without a breakthrough", "this agreement was reached thanks to..." -> the parties agree
  (negated when the noun phrase or the verb group is negative);
- talks named by their parties: "talks between Iran and the United States ended in Rome" -> both
  meet, with the modality of the verb of occurrence ("will begin" -> expected).
Parties come from "between X and Y" in the sentence, else the article's two main parties.
"""

from __future__ import annotations

import dataclasses
import re

from storywatch.classify.arguments import (
    CONDITION_WORDS,
    GROUP,
    PREPS,
    Subject,
    city_target,
    coordinated_after,
    find_issue,
    find_subject,
    names_goods_measure,
    passive_agent,
)
from storywatch.classify.events import Candidate, Sent, demonym_target, hyphenated_sides
from storywatch.classify.mentions import Mention
from storywatch.classify.modality import modality, rescheduled
from storywatch.classify.reference import quote_speaker
from storywatch.classify.text import (
    Prefiltered,
    WordGated,
    alternation_words,
    clause_end,
    clause_start,
    fold,
    in_background,
)

__all__ = ["PARTYLESS_HINT", "THREAT_HINT", "construction_events", "declared_over"]

# Constructions that need no party in their sentence: "A third round is set for May",
# "Talks ended without a deal" (the two main parties of the article meet).
PARTYLESS_HINT = re.compile(
    r"\b(?:[Tt]alks|[Nn]egotiations|[Cc]onsultations|[Dd]iscussions|[Dd]ialogue|round|meeting|"
    r"summit|session)\b"
)

# "no ceasefire violations", "no truce monitors": the noun modifies a plural head, no agreement.
_AGREEMENT = (
    r"(?:agreement|deal|accord|breakthrough|truce|ceasefire|understanding|settlement)"
    r"(?!\s+(?!(?:was|is|has|yet|as|this|thus|unless|its|his|this|talks)\b)[a-z]+s\b)"
)
_NO_AGREEMENT = re.compile(
    rf"\b(?:there\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:still\s+)?no\s+(?:\w+\s+)?{_AGREEMENT}"
    rf"|(?:with\s+no|without(?:\s+an?)?|failed\s+to\s+reach\s+an?|no)\s+(?:\w+\s+)?{_AGREEMENT}"
    rf"(?:\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:\w+\s+)?(?:reached|signed|concluded|struck))?)",
    re.IGNORECASE,
)
_PASSIVE_AGREEMENT = re.compile(
    rf"\b(?:the|this|an?|that)\s+(?:(?!no\b|not\b)[\w-]+\s+){{0,2}}{_AGREEMENT}\s+(?:was|has\s+been|had\s+been|"
    r"is|were)\s+(?:\w+ly\s+)?(?:reached|signed|concluded|struck|sealed|finalised|finalized)\b",
    re.IGNORECASE,
)
# A reduced passive relative reports a deal already made: "will lift its ban under an agreement
# reached at talks in Dushanbe", "under a deal signed by the two ministers". The participle must
# be followed by its agent or a place, time or occasion, so that a verb ("the deal reached its
# limits") or an attributive use is not read as one. Only an indefinite deal that licenses an act
# still ahead is news; "under the agreement", "was carried out under an accord signed in X" look
# back at a deal already reported.
_REDUCED_AGREEMENT = re.compile(
    rf"\b(?:under|through|via)\s+(?:an?|a\s+new)\s+(?:[\w-]+\s+){{0,2}}{_AGREEMENT}\s+"
    r"(?:reached|signed|concluded|struck|sealed)\s+(?:by|at|in|on|with|between|after|during|last|earlier)\b",
    re.IGNORECASE,
)
# Every match of these holds one of its needles: most sentences skip the scans.
_NO_AGREEMENT_HINT = Prefiltered(_NO_AGREEMENT, ["no", "without", "failed"], ignore_case=True)
_PASSIVE_AGREEMENT_HINT = Prefiltered(
    _PASSIVE_AGREEMENT,
    ["reached", "signed", "concluded", "struck", "sealed", "finalised", "finalized"],
    ignore_case=True,
)
_REDUCED_AGREEMENT_HINT = Prefiltered(
    _REDUCED_AGREEMENT, ["reached", "signed", "concluded", "struck", "sealed"], ignore_case=True
)
# The meeting nouns of every "<noun> between A and B" construction below, in one place.
_MEETING_NOUNS = r"talks|negotiations|consultations|discussions|meetings?|summits?"
_TALKS_BETWEEN = re.compile(  # "talks (in Geneva) between"
    rf"\b(?:{_MEETING_NOUNS}|round\s+of\s+(?:\w+\s+){{0,2}}talks)\s+"
    r"(?:(?:in|at|on)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+){0,2}between\s+",
    re.IGNORECASE,
)
_OCCURRED = re.compile(
    r"\b(?:(?:are|is|were|was)\s+(?:now\s+)?(?:scheduled|set|planned|due|expected)|"
    r"ended|began|begin|begins|opened|open|opens|took\s+place|take\s+place|were\s+held|was\s+held|"
    r"be\s+held|resumed|resume|concluded|started|start|broke\s+down|collapsed|stalled|closed|"
    r"produced|yielded|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:postponed|called\s+off|"
    r"cancell?ed|canceled|delayed|scrapped))\b",
    re.IGNORECASE,
)
_NO_BEFORE = re.compile(r"\b[Nn]o\s+(?:[\w-]+\s+)?$")
_NO_DATE = re.compile(
    r"\b(?:[Nn]o\s+date\s+(?:has\s+been|had\s+been|was|is)\s+(?:yet\s+)?(?:set|fixed|agreed)|"
    r"(?:has|have|had)\s+yet\s+to\s+(?:set|fix|agree\s+on)\s+a\s+date)\s+for\s+"
    r"(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+)?$"
)
_CALLED_OFF = re.compile(r".*\b(?:postponed|called\s+off|cancell?ed|canceled|delayed|scrapped)$")
# "After two days of talks between X and Y, ...", "no deal was reached at talks between X and
# Y": the talks took place.
_AFTER_TALKS = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing|[Aa]t|[Dd]uring)\s+(?:(?:\w+|\d+)\s+(?:days?|hours?|weeks?|rounds?)\s+of\s+)?"
    rf"(?=(?:{_MEETING_NOUNS})\b)"
)
_MODALS = r"will|would|could|may|might|shall"
_MODAL = re.compile(rf"(?:{_MODALS})\s+")
_MODAL_WORD = re.compile(rf"\b(?:{_MODALS})\b")
# "Qatar hosted talks between Chad and Sudan": the host's verb tells the talks happened.
_HOSTED_TALKS = re.compile(
    # "will host the next round of talks between": a future host's (not "offered to host")
    rf"\b(?:(?:{_MODALS})\s+(?:host|convene|chair|mediate|broker|facilitate)"
    r"|hosted|hosts|convened|convenes|chaired|chairs|mediated|mediates|brokered|brokers|"
    r"facilitated|facilitates|sponsored|sponsors)"
    r"\s+(?:(?:the|a|new|fresh|direct|indirect|further|renewed|next|latest|first|second|third|"
    r"fourth|final|\w+-day|round|of)\s+){0,4}$"
)
_PLANNED = re.compile(
    r"(?:are|is|were|was)\s+(?:now\s+)?(?:scheduled|set|planned|due|expected)", re.IGNORECASE
)
# Talks told as planned by a word before their noun: "planned prisoner exchange talks between"
_PLANNED_BEFORE = re.compile(
    r"\b(?:planned|scheduled|upcoming|forthcoming)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
_NO_TALKS = re.compile(
    r"\bthere\s+(?:has|have|had)\s+been\s+no\s+(?:\w+\s+)?(?:talks|negotiations|contacts?|"
    r"meetings?|discussions)\s+with\s+",
    re.IGNORECASE,
)
_AND = re.compile(r"^\s*(?:and|&)\s+(?:the\s+)?$")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+")


def _between(sent: Sent, pos: int) -> tuple[Mention, Mention] | None:
    """The two parties right after "between" at `pos` ("between Iran and the United States")."""
    after = [m for m in sent.ms if m.start >= pos and m.actor]
    if not after:
        return None
    gap = sent.s[pos : after[0].start]
    if gap.strip().lower() not in ("", "the") and not sent.res.agent_of_re.search(fold(gap)):
        return None  # "between the foreign ministers of X and Y" is theirs too; "between the
        # Kenyan and Ugandan presidents" (one mention of both) too
    a = after[0]
    if len(a.codes) > 1:  # "Congolese and Rwandan envoys": one mention of both
        return (
            dataclasses.replace(a, codes=a.codes[:1]),
            dataclasses.replace(a, codes=a.codes[1:2]),
        )
    if len(after) < 2:
        return None
    b = after[1]
    return (a, b) if _AND.match(sent.s[a.end : b.start]) else None


_BETWEEN = re.compile(r"\bbetween\s+", re.IGNORECASE)


def _sentence_parties(sent: Sent) -> tuple[tuple[str, ...], int]:
    found = _BETWEEN.search(sent.s)
    pair = _between(sent, found.end()) if found else None
    if pair is None:
        return (GROUP,), 0
    return (pair[0].codes[0], pair[1].codes[0]), pair[1].end


def _agents(sent: Sent, pos: int) -> tuple[str, ...] | None:
    """ "was signed in Jeddah by Sudan's army and the RSF": the coordinated agents after "by"."""
    agent = passive_agent(sent.s, pos, sent.ms)
    if agent is None:
        return None
    codes = tuple(dict.fromkeys((*agent.codes, *coordinated_after(sent.s, sent.ms, agent))))
    return codes if len(codes) > 1 else None


def _inner_issue(sent: Sent, m: re.Match[str]) -> str | None:
    """ "a seven-day ceasefire was signed": the specific issue named inside the construction."""
    found = _issues_named(sent, m.start(), m.end(), ("other",))
    return found[-1] if found else None


def _talks_issue(sent: Sent, m: re.Match[str]) -> str:
    """The issue of talks named in the phrase itself ("ceasefire talks between..."), else talks:
    an issue later in the sentence is what the talks failed or succeeded on, not their name."""
    before = max(0, m.start() - 25)
    named = _issues_named(sent, before, m.end(), ("other", "talks"))
    return named[-1] if named else "talks"


def _issues_named(sent: Sent, start: int, end: int, skip: tuple[str, ...]) -> list[str]:
    """The issues the sentence names in [start, end), in order, less those in `skip`."""
    found = (sent.res.issues[x.group().lower()] for x in sent.res.issue_re.finditer(
        fold(sent.s), start, end))  # fmt: skip
    return [i for i in found if i not in skip]


_WITHOUT = re.compile(r"(?:with\s+no|without)\b", re.IGNORECASE)
_ENDING = re.compile(
    r"\b(?:ended|end|ends|ending|broke\s+up|broke\s+down|collapsed|stalled|closed|concluded|"
    r"finished|adjourned|wrapped\s+up|"
    r"left|returned|met|talks|round|meeting|negotiations)\b",
    re.IGNORECASE,
)


def _bare_without(s: str, m: re.Match[str]) -> bool:
    """ "the dam's operation without agreement": "without" an agreement negates one only after
    talks or their end ("talks ended without a deal")."""
    return _WITHOUT.match(m.group()) is not None and not _ENDING.search(s, max(0, m.start() - 60),
                                                                        m.start())  # fmt: skip


# The talks a "no deal" ends ("sanctions talks end without deal", "talks on the meat ban
# ended with no agreement"): the last meeting noun before it in its clause.
_TALKS_BEFORE = re.compile(rf"\b(?:{_MEETING_NOUNS})\b", re.IGNORECASE)


def _topic_of_talks(sent: Sent, at: int) -> str | None:
    """The issue the talks before a "no deal" at `at` are named for or about: what no deal was
    reached on (the words just before the noun and its complement up to `at`)."""
    hits = list(_TALKS_BEFORE.finditer(sent.s, clause_start(sent.s, at), at))
    if not hits:
        return None
    named = _issues_named(sent, max(0, hits[-1].start() - 25), at, ("other", "talks"))
    return named[-1] if named else None


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|pending)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:is|are|has\s+been|have\s+been)\b")


def _agreement_events(sent: Sent) -> list[Candidate]:
    out: list[Candidate] = []
    between: tuple[str, ...] | None = None  # the parties named with "between", when needed
    for rx, negated in ((_NO_AGREEMENT_HINT, True), (_PASSIVE_AGREEMENT_HINT, False)):
        for m in rx.finditer(sent.s):
            if _bare_without(sent.s, m) or in_background(sent.s, m.start()):
                continue
            if _UNTIL_BEFORE.search(sent.s, max(0, m.start() - 40), m.start()) and _PRESENT.search(
                m.group()
            ):
                continue  # "halt the works until an agreement is reached": an end point ahead
            if between is None:
                between, _ = _sentence_parties(sent)
            actors = between
            if actors == (GROUP,) and not negated:
                actors = _agents(sent, m.end()) or actors
            elif actors == (GROUP,):
                # '"There is no agreement," he said' (he: the party the article last had
                # acting): that party denies a deal, the other side says nothing here
                speaker = quote_speaker(sent.s, m.start(), sent.ms)
                if (
                    speaker is not None
                    and speaker.kind == "pronoun"  # not a mediator's official
                    and len(speaker.codes) == 1
                    and speaker.codes != (GROUP,)
                ):
                    actors = speaker.codes
            mod = modality(sent.s, None, m.start(), m.end(), m.group(), res=sent.res)
            if mod in (None, "hypothetical"):
                continue  # "if no agreement is reached": a condition, not an event
            mod = "negated" if negated else mod
            issue = _inner_issue(sent, m) or find_issue(
                sent.s, m.start(), m.end(), sent.ms, res=sent.res
            )
            if negated and issue in (None, "talks"):
                issue = _topic_of_talks(sent, m.start()) or issue
            conf = 0.6 if actors == (GROUP,) else 0.75
            out.append(Candidate(actors, "agree", None, issue, mod, conf, sent.s,
                                 "construction:agreement", m.group()))  # fmt: skip
    return out


def _reduced_agreement_events(sent: Sent) -> list[Candidate]:
    """ "X will lift its ban on Y's flour under an agreement reached at talks in Z": the parties
    agree, asserted (the deal is made though the act it licenses is ahead), on what the clause it
    licenses does, not on the talks it came from."""
    out: list[Candidate] = []
    for m in _REDUCED_AGREEMENT_HINT.finditer(sent.s):
        if in_background(sent.s, m.start()):
            continue
        mod = modality(sent.s, None, m.start(), m.end(), m.group(), res=sent.res)
        before = _issues_named(sent, 0, m.start(), ("other", "talks", "summit"))
        goods = names_goods_measure(sent.s, 0, m.start(), sent.res)
        if mod != "expected" or not (before or goods):
            continue  # a deal looked back on, or one licensing nothing its clause names
        actors, _ = _sentence_parties(sent)
        if actors == (GROUP,):
            actors = _agents(sent, m.end()) or actors
        conf = 0.6 if actors == (GROUP,) else 0.75
        issue = before[-1] if before else "trade"
        out.append(Candidate(actors, "agree", None, issue, "asserted", conf, sent.s,
                             "construction:agreement", m.group()))  # fmt: skip
    return out


_HELD_BETWEEN = re.compile(
    rf"\b(?:{_MEETING_NOUNS})\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"held\b[^,;.]{0,40}?\bbetween\s+",
    re.IGNORECASE,
)


def _pair_events(
    sent: Sent, rx: re.Pattern[str], action: str, rule: str, *, conf: float, agreement: bool
) -> list[Candidate]:
    """An event of the two parties right after each match of `rx` that ends in "between":
    "talks were held in Geneva between Morocco and Algeria" (both meet), "Egypt brokered a truce
    between Israel and Hamas" (both agree; the broker's own part is its verb's business)."""
    out: list[Candidate] = []
    for m in rx.finditer(sent.s):
        pair = _between(sent, m.end())
        if pair is None:
            continue
        mod = modality(sent.s, None, m.start(), m.end(), m.group(), res=sent.res)
        if mod is None:
            continue
        if agreement:
            issue = _inner_issue(sent, m) or find_issue(
                sent.s, m.start(), m.end(), sent.ms, sent.res
            )
        else:
            issue = _talks_issue(sent, m)
        actors = (pair[0].codes[0], pair[1].codes[0])
        out.append(Candidate(actors, action, None, issue, mod, conf, sent.s, rule, m.group()))
    return out


# "a summit between X and Y that was due to take place next week has been postponed": the
# talks' own verb comes after the relative clause that describes them
_RELATIVE_AFTER = re.compile(r"\s*,?\s+(?:that|which)\s+")
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$")


def _verb_past_relative(s: str, pos: int) -> re.Match[str] | None:
    """The main verb of the talks named right before `pos` when a relative clause follows them:
    the second finite verb of _OCCURRED up to the sentence's end (the first is the relative
    clause's own), else None."""
    rel = _RELATIVE_AFTER.match(s, pos)
    if rel is None:
        return None
    stop = len(s)
    for ch in ";:":
        i = s.find(ch, rel.end())
        stop = i if 0 <= i < stop else stop
    finite = [v for v in _OCCURRED.finditer(s, rel.end(), stop)
              if not _INFINITIVE_BEFORE.search(s, max(0, v.start() - 4), v.start())]  # fmt: skip
    return finite[1] if len(finite) >= 2 else None


def _talks_events(sent: Sent) -> list[Candidate]:
    out = _pair_events(
        sent, _HELD_BETWEEN, "meet", "construction:held-between", conf=0.75, agreement=False
    )
    for m in _TALKS_BETWEEN.finditer(sent.s):
        pair = _between(sent, m.end())
        if pair is None:
            continue
        end = clause_end(sent.s, pair[1].end, soft=False)
        joined = _NEW_CLAUSE.search(sent.s, pair[1].end, end)
        # "talks between A and B, and both governments are expected to reply": the verb after
        # ", and" has a subject of its own, it does not tell of the talks
        verb = _OCCURRED.search(sent.s, pair[1].end, joined.start() if joined else end)
        verb = verb or _verb_past_relative(sent.s, pair[1].end)
        after = None
        if verb is None:
            verb = after = _AFTER_TALKS.search(sent.s, max(0, m.start() - 40), m.end())
        if verb is None:
            verb = _HOSTED_TALKS.search(sent.s, max(0, m.start() - 40), m.start())
        planned = None
        if verb is None:  # "is following planned prisoner exchange talks between X and Y"
            verb = planned = _PLANNED_BEFORE.search(sent.s, max(0, m.start() - 50), m.start())
        undated = (
            _NO_DATE.search(sent.s, max(0, m.start() - 60), m.start()) if verb is None else None
        )
        verb = verb or undated
        if verb is None:
            continue
        lo = pair[1].end if verb.start() >= pair[1].end else None  # a verb before: its clause
        # "will host the next round of talks between": the modal is a cue, before the verb
        at = verb.start() + (modal.end() if (modal := _MODAL.match(verb.group())) else 0)
        mod = modality(sent.s, lo, at, verb.end(), sent.s[at : verb.end()], res=sent.res)
        if mod is None:
            continue
        if after is not None and mod == "negated":
            mod = "asserted"  # "no deal was reached after two days of talks between X and Y":
            # the main clause's negation leaves the talks that came before it standing
        if undated is not None or _NO_BEFORE.search(sent.s, max(0, m.start() - 20), m.start()):
            mod = "negated"  # "no date has been set for a summit between X and Y", "no meeting
            # between X and Y took place": none
        if mod == "asserted" and (planned is not None or _PLANNED.match(verb.group())):
            mod = "expected"  # "talks between X and Y are scheduled for Saturday"
        if mod in ("asserted", "expected") and _CALLED_OFF.match(verb.group()):
            mod = "negated"  # "the summit between X and Y has been postponed": not held (nor
            # to come: "the summit ... that was due next week has been postponed")
            if rescheduled(sent.s, verb.end()):
                mod = "expected"  # "... has been postponed to November": to come then
        issue = _talks_issue(sent, m)
        actors = (pair[0].codes[0], pair[1].codes[0])
        trig = sent.s[min(m.start(), verb.start()) : max(m.end(), verb.end())].strip()
        rule = "construction:talks-between"
        out.append(Candidate(actors, "meet", None, issue, mod, 0.75, sent.s, rule, trig))
    return out


# "will host Syria-SDF swap talks": the hyphenated pair meets, the host is a go-between.
PAIR_TALKS = re.compile(
    rf"\b([A-Z][\w’']*)-([A-Z][\w’']*)\s+(?:[\w-]+\s+){{0,2}}?(?:{_MEETING_NOUNS})\b"
)


def _hosted_pair_events(sent: Sent) -> list[Candidate]:
    out = []
    for m in PAIR_TALKS.finditer(sent.s):
        verb = _HOSTED_TALKS.search(sent.s, max(0, m.start() - 40), m.start())
        pair = hyphenated_sides(sent, m) if verb is not None else None
        if verb is None or pair is None:
            continue
        at = verb.start() + (modal.end() if (modal := _MODAL.match(verb.group())) else 0)
        mod = modality(sent.s, None, at, verb.end(), sent.s[at : verb.end()], res=sent.res)
        if mod is None:
            continue
        issue = _talks_issue(sent, m)
        actors = (pair[0].codes[0], pair[1].codes[0])
        trig = sent.s[verb.start() : m.end()].strip()
        rule = "construction:talks-between"
        out.append(Candidate(actors, "meet", None, issue, mod, 0.75, sent.s, rule, trig))
    return out


_AGREEMENT_HINT = Prefiltered(  # skips the scan when none of _AGREEMENT's own words occurs
    re.compile(_AGREEMENT, re.IGNORECASE), alternation_words(_AGREEMENT), ignore_case=True
)


# "There were no talks between the two Koreas this year": none between the pair named
_NO_TALKS_BETWEEN = re.compile(
    r"\bthere\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+no\s+(?:\w+\s+)?"
    rf"(?:{_MEETING_NOUNS}|contacts?)\s+between\s+",
    re.IGNORECASE,
)


def _no_talks_events(sent: Sent) -> list[Candidate]:
    """ "China said there had been no negotiations with the United States", "there were no
    talks between X and Y": no meeting."""
    out: list[Candidate] = []
    for m in _NO_TALKS_BETWEEN.finditer(sent.s):
        pair = _between(sent, m.end())
        if pair is not None and pair[0].codes[0] != pair[1].codes[0]:
            out.append(Candidate((pair[0].codes[0], pair[1].codes[0]), "meet", None, "talks",
                                 "negated", 0.7, sent.s, "construction:no-talks-between",
                                 m.group().strip()))  # fmt: skip
    for m in _NO_TALKS.finditer(sent.s):
        speaker = find_subject(sent.s, m.start(), sent.ms, sent.res.title_words)
        target = next((x for x in sent.ms if m.end() <= x.start <= m.end() + 4 and x.actor), None)
        if speaker is None or target is None:
            continue
        issue = find_issue(sent.s, m.start(), m.end(), sent.ms, sent.res) or "talks"
        out.append(Candidate(speaker.codes, "meet", target.codes[0], issue, "negated", 0.7,
                             sent.s, "construction:no-talks", m.group()))  # fmt: skip
    return out


_AT_TALKS = re.compile(  # not "to take part in talks", "to participate in" (still to come)
    r"(?<!part\s)(?<!participate\s)\b(?:at|after|during|following|in)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
    # "at the end of two days of talks", "after more than four hours of talks": their length
    # (not "at the end of a second round of talks": the pair met at the first)
    r"(?:(?:end|close|conclusion)\s+of\s+(?!(?:(?:the|a|an|their)\s+)?(?:second|third|fourth|"
    r"fifth|next|new|another|latest|further)\s)(?:the\s+|a\s+|an\s+|their\s+)?)?"
    r"(?:(?:(?:(?:more|less)\s+than|nearly|almost|over|some|about)\s+)?"
    r"[\w-]+\s+(?:days?|hours?)\s+of\s+)?"
    r"(?:[\w’'.-]+\s+){0,4}?(?:talks|meeting|summit|negotiations|consultations)\b"
    # "Meeting in Lisbon, the foreign ministers of Peru and Chile agreed ...": they met;
    # "Nepal and Bhutan's leaders, meeting in Thimphu, signed ...": so did they
    r"|^\s*(?:After\s+)?[Mm]eeting\s+(?:in|at|on|for)\s|,\s+meeting\s+(?:in|at)\s"
    # "agreed to X after their foreign ministers met in Tokyo": the parties' own envoys met
    r"|\b(?:after|when)\s+(?:their|both\s+(?:sides|countries)'?|the\s+two\s+(?:sides|countries)'?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:met|had\s+met|held\s+talks)\b",
    re.IGNORECASE,
)


def _met_to_agree(sent: Sent, found: list[Candidate]) -> list[Candidate]:
    """ "Thailand and Cambodia agreed a truce at talks in Putrajaya": the parties that agreed at a
    meeting met there (not a planned agreement: that implies no meeting yet); so did those that
    failed to agree after talks ("failed to agree on a roadmap after talks in Vienna")."""
    out: list[Candidate] = []
    for c in found:
        parties = c.actors if len(c.actors) > 1 else (*c.actors, *((c.target,) if c.target else ()))
        if c.action != "agree" or c.modality not in ("asserted", "negated") or len(parties) < 2:
            continue
        m = _AT_TALKS.search(sent.s)
        if m is None or GROUP in parties:
            continue
        issue = "summit" if "summit" in m.group().lower() else None  # "at a summit in Lima"
        if issue is None and c.issue == "prisoner_exchange":
            issue = c.issue  # "agreed to swap 93 detainees after talks in Amman": on the swap
        out.append(Candidate(parties, "meet", None, issue, "asserted", 0.6, sent.s,
                             "construction:agreed-at-talks", m.group()))  # fmt: skip
        break
    return out


_BROKERED = re.compile(
    rf"\b(?:brokered|mediated|negotiated|secured|helped\s+(?:to\s+)?(?:seal|reach|broker))\s+"
    rf"(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_AGREEMENT}\s+between\s+",
    re.IGNORECASE,
)


_TALKS_ENDED = WordGated(  # every match holds one of these words (of its second part)
    re.compile(
        r"\b(?:talks|negotiations|consultations)\b[^.;:\"“”]{0,90}?\b(?:ended|broke\s+up|"
        r"were\s+held|took\s+place|opened|began|resumed|(?<!to\s)(?<!\ban\s)(?<!\bthe\s)"
        r"(?:end|ends)(?!\s+(?:the|a|an|its|their|this|that|all|hostilities|fighting|war|"
        r"violence|conflict|standoff|dispute|crisis|bloodshed))|break\s+up)\b",
        re.IGNORECASE,
    ),
    ["ended", "broke", "held", "took", "opened", "began", "resumed", "end", "ends", "break"],
    ignore_case=True,
)


# "The talks brought together Congolese and Rwandan envoys": the two met.
_BROUGHT_TOGETHER = re.compile(
    r"\b(?:brought|bring|brings|bringing)\s+together\s+(?:the\s+)?", re.IGNORECASE
)


def _talks_ended_events(sent: Sent) -> list[Candidate]:
    """ "The second round of talks ended in Addis Ababa on Wednesday": the two sides met (the
    article's two main parties; "talks between X and Y" is handled with its parties)."""
    m = _TALKS_ENDED.search(sent.s)
    if m is None or "between" in m.group():
        return []
    mod = modality(sent.s, None, m.start(), m.end(), m.group(), res=sent.res)
    if mod is None:
        return []
    pair = _hyphen_pair(sent, m.start())
    if pair is None and any(x.start < m.start() and x.actor and not x.location for x in sent.ms):
        return []  # a party before "talks" makes them its own (verbs and light verbs read those)
    # "the Russia-Ukraine talks in Istanbul ended": those two met; else the two main parties
    actors, conf = (pair, 0.7) if pair is not None else ((GROUP,), 0.6)
    out = [Candidate(actors, "meet", None, "talks", mod, conf, sent.s,
                     "construction:talks-ended", m.group())]  # fmt: skip
    deal = _ENDED_WITH_DEAL.match(sent.s, m.end())
    if deal is not None and m.group().lower().endswith("ended") and mod == "asserted":
        # "the talks ended with an agreement to reopen the border": they also agreed
        trigger = m.group() + deal.group()
        out.append(Candidate(actors, "agree", None, None, mod, conf, sent.s,
                             "construction:talks-ended-deal", trigger))  # fmt: skip
    return out


_ENDED_WITH_DEAL = re.compile(
    r"\s+(?:on\s+\w+\s+)?with\s+(?:an?\s+)?(?:\w+\s+)?(?:agreement|deal|accord|understanding)\b",
    re.IGNORECASE,
)


def _hyphen_pair(sent: Sent, talks: int) -> tuple[str, str] | None:
    """ "Russia-Ukraine talks", "the Armenian-Azerbaijani negotiations": two parties joined by a
    hyphen right before the talks noun."""
    a = next((x for x in sent.ms if x.end < talks and sent.s[x.end : x.end + 1] in "-–"), None)
    if a is None:
        return None
    b = next((x for x in sent.ms if x.start == a.end + 1 and x.codes != a.codes), None)
    if b is None or sent.s[b.end : talks].strip(" ") not in ("", "peace", "border", "trade"):
        return None
    return a.codes[0], b.codes[0]


_TALKS_WORD = r"(?:talks|negotiations|consultations|discussions|dialogue)\b"
_ORDINAL = r"(?:next|second|third|fourth|fifth|sixth|new|another|further|fresh|final)"
_ROUND_SET = re.compile(
    rf"\b{_ORDINAL}\s+round\b(?:\s+of\s+{_TALKS_WORD}|(?!\s+of\b))[^.;:\"“”]{{0,60}}?"
    r"\b(?:set|scheduled|planned|slated|pencil+ed\s+in|due\s+to\s+(?:be\s+held|open|start)|"
    r"to\s+be\s+held|will\s+(?:be\s+held|take\s+place|open|begin|start))\b"
    rf"|\b(?:announced|set|scheduled|planned)\s+(?:a|the)\s+{_ORDINAL}\s+round\b"
    rf"(?:\s+of\s+{_TALKS_WORD}|(?!\s+of\b))"
    # "The talks will take place in Doha on Monday", "the summit is scheduled for May 3"
    rf"|\b(?:the\s+)?(?:(?:first|opening|inaugural)\s+)?"
    rf"(?:{_TALKS_WORD}|meeting|summit|session|round\s+of\s+{_TALKS_WORD})"
    r"(?:\s+(?:on|over)\s+(?:the\s+)?\w+(?:\s+\w+)?)?\s+"
    r"(?:will\s+(?:not\s+)?(?:take\s+place|open|begin|start|be\s+held|convene)|(?:is|are)\s+"
    r"(?:set|scheduled|slated|due|planned|pencil+ed\s+in)\s+(?:for|to\s+(?:open|begin|start|"
    r"take\s+place|be\s+held))"
    # "the summit is expected to take place in October", "the summit is expected in October"
    r"|(?:is|are)\s+(?:still\s+)?expected\s+(?:to\s+(?:take\s+place|be\s+held)|in|on|next)"
    # "the meeting took place after ...": held; "the summit has been postponed": not held
    r"|(?P<held>took\s+place|was\s+held|were\s+held)"
    r"|(?P<off>(?:has|have)\s+been\s+(?:postponed|called\s+off|cancell?ed|delayed|"
    r"scrapped)))\b",
    re.IGNORECASE,
)
_SET_WORDS = ["round", "will", "set", "scheduled", "slated", "due", "planned", "expected",
              "took", "was", "were", "been"]  # fmt: skip
_SET_HINT = WordGated(  # every match holds one of these words, or "pencil"
    re.compile(
        r"\bround\b|\bwill\s+(?:not\s+)?(?:take|open|begin|start|be|convene)\b"
        r"|\b(?:set|scheduled|slated|due|planned|pencil+ed\s+in)\s+(?:for|to)\b"
        r"|\bexpected\s+(?:to|in|on|next)\b|\b(?:took\s+place|was\s+held|were\s+held)\b"
        r"|\bbeen\s+(?:postponed|called|cancell?ed|delayed|scrapped)\b"
    ),
    _SET_WORDS,
    literals=["pencil"],
)


def _round_set_events(sent: Sent) -> list[Candidate]:
    """ "A third round is set for September", "the mediator announced a new round": the two
    main parties will meet (expected at most), whoever announced it."""
    m = _ROUND_SET.search(sent.s)
    if m is None:
        return []
    clause = max(sent.s.rfind(",", 0, m.start()), sent.s.rfind(";", 0, m.start())) + 1
    mod = modality(sent.s, clause, m.start(), m.end(), m.group(), res=sent.res)
    if mod is None or any(
        x.start < m.start() and x.actor and not x.location and x.end > m.start() - 40
        for x in sent.ms
    ):
        return []  # "Somalia and Ethiopia will hold a third round": the light verb reads it
    if mod != "negated" and (
        _ON_CONDITION.match(sent.s, m.end()) or _UNLIKELY_AFTER.match(sent.s, m.end())
    ):
        # "The talks will take place only if the shelling stops"; "a round pencilled in for
        # April is now unlikely to take place": a possibility, no meeting to come
        mod = "hypothetical"
    if mod != "negated" and m.group("off") and rescheduled(sent.s, m.end()):
        mod = "expected"  # "the summit has been postponed to May 6": to come then
    elif mod != "negated" and (m.group("off") or _WILL_NOT.search(m.group())):
        mod = "negated"  # "the summit has been postponed", "will not take place": not held
    elif m.group("held") and not _DEFINITE.match(m.group()):
        return []  # "asked that duties be frozen while talks were held": no meeting told
    elif mod == "asserted" and not m.group("held"):
        mod = "expected"
    return [Candidate((GROUP,), "meet", None, _talks_issue(sent, m), mod, 0.6, sent.s,
                      "construction:round-set", m.group())]  # fmt: skip


_DEFINITE = re.compile(r"[Tt]he\s")  # "The meeting took place ...": the one the story told of
# What the set meeting's own clause goes on to say of it: "... is now unlikely to take place".
_UNLIKELY_AFTER = re.compile(
    r"[^.;:,]{0,60}?\b(?:is|are|was|were|looks?|looked|seems?|seemed)\s+(?:now\s+|increasingly\s+)?"
    r"(?:unlikely|not\s+likely)\b",
    re.IGNORECASE,
)
_WILL_NOT = re.compile(r"\bwill\s+not\b", re.IGNORECASE)
# A condition right after the announcement, in its clause.
_ON_CONDITION = re.compile(r"[^.;,]{0,40}?\b" + CONDITION_WORDS)


# "Accra warned Lome that it would expel its diplomats if the raids continued": whatever the
# measure, a warning of one's own conditional act is a threat made now.
_WARNED_WOULD = re.compile(
    r"\bwarn(?:ed|s)\s+(?:[^,;.:]{0,40}?\s+)?(?:that\s+)?(?:it|they)\s+(?:would|will)\s+"
    r"(?!(?:not|never)\b(?!\s+hesitate\b))[^.;:]{1,80}?\b(?:if|unless)\b"
    # "warned that any incursion would be met with force": the same, the condition a noun
    r"|\bwarn(?:ed|s)\s+(?:[^,;.:]{0,40}?\s+)?(?:that\s+)?any\s+[^.;:]{1,80}?\b(?:would|will)\s+"
    r"(?!not\b|never\b)\w"
    # "warned Windhoek it would take all measures to protect the river": no condition needed
    r"|\bwarn(?:ed|s)\s+(?:[^,;.:]{0,40}?\s+)?(?:that\s+)?(?:it|they)\s+(?:would|will)\s+"
    r"(?:take|use)\s+(?:all|every|any)\s+(?:necessary\s+|possible\s+|available\s+)?"
    r"(?:measures|means|steps|action)\b"
    # "warned that sanctions could be imposed on its officials unless ...": a measure in view
    r"|\bwarn(?:ed|s)\s+(?:[^,;.:]{0,40}?\s+)?(?:that\s+)?(?:new\s+|further\s+|fresh\s+)?"
    r"(?:sanctions|tariffs|duties|penalties|countermeasures|retaliation|reprisals|measures)\s+"
    r"(?:could|would|will|may|might)\s+(?!(?:not|never)\b)[^.;:]{1,80}?\b(?:if|unless)\b",
    re.IGNORECASE,
)
# "Astana's minister warned that Astana would reconsider fuel deliveries if Bishkek did not
# release more water": the would-clause's subject is a name of the warner's own side (its
# capital, its country, "its government") instead of "it"; a conditional act of one's own is a
# threat all the same (a different party there is a forecast: checked against the mentions).
_WARNED_SELF_WOULD = re.compile(
    r"\b[Ww]arn(?:ed|s)\s+(?:[^,;.:\"“]{0,40}?\s+)?(?:that\s+)?"
    r"(?P<self>(?:[Tt]he\s+|[Ii]ts\s+|[Hh]is\s+|[Hh]er\s+|[Tt]heir\s+)?[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){0,2}|(?:its|his|her|their)\s+(?:government|country))\s+"
    r"(?:would|will)\s+(?!(?:not|never)\b)[^.;:]{1,100}?\b(?:if|unless)\b"
)
# The party a conditional warning is about: named before the condition, or in it ("unless
# Beijing curbed its exports").
_CONDITION_CLAUSE = re.compile(r"[^.;:]{0,60}")


# Threats told without a trigger word ("would pay dearly", "would not hesitate to ... if"):
# a sentence holding one is read for its constructions.
_PAY_PRICE = (
    r"(?:pay\s+(?:dearly|a\s+(?:heavy|high|steep|terrible)\s+price|the\s+price)"
    r"|(?:bear|face)\s+(?:the\s+|serious\s+|grave\s+)?consequences)"
)
THREAT_HINT = re.compile(rf"\b{_PAY_PRICE}|\bnot\s+hesitate\b", re.IGNORECASE)


# "Hanoi vowed that Phnom Penh would pay dearly": the one who says so threatens the one named.
_PAY_DEARLY = re.compile(
    r"\b(?:vow(?:ed|s)?|warn(?:ed|s)?|swore|swears|promised|promises)\s+(?:that\s+)?"
    rf"(?P<who>[^,;:.]{{2,50}}?)\s+(?:would|will)\s+(?:be\s+made\s+to\s+)?['‘\"“]?{_PAY_PRICE}\b",
    re.IGNORECASE,
)


def _pay_dearly_events(sent: Sent) -> list[Candidate]:
    m = _PAY_DEARLY.search(sent.s)
    if m is None:
        return []
    subject = find_subject(sent.s, m.start(), sent.ms, sent.res.title_words)
    target = next(
        (x for x in sent.ms if m.start("who") <= x.start < m.end("who") and x.actor), None
    )
    if subject is None or target is None or set(subject.codes) & set(target.codes):
        return []
    return [Candidate(subject.codes, "threaten", target.codes[0], None, "asserted", 0.7,
                      sent.s, "construction:pay-dearly", m.group().split()[0])]  # fmt: skip


def _warned_self_would(sent: Sent) -> tuple[re.Match[str] | None, Subject | None]:
    """The warning whose conditional act is the warner's own, named (see _WARNED_SELF_WOULD),
    with the warner; (None, None) when the would-clause's subject is another party."""
    m = _WARNED_SELF_WOULD.search(sent.s)
    subject = find_subject(sent.s, m.start(), sent.ms) if m is not None else None
    if m is None or subject is None:
        return None, None
    own = m.group("self").split()[-1] in ("government", "country") or any(
        m.start("self") <= x.start < m.end("self") and set(x.codes) & set(subject.codes)
        for x in sent.ms
    )
    return (m, subject) if own else (None, None)


def _warned_events(sent: Sent, found: list[Candidate] | None) -> list[Candidate]:
    if found and any(c.action == "threaten" for c in found):
        return []
    if "pay " in sent.s or "consequences" in sent.s:
        paid = _pay_dearly_events(sent)
        if paid:
            return paid
    m = _WARNED_WOULD.search(sent.s)
    subject = find_subject(sent.s, m.start(), sent.ms) if m is not None else None
    if m is None or subject is None:
        m, subject = _warned_self_would(sent)
    if m is None or subject is None:
        return []
    warned_end = m.start() + len(m.group().split()[0])
    cond = _CONDITION_CLAUSE.match(sent.s, m.end())
    end = cond.end() if cond is not None else m.end()
    target = next(
        (x for x in sent.ms if warned_end <= x.start < end
         and (x.actor or x.kind == "demonym") and x.codes[0][:1] != "@"
         and not set(x.codes) & set(subject.codes)),
        None,
    )  # fmt: skip
    code = target.codes[0] if target else None
    return [Candidate(subject.codes, "threaten", code, None, "asserted", 0.7, sent.s,
                      "construction:warned-would", m.group().split()[0])]  # fmt: skip


# "Any new seizure would be met with naval escorts, Lisbon warned Dakar": the warning's
# speaker after its content, which holds a conditional act of its own.
_WARNING_AFTER = re.compile(
    r"\b(?:would|will)\b[^;:]*,\s*[\"”]?\s*(?:the\s+)?(?P<rest>[^,;:]{2,60}?)\s+"
    r"warn(?:ed|s)\b(?P<after>[^,;:.]{0,40})\.?\s*$",
    re.IGNORECASE,
)
_WILL = re.compile(r"\b(?:will|would)\b")
_CONDITIONAL_CONTENT = re.compile(r"\b(?:if|unless|any|should)\b", re.IGNORECASE)
# "Unless Dakar releases the trawlers, Lisbon will send escorts": an ultimatum.
_UNLESS_MAIN = re.compile(r"^\s*Unless\b[^,;]{3,120},\s*(?=[^,;]{0,80}?\b(?:will|would)\b)")


def _warning_events(sent: Sent, found: list[Candidate] | None) -> list[Candidate]:
    """A threat whose speaker follows it (", Lisbon warned Dakar") or that opens with an
    "unless" clause: the speaker (the main clause's subject) threatens the other party
    named (the addressee, else the party in the condition)."""
    if found and any(c.action == "threaten" for c in found):
        return []
    s = sent.s
    after = _WARNING_AFTER.search(s)
    if after is not None and _CONDITIONAL_CONTENT.search(s, 0, after.start("rest")):
        speaker = find_subject(s, after.end("rest"), sent.ms)
        content = (0, after.start("rest"))
        rule = "construction:warning-after"
    else:
        unless = _UNLESS_MAIN.match(s)
        if unless is None:
            return []
        will = _WILL.search(s, unless.end())
        speaker = find_subject(s, will.start(), sent.ms) if will else None
        content = (0, unless.end())
        rule = "construction:unless-will"
    if speaker is None:
        return []
    cut = after.end("rest") if after is not None else len(s)
    parties = [
        x for x in sent.ms if x.actor and not x.location and not set(x.codes) & set(speaker.codes)
    ]
    addressee = [x for x in parties if x.start >= cut]  # "..., Lisbon warned Dakar"
    named = [x for x in parties if content[0] <= x.start < content[1]]
    target = next((x.codes[0] for x in (*addressee, *named)), None)
    return [Candidate(speaker.codes, "threaten", target, None, "asserted", 0.7, s, rule, "warned")]


# "Following talks with his Bhutanese counterpart, the Nepali foreign minister said": the
# main clause's subject met the party named after "with".
_AFTER_TALKS_WITH = re.compile(
    r"^\s*(?:Following|After)\s+(?:[\w’'-]+\s+){0,4}?(?:talks|negotiations|a\s+meeting|"
    r"meetings|consultations)\s+with\s+(?:his|her|their|its|the)?\s*",
)


def _after_talks_with_events(sent: Sent) -> list[Candidate]:
    m = _AFTER_TALKS_WITH.match(sent.s)
    if m is None:
        return []
    other = next((x for x in sent.ms if m.end() <= x.start <= m.end() + 2 and x.actor), None)
    comma = sent.s.find(",", m.end())
    if other is None or comma < 0:
        return []
    subject = next(
        (
            x
            for x in sent.ms
            if x.start > comma and x.actor and not x.location and x.prep not in PREPS
        ),
        None,
    )
    if subject is None or set(subject.codes) & set(other.codes):
        return []
    if subject.start - comma > 40:
        return []  # the main clause's subject stands right after the opener
    return [Candidate(subject.codes, "meet", other.codes[0], "talks", "asserted", 0.65, sent.s,
                      "construction:after-talks-with", m.group().strip())]  # fmt: skip


# "Ankara demanded ... after talks with his Swedish counterpart", "urged China to act during
# talks with the Chinese premier": the party acting in the main clause met the one named after
# "with" (the opener of a sentence is `_after_talks_with_events`' own).
_TALKS_WITH_MID = re.compile(
    r"(?<=\w[,\s])\s*\b(?:after|during|following|at)\s+(?:[\w’'-]+\s+){0,3}?(?:talks|negotiations|"
    r"a\s+meeting|meetings|consultations)\s+with\s+(?:his|her|their|its|the)?\s*",
    re.IGNORECASE,
)


def _act_at_talks_with_events(sent: Sent, found: list[Candidate]) -> list[Candidate]:
    m = _TALKS_WITH_MID.search(sent.s)
    if m is None:
        return []
    other = next((x for x in sent.ms if m.end() <= x.start <= m.end() + 2 and x.actor), None)
    if other is None or other.location:
        return []
    for c in found:
        if c.modality != "asserted" or len(c.actors) != 1 or c.actors[0] == GROUP:
            continue
        if c.actors[0] in other.codes or c.action == "meet":
            continue
        at = sent.s.find(c.trigger)
        if at < 0 or at > m.start():
            continue  # the act must come first: its clause holds the talks phrase
        if _MODAL_WORD.search(sent.s[max(0, at - 30) : m.start()]):
            return []  # "would give its answer after consultations with Khartoum": still to come
        return [Candidate(c.actors, "meet", other.codes[0], "talks", "asserted", 0.6, sent.s,
                          "construction:act-at-talks-with", m.group().strip())]  # fmt: skip
    return []


def _talks_with_events(sent: Sent, found: list[Candidate] | None) -> list[Candidate]:
    if sent.s.lstrip().startswith(("Following", "After")):
        return _after_talks_with_events(sent)
    return _act_at_talks_with_events(sent, found) if found else []


# "The rebels said the truce with Manila was over", "declared the accord null and void",
# "declared the December debt settlement void", "said the protocol was 'dead'": a party ending
# an agreement in words, as "walked away from" does.
_AGREEMENT_NOUNS = (
    r"truce|ceasefire|cease-fire|accord|agreement|deal|pact|treaty|pause|settlement|protocol|"
    r"arrangement|declaration|moratorium|understanding|roadmap|memorandum"
)
_DECLARED_OVER = re.compile(
    r"\b(?P<verb>said|says|declared|declares|announced|announces)\s+(?:on\s+\w+\s+)?"
    r"(?:that\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<noun>{_AGREEMENT_NOUNS})\b"
    r"(?P<with>[^,;.]{0,50}?)\s+(?:(?:was|is|had\s+been|has\s+been)\s+(?:now\s+)?)?[\"“'‘]?"
    # "over" ends the clause: "opened the way to negotiations over the Essequibo" is no end
    r"(?:over(?!\s+(?:the|a|an|its|their|his|her|whether|how|what)\b)|dead|finished|void|"
    r"null(?:\s+and\s+void)?|"
    r"no\s+longer\s+(?:valid|in\s+force|binding|exists?|stands?))\b",
    re.IGNORECASE,
)
# "said it was no longer bound by the ceasefire with the government", "considers itself no
# longer bound by the Algiers agreement", "no longer considered itself bound by the
# moratorium", "considers itself released from its commitments": a party renouncing what it
# agreed, in words again. What binds is named after "bound by"; "released from" names only
# its own obligations (the article tells which agreement).
_NO_LONGER_BOUND = re.compile(
    r"\b(?P<verb>no\s+longer\s+(?:(?:considers?|considered|sees?|saw|regards?|regarded)\s+"
    r"(?:itself|themselves|ourselves)\s+)?bound\s+by)\s+"
    r"(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?P<noun>{_AGREEMENT_NOUNS})\b(?P<with>[^,;.]{{0,50}}?)(?=[,;.:\"”'’]|\s+(?:on|after|"
    r"because|since|as|and|but|until|unless)\b|$)"
    r"|\b(?P<verb2>(?:considers?|considered|declared|declares)\s+(?:itself|themselves)\s+"
    r"released\s+from\s+(?:all\s+)?(?:of\s+)?(?:its|their)\s+(?:obligations|commitments)"
    # "Laos has broken the accord. Thailand is no longer bound by it": what binds is the
    # pronoun's antecedent, the agreement told before (the article tells which); "bound by it
    # to" is a duty the text still lays on the party, not one it sheds
    r"|no\s+longer\s+(?:(?:considers?|considered|sees?|saw|regards?|regarded)\s+"
    r"(?:itself|themselves|ourselves)\s+)?bound\s+by\s+(?:it|them)\b(?!\s+to\b))",
    re.IGNORECASE,
)
_OVER_WORDS = ("over", "dead", "void", "finished", "no longer", "null", "released from")
# "Turkey said ... that Greece had violated the declaration, and that it no longer considered
# itself bound by the moratorium": the pronoun is the speaker, the subject of the nearest
# verb of saying before it, not the party named last.
_PRONOUN_BEFORE = re.compile(
    r"\b(?:it|they)\s+(?:(?:was|were|is|are|had\s+been|has\s+been|now|therefore|thus)\s+){0,2}$",
    re.IGNORECASE,
)
_SAID = re.compile(r"\b(?:said|says|declared|declares|announced|announces|stated|states)\b")
# '"Morocco broke the truce, and we are no longer bound by it," the movement said': "we" is
# the quote's speaker (reference.quote_speaker), not the party named last before it
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:we|ourselves)\b[^,;.:\"“”]{0,30}$", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|never|hardly|far\s+from)\b|n't\b", re.IGNORECASE)


def declared_over(s: str) -> bool:
    """Does sentence `s` end an agreement in words ("declared its ceasefire with X void", "said
    it was no longer bound by the truce")? Such a sentence may hold no trigger word, and is read
    for its constructions all the same."""
    return any(w in s for w in _OVER_WORDS) and (
        _DECLARED_OVER.search(s) is not None or _NO_LONGER_BOUND.search(s) is not None
    )


# "Israel denied any involvement in a drone strike on a depot in Iraq": the attack denied
_DENIED_INVOLVEMENT = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects)\s+(?:any\s+|all\s+)?(?:involvement|"
    r"responsibility|role|part)\s+(?:in|for)\s+(?:the\s+|a\s+|an\s+|last\s+\w+'s\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:attack|attacks|strike|strikes|airstrike|airstrikes|bombing|"
    r"bombings|raid|raids|shelling|assassination|killing|explosion|blast|sabotage)\b",
    re.IGNORECASE,
)


def _party_in(sent: Sent, start: int, end: int, other_than: tuple[str, ...] = ()) -> Mention | None:
    """The first party (no place) named in [start, end) of the sentence, sharing no code with
    `other_than`."""
    return next(
        (x for x in sent.ms if start <= x.start < end and x.actor and not x.location
         and not set(x.codes) & set(other_than)),
        None,
    )  # fmt: skip


def _denied_involvement_events(sent: Sent) -> list[Candidate]:
    m = _DENIED_INVOLVEMENT.search(sent.s)
    if m is None:
        return []
    subject = find_subject(sent.s, m.start(), sent.ms, sent.res.title_words)
    if subject is None:
        return []
    target = demonym_target(sent, m.end(), subject.codes, attack=True) or city_target(
        sent.s, m.end(), sent.res, subject.codes
    )
    return [Candidate(subject.codes, "attack", target.codes[0] if target else None, None,
                      "negated", 0.7, sent.s, "construction:denied-involvement",
                      m.group())]  # fmt: skip


def _declared_over_events(sent: Sent) -> list[Candidate]:
    m = _DECLARED_OVER.search(sent.s) or _NO_LONGER_BOUND.search(sent.s)
    if m is None:
        return []
    named = m.group("verb") is not None  # "bound by the truce", not "released from"
    verb = "verb" if named else "verb2"
    at = m.start(verb)
    pronoun = _PRONOUN_BEFORE.search(sent.s, max(0, at - 40), at)
    if pronoun is not None:
        said = [x.start() for x in _SAID.finditer(sent.s, 0, pronoun.start())]
        at = said[-1] if said else at
    first_person = _FIRST_PERSON_BEFORE.search(sent.s, max(0, at - 40), at) is not None
    subject = (
        quote_speaker(sent.s, at, sent.ms)
        if first_person
        else find_subject(sent.s, at, sent.ms, sent.res.title_words)
    )
    mod = modality(sent.s, None, m.start(verb), m.end(verb), m.group(verb), res=sent.res)
    if pronoun is not None or first_person or m.re is _NO_LONGER_BOUND:
        # "will consider itself no longer bound if the violations continue": a threat
        mod = mod if mod == "asserted" else None
    if subject is None or mod is None or mod == "negated" or (named and _NOT.search(m["with"])):
        return []  # "said the truce was not over"
    target = (
        _party_in(sent, m.start("with"), m.end("with"), other_than=subject.codes) if named else None
    )
    issue = (
        find_issue(sent.s, m.start("noun"), m.end("noun"), sent.ms, res=sent.res) if named else None
    )
    trigger = m.group("noun") if named else m.group(verb)
    return [Candidate(subject.codes, "reject", target.codes[0] if target else None, issue, mod,
                      0.7, sent.s, "construction:declared-over", trigger)]  # fmt: skip


# "Shells fired by Azerbaijani forces struck an Armenian village": the munition's firer, named
# after "by", attacked what the munition hit.
_FIRED_BY = re.compile(
    r"\b(?:shells?|rockets?|missiles?|drones?|mortars?|mortar\s+rounds|artillery\s+rounds|"
    r"bullets|grenades|bombs)\s+(?:fired|launched|dropped|lobbed)\s+by\s+(?:the\s+)?"
    r"(?P<by>[^,;.]{2,40}?)\s+(?P<verb>struck|hit|hits|strikes|slammed\s+into|landed\s+(?:in|on)|"
    r"killed|destroyed|damaged)\b",
    re.IGNORECASE,
)


def _fired_by_events(sent: Sent) -> list[Candidate]:
    m = _FIRED_BY.search(sent.s)
    if m is None:
        return []
    firer = next((x for x in sent.ms if m.start("by") <= x.start < m.end("by") and x.codes), None)
    if firer is None:
        return []
    target = demonym_target(sent, m.end("verb"), firer.codes, attack=True)
    mod = modality(sent.s, None, m.start("verb"), m.end("verb"), m.group("verb"), res=sent.res)
    if mod is None:
        return []
    return [Candidate(firer.codes, "attack", target.codes[0] if target else None, None, mod, 0.7,
                      sent.s, "construction:fired-by", m.group("verb"))]  # fmt: skip


# "Sanctions were imposed on Eritrea by the EU": the measure's agent, named after "by", put it
# on the party named after "on".
_IMPOSED_BY = re.compile(
    r"\b(?:sanctions|tariffs|duties|an?\s+(?:\w+\s+)?embargo)\s+(?:were|was|have\s+been|has\s+been|"
    r"had\s+been)\s+(?P<verb>imposed|slapped|placed|levied)\s+on\s+(?P<on>[^,;.]{2,60}?)\s+by\s+"
    r"(?:the\s+)?(?P<by>[^,;.]{2,40}?)(?=\s+(?:on|in|at|over|for|after|amid|last|this)\b|[,;.]|$)",
    re.IGNORECASE,
)


def _imposed_by_events(sent: Sent) -> list[Candidate]:
    m = _IMPOSED_BY.search(sent.s)
    if m is None:
        return []
    agent = _party_in(sent, m.start("by"), m.end("by"))
    if agent is None:
        return []
    target = _party_in(sent, m.start("on"), m.end("on"), other_than=agent.codes)
    if target is None:
        return []
    mod = modality(sent.s, None, m.start("verb"), m.end("verb"), m.group("verb"), res=sent.res)
    if mod is None:
        return []
    return [Candidate(agent.codes, "sanction", target.codes[0], "sanctions", mod, 0.7, sent.s,
                      "construction:imposed-by", m.group("verb"))]  # fmt: skip


# "IAEA inspectors visited the storage hall at Iraq's Tuwaitha complex", "Inspectors from the
# agency toured the site of Saudi Arabia's planned plant", "finished a three-day visit to a
# complex in northern Tajikistan": a body's own team on the other party's ground, a meeting of
# the two (the host named by the place visited).
_TEAM_VISITED = re.compile(
    r"\b(?:inspectors|experts|monitors|investigators|team)\b(?:\s+from\s+(?:the\s+)?"
    r"[^,;.]{2,60}?)?(?:\s+(?:on|last)\s+\w+)?\s+(?P<verb>visited|toured|inspected|"
    r"(?:completed|finished|ended|wrapped\s+up)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}"
    r"visit\s+(?:to|of)|(?:visit|visits|tour|tours)(?=\s+(?!\w+\s+(?:to|on)\b))|"
    r"(?:complete|completes|finish|finishes)\s+(?:[\w-]+\s+){0,2}visit\s+(?:to|of))\b",
    re.IGNORECASE,
)


# The team's owner named right before it ("IAEA inspectors", "the agency's team"), not a
# looser description ("U.N. nuclear inspectors").
_OWNER_GAP = re.compile(r"(?:['’]s)?\s+")


def _team_visit_events(sent: Sent) -> list[Candidate]:
    m = _TEAM_VISITED.search(sent.s)
    if m is None:
        return []
    visitor = next(
        (x for x in sent.ms if x.actor and not x.location and (
            m.start() < x.start < m.start("verb")  # "inspectors from the agency"
            or _OWNER_GAP.fullmatch(sent.s, x.end, m.start()) is not None)),  # "IAEA inspectors"
        None,
    )  # fmt: skip
    if visitor is None:
        return []
    end = clause_end(sent.s, m.end())
    host = next(
        (x for x in sent.ms if m.end() <= x.start < end and not set(x.codes) & set(visitor.codes)),
        None,
    )
    if host is None:  # the site named only by its city: "a reactor's fuel store in Quezon City"
        host = city_target(sent.s, m.end(), sent.res, visitor.codes)
    if host is None:
        return []
    mod = modality(sent.s, None, m.start("verb"), m.end("verb"), m.group("verb"), res=sent.res)
    if mod != "asserted":
        return []
    # the issue of the place visited ("a uranium plant", "the reactor site"), else talks
    named = _issues_named(sent, m.start(), end, ("other", "talks"))
    issue = named[0] if named else None
    return [Candidate(visitor.codes, "meet", host.codes[0], issue, "asserted", 0.65, sent.s,
                      "construction:team-visited", m.group("verb"))]  # fmt: skip


# "refused to withdraw its troops, despite repeated demands from Kinshasa": a refusal of what a
# party named in the sentence asked for, whatever the refused verb is
_REFUSED_DESPITE = re.compile(
    r"\b(?:refused|refuses|declined|declines)\s+to\s+[a-z][^.;:]{0,80}?,?\s+"
    r"(?:despite|in\s+defiance\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:demands?|calls?|requests?|appeals?|ultimatums?)\s+(?:from|by)\s+(?P<who>[^.;:]{2,80})"
)


# "refused to extradite the commander, saying Bosnia's request did not meet legal standards": a
# refusal to act, with the act's asker named as the owner of a request later in the sentence. A
# refusal to speak ("refused to comment on Kenya's demand") turns nothing down.
_REFUSED_ASKED = re.compile(
    r"\b(?:refused|refuses)\s+to\s+(?!(?:comment|say|confirm|deny|discuss|elaborate|specify|"
    r"disclose|reveal|name|give|answer|explain|speculate)\b)[a-z][^.;:]{0,80}?\b"
    r"(?P<who>[A-Z][^.;:]{0,40}?)(?P<poss>'s?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:requests?|demands?|calls?|appeals?|ultimatums?)\b"
)


def _refused_asked(sent: Sent) -> tuple[re.Match[str], list[Mention]] | None:
    """The refusal and its askers: those after "despite demands from", else a request's owner."""
    m = _REFUSED_DESPITE.search(sent.s) if "despite" in sent.s or "defiance" in sent.s else None
    if m is not None:
        return m, [x for x in sent.ms if m.start("who") <= x.start < m.end("who") and x.actor]
    m = _REFUSED_ASKED.search(sent.s) if "refuse" in sent.s else None
    if m is not None:
        return m, [x for x in sent.ms if m.start("poss") <= x.end <= m.end("poss") and x.actor]
    return None


def _refused_despite_events(sent: Sent, found: list[Candidate] | None) -> list[Candidate]:
    hit = _refused_asked(sent)
    if hit is None:
        return []
    m, askers = hit
    subject = find_subject(sent.s, m.start(), sent.ms, sent.res.title_words)
    if subject is None or not askers or set(subject.codes) & set(askers[0].codes):
        return []
    if any(c.actors == subject.codes for c in found or []):
        return []  # the refused act already read ("refused Congo's demand", "declined to comment")
    co = tuple(c for x in askers[1:] for c in x.codes if c not in subject.codes)
    rule = "construction:refused-despite"
    return [Candidate(subject.codes, "reject", askers[0].codes[0], None, "asserted", 0.7, sent.s,
                      rule, m.group().split()[0], co_targets=co)]  # fmt: skip


# "China is willing to continue talks, the ministry said, its first response to a proposal
# Accra made": a noun phrase set off by a comma that calls the main clause a response to a
# proposal; the main clause's party answers the one that put the proposal.
_RESPONSE_APPOSITION = re.compile(
    r",\s+(?:its|their|the\s+government's|the\s+ministry's)\s+(?:first\s+|formal\s+|official\s+|"
    r"long-awaited\s+|initial\s+|written\s+|public\s+)?(?P<noun>response|reply|answer)\s+to\s+"
    r"(?P<what>[^,;:]{0,40}?\b(?:proposals?|offers?|requests?|invitations?|letters?|notes?|"
    r"demands?|plans?|initiatives?|overtures?)\b[^,;:]{0,60})"
)


def _response_apposition_events(sent: Sent, found: list[Candidate] | None) -> list[Candidate]:
    m = _RESPONSE_APPOSITION.search(sent.s)
    if m is None or any(c.action == "respond" for c in found or []):
        return []
    head = next(
        (x for x in sent.ms if x.start < m.start() and x.actor and not x.location
         and not x.possessive),
        None,
    )  # fmt: skip
    if head is None:
        return []
    other = next(
        (x for x in sent.ms if m.start("what") <= x.start < m.end("what")
         and (x.actor or x.kind == "demonym") and not set(x.codes) & set(head.codes)),
        None,
    )  # fmt: skip
    code = other.codes[0] if other is not None else None
    return [Candidate(head.codes, "respond", code, None, "asserted", 0.65, sent.s,
                      "construction:response-apposition", m.group("noun"))]  # fmt: skip


# "Lebanon asked the UN to press Israel, and Israel refused.", "Nairobi proposed talks; Dodoma
# refused, demanding ...": "refused"/"declined" used intransitively, its object understood from
# what was asked before. Only a main clause counts: the party opens the clause (sentence start,
# after a semicolon, or after a coordinating conjunction), so that a relative clause ("a step
# Ankara has so far refused") stays background, and the verb ends its clause.
_BARE_REFUSAL = re.compile(
    r"\b(?:refused|declined)(?=\s*(?:[.;]|$|,\s+(?:\w+ing|and|but|while|as|because|though|although)\b))"
)
_BEFORE_BARE_REFUSAL = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:(?:so\s+far|always|flatly|promptly|again|also)\s+)?$"
)
_OPENS_CLAUSE = re.compile(r"(?:^|[;:]\s*|(?:,\s*)?\b(?:and|but|while|then)\s+)(?:the\s+)?$")
_ASKING = ("propose", "appeal", "demand")


def _bare_refusal_events(sent: Sent, found: list[Candidate] | None) -> list[Candidate]:
    out: list[Candidate] = []
    if "refused" not in sent.s and "declined" not in sent.s:
        return out
    for m in _BARE_REFUSAL.finditer(sent.s):
        who = next((x for x in sent.ms if x.actor and not x.possessive and x.end <= m.start()
                    and _BEFORE_BARE_REFUSAL.match(sent.s[x.end : m.start()])
                    and _OPENS_CLAUSE.search(sent.s[: x.start])), None)  # fmt: skip
        if who is None or any(c.action == "reject" and c.actors == who.codes for c in found or []):
            continue
        mod = modality(sent.s, who.end, m.start(), m.end(), m.group(), res=sent.res)
        if mod is None:
            continue
        # the target is the last party before the refusal that asked for something
        asker = next((c for c in reversed(found or []) if c.action in _ASKING
                      and not set(c.actors) & set(who.codes)), None)  # fmt: skip
        target = asker.actors[0] if asker is not None else None
        out.append(Candidate(who.codes, "reject", target, asker.issue if asker else None, mod,
                             0.6, sent.s, "construction:bare-refusal", m.group()))  # fmt: skip
    return out


def construction_events(sent: Sent, found: list[Candidate] | None = None) -> list[Candidate]:
    """Events of the fixed constructions in the sentence (cheap word checks first), given the
    events already `found` in it."""
    out = _met_to_agree(sent, found) if found else []
    out += _response_apposition_events(sent, found) if "espon" in sent.s or "repl" in sent.s else []
    out += _warned_events(sent, found) if "warn" in sent.s or "pay " in sent.s else []
    if not out and ("warn" in sent.s or sent.s.lstrip().startswith("Unless")):
        out += _warning_events(sent, found)
    agreement = _AGREEMENT_HINT.search(sent.s) is not None
    out += _agreement_events(sent) + _reduced_agreement_events(sent) if agreement else []
    out += _hosted_pair_events(sent) if "-" in sent.s else []
    if "between" in sent.s:
        out += _talks_events(sent)
        out += _pair_events(
            sent, _BROKERED, "agree", "construction:brokered-between", conf=0.7, agreement=True
        )
    elif "alks" in sent.s or "egotiations" in sent.s:
        out += _talks_ended_events(sent)
    if "together" in sent.s:
        out += _pair_events(
            sent,
            _BROUGHT_TOGETHER,
            "meet",
            "construction:brought-together",
            conf=0.7,
            agreement=False,
        )
    if "been no" in sent.s or "re no" in sent.s or "was no" in sent.s:
        out += _no_talks_events(sent)
    if " with " in sent.s:
        out += _talks_with_events(sent, found)
    if _SET_HINT.search(sent.s):
        out += _round_set_events(sent)
    if any(w in sent.s for w in _OVER_WORDS):
        out += _declared_over_events(sent)
    if "nvolvement" in sent.s or "esponsibility" in sent.s:
        out += _denied_involvement_events(sent)
    if "visit" in sent.s or "toured" in sent.s or "inspected" in sent.s:
        out += _team_visit_events(sent)
    if " by " in sent.s and " on " in sent.s and ("posed" in sent.s or "slapped" in sent.s):
        out += _imposed_by_events(sent)
    if " by " in sent.s and ("fired" in sent.s or "launched" in sent.s or "dropped" in sent.s):
        out += _fired_by_events(sent)
    return out + _bare_refusal_events(sent, found) + _refused_despite_events(sent, found)
