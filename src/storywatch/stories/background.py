"""Reading an article for one story: which of its events are news and which background.

Pure functions over a routed item. Reporters recall earlier rounds, announce the next
session of the talks they report, and tell an agreement to meet in the words of an
agreement; the state machine (machine.py) applies only what is left.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import datetime

from storywatch.classify.text import MONTH, MONTHS, WEEKDAY, month_number, nearest_date
from storywatch.models import Event
from storywatch.stories.model import StoryItem
from storywatch.stories.transitions import is_signing

__all__ = [
    "accepting",
    "accepts_to_meet",
    "after_gerund",
    "agrees_to_meet",
    "commentary",
    "dated_back",
    "dated_before",
    "in_relative",
    "met_and_ended",
    "met_to_no_end",
    "news",
    "proposed_to",
    "recalled",
    "recalled_answer",
    "refused_between",
    "told_after",
    "what_talks_came_to",
]

# A proposal and an agreement in one story and article: only the first told is news.
_NEWS = frozenset({"propose", "agree"})


def news(item: StoryItem) -> tuple[Event, ...]:
    """The item's events less the background of the one piece of news (and less the next
    session of talks it reports held: `_held_not_set`).

    An article that puts a proposal and reports an agreement in the same story tells one
    of them as background: "Kyiv offers talks ... earlier rounds produced prisoner swaps"
    or "India and Pakistan agree a ceasefire ... Pakistan had initiated the call". News
    comes first (headline, then lead; events are in text order): the later one is dropped.
    """
    if commentary(item.article.title):
        return ()
    first = next(
        (e.action for e in item.events if e.modality == "asserted" and e.action in _NEWS),
        None,
    )
    events = _held_not_set(item.events)
    if first is None:
        return events
    (later,) = _NEWS - {first}
    return tuple(e for e in events if not (e.modality == "asserted" and e.action == later))


# A headline that labels the piece as comment on the news ("Analysis: ...", "OPINION - ..."):
# it weighs what happened; what it tells was news in the reports it draws on.
_COMMENTARY = re.compile(
    r"^\s*(?:news\s+)?(?:analysis|comment|commentary|opinion|op-ed|editorial|explainer|"
    r"insight|column|viewpoint)\s*[:|\-–—]",
    re.IGNORECASE,
)


def commentary(title: str) -> bool:
    """Is the piece comment on the news, by its headline's label?"""
    return _COMMENTARY.match(title) is not None


