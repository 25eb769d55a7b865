"""Classes heldout43 exposed, on stories of their own: a time word that owns a noun ("last
week's dispute") dates the noun, not the answer; "should the two sides agree" after its clause
is a condition; "agrees to Volta commission meeting" accepts a meeting, it concludes no deal
(stories.background, classify.modality, classify.arguments)."""

from __future__ import annotations

from datetime import UTC, datetime

from storywatch.models import Article, Change
from storywatch.testing import news, run_articles


def _at(day: int, month: int = 4) -> datetime:
    return datetime(2026, month, day, 10, 0, tzinfo=UTC)


def _moves(changes: list[Change], article_id: str) -> set[tuple[str, str]]:
    return {(c.actor, c.to_state) for c in changes if c.article_id == article_id}


def test_a_time_word_owning_a_noun_does_not_date_the_answer() -> None:
    arts: list[Article] = [
        news("xa1", _at(2, 3), "Chile proposes talks with Bolivia on Silala waters",
             "SANTIAGO, March 2 - Chile on Monday proposed formal talks with Bolivia on the use "
             "of the Silala river, the foreign ministry said."),
        news("xa2", _at(10, 3), "Bolivia answers Chile",
             "LA PAZ, March 10 - Bolivia has answered Chile's proposal for talks over last "
             "week's dispute on the Silala river, saying it wanted the agenda to include grazing "
             "rights, officials said on Tuesday."),
    ]  # fmt: skip
    assert ("BOL", "responded") in _moves(run_articles(arts), "xa2")


def test_a_venue_offered_should_the_sides_agree_is_no_agreement() -> None:
    arts = [
        news("xc1", _at(2), "Rwanda proposes truce talks with Congo",
             "KIGALI, April 2 - Rwanda on Thursday proposed a ceasefire with Congo in the eastern "
             "border region, the foreign ministry said."),
        news("xc2", _at(4), "Congo studying Rwandan truce offer",
             "KINSHASA, April 4 - Congo said on Saturday it was studying the Rwandan ceasefire "
             "offer. Angola has offered Luanda as a venue should the two governments agree to a "
             "truce."),
    ]  # fmt: skip
    moves = _moves(run_articles(arts), "xc2")
    assert not any(to == "agreed" for _, to in moves), moves


def test_agreeing_to_a_named_commission_meeting_is_an_acceptance() -> None:
    arts = [
        news("xd1", _at(20), "Togo proposes talks with Ghana on border trade",
             "LOME, April 20 - Togo on Monday proposed talks with Ghana on cross-border trade, "
             "the foreign ministry said."),
        news("xd2", _at(22), "Ghana agrees to Volta commission meeting; talks set for May 3",
             "ACCRA, April 22 - Ghana has accepted Togo's call for talks, officials said on "
             "Wednesday."),
    ]  # fmt: skip
    moves = _moves(run_articles(arts), "xd2")
    assert ("GHA", "accepted") in moves, moves
    assert not any(to == "agreed" for _, to in moves), moves
