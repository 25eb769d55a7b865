"""Pure classification: what an article says (actors, events with modality, topics).

`classify_article` reads the title and the first `text.MAX_CHARS` characters of the body (the
rest is ignored, so a 5 MB body costs what a 20 KB one does). Data files beside the code are
loaded once, on first use; after that a call does no I/O.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from storywatch.classify._trie import TrieMatcher
from storywatch.classify.article import read_article
from storywatch.classify.groups import learn_groups
from storywatch.classify.mentions import count_mentions, forenames
from storywatch.classify.names import learn_names, namesakes, text_runs
from storywatch.classify.resources import Resources, resources
from storywatch.classify.text import (
    MONTHS,
    WEEKDAY,
    fold,
    in_background,
    is_word,
    prepare,
    sentences,
)
from storywatch.classify.topics import context_of, topic_counts, topics_of
from storywatch.models import Article, Classified, Event
from storywatch.stories.dedup import fingerprint

__all__ = ["classify_article", "classify_text", "display_name"]

# Topics and context switches read the head of the article: a lead says what it is about.
TOPIC_CHARS = 3000


# "In October 1962 the Soviet Union proposed...": an act dated years before publication.
_DATED = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Bb]ack\s+in|(?:[Ff]rom|[Oo]f)(?=\s+\S+,\s+when\b))\s+"
    r"(?:(?:early|late|mid-?|[A-Z][a-z]+)\s+)?(1[0-9]\d\d|20\d\d)\b"
)  # "a shift from 2024, when Stockholm agreed": the "when" clause's date
_DATED_NOUN = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|\w+['’]s)\s+(1[0-9]\d\d|20\d\d)\s+(?:[A-Z]\w+\s+)?"
)
HISTORY_YEARS = 1
# "In August, Tehran proposed ..." in a September article: a month before publication (of its
# year, or none given), the act is background. A day after the month ("on August 30") is no
# such span: a late report may still give the news.
_MONTH_DATED = re.compile(
    rf"\b(?:[Ii]n|[Dd]uring|[Bb]ack\s+in|[Ee]arly|[Ll]ate|[Mm]id-?)\s+({'|'.join(MONTHS)})\b"
    r"(?!\s+\d{1,2}\b)(?:,?\s+(20\d\d)\b)?"
)
_YEAR = re.compile(r"\d\d\d\d")
# "Fifty years ago", "decades ago", "a century ago": a count of years reaching back far enough.
_AGO = re.compile(
    r"\b(?:(\d+)|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a\s+hundred|several|many)(?:-\w+)?\s+years\s+ago\b"
    r"|\b(?:decades|centuries|a\s+century)\s+ago\b",
    re.IGNORECASE,
)


# "Qatar, which has hosted the office for more than a decade": a standing state held for years,
# not an act of the day.
_SPAN = re.compile(
    r"\bfor\s+(?:(?:more\s+than|over|nearly|almost|about|some|well\s+over)\s+)?"
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|several|"
    r"many|\d+)\s+)?(?:decades?|years|generations?|centuries)\b"
    # a tally over a period: "have killed hundreds of soldiers this year"
    r"|\b(?:so\s+far\s+)?this\s+year\b|\bin\s+recent\s+(?:weeks|months|years)\b"
    r"|\bover\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years)\b"
    # "has held on-and-off talks with several armed groups since 2022": a span from a year
    r"|\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4})\b",
    re.IGNORECASE,
)

_FIRST = re.compile(r"\b(?:first|only|last|not|no|never)\b", re.IGNORECASE)
_ED_BEFORE = re.compile(r"ed\s+$")  # "crossings closed since 2021": another verb's span
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|not\s+|long\s+)?$", re.IGNORECASE)
_HABITUAL = re.compile(
    r"\b(?:has|have|had)\s+(?:repeatedly|consistently|always|long|routinely)\s+$", re.IGNORECASE
)
# "the two countries hold annual consultations": a present-tense meeting verb whose talks are
# qualified by their frequency tells a standing arrangement, not talks held now ("held their
# annual consultations on Monday" is past, "agreed to hold regular talks" is a commitment)
_STANDING = re.compile(
    r"(?:hold|holds|meet|meets)\s+(?:(?:their|its|the)\s+)?(?:annual|regular|periodic|yearly|"
    r"monthly|quarterly|biannual|twice-yearly)\b",
    re.IGNORECASE,
)
_NOT_PRESENT = re.compile(
    r"\b(?:to|will|would|shall|should|could|can|may|might|must|did|does|do|not)\s+$",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"\b(?:hundreds|dozens|scores|thousands|\d[\d,]*)\b", re.IGNORECASE)
_SAYING = re.compile(r"\b(?:said|saying|says|accusing|arguing)\b")


_FRAME_CACHE: dict[int, re.Pattern[str] | TrieMatcher] = {}


def _frame_matcher(cues: list[str]) -> re.Pattern[str] | TrieMatcher:
    """Whole-word search for the cues: a trie when every cue starts and ends with a word
    character (there \\b is the trie's boundary), else the plain alternation."""
    if all(c and is_word(c[0]) and is_word(c[-1]) for c in cues):
        return TrieMatcher(cues)
    words = sorted(map(re.escape, cues), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


_FRAMED: dict[tuple[int, str], bool] = {}  # sentence -> framed, for recurring sentences
FRAMED_KEPT = 8192


def _framed(sentence: str, res: Resources) -> bool:
    """Does the sentence set its own frame ("in a war game", "players representing")?"""
    key = (id(res), sentence)
    found = _FRAMED.get(key)
    if found is None:
        rx = _FRAME_CACHE.get(id(res))
        if rx is None:
            cues = res.topic_conf["frame_sentence_cues"]
            rx = _FRAME_CACHE.setdefault(id(res), _frame_matcher(cues))
        if len(_FRAMED) >= FRAMED_KEPT:
            _FRAMED.clear()
        found = _FRAMED[key] = rx.search(fold(sentence)) is not None
    return found


# Words that open a clause or phrase of its own: a date behind one of them dates that
# ("the worst fighting since the Taliban took power in 2021", "Russia, which annexed Crimea in
# 2014, proposed"), not the act. Temporal links ("when", "after") date the act too.
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
_SUBORDINATE = re.compile(
    r"\b(?:since|which|who|whom|whose|that|where|than|unlike|like|because)\b", re.IGNORECASE
)


# Between an act and a later date: a participle of its own ("rammed a boat ... violating the
# arrangement reached in July") or the act's own day ("on Monday"): the date is not the act's.
_OWN_DATE = re.compile(
    r"\b(?:\w+ed|signed|struck|held|made|won|seen)\s+"
    # "guards seized on the Panj river in January": the participle's place, then its date
    # "the agreement it signed with Somalia's federal government in July": its partner, then
    # its date
    r"(?:(?:by|on|at|near|along|off|from|in|with)\s+(?:[\w'’-]+\s+){1,4})?$|"
    rf"\b(?:on\s+{WEEKDAY}|today|yesterday|this\s+week)\b"
)


# A date inside a phrase set off by a comma after the act ("accepted the offer, in a marked
# reversal of its position in April") dates what that phrase names, not the act.
_NOUN_DATED = re.compile(
    rf",\s+(?:in|as|amid|with|marking|reversing)\s+[^,;]*\s+in\s+(?:{'|'.join(MONTHS)})$"
)


def _dates_act(sentence: str, at: int, start: int, end: int, tlen: int = 0) -> bool:
    """Does the date at sentence[start:end] date the act whose trigger is at `at`? Not when
    a subordinate clause lies between them, or (date first) opens the date's own clause,
    save "since", whose span reaches from the date to the act."""
    if at < 0:
        return True  # trigger not found verbatim: the date is taken for the whole sentence
    if start >= at:
        after = sentence.find(" ", at)  # past the trigger's first word
        # past the whole trigger: its own participle ("talks ... were held") is the act's verb
        after = max(after, at + tlen) if after >= 0 else after
        return (
            _SUBORDINATE.search(sentence, at, start) is None
            and (after < 0 or _OWN_DATE.search(sentence, after, start) is None)
            # "accepted the offer, in a marked reversal of its position in April": another
            # phrase's date
            and not _NOUN_DATED.search(sentence, at, end)
        )
    if (
        _WHEN_AFTER.match(sentence, end)
        and not any(c in sentence[end:at] for c in ";.")
        and (sentence.count(",", end, at) <= 1)
    ):
        return True  # "unlike in 2021, when Accra agreed": the date's own "when" clause
    clause = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    opener = _SUBORDINATE.search(sentence, clause, start)
    # "Since the war began in 2014, Russia has rejected ...": a span reaching back that far
    return opener is None or opener.group().lower() == "since"


@functools.lru_cache(maxsize=1024)
def _historical(sentence: str, trigger: str, year: int | None, month: int | None = None) -> bool:
    """Is the act dated years back ("in 1998, Moscow proposed", "fifty years ago") or a state
    held for years ("has hosted ... for a decade")? Needs the year for dates; a date inside
    another clause ("since ... took power in 2021") does not count."""
    at = sentence.find(trigger) if trigger else -1
    # "after months in which no agreement had seemed possible": background, not the news
    # "has repeatedly dismissed such calls": a stance held, not an act now
    habitual = at > 0 and _HABITUAL.search(sentence, max(0, at - 40), at) is not None
    standing = (
        at >= 0
        and _STANDING.match(trigger) is not None
        and _NOT_PRESENT.search(sentence, max(0, at - 12), at) is None
    )
    return (
        habitual
        or standing
        or in_background(sentence, at)
        or _dated_back(sentence, at, year, len(trigger) if at >= 0 else 0)
        or _month_back(sentence, at, year, month)
    )


_WILL = re.compile(r"\b(?:will|shall)\b", re.IGNORECASE)  # a future told, not "led X to expel"


# A non-restrictive relative clause on a party ("Oman, which hosts Houthi negotiators in Muscat,",
# "the Speaker, who negotiates on the group's behalf,") describes the antecedent: in the simple
# present it tells a standing role or habit, and a venue's perfect ("which have both hosted
# contacts between ...", "which has hosted negotiations before") its experience, not the day's
# act. Comments stay (a stance told in the present, "which denies ...", is still the party's).
# A clause that dates itself to a day ("which hosts the talks on Sunday") is a schedule: kept.
_RELATIVE_OPEN = re.compile(
    r",\s+(?:which|who)\s+(?:(?:also|both|itself|themselves|still|now|long|\w+ly)\s+)?"
    r"(?P<perfect>(?:has|have)\s+(?:(?:also|both|long|already|\w+ly)\s+)?)?$",
    re.IGNORECASE,
)
_PRESENT_S = re.compile(r"[a-z]{2,}[^s']s$")  # "hosts", "negotiates", "restricts"; not "has"
_DAY_OF_CLAUSE = re.compile(
    rf"\b(?:{WEEKDAY}|today|tonight|tomorrow|next|this\s+week|(?:{'|'.join(MONTHS)})\s+\d)",
    re.IGNORECASE,
)


def _characterising(sentence: str, trigger: str, action: str) -> bool:
    """Is the act's verb that of a relative clause describing a party's standing role
    ("Algeria, which hosts and backs the Polisario,") rather than an act of the news?"""
    at = sentence.find(trigger) if trigger else -1
    if at <= 0 or action == "comment":
        return False
    rel = _RELATIVE_OPEN.search(sentence, max(0, at - 60), at)
    if rel is None:
        return False
    verb = trigger.split(maxsplit=1)[0].lower()
    if rel.group("perfect"):
        ok = action == "meet" and verb.endswith("ed")
    else:
        ok = _PRESENT_S.fullmatch(verb) is not None
    end = sentence.find(",", at)
    return ok and _DAY_OF_CLAUSE.search(sentence, at, end if end > 0 else len(sentence)) is None


# A later act the sentence looks ahead to: a meeting to be held ("an invitation to attend a
# summit in May", "proposal to hold the summit in November"), a future told ("will hand over its
# last base in July"), the next one of a series ("at its next summit in February").
_AHEAD = re.compile(r"\b(?:to\s+(?:hold|attend|host|visit|travel|meet|convene)|will|shall|next)\b")
_AHEAD_OF = re.compile(r"\b(?:due|set|plans?|planning|intends?|expected|ready) to\s+\S+\s*$")


def _ahead(sentence: str, at: int, start: int) -> bool:
    """Is a month after the act's trigger the date of a later act the trigger looks ahead to
    ("accepted an invitation to attend a summit in May", "is due to travel ... in May")? Not
    when a year names it: only an undated month is taken as the next one of its name."""
    if at < 0 or start < at:
        return False
    return (
        _AHEAD.search(sentence, at, start) is not None
        or _AHEAD_OF.search(sentence, max(0, at - 30), at + len(sentence[at:].split(" ", 1)[0]))
        is not None
    )


def _month_back(sentence: str, at: int, year: int | None, month: int | None) -> bool:
    """Is the act dated to a month before the article's ("in August", "in late July 2026")?"""
    if month is None:
        return False
    dated = _YEAR.search(sentence) is not None  # "in December 2025": any month may be back
    if not any(m in sentence for m in (MONTHS if dated else MONTHS[: month - 1])):
        return False
    for m in _MONTH_DATED.finditer(sentence):
        named = MONTHS.index(m.group(1)) + 1
        named_year = int(m.group(2)) if m.group(2) and year is not None else year
        # "in March 2025" in a 2026 article: a month of a year gone by is as far back
        earlier = named_year is not None and year is not None and named_year < year
        same_year = named_year is None or named_year == year
        if (
            (earlier or (same_year and named < month))
            and not (m.group(2) is None and _ahead(sentence, at, m.start()))
            and (_dates_act(sentence, at, m.start(), m.end()))
        ):
            return True
    return False


def _dated_back(sentence: str, at: int, year: int | None, tlen: int = 0) -> bool:
    if (
        "ago" not in sentence
        and "for " not in sentence
        and " this year" not in sentence
        and "recent " not in sentence
        and " past " not in sentence
        and " last " not in sentence
        and _YEAR.search(sentence) is None
    ):
        return False  # the common case, without running the longer patterns
    # Every match of _AGO holds "ago" (in any case), every dated one a run of four digits.
    for m in _AGO.finditer(sentence) if "ago" in sentence.lower() else ():
        if (m.group(1) is None or int(m.group(1)) >= HISTORY_YEARS) and _dates_act(
            sentence, at, m.start(), m.end()
        ):
            return True
    if at > 0 and _PERFECT.search(sentence[max(0, at - 30) : at]):  # "has hosted ... for years"
        for m in _SPAN.finditer(sentence, at):
            opened = m.group().lower()
            if opened.startswith("since") and (
                _FIRST.search(sentence, max(0, at - 30), m.start())
                or _ED_BEFORE.search(sentence, at, m.start())
            ):
                continue  # "for the first time since 2022", "have not held talks since 2018":
                # the news, or a denial; "crossings closed since 2021": another verb's span
            tally = not opened.startswith(("for", "since"))  # "this year", "in recent months"
            if tally and not _COUNTED.search(sentence, at, m.start()):
                continue  # "have agreed to meet this year": no tally, an act
            if _dates_act(sentence, at, m.start(), m.end()) and not _SAYING.search(
                sentence, at, m.start()
            ):
                return True
    if year is None or _YEAR.search(sentence) is None:
        return False
    if any(  # "the 1956 (Soviet) invasion": the year names the act itself
        int(m.group(1)) <= year - HISTORY_YEARS and m.end() == at
        for m in _DATED_NOUN.finditer(sentence)
    ):
        return True
    return any(
        int(m.group(1)) <= year - HISTORY_YEARS
        and _dates_act(sentence, at, m.start(), m.end(), tlen)
        for m in _DATED.finditer(sentence)
    )


# A piece that looks back: "On this day: ...", or a lead opened by a date years before
# ("On October 28, 1962, ...", "In 1994, ..."): what it tells happened then.
# A headline that dates the piece to the past: a history column ("On this day", "Today in
# history") or a label naming the piece as history ("History: when ...", "From the archive -").
_LOOKING_BACK = re.compile(
    r"^(?:On this day|This day in history|Today in history)\b"
    r"|^(?:history|from\s+the\s+archives?|flashback|retrospective)\s*[:|\-–—]",
    re.IGNORECASE,
)
_LEAD_DATED = re.compile(
    r"^(?:On|In)\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?"
    r"(?:[A-Z][a-z]+\s+\d{1,2},\s+|\d{1,2}\s+[A-Z][a-z]+\s+)?(\d{4}),"
)
# An anniversary piece: a title counting the years ("Thirty years on: how the accords were
# signed", "Forty years since ...") over a lead that opens years back ("Forty years ago this
# week, ..."). Either alone may open news ("Thirty years on, Bosnia and Serbia agree ...").
_YEARS_ON = re.compile(
    r"\b(?:\d+|\w+(?:-\w+)?)\s+years\s+(?:on|ago|since|after|later)\b"
    r"|\ba\s+century\s+(?:on|ago|since|after|later)\b",
    re.IGNORECASE,
)


def _retrospective(title: str, sents: list[tuple[str, bool]], year: int | None) -> bool:
    if _LOOKING_BACK.match(title.strip()):
        return True
    lead = next((s for s, titled in sents if not titled), "")
    m = _LEAD_DATED.match(lead)
    if m is not None and year is not None and int(m.group(1)) <= year - HISTORY_YEARS:
        return True
    if not _YEARS_ON.search(title):
        return False
    ago = _AGO.match(lead)
    return ago is not None and (ago.group(1) is None or int(ago.group(1)) >= HISTORY_YEARS)


def _text_runs(text: str, known: int) -> frozenset[str] | None:
    """A superset of the runs of fold(text) from the runs the topic and name passes cached
    (those of its head text[:known], and of the rest): None when the head is the whole text
    (its runs are cached as they are) or the text is not ASCII."""
    if known >= len(text) or not text.isascii():
        return None
    head, rest = text_runs(fold(text), known)
    return head | rest


# A wire service's label glued to the headline ("ANALYSIS-A truce in ...", "UPDATE 2-Iran says",
# "EXCLUSIVE-Talks"): an upper-case word, a number maybe, a hyphen, then the headline proper.
# A name the tables know is no label ("NATO-Russia council", "ASEAN-China summit").
_WIRE_LABEL = re.compile(r"([A-Z]{3,})(?:\s+\d+)?\s?-(?=[A-Z\d\"“‘'])")


def _without_label(title: str, res: Resources) -> str:
    m = _WIRE_LABEL.match(title)
    if m is None or m.group(1) in res.aliases or m.group(1).title() in res.aliases:
        return title
    return title[m.end() :]


def classify_text(
    title: str, body: str, published_year: int | None = None, published_month: int | None = None
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[Event, ...]]:
    """Topics, entities and events of a title and body (the pure core of classify_article).

    With `published_year`, an event whose sentence dates it years before ("in 1962") is history,
    not news: it is dropped; with `published_month` too, one dated to an earlier month of the
    year ("in August" in a September article) is background, dropped too."""
    res = resources()
    title, body = _without_label(prepare(title), res), prepare(body)
    head = title + "\n" + body[:TOPIC_CHARS]
    counts = topic_counts(head, res)
    ctx = context_of(head, counts, res)
    text = title + "\n" + body
    ctx = dataclasses.replace(
        ctx,
        names=learn_names(text, res, len(head)),
        groups=learn_groups(text, res, len(head)),
        renamed=namesakes(text, res),
        forenames=forenames(text, res, _text_runs(text, len(head))),
    )
    sents = [(title, True)] if title.strip() else []
    sents += [(s, False) for s in sentences(body)]
    if ctx.frame or _retrospective(title, sents, published_year):
        # a game, a simulation, fiction, history or off topic: nothing happened
        names = {c for s, titled in sents for c in count_mentions(s, ctx, res, titled=titled)}
        return topics_of(counts, res), tuple(sorted(names)), ()
    reading = read_article(sents, ctx, res)
    events = tuple(
        Event(
            actor=c.actors[0],
            action=c.action,  # type: ignore[arg-type]
            target=c.target,
            issue=c.issue,  # type: ignore[arg-type]
            modality=c.modality,  # type: ignore[arg-type]
            confidence=c.confidence,
            sentence=c.sentence,
            rule=c.rule,
            trigger=c.trigger,
        )
        for c in reading.events
        # "talks will resume in March" told in August: next March, not one gone by
        if not _historical(
            c.sentence,
            c.trigger,
            published_year,
            None if c.modality == "expected" and _WILL.search(c.sentence) else published_month,
        )
        and not _framed(c.sentence, res)
        and not _characterising(c.sentence, c.trigger, c.action)
    )
    return topics_of(counts, res), tuple(reading.entities), events


def classify_article(article: Article) -> Classified:
    """Classify one article: events, topics, entities and a near-duplicate fingerprint."""
    when = article.published_at
    topics, entities, events = classify_text(article.title, article.body, when.year, when.month)
    return Classified(
        id=article.id,
        url=article.url,
        source=article.source,
        published_at=article.published_at,
        title=article.title,
        topics=topics,
        entities=entities,
        events=events,
        fingerprint=fingerprint(article.title + "\n" + article.body),
    )


def display_name(code: str) -> str:
    """A readable name for an actor code: "RUS" -> "Russia", "UN" -> "the United Nations"."""
    res = resources()
    name = res.names.get(code)
    if name is None:
        return code
    if res.kinds.get(code) == "org" and not name.isupper():
        return "the " + name
    if name.startswith(("United ", "Republic", "Democratic", "Holy", "Central African")):
        return "the " + name
    return name
