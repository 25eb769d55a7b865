"""Retry policy: exponential back-off with jitter, Retry-After honoured, up to a horizon.

Pure: ``delay`` takes the attempt number, the error and the elapsed time and returns the
seconds to wait before the next attempt, or None when giving up is the answer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from storywatch._exceptions import DeliveryError

__all__ = ["RetryPolicy"]


@dataclass(frozen=True)
class RetryPolicy:
    """How long to keep trying one delivery.

    base_s * factor**attempt, capped at max_delay_s, times a jitter in [1 - jitter, 1];
    a server's Retry-After replaces the back-off. The horizon bounds the
    whole effort: a wait that would end past it is not taken.
    """

    base_s: float = 0.5
    factor: float = 2.0
    max_delay_s: float = 60.0
    jitter: float = 0.5
    horizon_s: float = 3600.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """The jittered back-off before retry number `attempt` (0 = the first retry)."""
        raw = min(self.max_delay_s, self.base_s * self.factor ** min(attempt, 64))
        return raw * (1.0 - self.jitter * rng.random())

    def delay(
        self, attempt: int, error: DeliveryError, elapsed_s: float, rng: random.Random
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to give up (dead-letter)."""
        if not error.retriable:
            return None
        wait = self.backoff(attempt, rng)
        if error.retry_after is not None:
            wait = max(error.retry_after, 0.0)
        if elapsed_s + wait > self.horizon_s:
            return None
        return wait
