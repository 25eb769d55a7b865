"""Missed events in storylines, session 21 (analyst fn): each case is a new invented sentence
exercising one general mechanism; none is copied from the corpus."""

from __future__ import annotations

import pytest
from classify_helpers import pairs_of


class TestFromAgentOfSilence:
    """ "No answer from X": the party after "from" is the one that has not answered, also with
    a time adverb between noun and agent or after the agent, a passive of receipt, and an
    institution named by its seat ("the government in Lima")."""

    @pytest.mark.parametrize(
        "silence",
        [
            "There has been no reply so far from Lima.",
            "There was no response yet from Lima.",
            "There has been no answer from Lima so far, officials said.",
            "By Friday evening no response had been received from Lima.",
            "There was no immediate reply from the government in Lima.",
            "There was no reply from the presidency in Lima, and aides declined to comment.",
        ],
    )
    def test_silent_party_after_from(self, silence: str) -> None:
        body = "Ecuador proposed talks with Peru on the fishing dispute on Monday. " + silence
        assert ("PER", "respond", "negated") in pairs_of(body)

    def test_answer_received_is_asserted(self) -> None:
        body = (
            "Ecuador proposed talks with Peru on the fishing dispute on Monday. "
            "A reply has been received from Lima, the ministry said."
        )
        assert ("PER", "respond", "asserted") in pairs_of(body)


class TestReceivedProposalUnderStudy:
    """ "X had received Y's proposal and was studying it": the pronoun takes up the proposal just
    received, so weighing it is an answer given to its owner (named by a possessive or after
    "from")."""

    @pytest.mark.parametrize(
        "body",
        [
            "Norway's government said on Tuesday it had received Iceland's invitation to a "
            "fisheries summit and was studying it.",
            "Norway has received Iceland's proposal for quota talks and is reviewing it "
            "closely, a ministry spokeswoman said.",
            "Oslo said it had received an invitation from Iceland's prime minister and was "
            "considering it.",
        ],
    )
    def test_answer_under_study(self, body: str) -> None:
        assert ("NOR", "respond", "asserted") in pairs_of(body)
