"""The transition table reads as the docs say (CONTRACT.md, issue 5)."""

from __future__ import annotations

from storywatch.models import MODALITIES, STATES
from storywatch.stories.transitions import RANK, SEVERITY, STATE_BITS, TABLE, rows_for


def test_every_target_state_is_a_documented_state() -> None:
    assert {row.to for row in TABLE} <= set(STATES)


def test_negated_and_hypothetical_events_have_no_row() -> None:
    assert not [r for r in TABLE if r.modality in ("negated", "hypothetical")]
    assert set(MODALITIES) >= {r.modality for r in TABLE}


def test_expected_events_only_schedule() -> None:
    assert {r.to for r in TABLE if r.modality == "expected"} == {"scheduled"}


def test_severity_follows_the_issue() -> None:
    for state in ("accepted", "rejected", "agreed", "broken"):
        assert SEVERITY[state] == "critical"
    for state in ("responded", "held"):
        assert SEVERITY[state] == "high"
    for state in ("proposed", "scheduled"):
        assert SEVERITY[state] == "normal"


def test_every_state_has_a_rank_and_a_bit() -> None:
    for row in TABLE:
        assert row.to in RANK
        assert row.to in STATE_BITS
        assert all(s in RANK for s in row.sources)


def test_attack_breaks_only_agreements_on_breakable_issues() -> None:
    assert [r.to for r in rows_for("attack", "asserted", "ceasefire")] == ["broken"]
    assert rows_for("attack", "asserted", "trade") == ()
    assert rows_for("propose", "negated", "talks") == ()
