"""Publication dates to aware UTC datetimes, pure; the fetch time is passed in as ``now``."""

from __future__ import annotations

import calendar
import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

__all__ = ["EARLIEST", "MAX_FUTURE", "parse_date", "resolve_published"]

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)  # before the web's first news sites: a bogus date
MAX_FUTURE = timedelta(days=1)  # time-zone slips are fine; a date next week is not
_MS_EPOCH = 10**11  # numbers above this are epoch milliseconds


def _from_number(value: float) -> datetime | None:
    seconds = value / 1000 if abs(value) > _MS_EPOCH else value
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _from_string(value: str) -> datetime | None:
    text = value.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "zZ" else text)
    except ValueError:
        parsed = None
    if parsed is None:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return parsed


def parse_date(value: object) -> datetime | None:
    """An aware UTC datetime from RFC 3339/ISO 8601, RFC 822, epoch numbers, struct_time; or None.

    A date without a time zone is taken as UTC.
    """
    parsed: datetime | None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, time.struct_time):  # feedparser's *_parsed, always UTC
        parsed = _from_number(calendar.timegm(value))
    elif isinstance(value, bool):
        return None
    elif isinstance(value, int | float):
        parsed = _from_number(float(value))
    elif isinstance(value, str):
        parsed = _from_string(value)
    else:
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def resolve_published(value: object, now: datetime) -> tuple[datetime, str | None]:
    """The publication date, or ``now`` with a flag (date_missing, date_unparsed, date_absurd)."""
    if value is None or value == "":
        return now, "date_missing"
    parsed = parse_date(value)
    if parsed is None:
        return now, "date_unparsed"
    if parsed < EARLIEST or parsed > now + MAX_FUTURE:
        return now, "date_absurd"
    return parsed, None
