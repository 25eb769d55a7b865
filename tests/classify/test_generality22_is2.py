"""Issue errors, session 22 (analyst is2): events whose actor, action, target and modality are
right but whose issue is not. Each case is a new invented sentence exercising one general
mechanism; none is taken from the labelled corpus."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


def _issues(body: str, actor: str, action: str) -> set[str | None]:
    return {i for a, act, _, i, _ in events_of(body) if (a, act) == (actor, action)}


class TestPassiveSubjectOverMeetingPlace:
    """A passive's subject is what was agreed, proposed or turned down; a meeting named after
    the agent ("at a meeting in Djibouti", "at the talks") is where it happened."""

    @pytest.mark.parametrize(
        ("body", "actor", "action", "issue"),
        [
            (
                "A truce was agreed by Ethiopian and Eritrean army commanders at a meeting in "
                "Djibouti on Tuesday.",
                "ETH",
                "agree",
                "ceasefire",
            ),
            (
                "A plan for a swap of detained soldiers was put forward by Armenia at the talks "
                "with Azerbaijan, officials said.",
                "ARM",
                "propose",
                "prisoner_exchange",
            ),
            (
                "A Turkish offer of a ceasefire in the Kurdish hills was rejected by the PKK at a "
                "meeting in Erbil.",
                "PKK",
                "reject",
                "ceasefire",
            ),
        ],
    )
    def test_the_subject_names_the_issue(
        self, body: str, actor: str, action: str, issue: str
    ) -> None:
        assert _issues(body, actor, action) == {issue}


class TestTruceVocabulary:
    """A pause, lull or halt "in the fighting" and a moratorium on strikes or attacks are truces."""

    @pytest.mark.parametrize(
        ("body", "actor", "action"),
        [
            (
                "Sudan has accepted a Kenyan proposal for a five-day pause in the fighting "
                "around El Fasher.",
                "SDN",
                "accept",
            ),
            (
                "Myanmar's army rejected a Thai call for a lull in the fighting near Myawaddy.",
                "MMR",
                "reject",
            ),
            (
                "Russia turned down a French proposal for a moratorium on attacks against power "
                "plants.",
                "RUS",
                "reject",
            ),
        ],
    )
    def test_a_truce_by_another_name(self, body: str, actor: str, action: str) -> None:
        assert _issues(body, actor, action) == {"ceasefire"}


class TestAidVocabulary:
    """Budget support, food deliveries and international or humanitarian help are aid."""

    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            ("Malawi asked the World Bank for budget support after the cyclone, the finance "
             "ministry said.", "MWI"),
            ("Chad appealed to Libya to allow food deliveries to the refugee camps near the "
             "border.", "TCD"),
            ("Madagascar's government appealed for international help as locusts spread across "
             "the south.", "MDG"),
        ],
    )  # fmt: skip
    def test_assistance_by_another_name(self, body: str, actor: str) -> None:
        assert _issues(body, actor, "appeal") == {"aid"}


class TestPeaceProposalVocabulary:
    """A "peace proposal" or a "framework for peace" is a draft settlement."""

    def test_a_rejected_peace_proposal(self) -> None:
        body = "Colombia rejected the ELN's latest peace proposal as a delaying tactic."
        assert _issues(body, "COL", "reject") == {"peace_deal"}

    def test_an_agreed_framework_for_peace(self) -> None:
        body = (
            "Sudan and South Sudan agreed to a framework for peace in Abyei at a meeting in Juba."
        )
        assert _issues(body, "SDN", "agree") == {"peace_deal"}


class TestSingularTradeMeasures:
    """The singular of a plural export or import measure names the same trade measure."""

    def test_an_import_duty(self) -> None:
        body = "India asked Bangladesh to scrap the import duty on Indian onions."
        assert _issues(body, "IND", "appeal") == {"trade"}

    def test_an_export_price(self) -> None:
        body = (
            "Argentina and Brazil failed to agree on a new wheat export price at talks in "
            "Montevideo."
        )
        assert _issues(body, "ARG", "agree") == {"trade"}
