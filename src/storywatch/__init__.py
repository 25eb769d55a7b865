"""storywatch: breaking-news alerts from story state changes.

The public API: the contract's records, the one settings model, and the pure core.

The names load on first use (PEP 562), so `import storywatch` is instant: the console
entry point (`storywatch._entry`) can take Ctrl-C during the seconds the command's
imports take and exit 130 with one line, instead of a traceback from inside an import.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storywatch._exceptions import (
        BrokerError,
        DeliveryError,
        InvalidArticle,
        InvalidInput,
        StorywatchError,
    )
    from storywatch.models import (
        Alert,
        Article,
        Change,
        Classified,
        Event,
        Evidence,
        parse_article,
    )
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

_HOMES = {
    **dict.fromkeys(
        ("BrokerError", "DeliveryError", "InvalidArticle", "InvalidInput", "StorywatchError"),
        "storywatch._exceptions",
    ),
    **dict.fromkeys(
        ("Alert", "Article", "Change", "Classified", "Event", "Evidence", "parse_article"),
        "storywatch.models",
    ),
    "Settings": "storywatch.settings",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'storywatch' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
