"""The one exception tree of storywatch.

    StorywatchError
    ├── InvalidInput            input that breaks the contract (one-line reason)
    │   ├── InvalidArticle      an article that fails validation
    │   ├── InvalidWatches      a watches.yaml that cannot be loaded (names the line)
    │   └── InvalidSources      a sources.yaml that cannot be loaded (names the line)
    ├── BrokerError             the Kafka broker cannot be started or reached
    ├── BindError               a server cannot listen on its host:port (e.g. port in use)
    ├── SourceError             a feed or API cannot be fetched or parsed (retriable, retry_after)
    └── DeliveryError           a sink failed; ``retriable`` says if a retry can help
        ├── RetriableDelivery   timeout, connection, 5xx, 429 (``retry_after`` if known)
        └── PermanentDelivery   4xx other than 429: dead-letter at once
            └── EndpointGone    410: the endpoint is disabled

Retry logic reads only ``DeliveryError.retriable`` and ``retry_after``.
"""

from __future__ import annotations

__all__ = [
    "BindError",
    "BrokerError",
    "DeliveryError",
    "EndpointGone",
    "InvalidArticle",
    "InvalidInput",
    "InvalidSources",
    "InvalidWatches",
    "PermanentDelivery",
    "RetriableDelivery",
    "SourceError",
    "StorywatchError",
]


class StorywatchError(Exception):
    """Base of every error storywatch raises on purpose."""


class InvalidInput(StorywatchError):
    """Input that breaks the contract; the message is one line, fit for stderr."""


class InvalidArticle(InvalidInput):
    """An article record that fails validation."""


class InvalidWatches(InvalidInput):
    """A watches file that cannot be loaded."""


class InvalidSources(InvalidInput):
    """A sources file that cannot be loaded."""


class BrokerError(StorywatchError):
    """The Kafka broker cannot be started or reached."""


class BindError(StorywatchError):
    """A server (metrics, push endpoint) cannot listen on its host:port."""


class SourceError(StorywatchError):
    """A source (feed, JSON API, page) could not be fetched or parsed; one-line message."""

    def __init__(
        self, message: str, *, retriable: bool = True, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.retriable = retriable
        self.retry_after = retry_after


class DeliveryError(StorywatchError):
    """A sink failed to deliver an alert."""

    retriable: bool = False

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RetriableDelivery(DeliveryError):
    """A failure a later attempt may fix (timeout, connection, 5xx, 429)."""

    retriable = True


class PermanentDelivery(DeliveryError):
    """A failure no retry fixes (4xx other than 429): dead-letter it."""


class EndpointGone(PermanentDelivery):
    """The receiver answered 410 Gone: stop sending to it."""
