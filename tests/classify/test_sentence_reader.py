"""The per-sentence reading is kept by its inputs: a recurring sentence gives what reading it
afresh gives, with candidates of its own."""

from __future__ import annotations

import json
from pathlib import Path

from storywatch.classify import classify_article, sentence
from storywatch.classify.mentions import Context
from storywatch.classify.resources import resources
from storywatch.classify.sentence import SentenceReader, forget_readings
from storywatch.models import Article, parse_article

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_a_recurring_sentence_gives_equal_candidates_that_are_its_own() -> None:
    forget_readings()
    reader = SentenceReader(Context(), resources())
    s = "Russia rejected Ukraine's proposal for a ceasefire on Monday."
    first = reader.read(s, (), titled=False, lead=False)
    second = reader.read(s, (), titled=False, lead=False)
    assert first.cands
    assert first == second
    first.cands[0].actors = ("@CHANGED",)  # the article pass edits candidates in place
    third = reader.read(s, (), titled=False, lead=False)
    assert third.cands[0].actors == second.cands[0].actors == ("RUS",)


def test_a_pronoun_follows_the_last_party_of_each_article() -> None:
    forget_readings()
    reader = SentenceReader(Context(), resources())
    s = "It rejected the proposal for a ceasefire on Monday, officials said."
    after_russia = reader.read(s, ("RUS",), titled=False, lead=False)
    after_china = reader.read(s, ("CHN",), titled=False, lead=False)
    assert [c.actors for c in after_russia.cands] == [("RUS",)]
    assert [c.actors for c in after_china.cands] == [("CHN",)]


def test_contexts_are_kept_apart() -> None:
    forget_readings()
    s = "Georgia proposed talks with Armenia."
    plain = SentenceReader(Context(), resources()).read(s, (), titled=False, lead=False)
    us = SentenceReader(Context(us_context=True), resources()).read(s, (), titled=False, lead=False)
    assert plain.cands
    assert not us.cands


def _articles() -> list[Article]:
    paths = sorted(CORPUS.glob("*.articles.jsonl"))
    lines = [ln for p in paths for ln in p.read_text(encoding="utf-8").splitlines()]
    return [parse_article(json.loads(ln)) for ln in lines if ln.strip()]


def test_kept_readings_change_no_article() -> None:
    articles = _articles()
    fresh = []
    for a in articles:
        forget_readings()
        fresh.append(classify_article(a).model_dump_json())
    forget_readings()
    warm = [classify_article(a).model_dump_json() for a in articles]
    again = [classify_article(a).model_dump_json() for a in reversed(articles)]
    assert warm == fresh
    assert again[::-1] == fresh


def test_a_learned_name_counts_only_in_the_sentences_that_hold_it() -> None:
    forget_readings()
    res = resources()
    s = "Wechayachai proposed talks with Cambodia on Monday."
    other = "Cambodia proposed talks with Vietnam on Monday."
    taught = Context(names=(("Wechayachai", "THA"),))
    plain = Context()
    for ctx in (taught, plain, taught):  # each context's reading, whatever was read before
        reader = SentenceReader(ctx, res)
        actors = [c.actors for c in reader.read(s, (), titled=False, lead=False).cands]
        assert actors == ([("THA",)] if ctx is taught else [])
        others = [c.actors for c in reader.read(other, (), titled=False, lead=False).cands]
        assert others == [("KHM",)]


def test_a_pronoun_with_its_antecedent_in_the_sentence_ignores_the_last_party() -> None:
    forget_readings()
    reader = SentenceReader(Context(), resources())
    s = "Russia said it rejected the proposal for a ceasefire on Monday."
    for last in (("CHN",), ("USA", "IRN"), ()):
        cands = reader.read(s, last, titled=False, lead=False).cands
        assert [c.actors for c in cands if c.action == "reject"] == [("RUS",)]


def test_they_follows_a_plural_last_party_only() -> None:
    forget_readings()
    reader = SentenceReader(Context(), resources())
    s = "They rejected the proposal for a ceasefire on Monday."
    actors = {
        last: [c.actors for c in reader.read(s, last, titled=False, lead=False).cands]
        for last in (("RUS",), ("CHN",), ("RUS", "UKR"), ("ISR", "HAMAS"), ())
    }
    assert actors[("RUS",)] == actors[("CHN",)] == actors[()] == [("@GROUP",)]
    assert actors[("RUS", "UKR")] == [("RUS", "UKR")]
    assert actors[("ISR", "HAMAS")] == [("ISR", "HAMAS")]


def test_a_long_sentence_is_read_but_not_kept() -> None:
    forget_readings()
    reader = SentenceReader(Context(), resources())
    s = "Russia rejected Ukraine's proposal for a ceasefire, " + "and so on, " * 80 + "it said."
    assert len(s) > sentence.MEMO_SENTENCE_CHARS
    first = reader.read(s, (), titled=False, lead=False)
    second = reader.read(s, (), titled=False, lead=False)
    assert first == second
    assert first.cands[0].actors == ("RUS",)
    assert first.cands[0] is not second.cands[0]
    assert not sentence._MEMO  # the bound on what is kept
