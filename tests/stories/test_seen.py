"""SeenIndex: near-duplicates across stories, bounded, in event-time order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storywatch.models import Classified
from storywatch.stories import SeenIndex, StoryItem, dedup, mark_copy
from storywatch.testing import classified, event

T0 = datetime(2025, 5, 4, 8, 0, tzinfo=UTC)
TEXT = (
    "Chile offered Bolivia talks on access to the sea on Tuesday, the foreign ministry said "
    "in Santiago, adding that a first meeting could take place in Lima before the summer."
)
OTHER = (
    "Kenya and Somalia signed a maritime border accord in Nairobi after two days of talks, "
    "officials said, ending a dispute that had gone before the international court."
)


def art(n: int, minutes: float = 0, text: str = TEXT, entities: tuple[str, ...] = ()) -> Classified:
    ents = entities or ("CHL", "BOL")
    return classified(f"x{n:02d}", T0 + timedelta(minutes=minutes), [], text=text, entities=ents)


def original(index: SeenIndex, c: Classified) -> str | None:
    index.add(c)
    return index.original_of(c)


def test_a_copy_names_its_original() -> None:
    index = SeenIndex()
    assert original(index, art(1)) is None
    assert original(index, art(2, 5, TEXT + " (AFP)")) == "x01"


def test_an_unrelated_article_is_an_original() -> None:
    index = SeenIndex()
    original(index, art(1))
    assert original(index, art(2, 5, OTHER, ("KEN", "SOM"))) is None


def test_same_text_about_other_parties_is_not_a_copy() -> None:
    """Template text (same words, other parties) is not syndication."""
    index = SeenIndex()
    original(index, art(1))
    assert original(index, art(2, 5, entities=("PER", "ECU"))) is None


def test_the_earlier_published_is_the_original_whatever_the_arrival_order() -> None:
    """Within the reorder window: the clock applies the earlier-published first."""
    index = SeenIndex(late_s=3600)
    late, early = art(1, 30), art(2, 0, TEXT + " (AFP)")
    index.add(late)
    index.add(early)
    assert index.original_of(early) is None
    assert index.original_of(late) == "x02"


def test_a_copy_arriving_late_with_an_older_date_is_the_copy() -> None:
    """Beyond the reorder window the first one noted was applied first: a near-duplicate
    that arrives after it, dated earlier, is its copy (and no original of it)."""
    index = SeenIndex(late_s=600)
    first, late = art(1, 30), art(2, 0, TEXT + " (AFP)")
    index.add(first)
    index.add(late)
    assert index.original_of(first) is None
    assert index.original_of(late) == "x01"
    other = SeenIndex(late_s=600)
    other.add(first)
    other.add(art(3, 0, OTHER, ("KEN", "SOM")))
    assert other.original_of(art(3, 0, OTHER, ("KEN", "SOM"))) is None


def test_same_second_the_smaller_id_is_the_original() -> None:
    index = SeenIndex()
    a, b = art(2), art(1, 0, TEXT + " (AFP)")
    index.add(a)
    index.add(b)
    assert (index.original_of(a), index.original_of(b)) == ("x01", None)


def test_outside_the_window_nothing_is_a_copy() -> None:
    index = SeenIndex(window_s=3600)
    original(index, art(1))
    assert original(index, art(2, 61, TEXT + " (AFP)")) is None


def test_memory_is_a_ring_of_capacity_articles() -> None:
    index = SeenIndex(capacity=2)
    original(index, art(1))
    original(index, art(2, 1, OTHER, ("KEN", "SOM")))
    original(index, art(3, 2, "Peru and Ecuador " + OTHER, ("PER", "ECU")))
    assert len(index) == 2
    assert original(index, art(4, 3, TEXT + " (AFP)")) is None  # x01 was forgotten


def test_mark_copy_marks_only_copies() -> None:
    index = SeenIndex()
    ev = event("CHL", "propose", "BOL", issue="talks")

    def item(c: Classified) -> StoryItem:
        return StoryItem(story_id="BOL-CHL:talks", article=c, parties=("BOL", "CHL"), events=(ev,))

    assert mark_copy(item(art(1)), index).duplicate_of is None
    assert mark_copy(item(art(2, 4, TEXT + " (AFP)")), index).duplicate_of == "x01"


def test_capacity_must_be_positive() -> None:
    with pytest.raises(ValueError, match="capacity"):
        SeenIndex(capacity=0)


def test_a_copy_of_a_copy_is_a_copy() -> None:
    """Each hop is a near-duplicate at the strict threshold, so chains stay copies."""
    index = SeenIndex()
    original(index, art(1))
    assert original(index, art(2, 5, TEXT + " (AFP)")) == "x01"
    assert original(index, art(3, 9, TEXT + " (AFP) (Reuters)")) is not None


def test_a_late_copy_under_its_own_headline_is_a_copy() -> None:
    """An outlet's copy with its own headline, arriving after the wire's story but dated
    before it: nearly the same text, so the copy; dated after, it would be the thread's
    next article (below)."""
    index = SeenIndex(late_s=600)
    first = art(1, 90).model_copy(update={"title": "Chile offers Bolivia talks on sea access"})
    late = art(2, 0).model_copy(update={"title": "Santiago makes its move on the sea"})
    original(index, first)
    assert original(index, late) == "x01"


def test_same_text_under_another_headline_is_not_a_copy() -> None:
    """The next article of a thread may repeat the background; its headline is its own."""
    index = SeenIndex()
    original(index, art(1).model_copy(update={"title": "Chile offers Bolivia talks on sea access"}))
    later = art(2, 90).model_copy(update={"title": "Bolivia and Chile meet in Lima"})
    assert original(index, later) is None


PARAS = [
    "Britain and Eritrea held talks in Vienna on Monday, the foreign ministry said, the first "
    "meeting of their envoys since the border dispute flared up again last year.",
    "Officials said the two sides discussed aid deliveries, the reopening of consulates and "
    "a timetable for a second round that could take place before the end of the month.",
    "Eritrea has long accused its neighbours of arming rebels, a charge they deny, and the "
    "talks in Austria were brokered by the United Nations after months of shuttle diplomacy.",
    "A joint statement is expected later this week, according to diplomats who asked not to "
    "be named because they were not authorised to speak to the press about the meeting.",
]
HEADLINE = "Britain and Eritrea hold talks in Vienna"
PARTIES = ("AUT", "ERI", "GBR")


def _article(
    n: int, minutes: float, paras: list[str], title: str, parties: tuple[str, ...]
) -> Classified:
    c = art(n, minutes, "\n".join(paras), parties)
    return c.model_copy(update={"title": title})


def test_a_copy_that_lost_a_paragraph_is_a_copy() -> None:
    """The copy desk cut a paragraph and added a credit line: J of about 0.6, which the
    16-value fingerprint scored below the index's old threshold now and then."""
    index = SeenIndex()
    original(index, _article(1, 0, PARAS, HEADLINE, PARTIES))
    cut = [PARAS[0], PARAS[1], PARAS[3] + " (Reporting by staff in Vienna.)"]
    assert original(index, _article(2, 40, cut, "UPDATE 1-" + HEADLINE, PARTIES)) == "x01"