def _held_not_set(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """Without the expected meetings of an article that reports a meeting held.

    "They held talks on Thursday; the talks are due to resume on Friday": the meeting
    held is the news, the next session is its continuation, not a meeting newly set.
    """
    if not any(e.action == "meet" and e.modality == "asserted" for e in events):
        return events
    return tuple(e for e in events if not (e.action == "meet" and e.modality == "expected"))


def agrees_to_meet(item: StoryItem, ev: Event) -> bool:
    """An agreement told in the same sentence as an expected meeting of the same party, or
    an agreement to go on working ("agreed to keep working on a plan").

    "They agreed to meet again next Saturday" concludes nothing: it sets a date, and the
    expected meeting beside it is what schedules. A signing is no agreement to meet: "they
    signed the accord and will hold further talks in March" concludes the accord.
    """
    if ev.action != "agree" or is_signing(ev.trigger):
        return False
    if _GO_ON.search(ev.sentence or "") is not None:
        return True  # "agreed to keep working on a plan", "to continue talks": nothing settled
    if _TO_MEET.search(ev.sentence or "") is not None:
        return True  # "agreed to a new date", "agrees to trade session": consent to meet
    return any(
        e.action == "meet"
        and e.modality == "expected"
        and e.sentence == ev.sentence
        and ev.actor in (e.actor, e.target)
        for e in item.article.events
    )


_GO_ON = re.compile(
    r"\bagree(?:d|s)?\s+to\s+(?:keep|continue|carry\s+on|go\s+on|pursue)\s+(?:working|talking|"
    r"talks|negotiating|negotiations|discussions|discussing|the\s+dialogue|dialogue|"
    r"consultations|contacts)\b",
    re.IGNORECASE,
)


# An agreement whose object is a meeting or when and where it is held ("agreed to a new
# date", "agrees to Khujand trade session", "agreed to the venue proposed", "agreed to sit
# at the same table"): the parties consent to meet, they settle nothing of substance.
_TO_MEET = re.compile(
    r"\bagree(?:d|s)?\s+(?:to|on)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:date|venue|session|meeting)s?\b(?!\s+(?:of|on)\b)|"
    r"\bagree(?:d|s)?\s+to\s+sit\s+(?:down|together|at\s+the\s+(?:same\s+)?table)\b|"
    # a relative clause on the meeting itself: "the talks, which both governments have agreed
    # to hold", "a meeting that Rabat agreed to attend": the clause's object is the meeting
    # it modifies (consent to meet), not a deal of its own
    r"\b(?:talks|meeting|meetings|negotiations|summit|session|consultations)\s*,?\s+"
    r"(?:which|that)\s+(?:[\w'’.-]+\s+){0,4}?agree(?:d|s)?\s+to\s+"
    r"(?:hold|attend|join|host|convene|resume|open|start|begin)\b",
    re.IGNORECASE,
)


def accepts_to_meet(item: StoryItem, ev: Event) -> bool:
    """An expected meeting told in the same sentence as its party's acceptance.

    "The rebels accepted the invitation and would send a delegation to the capital" sets
    no date: the meeting is the one the accepted proposal offers, and the acceptance is
    the news. So is a meeting told elsewhere in an article that reports the acceptance
    when no meeting of the pair there has a date or a venue ("will meet at a date to be
    agreed"). The same for a signing: "they signed the accord and will hold further talks"
    reports the accord; the talks are its sequel, not a meeting newly set. A meeting
    announced in a sentence of its own still schedules.
    """
    if ev.action != "meet" or ev.modality != "expected":
        return False
    pair = {ev.actor, ev.target}
    undated = not any(  # no meeting of the pair the article tells has a date
        e.action == "meet"
        and e.modality == "expected"
        and {e.actor, e.target} == pair
        and _DATED.search(e.sentence or "")
        for e in item.article.events
    )
    return any(
        (e.action == "accept" or (e.action == "agree" and is_signing(e.trigger)))
        and e.modality == "asserted"
        and (e.sentence == ev.sentence or (undated and e.action == "accept"))
        and e.actor in (ev.actor, ev.target)
        for e in item.article.events
    )


# When and where a meeting is set: a day, a date, a month, a week ("on 4 May", "next
# Tuesday", "later this month", "within two weeks"), a venue ("to meet in Montevideo"). An
# article that reports a party's acceptance and tells a meeting with none of these ("the
# ministers will meet at a date to be agreed") tells the meeting accepted, not one newly set.
_DATED = re.compile(
    rf"\b(?:{WEEKDAY}|{'|'.join(MONTHS)}|tomorrow|tonight|weekend|"
    r"(?:next|this|coming)\s+(?:weeks?|months?|year)|(?:later|early|end\s+of)\s+this\s+(?:week|month|year)|"
    r"within\s+(?:\w+\s+)?(?:days?|weeks?|months?)|\d{1,2}(?:st|nd|rd|th)?|"
    r"(?:meet|talks|summit|held|hold)\s+in\s+(?:the\s+)?[A-Z]\w+)\b"  # a venue set
)


def recalled(ev: Event) -> bool:
    """The event is told in the past perfect ("had proposed talks last week"), in a clause
    of what came before ("agreed after the rebels proposed a longer truce") or in one that
    says who a party is ("Sudan, which proposed the talks, said"): an earlier act the
    article recalls, not a new one."""
    first = _verb_once(ev)
    if first is None:
        return False
    pattern = (
        rf"\bhad\s+(?:\w+ly\s+|also\s+|already\s+|earlier\s+|first\s+)?{first}\b"
        # "the pause, agreed after the rebels proposed a longer truce": told as what came before
        rf"|{_clause_of('after|since', first)}"
        # "Sudan, which proposed the talks on Monday, called the refusal regrettable": a
        # clause that says who a party is, not what it does now
        rf"|,\s+(?:which|who)\s+(?:\w+ly\s+|also\s+|first\s+)?{first}\b"
    )
    return _compiled(pattern).search(ev.sentence or "") is not None


def told_after(ev: Event) -> bool:
    """The event's verb stands in an "after" clause ("will travel to London after Britain
    agreed to his request"): what the article's act follows from."""
    return _in_after_clause(ev, "")


def after_interval(ev: Event) -> bool:
    """The event's verb stands in an "after" clause measured from the article's act ("two
    days after Egypt accepted the invitation", "less than a fortnight after the junta
    rejected the offer", "came hours after Fano said it had replied"): a point of the
    timeline the news is dated from, an earlier act even in reported speech."""
    return _in_after_clause(ev, _INTERVAL)


def _in_after_clause(ev: Event, before: str) -> bool:
    """Does the event's verb stand in an "after" clause, `before` (a pattern) right before it?"""
    first = _verb_once(ev)
    if first is None:
        return False
    return _compiled(before + _clause_of("after", first)).search(ev.sentence or "") is not None


# A measured interval before "after": "two days", "a fortnight", "hours" (not "next week
# after Ghana accepted": when the visit is, no interval)
_INTERVAL = (
    r"\b(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|(?:a\s+)?few|several|"
    r"some|many)\s+(?:hours?|days?|weeks?|fortnight|months?|years?)|hours|days|weeks|months|"
    r"years)\s+"
)


@functools.lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern built from an event's verb, compiled once: events repeat
    their verbs, and re's own cache is shared with every other module."""
    return re.compile(pattern, re.IGNORECASE)


def _clause_of(conjunctions: str, verb: str) -> str:
    """A pattern of `verb` (escaped) in a clause one of `conjunctions` opens, its subject of up
    to four words between ("after the rebels proposed")."""
    return rf"\b(?:{conjunctions})\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?{verb}\b"


def _verb_once(ev: Event) -> str | None:
    """The event's verb (its trigger's first word, escaped for a pattern) when its sentence
    holds it once as a word: told twice ("proposed talks after Kenya had proposed"), which
    one a clause recalls is unknown."""
    if not ev.trigger or not ev.sentence:
        return None
    first = re.escape(ev.trigger.split()[0])
    if len(_compiled(rf"\b{first}\b").findall(ev.sentence)) != 1:
        return None
    return first


# A verb of saying before the past perfect: reported speech shifts the tense back ("the
# ministry said Kenya had accepted the offer" is news), no recall.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|announced|announces|confirmed|confirms|stated|added|reported|"
    r"reports|insisted|claimed)\b",
    re.IGNORECASE,
)


