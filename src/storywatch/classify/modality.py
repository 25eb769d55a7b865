"""Modality of a trigger by a scope rule.

The scope of a cue is its clause: a cue counts only between the start of the trigger's clause (or
the end of its subject) and the trigger, so "Peskov said, but did not say when" never negates an
act in another clause. Order: an embedded question ("whether X will accept") is no event at all, nor
an act in a relative clause on a thing only supposed ("any exchange the parties agree on");
then negated, hypothetical, expected; asserted otherwise. "not only ... but", "no sooner" and the
other `non_negations` are removed from the window before negation cues are looked for.
"""

from __future__ import annotations

import re

from storywatch.classify.resources import Resources
from storywatch.classify.text import (
    MONTH,
    MONTHS,
    WEEKDAY,
    Prefiltered,
    WordGated,
    after_to,
    clause_end,
    clause_start,
    closed_relative_before,
    fold,
    prev_word,
)

__all__ = ["GOVERNORS", "NEGATORS", "governs", "modality", "not_a_thing_done", "rescheduled"]

_PAST = re.compile(r"(?:ed|met|struck|hit|held|sent|made|gave|given|began|begun|sat|spoke|said)$")
_WOULD = re.compile(r"\bwould\b|'d\b", re.IGNORECASE)
_DENIAL = Prefiltered(  # every match holds one of these stems
    re.compile(
        r"\b(?:denied|denies|deny|denying)\b"
        # "the arrangement did not mean Cairo had accepted the protocol": what it is not taken for
        r"|\b(?:did\s+not|does\s+not|didn[’']t|doesn[’']t)\s+(?:mean|imply|signal)\b"
        r"|\b(?:reject\w*|dismiss\w*|refut\w*|disput\w*|deni\w*|"
        r"play(?:ed|s|ing)?\s+down|downplay\w*)\s+"
        # "dismissed as 'nonsense' reports that", "dismissed as fabricated an Israeli media
        # report that": a predicative and the report's modifiers may stand between
        r"(?:[\w'’\"“”-]+\s+){0,5}(?:reports?|claims?|suggestions?|allegations?|accounts?|rumou?rs?)"
        r"(?:\s+(?:on|in|by|from)(?:\s+[\w-]+){1,4}?)?\s+that\b"
        # "there was no truth to reports that", "saw no basis for claims that": the report's
        # falsity told before it
        r"|\bno\s+(?:truth|basis|foundation|substance)\s+(?:to|in|for|behind)\s+"
        r"(?:the\s+|these\s+|such\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:reports?|claims?|suggestions?|allegations?|accounts?|rumou?rs?|speculation)"
        r"(?:\s+(?:on|in|by|from)(?:\s+[\w-]+){1,4}?)?\s+that\b"
        # "It is not true that Dhaka has rejected the plan", "it is wrong to say that": the
        # clause after it is called false by the sentence itself (not "it is wrong that X
        # refused": a judgement on what was done)
        r"|\bit\s+(?:is|was|would\s+be)\s+(?:simply\s+|just\s+)?(?:(?:not\s+true|untrue|"
        r"false|incorrect)\s+(?:to\s+(?:say|claim|suggest)\s+)?|(?:wrong|misleading)\s+to\s+"
        r"(?:say|claim|suggest)\s+)that\b",
        re.IGNORECASE,
    ),
    [
        "true",
        "false",
        "incorrect",
        "wrong",
        "misleading",
        "deni",
        "deny",
        "reject",
        "dismiss",
        "refut",
        "disput",
        "down",
        "mean",
        "imply",
        "signal",
        "truth",
        "basis",
        "foundation",
        "substance",
    ],
    ignore_case=True,
)
# "said reports that it had accepted the plan were untrue", "called claims that Baku had
# agreed baseless": a report's content, then its falsity asserted after it.
_REPORT_THAT = re.compile(
    r"\b(?:reports?|claims?|suggestions?|allegations?|rumou?rs?|accounts?|speculation)\s+"
    r"(?:\w+\s+){0,3}?that\b",
    re.IGNORECASE,
)
_FALSE_WORDS = ["untrue", "false", "baseless", "unfounded", "groundless", "inaccurate",
                "incorrect", "fabricated", "fake", "wrong", "misleading", "nonsense"]  # fmt: skip
