"""Retry timing, pure: exponential backoff with jitter, and the Retry-After header."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

__all__ = ["Backoff", "parse_retry_after"]


@dataclass(frozen=True)
class Backoff:
    """Delay before the next attempt after ``failures`` consecutive failures.

    Equal jitter: half the exponential step is fixed, half random, so retries of
    many feeds spread out yet never collapse to zero.
    """

    base_s: float = 5.0
    cap_s: float = 3600.0

    def delay(self, failures: int, rand: float) -> float:
        """Seconds to wait; ``rand`` in [0, 1) comes from the caller's random source."""
        if failures <= 0:
            return 0.0
        step = min(self.cap_s, self.base_s * float(2 ** min(failures - 1, 32)))
        return step / 2 + step / 2 * min(max(rand, 0.0), 1.0)


def parse_retry_after(value: str | None, now: datetime, cap_s: float = 86_400.0) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or HTTP date), capped; None if bad."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return min(float(text), cap_s)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return None
    return min(max(0.0, (when - now).total_seconds()), cap_s)