def recalled_answer(ev: Event) -> bool:
    """An answer told in the past perfect outside reported speech ("Sudan had rejected the
    first offer"): an earlier answer the article recalls."""
    if not recalled(ev) or not ev.trigger or not ev.sentence:  # the last two narrow types
        return False
    at = ev.sentence.lower().find(ev.trigger.split()[0].lower())
    return at >= 0 and _SAID_BEFORE.search(ev.sentence, 0, at) is None


def in_relative(ev: Event) -> bool:
    """The event's verb stands in a clause that says who a party is (", which rejected the
    offer last week,") or in a gerund of what came before ("agreed after rejecting the first
    request"): what it did before, not what it does now."""
    first = _verb_once(ev)
    if first is None:
        return False
    pattern = (
        rf",\s+which\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+|also\s+|first\s+)?{first}\b"
        # "Qatari officials, who have hosted quiet contacts between the two sides since
        # January,": a perfect says what the people have done; "the ministers, who signed a
        # memorandum before the prisoners boarded" tells the news, and stays
        rf"|,\s+who\s+(?:had|has|have)\s+(?:\w+ly\s+|also\s+)?{first}\b"
    )
    if first.endswith("ing"):  # "agreed to the meeting after rejecting the first request"
        pattern += rf"|{_AFTER_GERUND.format(first)}"
    return _compiled(pattern).search(ev.sentence or "") is not None


_AFTER_GERUND = r"\b(?:after|since)\s+(?:first\s+|initially\s+)?{}\b"


def after_gerund(ev: Event) -> bool:
    """The event's verb is a gerund in an "after" clause whose main act is no answer itself
    ("will send a team to Kabul after accepting the Afghan offer"): the answer the sentence's
    own act follows from. Not "which Port Moresby agreed to after rejecting the request": an
    answer then follows an earlier one."""
    first = _verb_once(ev)
    if first is None or not first.endswith("ing"):
        return False
    m = _compiled(_AFTER_GERUND.format(first)).search(ev.sentence or "")
    return m is not None and _ANSWER_VERB.search(ev.sentence or "", 0, m.start()) is None


