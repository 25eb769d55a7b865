"""Adapter: watches.yaml on disk, reloaded when its mtime changes, without a restart.

An invalid file is reported once per change as a one-line error naming the line, and
the watches loaded before stay active.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import structlog

from storywatch._exceptions import InvalidWatches
from storywatch.alerts.watches import Watch, default_watches, parse_watches

__all__ = ["WatchesFile", "load_watches"]

log = structlog.get_logger(__name__)


def load_watches(path: Path) -> tuple[Watch, ...]:
    """Read and parse a watches file; raise InvalidWatches (one line) when it cannot."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise InvalidWatches(f"{path}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise InvalidWatches(f"{path}: not UTF-8 text") from None
    return parse_watches(text, str(path))


class WatchesFile:
    """The current watches; `current()` looks at the file at most every `check_every_s`."""

    def __init__(
        self,
        path: Path | None,
        *,
        check_every_s: float = 1.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path
        self._every = check_every_s
        self._monotonic = monotonic
        self._checked = float("-inf")
        self._stamp: tuple[int, int] | None = None
        self._watches = default_watches()
        self.last_error: str | None = None
        if path is not None:
            self._watches = load_watches(path)  # a bad file at start-up is fatal (CLI reports)
            self._stamp = self._stat()
            self._checked = monotonic()

    def current(self) -> tuple[Watch, ...]:
        """The watches in force, reloading first if the file changed."""
        if self.path is not None and self._monotonic() - self._checked >= self._every:
            self.reload_if_changed()
        return self._watches

    def by_name(self, name: str) -> Watch | None:
        """The watch of that name among the current ones."""
        return next((w for w in self.current() if w.name == name), None)

    def _stat(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat() if self.path else None
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size) if st else None

    def reload_if_changed(self) -> bool:
        """Reload when mtime or size changed; True when new watches were taken."""
        self._checked = self._monotonic()
        stamp = self._stat()
        if stamp == self._stamp or self.path is None:
            return False
        self._stamp = stamp
        watches = self._try_load(self.path)
        if watches is None:
            log.error("watches file invalid, keeping the previous watches", error=self.last_error)
            return False
        self._watches = watches
        log.info("watches reloaded", path=str(self.path), watches=[w.name for w in watches])
        return True

    def _try_load(self, path: Path) -> tuple[Watch, ...] | None:
        try:
            watches = load_watches(path)
        except InvalidWatches as e:
            self.last_error = str(e)
            return None
        self.last_error = None
        return watches
