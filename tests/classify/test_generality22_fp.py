"""False events in the storylines, session 21 (analyst fp): extracted events that match no label.
Each case is a new sentence or mini-story with countries and wording of its own, exercising one
general mechanism; none of the labelled sets' sentences is used."""

from __future__ import annotations

import pytest
from classify_helpers import pairs_of


class TestPrepositionalObjectIsNoSubject:
    """ "Norway said it was in contact with both sides and urged them": the parties after a
    complement's preposition ("with", "to", "against") are its object, never the subject of a
    verb coordinated after them, whether a group noun names them or a list of names does; the
    speaker is that verb's subject. "Officials from both sides will meet" differs: "from" after
    a role noun says whose people act."""

    @pytest.mark.parametrize(
        "body",
        [
            "Chile and Peru signed a fishing truce on Monday. Norway said it was in contact "
            "with both sides and urged them to respect the truce.",
            "Armenia and Azerbaijan agreed a border ceasefire on Friday. Kazakhstan said it "
            "had been in touch with the two governments and called on them to keep the truce.",
            "Kenya said it was in contact with Ethiopia and Eritrea and urged them to respect "
            "the truce.",
            "Norway said it had spoken to Chile and Peru and urged them to keep the ceasefire.",
        ],
    )  # fmt: skip
    def test_the_speaker_appeals(self, body: str) -> None:
        appeals = {a for a, act, _ in pairs_of(body) if act == "appeal"}
        assert appeals, appeals
        assert appeals <= {"NOR", "KAZ", "KEN"}, appeals

    def test_the_people_of_the_sides_still_meet(self) -> None:
        body = (
            "Ghana has accepted talks with Togo on the border dispute, and officials from both "
            "sides will meet in Lome next week. Benin said it was in contact with both sides "
            "and urged them to settle the dispute."
        )
        pairs = {(a, act) for a, act, _ in pairs_of(body)}
        assert {("GHA", "meet"), ("TGO", "meet"), ("BEN", "appeal")} <= pairs, pairs
        assert not {("GHA", "appeal"), ("TGO", "appeal")} & pairs, pairs


class TestObjectInstitutionIsNoSubject:
    """ "Opposition lawmakers accused the government of weakness and called for a hearing": an
    institution noun right after a past-tense verb is that verb's object, as a named party is,
    and never the subject of a verb coordinated after it; "brigades aligned with the
    government shelled" still tells whose forces act."""

    @pytest.mark.parametrize(
        "body",
        [
            "Ecuador turned down Colombia's offer of talks on Monday. Opposition deputies "
            "accused the government of arrogance and called for a parliamentary inquiry.",
            "Ghana rejected Togo's border plan. An opposition senator criticised the government "
            "for its silence and called on the foreign minister to resign.",
        ],
    )  # fmt: skip
    def test_no_appeal_of_the_state(self, body: str) -> None:
        assert not {a for a, act, _ in pairs_of(body) if act == "appeal"}, pairs_of(body)


class TestCountedNounIsNoVerb:
    """ "worth about 400 million pounds a year": a word right after a figure is a counted noun (a
    currency here), never a finite verb; a figure after the verb ("hit 40 targets") or inside
    a name ("M23 sign") changes nothing."""

    def test_a_currency_is_no_blow(self) -> None:
        body = (
            "Kenya, whose tea exports to Britain are worth about 400 million pounds a year, has "
            "said it will not retaliate. Israel said its jets hit 40 targets in Gaza."
        )
        pairs = pairs_of(body)
        assert ("KEN", "attack", "asserted") not in pairs, pairs
        assert ("ISR", "attack", "asserted") in pairs, pairs