_ANSWER_VERB = re.compile(
    r"\b(?:agree|accept|reject|refus|declin|rebuff|dismiss|respond|repl|answer|consent)\w*",
    re.IGNORECASE,
)


def proposed_to(item: StoryItem, pair: set[str]) -> bool:
    """The article reports a proposal put to one of the story's parties (on any issue), by
    the other party or by a third one (a mediator's plan for the two sides).

    A meeting in the article that brings the proposal is the proposed meeting ("a plan
    for a truce while both sides negotiate"), not one that took place or is set: a
    mediator's invitation leaves its addressees owing an answer, which the pair's own
    story cannot see (for a proposal inside the story the settled guard says the same).
    """
    return any(
        e.action == "propose" and e.modality == "asserted" and e.target in pair
        and not recalled(e)
        for e in item.article.events
    )  # fmt: skip


def refused_between(item: StoryItem, pair: set[str]) -> bool:
    """The article reports one party of the story refusing the other, on any issue.

    The settled guard keeps a meeting from being held or set while a party of the story
    has refused; a refusal the classifier put on another issue of the same pair ("the
    talks ... Washington rejected the swap") is the same standoff, told in this article.
    """
    published = item.article.published_at
    # "Bolivia last month rejected the U.S. demand" (told on May 12): a refusal the article
    # dates weeks back is the standoff before, not this one
    return any(not dated_before(e, published) for e in acts_between(item, pair, "reject"))


def met_and_ended(item: StoryItem, pair: set[str]) -> bool:
    """The article tells talks between the pair as over or held ("talks ended without a deal
    after Washington refused", "held talks in Burgas but failed to agree"): a refusal in it is
    what the talks came to, not a meeting refused."""
    return any(
        _MEETING_OVER.search(e.trigger or "") is not None for e in acts_between(item, pair, "meet")
    )


_MEETING_OVER = re.compile(
    r"\b(?:held|ended|end|ends|met|took\s+place|concluded|wrapped\s+up|broke\s+up)\b",
    re.IGNORECASE,
)


# What talks that took place came to, or how long they ran: "met for five hours",
# "held two days of talks", "ended on Wednesday without agreement", "but failed to agree".
_TALKS_OUTCOME = re.compile(
    r"\bwithout\s+(?:reaching\s+|striking\s+|a\s+|an\s+|any\s+)*(?:agreement|deal|"
    r"breakthrough|accord)\b|\b(?:reached\s+|reaching\s+|with\s+)?no\s+(?:agreement|deal|"
    r"breakthrough|accord)\b|\bfail(?:ed|ing)\s+to\s+(?:agree|reach|bridge|narrow|strike|"
    r"settle)\b|\bfor\s+(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+|"
    r"around\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|\d+)\s+hours?\b|\b(?:a|one|two|three|four|five|several|\d+)\s+days?\s+of\s+"
    r"(?:talks|negotiations|consultations|meetings)\b",
    re.IGNORECASE,
)


def met_to_no_end(item: StoryItem, pair: set[str]) -> bool:
    """The article reports, as news, talks between the pair that took place and tells what
    they came to or how long they ran ("met for five hours in Kuwait City on Sunday without
    reaching an agreement", "held a day of talks in Busan on Tuesday but failed to agree").
    Those talks were held whatever the article says of the proposals put at them or the
    refusals before them."""
    published = item.article.published_at
    no_deal = _no_deal_between(item, pair)
    return any(
        e.action == "meet"
        and e.modality == "asserted"
        and {e.actor, e.target} == pair
        and (no_deal or _TALKS_OUTCOME.search(e.sentence or "") is not None)
        and not dated_before(e, published)
        and not recalled(e)
        and not in_relative(e)
        for e in item.article.events
    )


