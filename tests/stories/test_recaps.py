"""A fact told again under another issue of the same pair is a recap (stories.recaps)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.engine import Detector
from storywatch.models import Change, Classified
from storywatch.stories import StoryConfig
from storywatch.stories.model import StoryItem
from storywatch.stories.recaps import PairMemory, keep_news, load_memory, pair_of, redirect
from storywatch.testing import classified, event

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
WEEK = 7 * 86400.0


def change(story: str, actor: str, to: str, *, confirmed: bool = False) -> Change:
    return Change(article_id="a", story_id=story, actor=actor, from_state=None, to_state=to,
                  issue=story.split(":")[1], confirmed=confirmed)  # fmt: skip


def test_a_fact_told_under_another_issue_within_the_window_is_a_recap() -> None:
    mem, kept = keep_news(
        None, "BOL-PER:talks", [change("BOL-PER:talks", "PER", "agreed")], 0, WEEK
    )
    assert len(kept) == 1
    mem, kept = keep_news(
        mem, "BOL-PER:trade", [change("BOL-PER:trade", "PER", "agreed")], 86400, WEEK
    )
    assert kept == []
    other_party = [change("BOL-PER:trade", "BOL", "agreed")]
    assert keep_news(mem, "BOL-PER:trade", other_party, 86400, WEEK)[1] == other_party


def test_a_fresh_proposal_or_the_window_passing_makes_it_news_again() -> None:
    mem, _ = keep_news(None, "BOL-PER:talks", [change("BOL-PER:talks", "PER", "rejected")], 0, WEEK)
    later = [change("BOL-PER:trade", "PER", "rejected")]
    assert keep_news(mem, "BOL-PER:trade", later, WEEK + 1, WEEK)[1] == later
    mem, _ = keep_news(mem, "BOL-PER:trade", [change("BOL-PER:trade", "BOL", "proposed")], 10, WEEK)
    assert keep_news(mem, "BOL-PER:trade", later, 20, WEEK)[1] == later


def test_a_confirmation_of_a_recapped_fact_is_a_recap_and_proposals_never_are() -> None:
    mem, _ = keep_news(None, "BOL-PER:talks", [change("BOL-PER:talks", "PER", "held")], 0, WEEK)
    confirmed = [
        Change(article_id="c", story_id="BOL-PER:summit", actor="PER", from_state="held",
               to_state="confirmed", issue="summit", confirmed=True)
    ]  # fmt: skip
    assert keep_news(mem, "BOL-PER:summit", confirmed, 10, WEEK)[1] == []
    proposal = [change("BOL-PER:summit", "PER", "proposed")]
    assert keep_news(mem, "BOL-PER:summit", proposal, 10, WEEK)[1] == proposal


def test_a_fact_told_again_in_a_new_round_is_remembered_from_then() -> None:
    mem, _ = keep_news(None, "BOL-PER:talks", [change("BOL-PER:talks", "PER", "rejected")], 0, WEEK)
    mem, _ = keep_news(
        mem, "BOL-PER:trade", [change("BOL-PER:trade", "BOL", "proposed")], 3600, WEEK
    )
    again = [change("BOL-PER:trade", "PER", "rejected")]
    mem, kept = keep_news(mem, "BOL-PER:trade", again, 7200, WEEK)
    assert kept == again  # news: the new round's answer
    recap = [change("BOL-PER:other", "PER", "rejected")]
    assert keep_news(mem, "BOL-PER:other", recap, 9000, WEEK)[1] == []  # that answer retold


def test_a_late_proposal_never_moves_the_last_proposal_back() -> None:
    mem, _ = keep_news(
        None, "BOL-PER:talks", [change("BOL-PER:talks", "BOL", "proposed")], 500, WEEK
    )
    mem, _ = keep_news(
        mem, "BOL-PER:talks", [change("BOL-PER:talks", "BOL", "proposed")], 100, WEEK
    )
    assert mem is not None
    assert mem.proposed == 500


def test_the_memory_is_bounded_and_survives_a_round_trip_through_the_table() -> None:
    mem, _ = keep_news(None, "BOL-PER:talks", [change("BOL-PER:talks", "PER", "agreed")], 0, WEEK)
    assert mem is not None
    assert load_memory(mem.dump()) == mem
    assert load_memory("not json") is None
    assert load_memory(None) is None
    emptied, kept = keep_news(mem, "BOL-PER:talks", [], 2 * WEEK, WEEK)
    assert emptied is None
    assert kept == []
    assert pair_of("BOL-PER:talks") == "BOL-PER"
    assert pair_of("story-all") == "story-all"
    assert PairMemory().dump() == '{"reached":{},"proposed":null,"issues":{}}'
    old_row = '{"reached":{"PER|agreed":[0.0,"talks"]},"proposed":null}'  # before "issues"
    assert load_memory(old_row) == PairMemory({"PER|agreed": (0.0, "talks")})


def _article(n: int, hours: float, issue: str) -> Classified:
    ev = [event(a, "agree", b, issue=issue) for a, b in (("BOL", "PER"), ("PER", "BOL"))]
    return classified(f"a{n}", T0 + timedelta(hours=hours), ev, source=f"s{n}")


def test_a_pairs_memory_goes_when_its_stories_expire() -> None:
    det = Detector(StoryConfig())
    det.feed_classified(_article(1, 0, "talks"))
    assert list(det.pairs) == ["BOL-PER"]
    det.tick(T0 + timedelta(days=400))
    assert det.states == {}
    assert det.pairs == {}


def test_the_detector_reports_an_agreement_once_across_its_pairs_issues() -> None:
    det = Detector(StoryConfig())
    first = det.feed_classified(_article(1, 0, "talks"))
    assert {c.to_state for c in first} == {"agreed"}
    assert det.feed_classified(_article(2, 30, "trade")) == []
    off = Detector(StoryConfig(recap_window_hours=0))
    off.feed_classified(_article(1, 0, "talks"))
    assert {c.to_state for c in off.feed_classified(_article(2, 30, "trade"))} == {"agreed"}


def _item(story: str, hours: float, *events: tuple[str, str, str | None]) -> StoryItem:
    evs = [event(a, act, "SWE" if a == "IRN" else "IRN", issue=i) for a, act, i in events]
    art = classified("x", T0 + timedelta(hours=hours), evs)
    return StoryItem(story_id=story, article=art, parties=("IRN", "SWE"),
                     issue=story.split(":")[1], events=tuple(evs))  # fmt: skip


def test_a_vague_answer_goes_to_the_story_of_the_pairs_last_proposal() -> None:
    t0 = T0.timestamp()
    proposal = [change("IRN-SWE:prisoner_exchange", "SWE", "proposed")]
    mem, _ = keep_news(None, "IRN-SWE:prisoner_exchange", proposal, t0, WEEK)
    vague = _item("IRN-SWE:talks", 24, ("IRN", "accept", None), ("IRN", "agree", "other"))
    moved = redirect(mem, vague, StoryConfig())
    assert (moved.story_id, moved.issue) == ("IRN-SWE:prisoner_exchange", "prisoner_exchange")
    assert moved.events == vague.events
    specific = _item("IRN-SWE:talks", 24, ("IRN", "accept", "talks"))
    assert redirect(mem, specific, StoryConfig()) is specific  # it names its issue
    meeting = _item("IRN-SWE:talks", 24, ("IRN", "meet", None))
    assert redirect(mem, meeting, StoryConfig()) is meeting  # no answer
    weeks = _item("IRN-SWE:talks", 24 * 20, ("IRN", "accept", None))  # its story still waits
    assert redirect(mem, weeks, StoryConfig()).story_id == "IRN-SWE:prisoner_exchange"
    late = _item("IRN-SWE:talks", 24 * 31, ("IRN", "accept", None))
    assert redirect(mem, late, StoryConfig()) is late  # past the story of an open proposal
    mem2, _ = keep_news(mem, "IRN-SWE:talks", [change("IRN-SWE:talks", "SWE", "proposed")],
                        t0 + 3600, WEEK)  # fmt: skip
    assert redirect(mem2, vague, StoryConfig()) is vague  # talks have their own proposal


def test_the_detector_applies_a_vague_acceptance_to_the_open_proposal() -> None:
    offer = event("SWE", "propose", "IRN", issue="prisoner_exchange")
    yes = event("IRN", "accept", "SWE")  # "Tehran accepted", no issue named
    arts = [classified("p", T0, [offer]), classified("y", T0 + timedelta(hours=30), [yes])]
    det = Detector(StoryConfig())
    found = [c for a in arts for c in det.feed_classified(a)]
    assert [(c.story_id, c.actor, c.to_state) for c in found if c.to_state == "accepted"] == [
        ("IRN-SWE:prisoner_exchange", "IRN", "accepted")
    ]
    off = Detector(StoryConfig(recap_window_hours=0))
    assert not [c for a in arts for c in off.feed_classified(a) if c.to_state == "accepted"]
