"""The people table: every UN member state has someone who speaks for it, and each row is usable."""

from __future__ import annotations

import re

import pycountry

from storywatch.classify.resources import rows

# Observers and partly recognised states: listed in countries.tsv, not UN members.
NON_MEMBERS = {"PSE", "VAT", "TWN", "XKX", "GRL", "HKG", "ESH", "GIB", "FLK", "NCL", "COK", "NIU"}
HEADS = {"head_of_state", "head_of_government"}
UN_MEMBERS = 193
# An alias starts with a capital letter or a lower-case name particle ("al-Sudani", "van Klaveren").
ALIAS = re.compile(r"^(?:[A-ZÀ-ÞĀ-ſƀ-ɏ]|al-|el-|bin |van |von |de )\S(?:.*\S)?$|^[A-Z]$")


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def _members() -> set[str]:
    return {r["code"] for r in rows("countries.tsv")} - NON_MEMBERS


def _roles() -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for r in rows("people.tsv"):
        roles.setdefault(r["code"], set()).add(r["role"])
    return roles


def test_member_list_is_the_un_membership() -> None:
    members = _members()
    assert len(members) == UN_MEMBERS
    assert all(pycountry.countries.get(alpha_3=c) is not None for c in members)


def test_every_un_member_has_a_head_of_state_or_government() -> None:
    roles = _roles()
    missing = sorted(c for c in _members() if not roles.get(c, set()) & HEADS)
    assert missing == []


def test_no_person_is_listed_twice() -> None:
    names = [r["name"] for r in rows("people.tsv")]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []


def test_aliases_are_not_places() -> None:
    """A person's alias is never a country or capital: "Montenegro" is not Luis Montenegro."""
    places = {c.name.lower() for c in pycountry.countries}
    for r in rows("countries.tsv"):
        for col in ("aliases", "demonyms", "capitals"):
            places.update(a.lower() for a in _split(r[col]))
    bad = [(r["name"], a) for r in rows("people.tsv") for a in _split(r["aliases"])
           if a.lower() in places]  # fmt: skip
    assert bad == []


def test_names_and_aliases_are_capitalised_and_trimmed() -> None:
    bad = [(r["name"], a) for r in rows("people.tsv") for a in [r["name"], *_split(r["aliases"])]
           if not ALIAS.match(a)]  # fmt: skip
    assert bad == []
