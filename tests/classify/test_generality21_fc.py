"""General failure classes, session 21 (analyst fc): each case is a new invented article with
countries of its own, exercising one general mechanism (none of the corpus's sentences is used)."""

from __future__ import annotations

from classify_helpers import event_list as _events

_REPORTED_ONLY = (
    "Two radio stations in Lome reported on Thursday, citing unnamed officials, that Accra had "
    "accepted the plan."
)


def _asserted(acts: list[tuple[str, str, str, str, str]], actor: str, action: str) -> bool:
    return any(e[0] == actor and e[1] == action and e[4] == "asserted" for e in acts)


class TestAcceptingAndAgreeingAreOneConsentForADenial:
    """A party's denial that it agreed outweighs a report elsewhere in the article that it
    accepted (and the other way round): accepting a proposal and agreeing to it are one act."""

    def test_a_denied_agreement_outweighs_the_reported_acceptance(self) -> None:
        acts = _events(
            "",
            "Chile's foreign ministry on Thursday denied reports that Santiago had agreed to a "
            "prisoner exchange with Bolivia. A newspaper in La Paz had reported that Santiago "
            "had accepted the proposal.",
        )
        assert any(e[:2] == ("CHL", "agree") and e[4] == "negated" for e in acts), acts
        assert not _asserted(acts, "CHL", "accept"), acts


class TestAReportsTimeAndSourceBeforeThat:
    """A report's time and source set off by commas between "reported" and "that" ("reported
    on Thursday, citing unnamed officials, that ...") still make the act known only from the
    report: the party's denial outweighs it. Without a denial the reported act stays."""

    def test_a_denial_outweighs_a_report_with_its_source_between(self) -> None:
        acts = _events(
            "",
            "Ghana on Friday denied that it had agreed to a Togolese plan for a joint border "
            "commission. " + _REPORTED_ONLY,
        )
        assert not _asserted(acts, "GHA", "accept"), acts
        assert _asserted(_events("", _REPORTED_ONLY), "GHA", "accept")
