"""Streaming adapters: the embedded broker, the article producer, the Faust app and agents.

Faust is imported lazily (inside functions) by the modules that need it: it has
import-time side effects that the CLI must not pay for `classify` or `detect`.
"""

from storywatch.stream.broker import EmbeddedBroker, bootstrap_servers, faust_broker_url

__all__ = ["EmbeddedBroker", "bootstrap_servers", "faust_broker_url"]