def test_the_same_template_about_another_party_is_not_a_copy() -> None:
    """Template text of another thread: most of the text and headline, one party replaced."""
    index = SeenIndex()
    original(index, _article(1, 0, PARAS, HEADLINE, PARTIES))
    other = [p.replace("Britain", "Algeria") for p in PARAS]
    title = HEADLINE.replace("Britain", "Algeria")
    assert original(index, _article(2, 40, other, title, ("AUT", "DZA", "ERI"))) is None


def test_a_headline_with_a_word_added_is_kept() -> None:
    index = SeenIndex()
    original(index, _article(1, 0, PARAS, HEADLINE, PARTIES))
    title = HEADLINE.replace("talks", "direct talks")
    assert original(index, _article(2, 40, PARAS, title, PARTIES)) == "x01"


def test_memory_is_bounded_by_the_capacity() -> None:
    """The fingerprints take NUM_PERM bytes a slot; everything the index holds stays the
    same size once the ring is full, however many articles pass."""
    index = SeenIndex(capacity=64)
    for n in range(64):
        index.add(art(n, n, f"{OTHER} {n} {n * 7} {n * 13}", ("KEN", "SOM")))
    full = index.nbytes
    for n in range(64, 640):
        index.add(art(n, n, f"{OTHER} {n} {n * 7} {n * 13}", ("KEN", "SOM")))
    assert len(index) == 64
    assert index.nbytes <= full * 1.05
    assert full >= 64 * dedup.NUM_PERM