_FALSE_AFTER = WordGated(  # every match holds one of these words, or "true", or "without"
    re.compile(
        rf"\b(?:{'|'.join(_FALSE_WORDS)}|not\s+true|without\s+(?:any\s+)?(?:basis|foundation)|"
        # "Reports that Ljubljana had agreed ... were denied by an official"
        r"(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:denied|dismissed|refuted))\b",
        re.IGNORECASE,
    ),
    [*_FALSE_WORDS, "true", "without", "denied", "dismissed", "refuted"],
    ignore_case=True,
)
# "declined to confirm that its envoys had met", "would neither confirm nor deny reports
# that": what the complement says is left open, neither done nor denied.
_UNCONFIRMED = re.compile(
    r"\b(?:(?:declined|declines|refused|refuses)\s+to\s+|(?:would|did|could|will)\s+not\s+|"
    r"(?:wouldn't|didn't|couldn't)\s+|(?:would\s+)?neither\s+)(?:confirm|confirmed|confirms)"
    r"(?:\s+(?:or|nor)\s+(?:deny|denied|denies))?(?:\s+(?:reports?|claims?|suggestions?))?\s+(?:that\s+)?"
    r"(?:[\w'’-]+(?:\s+|$)){0,4}$",
    re.IGNORECASE,
)
_NOT_RULED_OUT = re.compile(
    r"\b(?:not|never|n't)\s+(?:\w+\s+)?(?:ruled?|ruling)\s+out\s+(?:\w+\s+)?$"
    r"|\b(?:refused|declined|refuses|declines)\s+to\s+rule\s+out\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_DONE_TO = re.compile(
    r"\b(?:quick|swift|moved|rushed|hastened|(?:voted|votes)(?:\s+(?:unanimously|"
    r"overwhelmingly|on\s+\w+))?|(?:not|never|n[’']t)\s+hesitate)\s+to\s*$",
    re.IGNORECASE,
)
# A cause's effect told done: "the seizure of the dhow, prompting Abu Dhabi to summon the
# envoy", "forced Niamey to suspend the talks": implicative causatives, the act took place (not
# "pushing X to", "urging X to", whose act may never come; nor "army-led government ... to").
# Its subject sits between the two.
_CAUSED_TO = re.compile(
    r"(?<![\w-])(?:prompting|prompted|prompts|forcing|forced|spurring|spurred|leading|led)\s+"
    r"(?:[\w'’.-]+\s+){1,6}?to\s*$",
    re.IGNORECASE,
)
# ... unless the cause is itself only supposed: "would have prompted Accra to", "risks forcing"
_CAUSE_SUPPOSED = re.compile(
    r"\b(?:will|would|could|may|might|shall|should|can|to|risks?|threatens?|threatening)\s+"
    r"(?:(?:have|be|end\s+up|not)\s+)?$",
    re.IGNORECASE,
)


def _caused(pre: str) -> bool:
    """Is the act the told effect of an implicative causative ("prompting Cameroon to")?"""
    m = _CAUSED_TO.search(pre)
    return m is not None and not _CAUSE_SUPPOSED.search(pre, max(0, m.start() - 30), m.start())


# "has decided to accept", "decided on Monday to reject": an answer decided is an answer given
_DECIDED_TO = re.compile(
    rf"\b(?:decided|decides|has\s+decided|have\s+decided|had\s+decided)(?:\s+on\s+{WEEKDAY})?\s+to\s*$",
    re.IGNORECASE,
)
_IF = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
# The act a present answer takes: a time after it dates what was answered ("agrees to talks
# next week"), not the answer.
_ANSWERING = ("accept", "agree", "reject", "refuse", "decline", "approve", "endorse", "welcome")
# The same for a proposal made now: "proposing a meeting early next month", "offers talks next
# week": the time is the proposed meeting's, the proposal is made.
_PROPOSING = ("propos", "offer", "suggest", "invit")
_DECIDED_ANSWERS = tuple(a for a in _ANSWERING + _PROPOSING if a != "agree")
_WHEN_DAY = re.compile(r"\b(?:when|once|after|before)\b[^,;]*$", re.IGNORECASE)
_WEEKDAY = re.compile(rf"\b(?:on\s+)?{WEEKDAY}\b")
# A present-tense meeting verb with the day it is set for is a schedule, not a report.
_SCHEDULE_VERBS = frozenset({"meet", "meets", "convene", "convenes"})
_DATE_SET = re.compile(
    rf"\s+(?:[a-z]+\s+){{0,3}}?(?:in\s+[A-Z][\w-]+\s+)?on\s+(?:{WEEKDAY}\b|"
    rf"(?:{'|'.join(MONTHS)})\s+\d)"
)
_WOULD_REQUIRE = re.compile(
    r"\b(?:would|will|could)\s+(?:\w+\s+)?(?:require|need|mean|involve|entail|oblige)s?\b",
    re.IGNORECASE,
)
# Words before "to VERB" that do not swallow the verb's own event (they set its modality).
GOVERNORS = frozenset(
    [
        "expected", "plans", "plan", "planned", "planning", "set", "due", "going", "aims", "aim",
        "intends", "intend", "intended", "prepares", "preparing", "poised", "about", "is", "are",
        "was", "were", "scheduled", "hopes", "hope", "likely", "agreed", "agree", "agrees",
        "decided", "decide", "vowed", "promised", "pledged", "pledge", "unlikely", "quick", "swift",
        "moved", "rushed", "hastened", "voted", "votes", "vote"
    ]
)  # fmt: skip
NEGATORS = frozenset(
    [
        "refused", "refuses", "refuse", "failed", "fails", "fail", "declined", "declines", "yet",
        "unable"
    ]
)  # fmt: skip