def what_talks_came_to(item: StoryItem, ev: Event, pair: set[str]) -> bool:
    """The event is an answer in an "after" clause of a sentence whose main clause tells
    talks between the pair as over without a deal ("talks ended without agreement after
    Vienna rejected a Slovenian proposal"), in an article that reports those talks as news
    (met_to_no_end). The clause gives the talks' outcome, not an act from before them: the
    answer is as new as the failed talks it explains."""
    first = _verb_once(ev)
    if first is None or not told_after(ev):
        return False
    clause = _compiled(_clause_of("after", first)).search(ev.sentence or "")
    if clause is None or _TALKS_OUTCOME.search(ev.sentence or "", 0, clause.start()) is None:
        return False
    return met_to_no_end(item, pair)


def _no_deal_between(item: StoryItem, pair: set[str]) -> bool:
    """The article tells, in a sentence of its own, that the pair reached no agreement ("No
    agreement was reached on the duration of the transition"): what talks it reports as held
    came to."""
    return any(
        _TALKS_OUTCOME.search(e.trigger or "") is not None
        for e in acts_between(item, pair, "agree", "negated")
    )


def accepting(item: StoryItem, pair: set[str]) -> set[str]:
    """The parties of the story the article shows accepting the other's proposal."""
    return _answering(item, pair, "accept")


def acts_between(
    item: StoryItem, pair: set[str], action: str, modality: str = "asserted"
) -> Iterator[Event]:
    """The article's `action` events (asserted unless `modality` says otherwise) of one party
    of the story on the other (on any issue)."""
    return (
        e
        for e in item.article.events
        if e.action == action
        and e.modality == modality
        and e.actor in pair
        and e.target in pair
        and e.actor != e.target
    )


def _answering(item: StoryItem, pair: set[str], action: str) -> set[str]:
    """The parties of the story the article shows answering the other with `action`
    (asserted, on any issue)."""
    return {e.actor for e in acts_between(item, pair, action)}


# "agreed in Jeddah on June 19", "signed on 3 May": a calendar date said with the act
_ON_DATE = re.compile(rf"\b[Oo]n\s+(?:(\d{{1,2}})\s+({MONTH})|({MONTH})\s+(\d{{1,2}}))(?!\w)")
_LAST_YEAR = re.compile(
    r"\b(?:last|the\s+previous|the\s+past)\s+(?:year|month)\b(?!['\u2019]s?\b)|"
    r"\b(?:a|one|two|three|four|five|six|several|\d+)\s+(?:years?|months?)\s+ago\b",
    re.IGNORECASE,
)
RECALL_DAYS = 4  # a date this many days or more before publication is an earlier act's
# Between an act and a date after it, what makes the date another's: "accepting a proposal
# made by Skopje last month", "the offer which Rabat sent on 3 May", "signed the deal; flows
# to resume on January 1".
_OTHER_CLAUSE = re.compile(
    r"[;:]|\b(?:which|that|who|whom|when|made|put|sent|tabled|offered|proposed|floated|will|"
    # "suspended the deal signed in Geneva last month": the date is the deal's
    r"signed|reached|struck|brokered|concluded|negotiated|finali[sz]ed|sealed|"
    # "accusing Iran of breaking a deal ... last week": the date is the complement's act;
    # "took place after the EU accepted an invitation last month": the earlier act's
    r"of\s+\w+ing|after|before|following|since|"
    # "to" opens a clause as an infinitive marker: "to" and a verb in lower case ("flows to
    # resume"). Before a name or a determiner it is a preposition ("accepted the invitation to
    # Khiva on Aug. 13", "replied to the plan on Jan. 21"): the date stays the act's.
    r"would|(?-i:to\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those)\b)[a-z]+)|"
    r"\w+ed\s+by)\b",
    re.IGNORECASE,
)


def _dates_the_act(s: str, act_end: int, date_at: int) -> bool:
    """Does the date at `date_at` date the act that ends at `act_end` (same clause)?"""
    if date_at < act_end:  # "On June 19, the two sides agreed"; not "on May 3, accepting"
        return date_at == 0 or "," not in s[date_at:act_end]
    return _OTHER_CLAUSE.search(s, act_end, date_at) is None


