"""Alert building: deterministic ids, human titles, summary, links, one alert per watch."""

from __future__ import annotations

from datetime import timedelta

from storywatch.alerts import Watch, alert_id, build_alerts, title_of
from storywatch.models import STATES, Alert, Evidence

from .conftest import T0, make_change


def test_alert_id_is_deterministic_across_runs_and_detection_times() -> None:
    first = build_alerts(make_change(), (Watch(),), T0)[0]
    again = build_alerts(make_change(), (Watch(),), T0 + timedelta(hours=3))[0]
    assert first.alert_id == again.alert_id == alert_id(make_change(), "all")


def test_alert_id_differs_by_watch_event_transition_party_and_confirmation() -> None:
    base = alert_id(make_change(), "all")
    others = {
        alert_id(make_change(), "other"),
        alert_id(make_change(1), "all"),
        alert_id(make_change(to_state="accepted"), "all"),
        alert_id(make_change(actor="UKR"), "all"),
        alert_id(make_change(story_id="X"), "all"),
        alert_id(make_change(confirmed=True), "all"),
    }
    assert base not in others
    assert len(others) == 6


def test_one_alert_per_selecting_watch() -> None:
    watches = (
        Watch(),
        Watch(name="crit", min_severity="critical"),
        Watch(name="ru", actors=("RUS",)),
    )
    alerts = build_alerts(make_change(), watches, T0)
    assert [a.watch for a in alerts] == ["all", "ru"]
    assert build_alerts(make_change(), (Watch(name="x", actors=("USA",)),), T0) == []


def test_human_title_when_the_engine_set_none() -> None:
    assert title_of(make_change()) == "Russia responded to Ukraine's proposal for talks"
    assert title_of(make_change(actor="UKR", counterpart="RUS", to_state="accepted")) == (
        "Ukraine accepted Russia's proposal for talks"
    )
    assert title_of(make_change(to_state="proposed", issue="ceasefire", actor="USA")) == (
        "The United States proposed a ceasefire to Ukraine"
    )


def test_engine_title_wins() -> None:
    assert title_of(make_change(title="  Kremlin replies  ")) == "Kremlin replies"


def test_every_state_gets_a_readable_title() -> None:
    for state in (*STATES, "overdue", "breaking", "something_new"):
        title = title_of(make_change(to_state=state, counterpart=None, issue=None))
        assert title
        assert "{" not in title


def test_alert_carries_summary_links_evidence_and_round_trips() -> None:
    ev2 = Evidence(
        article_id="b", url="https://news.example/0", source="Other", sentence="Same link."
    )
    change = make_change(sources=("Wire", "Other"), confirmed=True, rule="respond after propose")
    change = change.model_copy(update={"evidence": (*change.evidence, ev2)})
    alert = build_alerts(change, (Watch(),), T0)[0]
    assert alert.links == ("https://news.example/0",)
    assert "Confirmed by 2 source(s): Wire, Other" in alert.summary
    assert "respond after propose" in alert.summary
    body = alert.to_json_dict()
    for key in ("alert_id", "watch", "severity", "detected_at", "published_at", "evidence"):
        assert key in body
    assert body["evidence"][0]["url"] == "https://news.example/0"
    assert Alert.from_json_dict(body) == alert