# A time or manner between a governor and its "to" ("voted on Thursday to", "voted
# unanimously to")
_WHEN_BEFORE = re.compile(rf"(?:\s+on\s+{WEEKDAY}|\s+(?:unanimously|overwhelmingly))\s*$")


def governs(s: str, end: int) -> bool:
    """Does the word ending at `end` govern the infinitive after it ("expected to", "refused
    to"; "voted on Thursday to": the word before the time)?"""
    gov = prev_word(s, end).lower()
    if gov in GOVERNORS or gov in NEGATORS:
        return True
    timed = _WHEN_BEFORE.search(s, max(0, end - 40), end)
    return timed is not None and prev_word(s, timed.start()).lower() in GOVERNORS


# After a denial, its gerund's object, then a comma before the verb: "denies breaching deal,
# proposes talks" (a headline's list of verbs; the denial has its own complement).
_DENIED_THEN = re.compile(r"^\s+\w+ing\s+[^,;]{1,40},\s+$")
_NEXT_CONJUNCT = re.compile(r"\s(?:and|but)\s+(?:then\s+|later\s+|also\s+)?$")


# A participle with its own infinitive after a comma ("preferring to", "choosing to") opens a
# clause of its own: a negation before the comma does not reach into it.
_PARTICIPLE_TO = re.compile(r",\s+(?!according)\w+ing\s+(?:instead\s+)?to\b")
# A negative adverbial before an inverted auxiliary ("At no point did Athens accept"): the
# clause's act is negated, the cue standing before its subject.
# A condition told by inversion at the head of the sentence ("Had Iran accepted the plan, ...",
# "Were Kyiv to agree, ..."): what did not (or has not yet) happen.
_COUNTERFACTUAL = re.compile(r"\s*(?:Had|Were|Should)\s+(?!(?:been|not)\b)[\w'’-]+")
_NEG_INVERSION = re.compile(
    r"\b(?:[Aa]t\s+no\s+(?:point|time|stage)|[Ii]n\s+no\s+way|[Bb]y\s+no\s+means|[Oo]n\s+no\s+"
    r"account|[Uu]nder\s+no\s+circumstances|[Nn]ever)\s+(?:did|does|do|has|have|had|was|were|is"
    r"|are|will|would|could)\b"
)


def _negated(win: str, res: Resources) -> bool:
    """A negation cue in the window; "no" is a determiner and negates only its own noun phrase
    ("recorded no violations and urged"): it counts only within three words of the trigger."""
    cleaned = res.cue_re["non_negations"].sub(" ", fold(win))
    for cue in res.cue_re["negation_cues"].finditer(cleaned):
        rest = cleaned[cue.end() :]
        if _NEXT_CONJUNCT.search(rest) and len(rest.split()) > 2:
            continue  # "refused to recognise the ruling and rejected": the cue has its own verb
        if _DENIED_THEN.match(rest):
            continue  # "denies breaching deal, proposes talks": a second verb of its own
        if _PARTICIPLE_TO.search(rest):
            continue  # "will not retaliate, preferring to keep negotiating": its own clause
        if cue.group().lower() != "no" or len(rest.split()) <= 3:
            return True
    return False


def _participle(s: str, trig_start: int, form: str) -> bool:
    """ "denied the report, rejecting the plan": a participle after a comma, its own act."""
    verb = form.split(maxsplit=1)[0].lower()
    return verb.endswith("ing") and s[:trig_start].rstrip().endswith(",")