def dated_before(ev: Event, published: datetime) -> bool:
    """The act is dated, next to its verb, days before the article ("the foreign ministers
    agreed in Jeddah on June 19 to ...", in a piece of June 24): an earlier act, recalled
    (wire copy dates the news by weekday; a calendar date days back tells the record)."""
    s = ev.sentence or ""
    at = s.find(ev.trigger) if ev.trigger and ev.modality == "asserted" else -1
    if at < 0:
        return False  # "will meet on 3 May": a date ahead, in the next year if need be
    lo, hi, end = max(0, at - 30), at + len(ev.trigger) + 60, at + len(ev.trigger)
    last = next((x for x in _LAST_YEAR.finditer(s, lo) if x.end() <= hi), None)  # no end
    # bound on the search itself: "last year's" must see its "'s"
    if last is not None and _dates_the_act(s, end, last.start()):
        return True  # "concluded negotiations on the deal last year"
    m = _ON_DATE.search(s, lo, hi)
    if m is None or not _dates_the_act(s, end, m.start()):
        return False
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    told = nearest_date(published.date(), month_number(month), int(day))
    # "on February 30": no date; "on 30 December" in a 2 January piece: days back
    return told is not None and (published.date() - told).days >= RECALL_DAYS


# An act told as an earlier stage of the story: "Latvia last week rejected the offer", "the
# Maldives accepted the invitation earlier this month", "Peru initially said it was open to
# dialogue", "a day earlier". Not "earlier on Tuesday" nor "earlier today": the same day's news.
# Nor "last week's sanctions": a time owning a noun dates that, not the act.
_EARLIER = re.compile(
    rf"\b(?:last\s+(?:week|month|year|{WEEKDAY})(?!['\u2019]s?\b)|"
    r"earlier\s+(?:this|that)\s+(?:week|month|year)|"
    # "two days earlier"; "accepted it two days later": dated from an earlier act recalled
    r"(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"(?:earlier|before|later(?!\s+than))|"
    # "proposed the trade a week ago", "rejected it two weeks ago": a week or more back from
    # the article is an earlier stage (days ago may be the news of a later piece; months and
    # years ago are dated_before's)
    r"(?:a|one|two|three|four|five|six|several|\d+)\s+weeks?\s+ago|a\s+fortnight\s+ago|"
    # "Ulaanbaatar first rejected a demand ... before proposing talks": "first" right before
    # a verb in the past is the adverb of an earlier stage (not "the first talks")
    r"first(?=\s+[a-z]+ed\b)|"
    r"initially|at\s+first|previously|earlier(?!\s+(?:on|today|in\s+the\s+day|this|that)\b))\b",
    re.IGNORECASE,
)


def dated_back(ev: Event, published: datetime) -> bool:
    """The act is dated before the article: by a calendar date (`dated_before`) or by words
    that place it at an earlier stage, next to its verb and in its clause ("Latvia last week
    rejected", "accepted the invitation earlier this month", "initially said it was
    studying the offer")."""
    if dated_before(ev, published):
        return True
    s = ev.sentence or ""
    at = s.find(ev.trigger) if ev.trigger and ev.modality == "asserted" else -1
    if at < 0:
        return False
    end = at + len(ev.trigger)
    # "Earlier this month the Taliban dismissed an NRF proposal": opening the sentence, the
    # words date its main clause's act however long the subject between
    opening = _EARLIER.match(s) if at >= 30 else None
    if opening is not None and "," not in s[opening.end() + 1 : at]:
        return True
    return any(
        m.end() <= end + 60 and _dates_the_act(s, end, m.start()) and not _ordinal_first(s, m, at)
        for m in _EARLIER.finditer(s, max(0, at - 30))  # no end bound: it must see an "'s"
    )


# "at first" that a noun follows is an ordinal, not a time: "sign a treaty at first summit
# since 2011", "agree a hotline at first defence talks" (headline style, the article dropped);
# the adverb stands before the act ("Dakar at first said") or ends its clause ("looked like
# a rejection at first.", "was met at first with a reply")
_ORDINAL_FIRST = re.compile(
    r"at\s+first(?:-ever)?\s+(?!(?:with|by|but|and|or|to|in|on|at|when|then|before|after|until|"
    r"because|as|however|only|though|although|while)\b)[A-Za-z]",
    re.IGNORECASE,
)


def _ordinal_first(s: str, m: re.Match[str], act_at: int) -> bool:
    """Is the match an "at first" at or after the act's verb that opens a noun phrase?"""
    return m.start() >= act_at and _ORDINAL_FIRST.match(s, m.start()) is not None
