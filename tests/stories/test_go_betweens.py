"""Who acts when others carry, host or frame the act (classify.nominals, classify.subjects,
stories.machine, stories.background):
- a readiness for talks said by the party that owes an answer accepts the proposal;
- whoever passes a proposal on ("passed on by Qatar") does not make it;
- a party inside the object's phrase ("WTO complaint against X, proposes talks") is not the
  next verb's subject;
- a "who have hosted ..." clause describes a party's people, it reports no meeting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storywatch.classify import classify_text
from storywatch.models import Article, Change
from storywatch.testing import news, run_articles

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def _news(key: str, days: float, body: str, title: str = "") -> Article:
    return news(key, T0 + timedelta(days=days), title, body)


def _moves(changes: list[Change], article_id: str) -> list[tuple[str, str, str]]:
    return [(c.story_id, c.actor, c.to_state) for c in changes if c.article_id == article_id]


def test_a_readiness_said_by_the_party_that_owes_an_answer_accepts() -> None:
    changes = run_articles([
        _news("g1", 0, "Paraguay proposed on Monday talks with Bolivia on the Pilcomayo river "
                       "works, the foreign ministry said. Bolivia has not yet responded."),
        _news("g2", 3, "Bolivia said on Thursday it was ready for talks with Paraguay on the "
                       "river works, a government spokeswoman said."),
    ])  # fmt: skip
    states = [to for _, actor, to in _moves(changes, "g2") if actor == "BOL"]
    assert states == ["accepted"], _moves(changes, "g2")


def test_whoever_passes_a_proposal_on_does_not_make_it() -> None:
    changes = run_articles([
        _news("g1", 0, "Eritrea has proposed a swap of detained nationals with Ethiopia, officials "
                       "said on Monday. The offer was passed on by Kenya, which has mediated "
                       "between the two before. Addis Ababa has yet to respond."),
    ])  # fmt: skip
    proposers = {actor for _, actor, to in _moves(changes, "g1") if to == "proposed"}
    assert proposers == {"ERI"}, _moves(changes, "g1")


def test_a_party_inside_the_objects_phrase_is_not_the_next_verbs_subject() -> None:
    _, _, events = classify_text(
        "Peru files WTO complaint against Ecuador, proposes banana talks", "", 2026, 5
    )
    proposers = {e.actor for e in events if e.action == "propose"}
    assert proposers == {"PER"}, events


def test_a_who_have_hosted_clause_reports_no_meeting() -> None:
    changes = run_articles([
        _news("g1", 0, "The Philippine government proposed on Monday a ceasefire with the NPA "
                       "rebels, offering to suspend offensive operations for 30 days. Dutch "
                       "officials, who have hosted quiet contacts between the two sides since "
                       "January, declined to comment."),
    ])  # fmt: skip
    moves = _moves(changes, "g1")
    assert not [m for m in moves if m[2] == "held"], moves
    assert [m for m in moves if m[1] == "PHL" and m[2] == "proposed"], moves
