"""Acts an article places at an earlier stage ("initially said it was studying the offer",
"last week rejected") and offers to host beside the two sides' own dealings: the state moves
or stays as the news says, but no change is reported for what is not news (stories.routing,
stories.background, stories.machine)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.models import Article, Change
from storywatch.stories import StoryConfig
from storywatch.testing import news, run_articles

T0 = datetime(2026, 4, 6, 9, 0, tzinfo=UTC)


def _news(n: int, days: float, title: str, body: str) -> Article:
    return news(f"r{n:02d}", T0 + timedelta(days=days), title, body)


def _moves(changes: list[Change]) -> set[tuple[str, str, str | None, str]]:
    return {(c.article_id, c.actor, c.from_state, c.to_state) for c in changes}


def test_an_offer_to_host_beside_the_two_sides_dealings_opens_no_story() -> None:
    art = _news(
        1, 0, "Ghana, Togo agree to resume border talks",
        "Ghana and Togo agreed on Monday to resume talks on their maritime border, the Ghanaian "
        "foreign ministry said. Benin said it was ready to host the negotiations.",
    )  # fmt: skip
    actors = {actor for _, actor, _, _ in _moves(run_articles([art]))}
    assert "BEN" not in actors, actors


def test_an_offer_to_host_that_a_side_accepts_is_a_proposal() -> None:
    art = _news(
        1, 0, "Benin offers to host Ghana-Togo talks",
        "Benin offered on Monday to host talks between Ghana and Togo on their border. Togo "
        "quickly accepted the offer.",
    )  # fmt: skip
    moves = _moves(run_articles([art]))
    assert any(a == "BEN" and to == "proposed" for _, a, _, to in moves), moves


_PROPOSAL = _news(
    1, 0, "Ecuador proposes talks with Colombia on shrimp quotas",
    "Ecuador proposed talks with Colombia on Monday on shrimp quotas in their shared waters. "
    "Colombia has not replied.",
)  # fmt: skip


def test_a_first_reaction_told_as_earlier_moves_the_state_silently() -> None:
    answer = _news(
        2, 7, "Colombia accepts Ecuador's proposal",
        "Colombia on Monday accepted Ecuador's proposal for talks on shrimp quotas, the foreign "
        "ministry said. Colombia initially said it was studying the offer.",
    )  # fmt: skip
    moves = {(a, to) for art, a, _, to in _moves(run_articles([_PROPOSAL, answer])) if art == "r02"}
    assert moves == {("COL", "accepted")}, moves


def test_a_refusal_of_last_week_is_no_news() -> None:
    art = _news(
        1, 0, "Drought grips the Altiplano",
        "Farmers in the Altiplano say the dry season is the worst in a decade. Bolivia last "
        "week rejected a Chilean proposal for talks on the Silala waters, saying the river "
        "was not shared.",
    )  # fmt: skip
    assert run_articles([art]) == []


def test_a_refusal_on_a_weekday_is_news() -> None:
    answer = _news(
        2, 2, "Colombia rejects Ecuador's proposal",
        "Colombia on Wednesday rejected Ecuador's proposal for talks on shrimp quotas.",
    )  # fmt: skip
    moves = _moves(run_articles([_PROPOSAL, answer]))
    assert any(art == "r02" and a == "COL" and to == "rejected" for art, a, _, to in moves)


def _day(n: int, when: datetime, title: str, body: str) -> Article:
    return news(f"s{n:02d}", when, title, body)


def test_a_proposal_still_studied_keeps_its_story_open_past_the_idle_ttl() -> None:
    """A request the other side said it was studying waits for its answer longer than an
    idle story lives (open_ttl_days): a refusal 18 days on answers it, no fresh story."""
    t = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    arts = [
        _day(1, t, "IAEA seeks access to Mongolian uranium site",
             "The International Atomic Energy Agency has proposed an inspection visit to a "
             "uranium processing site in Mongolia, the agency said on Monday."),
        _day(2, t + timedelta(days=2), "Mongolia studying IAEA request",
             "Mongolia said on Wednesday it was studying the IAEA request to inspect the uranium "
             "site and would answer in due course."),
        _day(3, t + timedelta(days=18), "Mongolia turns down IAEA request to inspect site",
             "Mongolia has rejected a request by the International Atomic Energy Agency to "
             "inspect the uranium processing site, the foreign ministry said on Friday. It "
             "proposed instead that inspectors visit a storage yard nearby."),
    ]  # fmt: skip
    config = StoryConfig(ttl_days=14.0)
    moves = _moves(run_articles(arts, config, now=t + timedelta(days=19)))
    assert ("s03", "MNG", "rejected") in {(a, b, d) for a, b, _, d in moves}, moves


def test_an_acceptance_of_earlier_this_month_is_no_news_again() -> None:
    t = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
    arts = [
        _day(1, t, "Peru invites Chile to Lima summit",
             "Peru's president has invited his Chilean counterpart to a summit in Lima, the "
             "government said on Monday."),
        _day(2, t + timedelta(days=3), "Chile accepts Peru's invitation to Lima summit",
             "Chile has accepted Peru's invitation to a summit in Lima, the foreign ministry in "
             "Santiago said on Thursday."),
        _day(3, t + timedelta(days=21), "Peru, Chile set July date for Lima summit",
             "The presidents of Peru and Chile will meet in Lima on July 3, the two governments "
             "said on Monday. Chile accepted the invitation earlier this month."),
    ]  # fmt: skip
    moves = _moves(run_articles(arts, now=t + timedelta(days=22)))
    assert not any(a == "s03" and to == "accepted" for a, _, _, to in moves), moves