def _denied(s: str, cs: int, lo: int) -> bool:
    """ "Hamas denied it had agreed": a denial before the subject negates its complement."""
    start = clause_start(s, cs - 1) if cs > 0 else 0
    found = _DENIAL.search(s, max(start, lo - 90), lo) if lo > start else None
    if (
        found is not None
        and found.start() < cs
        and len(s[cs:lo].split()) > 3
        and _OWN_VERB.search(s, cs, lo)
    ):
        return False  # the window opens after an earlier verb: "denied X had fired and called"
        # (not a long subject with no verb: "reports that the Philippines and China had agreed")
    if found is not None and _CONJUNCT_WINDOW.match(s, lo):
        done = _COMPLEMENT_VERB.match(s, found.end(), lo)
        if done is not None and len(s[done.end() : lo].split()) > 3:
            return False  # "denied its troops had fired first in a clash on the ridge and
            # proposed talks": the complement told in full, the next verb is the denier's
    if found is not None and _denial_closed(s, found.start(), found.end(), lo):
        return False
    return found is not None  # the denial governs the subject right after it


# A verb of the denial's complement before the window ("X had fired", "troops crossed"): a
# lower-case past form or an auxiliary (not "United" of a name)
_OWN_VERB = re.compile(r"\b(?:had|has|have|was|were|is|are|did|[a-z][a-z]*ed)\b")


# A denial whose complement is a gerund phrase, then a finite verb right after "and" or a
# comma: "denied launching air strikes and accused the rebels", "Niger denies accepting
# Algerian mediation, dismisses six-month plan". The gerund phrase is the whole complement;
# the finite verb is the denier's own act (not "denied accepting and signing": both gerunds).
_GERUND_DENIAL_THEN = re.compile(
    r"\b(?:denied|denies|deny|denying)\s+(?:\w+ly\s+)?(?:having\s+)?\w+ing\b[^;:,]{0,80}?"
    r"(?:,|\s(?:and|but))\s+(?:then\s+|later\s+|also\s+|instead\s+)?$",
    re.IGNORECASE,
)


def _after_gerund_denial(s: str, trig_start: int, form: str) -> bool:
    verb = form.split(maxsplit=1)[0].lower() if form.strip() else ""
    if not verb or verb.endswith("ing"):
        return False
    return _GERUND_DENIAL_THEN.search(s, max(0, trig_start - 120), trig_start) is not None


# A denial with a gerund for its complement ("denied carrying out the attack"), then a verb
# coordinated after it: "denied owning the aircraft and has proposed a joint inquiry"
_GERUND_COMPLEMENT = re.compile(r"\s+(?:\w+ly\s+)?\w+ing\b[^;:]*?\b(?:and|but)\b", re.IGNORECASE)
# A denial inside a relative clause ("Belarus, which denies the drone crossed the border,")
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\b[^,;]*$", re.IGNORECASE)


def _denial_closed(s: str, d_start: int, d_end: int, lo: int) -> bool:
    """The denial's complement ends before the trigger's window: a gerund complement then a
    coordinated verb of the denier, or a relative clause closed by a comma before it."""
    gerund = _GERUND_COMPLEMENT.match(s, d_end, lo + 1)
    if (
        gerund is not None
        and not s[lo:].lstrip().lower().startswith(("and ", "but "))
        # not the gerund's own coordinated object ("denied accepting and signing the plan")
        and not _GERUND_NEXT.match(s, gerund.end())
    ):
        return True
    return _RELATIVE_OPEN.search(s, 0, d_start) is not None and "," in s[d_end:lo]


_GERUND_NEXT = re.compile(r"\s*\w+ing\b")


# The window opens at a conjunction: the verb is coordinated with an earlier one
_CONJUNCT_WINDOW = re.compile(r"\s*,?\s*(?:and|but)\s")
# A denial's complement with a subject and a finite verb of its own ("denied (that) its
# soldiers had fired")
_COMPLEMENT_VERB = re.compile(
    r"\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:had|has|have|was|were|is|are|did)\s+(?:not\s+|never\s+)?\w+",
    re.IGNORECASE,
)


# A condition on the act, after it in its sentence (up to a semicolon).
_CONDITION_AFTER = WordGated(  # every match holds one of these words
    re.compile(
        r"\b(?:if|unless|provided|providing|as\s+long\s+as|so\s+long\s+as|"
        r"on\s+(?:the\s+)?conditions?\s+that|should\s+(?:they|it|he|she|(?-i:[A-Z][\w-]+))\s+(?!be\b)|"
        # "will join the talks only as an equal", "only on equal terms": a status the party
        # sets as the condition of taking part
        r"only\s+(?:as\s+(?:an?\s+)?equals?|on\s+(?:an?\s+)?equal\s+(?:terms|footing)))\b",
        re.IGNORECASE,
    ),  # "would impose tariffs should Mexico go ahead": an inverted condition
    ["if", "unless", "provided", "providing", "long", "condition", "conditions", "should", "only"],
    ignore_case=True,
)

