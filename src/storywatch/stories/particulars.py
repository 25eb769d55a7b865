"""When and where a report places a meeting or a deal: the particulars a pair's memory keeps.

A meeting set, held or a deal reached is told again in follow-ups and rewrites ("the
foreign ministers will meet in Addis Ababa on 6 May", three hours after the first report
said so). Told again with nothing new, it is a recap; with a new date or a new venue (a
postponement, a venue moved, a second round) it is news. `particulars` reads the dates and
venues of a report's sentences into a short text the pair's memory keeps (stories.recaps);
`adds` says whether a later report tells anything the kept text lacks.

Dates are days since the epoch, a single day or a span ("in April", "next week"). A meeting
to come is dated ahead of the report (`ahead`), a meeting held or a deal reached on or
before it: a date on the other side is something else ("the ban will be lifted from May 1"
in a deal's sentence, "talks ended on Monday" in a piece on the next round). A weekday next
to a verb of saying ("the ministry said on Tuesday") dates the report, not the act.
Venues are the place named after "in" ("to meet in Montevideo"). Pure; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from storywatch.classify.text import MONTH, MONTHS, WEEKDAY, month_number, nearest_date

__all__ = ["MAX_DATES", "MAX_VENUES", "adds", "merge", "particulars"]

MAX_DATES = 4  # date spans kept per report kind
MAX_VENUES = 3  # venues kept per report kind
_VENUE_CHARS = 8  # of a venue's first word: enough to tell cities apart

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# "6 May", "May 6", "June 23 and 24", "from October 19 to 22", "Oct. 27"
_DAY_MONTH = re.compile(rf"\b{_DAY}(?:\s*(?:-|–|to|and)\s*{_DAY})?\s+(?:of\s+)?({MONTH})(?!\w)")
_MONTH_DAY = re.compile(rf"(?<!\w)({MONTH})\s+{_DAY}(?:\s*(?:-|–|to|and)\s*{_DAY})?\b(?!:)")
# a month named alone, after a word that dates by it ("in April", "planned for October")
_MONTH_ALONE = re.compile(
    rf"\b(?:in|on|for|by|until|till|from|during|early|late|mid-?|end\s+of|next|this)\s+"
    rf"({MONTH})(?!\w)(?!\s*\d)"
)
_WEEKDAY_AT = re.compile(rf"\b(?:(next|this|last)\s+)?({WEEKDAY})\b")
_SAYING = re.compile(
    r"\b(?:said|says|told|tells|announced|announces|confirmed|confirms|stated|added|"
    r"reported|reports|statement|communiqu[eé])\b(?:\s+[\w’'-]+){0,3}\s+(?:on|late\s+on|"
    r"early\s+on)\s+$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?:(tomorrow)|(yesterday)|(today|tonight)|(?:(later|earlier)\s+)?(next|this|last|"
    r"coming)\s+(week|month)|(?:end\s+of|later)\s+(this)\s+(week|month)|"
    r"within\s+(?:the\s+)?(?:next\s+)?(\w+)\s+(days?|weeks?))\b",
    re.IGNORECASE,
)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "ten": 10, "fourteen": 14, "thirty": 30}  # fmt: skip
# "to meet in Montevideo", "talks in Addis Ababa": a place; not a month, a weekday or a
# sentence's first word
_VENUE = re.compile(r"\bin\s+(?:the\s+(?=[A-Z]))?([A-Z][\w’'-]+)")
_NOT_VENUES = frozenset(
    [m.lower() for m in MONTHS]
    + ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
_EPOCH = date(1970, 1, 1)

Span = tuple[int, int]  # first and last day, days since the epoch


def _day(d: date) -> int:
    return (d - _EPOCH).days


def _month_span(published: date, month: int) -> Span:
    year = min(
        (published.year - 1, published.year, published.year + 1),
        key=lambda y: abs((date(y, month, 15) - published).days),
    )
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return _day(first), _day(nxt) - 1


def _week_span(d: date) -> Span:
    monday = d - timedelta(days=d.weekday())
    return _day(monday), _day(monday) + 6


def _weekday(published: date, name: str, which: str | None, ahead: bool) -> Span:
    """A weekday: the next one for a meeting to come, the last one for an act told."""
    wd = _DAYS.index(name[:3].lower())
    if which == "next" or (which is None and ahead):
        delta = (wd - published.weekday()) % 7
        delta += 7 if which == "next" and delta == 0 else 0
    elif which == "last" or not ahead:
        delta = -((published.weekday() - wd) % 7)
        delta -= 7 if which == "last" and delta == 0 else 0
    else:  # "this Friday"
        delta = (wd - published.weekday()) % 7
    d = published + timedelta(days=delta)
    return _day(d), _day(d)


def _relative(published: date, m: re.Match[str]) -> Span | None:
    p = _day(published)
    simple = next((d for d, g in ((1, 1), (-1, 2), (0, 3)) if m.group(g)), None)
    if simple is not None:  # tomorrow, yesterday, today
        return p + simple, p + simple
    which, unit = (m.group(5), m.group(6)) if m.group(5) else (m.group(7), m.group(8))
    if which is None or unit is None:  # "within two weeks"
        n = int(m.group(9)) if m.group(9).isdigit() else _NUMBERS.get(m.group(9).lower())
        weeks = m.group(10).lower().startswith("week")
        return None if n is None else (p, p + n * (7 if weeks else 1))
    which, unit = which.lower(), unit.lower()
    step = {"next": 1, "coming": 1, "last": -1}.get(which, 0)
    if unit == "week":
        first, last = _week_span(published + timedelta(weeks=step))
    else:
        month = (published.month - 1 + step) % 12 + 1
        first, last = _month_span(published + timedelta(days=31 * step), month)
    if m.group(4) and m.group(4).lower() == "earlier":  # "earlier this month": till now
        last = min(last, p)
    elif which == "this" and (m.group(4) or m.group(7)):  # "later this week": from now
        first = max(first, p)
    return first, last


def _said_on(s: str, at: int) -> bool:
    """The date at `at` follows a verb of saying ("the ministry said on Tuesday")."""
    return _SAYING.search(s[max(0, at - 60) : at]) is not None


def _spans(s: str, published: date, ahead: bool) -> list[Span]:
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def add(span: Span | None, m: re.Match[str]) -> None:
        if span is None or any(a < m.end() and m.start() < b for a, b in taken):
            return
        taken.append((m.start(), m.end()))
        spans.append(span)

    for m in _DAY_MONTH.finditer(s):
        first = nearest_date(published, month_number(m.group(3)), int(m.group(1)))
        last = nearest_date(published, month_number(m.group(3)), int(m.group(2) or m.group(1)))
        add(None if first is None or last is None else (_day(first), _day(last)), m)
    for m in _MONTH_DAY.finditer(s):
        first = nearest_date(published, month_number(m.group(1)), int(m.group(2)))
        last = nearest_date(published, month_number(m.group(1)), int(m.group(3) or m.group(2)))
        add(None if first is None or last is None else (_day(first), _day(last)), m)
    for m in _MONTH_ALONE.finditer(s):
        add(_month_span(published, month_number(m.group(1))), m)
    for m in _WEEKDAY_AT.finditer(s):
        if m.group(1) is None and _said_on(s, m.start()):
            continue
        add(_weekday(published, m.group(2), m.group(1) and m.group(1).lower(), ahead), m)
    for m in _RELATIVE.finditer(s):
        add(_relative(published, m), m)
    p = _day(published)
    # a meeting to come lies ahead of the report; an act told, on or before it
    return [(a, b) for a, b in spans if (b >= p if ahead else a <= p) and a <= b]


def _venues(s: str) -> list[str]:
    found = []
    for m in _VENUE.finditer(s):
        word = m.group(1).lower()
        if word not in _NOT_VENUES:
            found.append(word[:_VENUE_CHARS])
    return found


def _format(spans: Iterable[Span], venues: Iterable[str]) -> str:
    days = ",".join(str(a) if a == b else f"{a}+{b - a}" for a, b in spans)
    return f"{days};{','.join(venues)}"


def _parse(text: str) -> tuple[list[Span], list[str]]:
    days, _, places = text.partition(";")
    spans: list[Span] = []
    for part in filter(None, days.split(",")):
        first, _, span = part.partition("+")
        try:
            a = int(first)
            spans.append((a, a + int(span or 0)))
        except ValueError:
            continue
    return spans, [v for v in places.split(",") if v]


def particulars(sentences: Iterable[str], published: datetime, *, ahead: bool) -> str:
    """The dates and venues `sentences` tell (for a meeting to come when `ahead`), as the
    short text the pair's memory keeps ("20579;addis")."""
    spans: list[Span] = []
    venues: list[str] = []
    day = published.date()
    for s in dict.fromkeys(sentences):  # each sentence once
        spans += [x for x in _spans(s, day, ahead) if x not in spans]
        venues += [v for v in _venues(s) if v not in venues]
    return _format(spans, venues)


def adds(known: str, told: str) -> bool:
    """Does a report whose particulars are `told` say anything `known` lacks: a date that
    falls outside every known date ("6 May" after "next week" is none; "20 May" after
    "6 May" is), or a venue not known?"""
    spans, venues = _parse(told)
    had_spans, had_venues = _parse(known)
    for a, b in spans:
        if not any(a <= y and x <= b for x, y in had_spans):
            return True
    return any(v not in had_venues for v in venues)


def merge(known: str, told: str) -> str:
    """`known` with what `told` adds, the newest kept when over the bounds."""
    spans, venues = _parse(known)
    new_spans, new_venues = _parse(told)
    spans += [x for x in new_spans if x not in spans]
    venues += [v for v in new_venues if v not in venues]
    return _format(spans[-MAX_DATES:], venues[-MAX_VENUES:])
