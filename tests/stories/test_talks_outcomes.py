"""How talks end and what follows them (classify.events, stories.background,
stories.machine):
- heads of state or government meeting hold a summit, their ministers talks;
- "no agreement was reached" tells the outcome of talks that took place, even in a sentence
  of its own or beside a recalled proposal;
- after the pair held talks, a refusal with no issue of its own answers what was asked at them;
- talks told with the deal reached at them were held, whoever had refused before;
- a date inside a later clause ("breaking the deal agreed in Tbilisi last week") dates that
  clause, not the main act."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storywatch.classify import classify_text
from storywatch.models import Article, Change
from storywatch.testing import news, run_articles

T0 = datetime(2026, 9, 1, 10, 0, tzinfo=UTC)


def _news(key: str, day: int, title: str, body: str) -> Article:
    return news(key, T0 + timedelta(days=day - 1), title, body)


def _moves(changes: list[Change], article_id: str) -> list[tuple[str, str, str]]:
    return [(c.story_id, c.actor, c.to_state) for c in changes if c.article_id == article_id]


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Bolivian and Paraguayan presidents meet in Asuncion, agree to scrap tariffs", "summit"),
        ("Tanzanian and Zambian leaders will meet in Lusaka on Monday.", "summit"),
        # ministers meeting hold talks
        ("Tanzanian and Zambian trade ministers will meet in Lusaka on Monday.", "talks"),
    ],
)
def test_leaders_meeting_hold_a_summit(text: str, issue: str) -> None:
    _, _, events = classify_text("", text, published_year=2026, published_month=9)
    meets = [e for e in events if e.action == "meet"]
    assert meets, text
    assert {e.issue for e in meets} == {issue}, meets


def test_no_agreement_tells_talks_that_took_place() -> None:
    changes = run_articles([
        _news("c1", 1, "Belarus seeks talks with EU on sanctions",
              "Belarus on Tuesday asked the European Union for talks on the sanctions imposed on "
              "three of its officials, its foreign ministry said."),
        _news("c2", 4, "EU agrees to talks with Belarus",
              "The European Union agreed on Friday to Belarus's request for talks on the "
              "sanctions, an EU spokesman said."),
        _news("c3", 15, "EU, Belarus hold first sanctions dialogue; no deal on delisting",
              "European Union and Belarusian officials held a first round of dialogue in Brussels "
              "on Tuesday. No agreement was reached on removing the three officials from the "
              "list. Belarus proposed the dialogue the day the sanctions were imposed."),
    ])  # fmt: skip
    held = {actor for _, actor, to in _moves(changes, "c3") if to == "held"}
    assert held == {"BLR", "EU"}, _moves(changes, "c3")


_TALKS = [
    _news("d1", 1, "Sweden proposes talks to Finland on herring",
          "Sweden on Tuesday proposed talks with Finland on the Baltic herring dispute, its "
          "fisheries ministry said."),
    _news("d2", 3, "Finland accepts Swedish proposal for talks",
          "Finland accepted Sweden's proposal for talks on the herring dispute on Thursday, its "
          "fisheries ministry said."),
    _news("d3", 10, "Sweden and Finland hold herring talks in Stockholm",
          "Swedish and Finnish officials held talks in Stockholm on Thursday on the herring "
          "dispute, both governments said."),
]  # fmt: skip


def test_a_refusal_after_talks_answers_what_was_asked_at_them() -> None:
    refusal = _news(
        "d4", 14, "Finland rejects Swedish quota demand",
        "Finland on Monday rejected Sweden's demand that it cut its herring catch by a third. "
        "The two countries held talks in Stockholm last week.",
    )  # fmt: skip
    moves = _moves(run_articles([*_TALKS, refusal]), "d4")
    assert [m for m in moves if m[1] == "FIN" and m[2] == "rejected" and ":talks" in m[0]], moves


def test_talks_told_with_their_deal_were_held_after_an_earlier_refusal() -> None:
    changes = run_articles([
        _news("e1", 1, "Zambia proposes talks with IAEA on uranium site",
              "Zambia on Tuesday proposed technical talks with the International Atomic Energy "
              "Agency on a disused uranium mine near Siavonga, its mines ministry said."),
        _news("e2", 5, "IAEA turns down Zambian offer of talks",
              "The International Atomic Energy Agency on Saturday rejected Zambia's offer of "
              "technical talks, saying its inspectors must first visit the mine."),
        _news("e3", 9, "Zambia, IAEA agree inspection plan after Lusaka talks",
              "Zambia and the International Atomic Energy Agency agreed on Friday on a plan for an "
              "inspection of the mine in October, after two days of technical talks in Lusaka."),
    ])  # fmt: skip
    held = {actor for story, actor, to in _moves(changes, "e3") if to == "held"}
    assert held == {"ZMB", "IAEA"}, _moves(changes, "e3")


def test_a_date_in_a_later_clause_does_not_date_the_main_act() -> None:
    changes = run_articles([
        _news("f1", 1, "Georgia and Armenia agree detainee swap",
              "Georgia and Armenia agreed on Tuesday to exchange eight detainees each, the two "
              "foreign ministries said."),
        _news("f2", 9, "Georgia-Armenia swap collapses",
              "A planned exchange of detainees between Georgia and Armenia collapsed on "
              "Wednesday, Georgian officials said, accusing Armenia of breaking the deal agreed "
              "in Yerevan last week."),
    ])  # fmt: skip
    assert [m for m in _moves(changes, "f2") if m[2] == "broken"], _moves(changes, "f2")