# Between an act and a condition: another verb's clause ("accepting the invitation a day
# after the minister threatened war if ...": the condition is the threat's), or a modal of
# another verb ("proposing talks and signalling it could allow a visit if ...", "we accept
# the proposal and we will respect a truce as long as ...": the condition is that verb's).
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:but|after|before|when|while|since|because|as|and\s+said|would|could|will|might)\b"
    r"|\b\w+ed\b",
    re.IGNORECASE,
)


_CONDITIONAL_ACTS = ("threaten", "warn")


def _condition_follows(s: str, trig_end: int, form: str) -> bool:
    """A present-tense act with a condition after it ("agrees to talks if", "is ready to sign
    provided"): conditional. A past one ("accepted the plan on condition that") was done; a
    threat's condition is its content ("is threatening to cut power if the debt is unpaid")."""
    if _PAST.search(form.split(maxsplit=1)[0]) or form.lower().startswith(_CONDITIONAL_ACTS):
        return False
    stop = s.find(";", trig_end)
    found = _CONDITION_AFTER.search(s, trig_end, stop if stop >= 0 else len(s))
    return found is not None and not _ANOTHER_CLAUSE.search(s, trig_end, found.start())


def _reported_false(s: str, trig_start: int, trig_end: int) -> bool:
    """The trigger lies in a report's content that the sentence then calls false."""
    if "that" not in s or _FALSE_AFTER.search(s, trig_end) is None:
        return False
    return _REPORT_THAT.search(s, max(0, trig_start - 90), trig_start) is not None


