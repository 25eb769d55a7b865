"""storywatch: breaking-news alerts from story state changes.

The public API: the contract's records, the one settings model, and the pure core.
"""

from __future__ import annotations

from storywatch._exceptions import (
    BrokerError,
    DeliveryError,
    InvalidArticle,
    InvalidInput,
    StorywatchError,
)
from storywatch.models import Alert, Article, Change, Classified, Event, Evidence, parse_article
from storywatch.settings import Settings

__all__ = [
    "Alert",
    "Article",
    "BrokerError",
    "Change",
    "Classified",
    "DeliveryError",
    "Event",
    "Evidence",
    "InvalidArticle",
    "InvalidInput",
    "Settings",
    "StorywatchError",
    "__version__",
    "parse_article",
]

__version__ = "0.1.0"
