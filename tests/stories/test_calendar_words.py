"""The calendar words every date reader shares (classify.text): month names and
abbreviations, and a day-and-month placed in the year nearest the report."""

from __future__ import annotations

from datetime import date

import pytest

from storywatch.classify.text import month_number, nearest_date


@pytest.mark.parametrize(
    ("name", "number"),
    [("January", 1), ("Feb.", 2), ("sept", 9), ("Sept.", 9), ("OCTOBER", 10), ("Dec", 12)],
)
def test_a_month_is_read_by_name_or_abbreviation(name: str, number: int) -> None:
    assert month_number(name) == number


@pytest.mark.parametrize(
    ("published", "month", "day", "expected"),
    [
        # a date at the turn of the year lies in the year nearest the report
        (date(2027, 1, 2), 12, 30, date(2026, 12, 30)),
        (date(2026, 12, 28), 1, 4, date(2027, 1, 4)),
        (date(2026, 7, 25), 7, 19, date(2026, 7, 19)),
        # a day the month lacks is no date
        (date(2026, 2, 10), 2, 30, None),
    ],
)
def test_a_day_and_month_fall_in_the_year_nearest_the_report(
    published: date, month: int, day: int, expected: date | None
) -> None:
    assert nearest_date(published, month, day) == expected
