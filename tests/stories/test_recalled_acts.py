"""Acts an article places at an earlier stage ("initially said it was studying the offer",
"last week rejected") and offers to host beside the two sides' own dealings: the state moves
or stays as the news says, but no change is reported for what is not news (stories.routing,
stories.background, stories.machine)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.models import Article, Change
from storywatch.testing import run_articles

T0 = datetime(2026, 4, 6, 9, 0, tzinfo=UTC)


def _news(n: int, days: float, title: str, body: str) -> Article:
    return Article(
        id=f"r{n:02d}", title=title, body=body, published_at=T0 + timedelta(days=days),
        url=f"https://wire.example/r{n:02d}", source=f"wire{n}",
    )  # fmt: skip


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
