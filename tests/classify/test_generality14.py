"""General failure classes, session 13: each case is a new sentence with countries, regions and
groups of its own, exercising one general mechanism (classes named by blind sets' writers and
analysts; none of their sentences is used)."""

from __future__ import annotations

import pytest
from classify_helpers import events_of


# 363. An unanswered proposal stands (361) also when an adverb sits in the negation ("has so
# far not replied to") and when the answer is only expected ("is expected to respond to").
@pytest.mark.parametrize(
    ("body", "owner", "answerer"),
    [
        ("Wellington has so far not replied to Suva's proposal for a fisheries pact, Fijian "
         "officials said.", "FJI", "NZL"),
        ("Quito is expected to respond to Bogota's offer of border talks next week, a diplomat "
         "said.", "COL", "ECU"),
    ],
)  # fmt: skip
def test_an_answer_still_to_come_leaves_the_proposal_standing(
    body: str, owner: str, answerer: str
) -> None:
    found = [(a, t, m) for a, act, t, _, m in events_of(body) if act == "propose"]
    assert (owner, answerer, "asserted") in found, found


# 364. After a possessive, an agent noun two plain words on acts for the owner ("Russia's state
# news agency"), but not behind a phrase of its own: in "Lima's offer of military talks" the
# offer is Lima's and no military acts.
@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Quito rejected Lima's offer of military talks on Tuesday.", "ECU", "PER"),
        ("Nairobi turned down Mogadishu's proposal for police talks.", "KEN", "SOM"),
    ],
)
def test_an_agent_noun_behind_a_phrase_is_not_the_owners(
    body: str, actor: str, target: str
) -> None:
    assert (actor, "reject", target) in [(a, act, t) for a, act, t, _, _ in events_of(body)]


# 365. A state's agent noun that a group's name follows in apposition ("Myanmar's largest
# ethnic army, the Arakan Army, ...") is that group: the state does not act.
@pytest.mark.parametrize(
    ("body", "group", "state"),
    [
        ("Myanmar's largest ethnic army, the Arakan Army, offered talks to the junta on Monday.",
         "AA", "MMR"),
        ("Colombia's biggest drug-trafficking army, the Clan del Golfo, proposed a truce on "
         "Friday.", "EGC", "COL"),
    ],
)  # fmt: skip
def test_an_agent_in_apposition_to_a_group_is_the_group(body: str, group: str, state: str) -> None:
    actors = [a for a, act, _, _, _ in events_of(body) if act == "propose"]
    assert group in actors, actors
    assert state not in actors, actors


# 366. Colombia's Clan del Golfo, by any of its names, is one armed group (orgs.tsv: EGC).
@pytest.mark.parametrize(
    "body",
    [
        "The Gulf Clan offered Bogota a truce on Friday.",
        "The Gaitanista Army of Colombia offered Bogota a truce on Friday.",
    ],
)
def test_the_clan_del_golfo_is_a_group(body: str) -> None:
    assert ("EGC", "propose", "COL") in [(a, act, t) for a, act, t, _, _ in events_of(body)]
