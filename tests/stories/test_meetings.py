"""Meetings told beside other acts: when the talks an article reports took place ("held")
although the article also tells refusals or how the talks came about (other parties than the
corpus)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.models import Article, Change, Classified, Event
from storywatch.testing import classified, event, run_articles, run_classified

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def art(n: int, days: float, *events: Event) -> Classified:
    text = " ".join(e.sentence or "" for e in events) + f" (report {n})"  # no copy of another
    return classified(f"m{n:02d}", T0 + timedelta(days=days), events, text=text)


def held(changes: list[Change]) -> set[tuple[str, str]]:
    return {(c.article_id, c.actor) for c in changes if c.to_state == "held"}


PROPOSAL = art(1, 0, event("FJI", "propose", "TON", issue="talks"))
ACCEPTANCE = art(2, 2, event("TON", "accept", "FJI", issue="talks"))
MET = (
    event("FJI", "meet", "TON", issue="talks", sentence="Fiji and Tonga held talks in Suva."),
    event("TON", "meet", "FJI", issue="talks", sentence="Fiji and Tonga held talks in Suva."),
)


def test_talks_that_ended_in_a_deal_were_held_whatever_else_was_refused() -> None:
    """ "Fiji and Tonga sign a fisheries deal after two days of talks; Tonga turned down Fiji's
    request to lift its sanctions on two Fijian firms": the refusal is of another request, the
    talks took place."""
    deal = "Fiji and Tonga signed a fisheries deal after two days of talks in Suva."
    refusal = "Tonga turned down Fiji's request to lift its sanctions on two Fijian firms."
    article = art(
        3, 9, *MET,
        event("FJI", "agree", "TON", issue="trade", sentence=deal, trigger="signed"),
        event("TON", "agree", "FJI", issue="trade", sentence=deal, trigger="signed"),
        event("TON", "reject", "FJI", issue="sanctions", sentence=refusal),
    )  # fmt: skip
    out = run_classified([PROPOSAL, ACCEPTANCE, article])
    assert {("m03", "FJI"), ("m03", "TON")} <= held(out), out


def test_a_refusal_dated_weeks_back_does_not_keep_talks_from_being_held() -> None:
    """ "Tonga last month rejected Fiji's request for joint patrols": the standoff before,
    told as background of the talks held now."""
    refusal = "Tonga last month rejected Fiji's request for joint patrols."
    rejected = event("TON", "reject", "FJI", issue="other", sentence=refusal, trigger="rejected")
    article = art(3, 9, *MET, rejected)
    out = run_classified([PROPOSAL, ACCEPTANCE, article])
    assert {("m03", "FJI"), ("m03", "TON")} <= held(out), out


def test_a_refusal_told_as_news_still_keeps_the_talks_to_come() -> None:
    """The guard the two tests above narrow stays: a refusal of this article, with no deal,
    is the standoff the meeting told beside it waits on."""
    refusal = "Tonga on Monday rejected Fiji's request for joint patrols."
    rejected = event("TON", "reject", "FJI", issue="other", sentence=refusal, trigger="rejected")
    article = art(3, 9, *MET, rejected)
    out = run_classified([PROPOSAL, ACCEPTANCE, article])
    assert not held(out), out


def test_talks_of_a_new_round_are_held_again() -> None:
    """Talks held end a round; the next proposal opens another, whose talks are news when
    they are held too (no party carries "held" over from the last round)."""
    first = art(1, 0, *MET)
    again = art(2, 10, event("FJI", "propose", "TON", issue="talks"))
    yes = art(3, 12, event("TON", "accept", "FJI", issue="talks"))
    met = "Fiji and Tonga held a second round of talks in Nuku'alofa."
    second = art(4, 20, event("FJI", "meet", "TON", issue="talks", sentence=met),
                 event("TON", "meet", "FJI", issue="talks", sentence=met))  # fmt: skip
    out = run_classified([first, again, yes, second])
    assert {("m04", "FJI"), ("m04", "TON")} <= held(out), out


def test_a_renunciation_is_not_dated_by_the_date_of_the_deal_it_names() -> None:
    """ "suspending its participation in the agreement signed in Geneva last month": the date
    is the agreement's; the suspension is today's news, the agreement's breakdown."""
    deal = "Fiji and Tonga signed a fisheries agreement in Suva."
    signed = art(1, 0, event("FJI", "agree", "TON", issue="trade", sentence=deal),
                 event("TON", "agree", "FJI", issue="trade", sentence=deal))  # fmt: skip
    said = "Tonga said it was suspending its participation in the agreement signed last month."
    quit_ = art(2, 30, event("TON", "reject", "FJI", issue="trade", sentence=said,
                             trigger="suspending its participation in"))  # fmt: skip
    out = run_classified([signed, quit_])
    assert ("m02", "TON", "broken") in {(c.article_id, c.actor, c.to_state) for c in out}, out


def _news(n: int, days: float, title: str, body: str) -> Article:
    return Article(
        id=f"n{n:02d}", title=title, body=body, published_at=T0 + timedelta(days=days),
        url=f"https://wire.example/n{n:02d}", source="wire",
    )  # fmt: skip


_SIGNED = _news(
    1, 0, "Fiji and Tonga sign fisheries truce",
    "Fiji and Tonga signed a fisheries agreement in Suva on Monday, ending a year-long row over "
    "tuna licences, officials from both governments said.",
)  # fmt: skip


def _broken(changes: list[Change]) -> set[tuple[str, str]]:
    return {(c.article_id, c.actor) for c in changes if c.to_state == "broken"}


def test_an_accusation_of_breaching_the_deal_is_its_breakdown() -> None:
    """ "Tonga accused Fiji of violating the agreement": the accuser holds the deal broken."""
    claim = _news(
        2, 20, "Tonga accuses Fiji of breaching fisheries deal",
        "Tonga accused Fiji on Tuesday of violating the fisheries agreement by licensing "
        "Taiwanese longliners in the disputed zone, the Tongan foreign ministry said.",
    )  # fmt: skip
    assert ("n02", "TON") in _broken(run_articles([_SIGNED, claim]))


def test_an_accusation_while_keeping_to_the_deal_breaks_nothing() -> None:
    claim = _news(
        2, 20, "Tonga accuses Fiji over longliners",
        "Tonga accused Fiji on Tuesday of violating the fisheries agreement, but said it would "
        "continue to respect the deal, the Tongan foreign ministry said.",
    )  # fmt: skip
    assert not _broken(run_articles([_SIGNED, claim]))


def test_an_accusation_of_breach_with_no_agreement_starts_no_story() -> None:
    claim = _news(
        2, 20, "Tonga accuses Fiji of breaching fisheries deal",
        "Tonga accused Fiji on Tuesday of violating the fisheries agreement by licensing "
        "Taiwanese longliners in the disputed zone, the Tongan foreign ministry said.",
    )  # fmt: skip
    assert run_articles([claim]) == []


def test_talks_of_a_pair_whose_summit_is_proposed_are_that_summit() -> None:
    """A copy that says "talks" where the original said "summit": its answer goes to the
    summit the pair has open (stories.recaps.redirect), not to a talks story of its own."""
    invited = art(1, 0, event("FJI", "propose", "TON", issue="summit"))
    said = "Tonga accepted Fiji's invitation to talks in Suva."
    yes = art(2, 2, event("TON", "accept", "FJI", issue="talks", sentence=said))
    out = run_classified([invited, yes])
    moved = {(c.story_id, c.actor, c.to_state) for c in out}
    assert ("FJI-TON:summit", "TON", "accepted") in moved, out
    assert not [c for c in out if c.story_id == "FJI-TON:talks"], out
