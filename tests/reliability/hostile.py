"""Hostile records for every entry point, each labelled with what the contract demands.

valid    a complete, well-formed article (HTML, scripts, escaped control characters
         and odd Unicode inside its strings are still an article): must be processed
invalid  not JSON, not an object, raw control characters, nesting past any parser's
         limit, no id and no url: must be refused with a reason
either   the contract leaves it to the entry point (a missing date is replaced by the
         push endpoint but refused by `classify`; invalid UTF-8 inside a string is
         replaced by a file reader): must get exactly one clear outcome, never a crash
"""

from __future__ import annotations

from typing import Any, Literal

from hypothesis import strategies as st

from storywatch import _json

ints = st.integers(-(2**63), 2**63 - 1)
Label = Literal["valid", "invalid", "either"]
Case = tuple[str, bytes, Label]  # (kind, one line without newline, label)

MB = 1024 * 1024
NASTY = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
    "<!--", "]]>", "<![CDATA[x]]>", "\x1b[31m", "\u202e", "\u0000", "\ufeff", "\U0001f4a3",
    "&lt;b&gt;", "<@U123> <!channel> *bold*", "%s%n%x", "'; DROP TABLE x; --", "\\", '"',
    "\u2028", "\x7f", "Russia proposed talks to Ukraine.", "Ukraine rejected the proposal.",
]  # fmt: skip
ABSURD_DATES = [
    "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
    "2025-02-30T00:00:00Z", "2025-01-01T25:00:00Z", "2025-01-01", "yesterday", "",
    "2025-01-01T00:00:00", "+275760-09-13T00:00:00Z", "2025-01-01T00:00:00+23:59",
    "-0001-01-01T00:00:00Z", "2025-01-01T00:00:00.123456789Z",
]  # fmt: skip
# No line breaks: a line of the input is one record (universal newlines split on \r too).
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n")
text = st.one_of(st.text(_chars, max_size=80), st.sampled_from(NASTY),
                 st.lists(st.sampled_from(NASTY), max_size=6).map(" ".join))  # fmt: skip
valid_dates = st.datetimes(
    min_value=__import__("datetime").datetime(1990, 1, 1),
    max_value=__import__("datetime").datetime(2040, 1, 1),
).map(lambda d: d.isoformat(timespec="seconds") + "Z")


@st.composite
def article(draw: st.DrawFn) -> dict[str, Any]:
    """A complete article whose strings carry hostile text."""
    return {
        "id": draw(st.text(_chars, min_size=1, max_size=40).filter(str.strip)),
        "url": "https://example.com/" + draw(st.text("abcxyz019/-", max_size=20)),
        "source": draw(text),
        "published_at": draw(valid_dates),
        # Some visible words survive any cleaning (a record with no text at all is refused).
        "title": "Report: " + draw(text),
        "body": draw(text) + " Officials met on Monday.",
    }


def _line(obj: Any) -> bytes:
    return _json.dumps(obj)


@st.composite
def case(draw: st.DrawFn) -> Case:  # noqa: PLR0911  (one branch per kind of hostility)
    """One hostile record (or a valid one: they must still get through)."""
    kind = draw(st.sampled_from(KINDS))
    a = draw(article())
    if kind == "valid":
        return kind, _line(a), "valid"
    if kind == "not_json":
        junk = draw(st.text(_chars, max_size=60))
        return kind, ('{"id": ' + junk).encode(), "invalid"
    if kind == "non_object":
        v = draw(st.one_of(ints, st.lists(ints, max_size=3), st.text(_chars),
                           st.none(), st.booleans(), st.floats(allow_nan=False)))  # fmt: skip
        return kind, _line(v), "invalid"
    if kind == "no_identity":
        del a["id"], a["url"]
        return kind, _line(a), "invalid"
    if kind == "missing":
        field = draw(st.sampled_from(["published_at", "title", "body", "source"]))
        del a[field]
        return kind, _line(a), "either"
    if kind == "wrong_type":
        field = draw(st.sampled_from(["id", "title", "body", "source", "published_at", "url"]))
        a[field] = draw(st.sampled_from([[1, 2], {"x": 1}, True, None, 1e308]))
        return kind, _line(a), "either"
    if kind == "absurd_date":
        a["published_at"] = draw(st.sampled_from(ABSURD_DATES))
        return kind, _line(a), "either"
    if kind == "nested":
        depth = draw(st.sampled_from([5, 200, 5000, 100_000]))
        body = b'{"id": "n", "published_at": "2025-01-01T00:00:00Z", "x": '
        nested = b"[" * depth + b"]" * depth
        return kind, body + nested + b"}", "either" if depth < 1000 else "invalid"
    if kind == "raw_control":
        ch = draw(st.sampled_from([chr(c) for c in range(32) if c not in (10, 13)]))
        raw = _line(a).replace(b'"title":"', b'"title":"' + ch.encode(), 1)
        return kind, raw, "invalid"
    if kind == "bad_utf8":
        junk = draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80"]))
        return kind, _line(a).replace(b'"title":"', b'"title":"' + junk, 1), "either"
    return kind, b"\xff\xfe" + _line(a), "invalid"  # "bad_utf8_outside": not JSON at all


KINDS = ["valid", "valid", "not_json", "non_object", "no_identity", "missing", "wrong_type",
         "absurd_date", "nested", "raw_control", "bad_utf8", "bad_utf8_outside"]  # fmt: skip


def big_cases() -> list[Case]:
    """Size attacks, fixed (hypothesis need not draw 10 MB)."""
    ok = {"id": "big", "url": "https://example.com/big", "source": "s",
          "published_at": "2025-01-01T00:00:00Z", "title": "t"}  # fmt: skip
    return [
        ("10mb_body", _line({**ok, "body": "a" * (10 * MB)}), "invalid"),
        ("10mb_title", _line({**ok, "title": "<script>" * (10 * MB // 8)}), "invalid"),
        ("10mb_junk", b"[" * (10 * MB), "invalid"),
    ]
