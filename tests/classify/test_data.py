"""The data files: valid codes, required columns, no conflicting aliases, known vocabulary."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pycountry
import pytest
import yaml

from storywatch.classify.resources import DATA_DIR, resources, rows
from storywatch.models import ACTIONS, ISSUES

EXTRA_STATES = {"PSE", "VAT", "TWN"}  # observers and partly recognised, all in pycountry
# Kosovo has no ISO 3166 code; XKX is the user-assigned code the EU, the IMF and others use.
USER_ASSIGNED = {"XKX"}
ORG_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")


def _codes(name: str) -> set[str]:
    return {r["code"] for r in rows(name)}


def test_country_codes_are_iso_alpha3() -> None:
    for code in _codes("countries.tsv") - USER_ASSIGNED:
        assert pycountry.countries.get(alpha_3=code) is not None, code


def test_all_un_members_and_observers_are_listed() -> None:
    assert len(_codes("countries.tsv")) >= 195
    assert _codes("countries.tsv") >= EXTRA_STATES


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("countries.tsv", {"code", "aliases", "demonyms", "capitals", "flags"}),
        ("orgs.tsv", {"code", "kind", "aliases", "flags"}),
        ("people.tsv", {"name", "code", "role", "aliases", "last_checked"}),
        ("dyads.tsv", {"a", "b", "last_checked"}),
    ],
)
def test_required_columns_are_filled(name: str, columns: set[str]) -> None:
    for row in rows(name):
        assert columns <= set(row), (name, row)
        assert row[next(iter(sorted(columns)))] is not None


def test_people_rows_have_a_valid_code_role_and_date() -> None:
    known = _codes("countries.tsv") | _codes("orgs.tsv")
    roles = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
             "negotiator", "spokesperson", "official", "leader"}  # fmt: skip
    for row in rows("people.tsv"):
        assert row["code"] in known, row
        assert row["role"] in roles, row
        assert date.fromisoformat(row["last_checked"]) <= date(2030, 1, 1)


def test_org_codes_are_upper_case_short_names() -> None:
    for row in rows("orgs.tsv"):
        assert ORG_CODE.match(row["code"]), row
        assert row["kind"] in ("org", "group"), row


def test_no_alias_names_two_different_codes() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for name, col in (("countries.tsv", "aliases"), ("countries.tsv", "demonyms"),
                      ("countries.tsv", "capitals"), ("orgs.tsv", "aliases"),
                      ("people.tsv", "aliases")):  # fmt: skip
        for row in rows(name):
            for alias in filter(None, row[col].split("|")):
                if seen.setdefault(alias, row["code"]) != row["code"]:
                    clashes.append((alias, seen[alias], row["code"]))
    assert clashes == []


def test_yaml_lists_hold_only_strings() -> None:
    """YAML reads bare no/on/yes as booleans: every word list must stay a list of strings."""
    for path in Path(DATA_DIR).glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                stack.extend(node.values())
            elif isinstance(node, list):
                records = [x for x in node if isinstance(x, dict)]  # a table's rows
                stack.extend(records)
                words = [x for x in node if not isinstance(x, dict)]
                assert all(isinstance(x, str) for x in words), (path.name, node[:5])


def test_namesakes_name_known_states_by_names_of_their_own() -> None:
    res = resources()
    assert res.namesakes
    for n in res.namesakes:
        assert res.kinds.get(n.to) == "state", n.name
        usual = res.aliases[n.name].code
        assert usual != n.to, n.name
        assert res.kinds.get(usual) == "state", n.name
        assert not n.own.search(n.name), n.name  # the shared name is no evidence of its own


def test_lexicon_uses_only_contract_actions_and_issues() -> None:
    res = resources()
    for defs in res.triggers.values():
        for d in defs:
            assert d.action in ACTIONS, d
    assert set(res.issues.values()) <= set(ISSUES)


def test_weak_nuclear_words_are_nuclear_phrases() -> None:
    res = resources()
    assert res.words["weak_nuclear"]
    for word in res.words["weak_nuclear"]:
        assert res.issues.get(word) == "nuclear", word


def test_dyads_name_known_codes() -> None:
    known = _codes("countries.tsv") | _codes("orgs.tsv")
    for row in rows("dyads.tsv"):
        assert {row["a"], row["b"]} <= known


def test_cities_name_iso_states_once_each() -> None:
    table = list(rows("cities.tsv"))
    assert len(table) > 5000
    names = [r["name"] for r in table]
    assert len(names) == len(set(names))
    for r in table:
        assert pycountry.countries.get(alpha_3=r["code"]) is not None, r
        assert int(r["population"]) >= 100_000, r


def test_a_city_never_shadows_an_actor_alias() -> None:
    res = resources()
    assert res.cities
    assert not set(res.cities) & set(res.aliases)


def test_an_orgs_issue_flag_names_a_contract_issue() -> None:
    flagged = {
        row["code"]: f.removeprefix("issue=")
        for row in rows("orgs.tsv")
        for f in row["flags"].split("|")
        if f.startswith("issue=")
    }
    assert flagged, "no body of one issue (the IAEA's is nuclear)"
    assert set(flagged.values()) <= set(ISSUES), flagged
    assert resources().org_issues == flagged