# "would welcome", "would appreciate": a conditional of politeness that states the party's
# stance now (what it would like), not an act to come ("will welcome the president" is a visit)
_WOULD_ATTITUDE = re.compile(r"\b(?:would|'d)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_ATTITUDE_VERBS = ("welcome", "appreciate")


def _expected(
    s: str, win: str, trig_end: int, form: str, res: Resources, *, pre: str = "", at: int = -1
) -> bool:
    done_now = (
        # "said Caracas would welcome talks": a stance taken now
        (form.lower().startswith(_ATTITUDE_VERBS) and _WOULD_ATTITUDE.search(win) is not None)
        # "prompting Yaounde to summon the envoy": the summons was made
        or _caused(pre)
        or (at > 0 and _caused(s[max(0, at - 90) : at]))
    )
    if res.cue_re["expected_cues"].search(fold(win)) and not done_now:
        return True
    if (
        done_now
        or _DONE_TO.search(win)
        or (
            # "has decided to accept the truce": the decision is the answer, made now (one side's
            # "decided to agree" stays a deal to come: the other side has yet to sign)
            _DECIDED_TO.search(win) and form.lower().startswith(_DECIDED_ANSWERS)
        )
    ):
        return False  # "was quick to dismiss", "moved to reject": it was done
    if after_to(win, len(win)):
        return True
    if _PAST.search(form.split(maxsplit=1)[0]) or form.lower().startswith(_ANSWERING + _PROPOSING):
        return False  # "accepts Tanzania's offer of talks next week": the talks are next week
    end = clause_end(s, trig_end)
    if _WHEN_DAY.search(pre[-40:]) and _WEEKDAY.search(s, trig_end, end):
        return True  # "will sign the accord when they meet on Friday": the meeting is to come
    # "the board meets on June 8", "the leaders meet on Friday": a schedule
    scheduled = form.lower() in _SCHEDULE_VERBS and _DATE_SET.match(s, trig_end, end) is not None
    return scheduled or res.cue_re["future_time"].search(fold(s), trig_end, end) is not None


# "ready to help with any exchange the parties agree on", "whatever deal they sign": the act
# of a relative clause on a thing only supposed ("any", "whatever") is no act at all
_SUPPOSED_HEAD = re.compile(
    r"\b(?:any|whatever|whichever)\s+(?:[\w-]+\s+){0,2}?(?:that\s+|which\s+)?"
    r"(?:(?:the|both|all)\s+[\w-]+(?:\s+[\w-]+)?|they|we|it)\s+"
    r"(?:(?:will|would|could|can|may|might|eventually|finally|ultimately)\s+)?$",
    re.IGNORECASE,
)


# A negative word right before a genitive owner ("without Nepal's consent", "absent the
# council's approval"): it heads the noun phrase itself and denies the act the noun names.
_NEG_BEFORE_OWNER = re.compile(r"\b(?:without|no|any|absent|lacking)\s+(?:the\s+)?$", re.IGNORECASE)


def _presupposed(s: str, owner_at: int) -> bool:
    """A noun with a genitive owner at `owner_at` ("the Taliban's rejection") names an act the
    noun phrase takes as given: a negation of the verb that governs the phrase ("did not comment
    on the Taliban's rejection", "no agreement on Argentina's demand") says something about the
    act, it does not deny it. Not when a negative word heads the phrase ("without Nepal's
    consent")."""
    return owner_at >= 0 and not _NEG_BEFORE_OWNER.search(s, max(0, owner_at - 40), owner_at)


# An apposition after the main clause, opened by a comma and an indefinite article, that sums
# the clause up as a thing: "would consider a truce if Kyiv withdrew, a condition Kyiv
# rejected", "did not block the package, a move Warsaw welcomed". Its noun phrase and the
# relative clause on it are outside the main clause's condition, negation or modal, which end
# at the comma (not when the apposition has a modal or a condition of its own, nor after a
# fronted subordinate clause: "If Kyiv agrees, a truce would follow" is a main clause).
_APPOSITION_AFTER = re.compile(
    r",\s+(?:a|an)\s+"
    r"(?![^,;:]*\b(?:would|will|could|might|may|should|shall|can|if|unless)\b)[^,;:]*$",
    re.IGNORECASE,
)
_SUBORDINATE_OPENS = re.compile(
    r"\s*[\"“]?(?:if|unless|when|once|after|before|although|though|while|because|since|as|until)\b",
    re.IGNORECASE,
)


def modality(
    s: str,
    win_start: int | None,
    trig_start: int,
    trig_end: int,
    form: str,
    *,
    res: Resources,
    owner_at: int = -1,
) -> str | None:
    """The modality of the trigger at [trig_start, trig_end) in sentence `s`, or None (a question).

    `win_start` is where the cue window opens (the end of the subject), None for the clause start.
    `owner_at` is where the genitive owner of a noun trigger starts ("Amman's refusal"), -1 if
    it has none.
    """
    cs = clause_start(s, trig_start)
    pre = s[cs:trig_start]
    if (
        res.cue_re["question_cues"].search(fold(s), max(0, cs - 9), trig_start)
        # "Will Tehran accept the offer?": asked, not reported
        or ("?" in s and _asked(s, trig_end))
        or _SUPPOSED_HEAD.search(s, max(0, trig_start - 60), trig_start)  # "any deal they sign"
        # "then, the groom joked, 'negotiate who gets the remote'": said in jest, no act
        or _IN_JEST.search(s, max(0, trig_start - 80), trig_start)
    ):
        return None
    lo = cs if win_start is None or win_start > trig_start else max(cs, win_start)
    rel = closed_relative_before(s, cs - 12, trig_start)
    if rel is not None:
        lo = max(lo, rel.end(1))  # "X and Y, which have no relations, held talks": not theirs
        pre = s[lo:trig_start]
    app = _APPOSITION_AFTER.search(s, cs, trig_start)
    if app is not None and not _SUBORDINATE_OPENS.match(s, cs):
        # "... if Kyiv withdrew, a condition Kyiv rejected": the apposition is its own scope
        lo = max(lo, app.start() + 1)
        pre = s[app.start() + 1 : trig_start]
    # "could not have been clearer in rejecting": an emphatic litotes, the act asserted
    win = _EMPHATIC_LITOTES.sub(lambda m: " " * len(m.group()), s[lo:trig_start])
    if (
        _NOT_RULED_OUT.search(win)  # "has not ruled out accepting the compromise": a possibility
        or _UNCONFIRMED.search(s, max(0, lo - 90), lo)
        # "Had the delegation accepted the regime, the board would not ...": a condition
        or (_COUNTERFACTUAL.match(s) and "," not in s[:trig_start])
    ):
        return "hypothetical"
    if not _presupposed(s, owner_at) and (
        _negated(win, res)
        or (
            _denied(s, cs, lo)
            and not _DENIED_THEN.match(win)
            and not _after_gerund_denial(s, trig_start, form)
            and not _participle(s, trig_start, form)
        )
        or _reported_false(s, trig_start, trig_end)
        or _object_negated(s, trig_end, form)
        or _UNMOVED.search(s, max(0, trig_start - 110), trig_start) is not None
        or (lo > cs and _NEG_INVERSION.search(s, cs, lo) is not None)
        or not_a_thing_done(s, trig_start)
    ):
        return "negated"
    if (
        _UNLESS_OPENS.search(s, max(0, cs - 7), cs)
        or (lo > cs and _CONDITIONAL_INVERSION.match(s, cs) is not None)
        or _SHOULD_INVERTED.search(s, max(cs, trig_start - 60), trig_start) is not None
        or _hypothetical(s, win, pre, trig_end, form, res=res)
        # "the ban stays until the EU agrees": an end point ahead
        or (
            _UNTIL_JUST_BEFORE.search(s, max(0, trig_start - 50), trig_start) is not None
            and (
                not _PAST.search(form)
                or _PERFECT_BEFORE.search(s, max(0, trig_start - 8), trig_start)
                # "would not put it to a vote until the two had signed": ahead, told in the past
                or (
                    _HAD_BEFORE.search(s, max(0, trig_start - 8), trig_start)
                    and _WOULD_ANY.search(s, 0, trig_start)
                )
            )
        )
    ):
        return "hypothetical"  # "will not sign unless Bucharest agrees": a condition's act
    if _expected(s, win, trig_end, form, res, pre=s[max(0, cs - 12) : trig_start], at=trig_start):
        return "expected"
    return "asserted"


# A negated predicate noun whose relative clause holds the act ("is not something the federal
# government can accept", "was never an option Hanoi would consider"): the act is denied. The
# relative clause runs from the noun to a modal right before the trigger, with no clause break.
_NOT_A_THING_DONE = re.compile(
    r"\b(?:not|never)\s+(?:something|anything|an?\s+(?:option|thing|idea|offer|proposal))\s+"
    r"(?:that\s+|which\s+)?[^,;:.!?\"“”]{1,50}?\s+(?:can|could|will|would|should)\s+$",
    re.IGNORECASE,
)


def not_a_thing_done(s: str, trig_start: int) -> bool:
    """ "is not something Berlin can accept": the act denied by a negated predicate noun (a
    refusal when the act is consent)."""
    return _NOT_A_THING_DONE.search(s, max(0, trig_start - 90), trig_start) is not None


# A negated verb of moving someone to act, its object's infinitive the act ("failed to persuade
# the army and the RSF to sign", "could not convince Minsk to accept"), or a plan denied for
# someone else's act ("had no plans for the president to meet"): the act is not done.
_UNMOVED = re.compile(
    r"(?:\b(?:failed|fails|failing|unable|refused|refuses|declined|declines)\s+to\s+|"
    r"\b(?:did|does|could|would)\s+not\s+|\b(?:didn|doesn|couldn|wouldn)[’']t\s+)"
    r"(?:persuade|convince|induce|get)\s+[^,;:]{1,60}?\s+to\s+$"
    r"|\bno\s+(?:plans?|intention|intentions)\s+for\s+[^,;:]{1,50}?\s+to\s+$",
    re.IGNORECASE,
)


# A negative determiner heading the verb's object ("has rejected no proposal", "would send no
# delegation", "accepted none of the offers"): the act is denied of every thing of that kind.
# Not "no longer", "no later than", "no doubt" (adverbial, or bounding a figure or a date), nor
# an answer "no" ("said no", "voted no").
_NO_OBJECT = re.compile(
    r"\s+(?:none\s+of\s+(?:the|its|their|these|those)\s+[\w-]+|"
    r"no\s+(?!longer\b|later\b|sooner\b|earlier\b|fewer\b|more\b|less\b|matter\b|doubt\b|"
    r"end\b|way\b|one\s+else\b|to\b)(?:[\w-]+\s+){0,2}?[\w-]+)",
    re.IGNORECASE,
)
_ANSWER_NO = re.compile(r"(?:say|said|says|saying|vot\w*|answer\w*|repl\w*)$", re.IGNORECASE)


def _object_negated(s: str, trig_end: int, form: str) -> bool:
    """ "Ecuador has rejected no proposal": the object's negative determiner negates the act."""
    return _NO_OBJECT.match(s, trig_end) is not None and not _ANSWER_NO.search(form.strip())


_IN_JEST = re.compile(r"\b(?:joked|jokes|joking|jested|jests|quipped|quips|quipping)\b")


# "Should Accra accept the offer, ...", "Had Accra accepted ...": a condition by inversion.
_CONDITIONAL_INVERSION = re.compile(r"\s*(?:Should|Had|Were)\s+(?=[A-Z])")
# The same inside a clause: "offered a venue should the two sides agree to talk", "would lift
# the ban should Kabul accept": "should" before its subject, then the act (not "Kabul should
# accept": an advice, its subject before it).
_SHOULD_INVERTED = re.compile(
    r"\bshould\s+(?:(?:the|both|either|its|their|they|it|he|she)\b|(?-i:[A-Z]))[^,;:]{0,40}?\s+$",
    re.IGNORECASE,
)


def _asked(s: str, trig_end: int) -> bool:
    """A direct question: a "?" ends the trigger's clause ("Will Tehran accept the offer?";
    not "accepted the offer, but will it keep its word?")."""
    q = s.find("?", trig_end)
    return 0 <= q <= clause_end(s, trig_end, soft=False)


_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+$")  # "until they have signed": ahead too
_HAD_BEFORE = re.compile(r"\bhad\s+$")
_WOULD_ANY = re.compile(r"\b(?:would|will|wouldn't|won't)\b", re.IGNORECASE)
# "until" a few words before the verb, in its clause ("until the EU agrees on safeguards")
_UNTIL_JUST_BEFORE = re.compile(r"\b(?:[Uu]ntil|[Tt]ill)\s+(?:[\w'’-]+\s+){0,5}$")
# An emphatic litotes: a modal denied with a comparative of degree ("could not have been clearer
# in rejecting", "couldn't be more explicit about", "could hardly have been firmer") says the act
# was done to the utmost; it is neither a negation nor a possibility.
_EMPHATIC_LITOTES = re.compile(
    r"\b(?:could|can)(?:\s+not|n['’]t|not|\s+hardly|\s+scarcely)\s+(?:have\s+been|be)\s+"
    r"(?:clearer|plainer|firmer|blunter|stronger|more\s+\w+)\b",
    re.IGNORECASE,
)
# "unless" opens a clause of its own (text._HARD_WORDS): the clause's act is a condition.
_UNLESS_OPENS = re.compile(r"\b[Uu]nless$")


def _hypothetical(s: str, win: str, pre: str, trig_end: int, form: str, *, res: Resources) -> bool:
    if res.cue_re["hypothetical_cues"].search(fold(win)) or _IF.search(pre):
        return True
    if _WOULD_REQUIRE.search(pre):
        return True  # "a settlement would require the two sides to agree": a condition
    if _WOULD.search(win) and (
        _IF.search(s)
        or _CONDITION_AFTER.search(s, trig_end)
        or _ONLY_WHEN.search(s, trig_end, clause_end(s, trig_end, soft=False))
    ):
        return True
    head = s[: max(0, trig_end - len(form))]
    if ("once" in head or "soon as" in head) and _ONCE_AFTER_WOULD.search(head):
        return True  # "the pause would begin once Bamako gave its approval": a condition
    return _condition_follows(s, trig_end, form)  # "is willing to accept the plan if ..."


# "would negotiate only after the militias left", "would consider a meeting only once a text
# was ready": "only" restricting a time clause makes it the act's condition, not its date
_ONLY_WHEN = re.compile(r"\bonly\s+(?:once|after|when)\b", re.IGNORECASE)
# An act in a "once" or "as soon as" clause of a future or conditional main clause
_ONCE_AFTER_WOULD = re.compile(
    r"\b(?:would|will|could)\b[^.;]{0,80}\b(?:once|as\s+soon\s+as)\s+(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)


# A postponement to a time ahead ("postponed to November", "pushed back until May 6", "has
# put the talks off to next year"): the act is moved, not dropped, and is to come at the new
# time. Not "postponed indefinitely", nor "postponed to allow the experts to finish" (a purpose,
# no time), nor a time the postponement itself happened at ("postponed on Monday").
_POSTPONING = re.compile(
    r"(?:postpon\w*|push(?:ed|es|ing)?\s+back|put(?:s|ting)?\s+off|delay\w*|defer\w*)$",
    re.IGNORECASE,
)
_MOVED_TO = re.compile(
    r"(?:\s+[^,;:.]{0,60}?)?\s+(?:to|until|till)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?"
    rf"(?:{MONTH}|{WEEKDAY}\b|next\s+(?:week|month|year)\b|later\s+(?:this|in\s+the)\s+"
    r"(?:week|month|year)\b|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+of\s+)"
)


def rescheduled(s: str, verb_end: int) -> bool:
    """Does the postponing verb ending at `verb_end` move its act to a time ahead ("postponed to
    November")? Then the act is expected, not negated."""
    return _POSTPONING.search(s, max(0, verb_end - 16), verb_end) is not None and (
        _MOVED_TO.match(s, verb_end) is not None
    )
