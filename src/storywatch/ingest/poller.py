"""Polling sources: one fetch-and-parse per source, and the loop that repeats it.

:class:`Poller` owns the per-source state (validators for conditional GET,
consecutive failures) and a semaphore per host. A failing source logs one line
and backs off; it never stops the others.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from datetime import datetime

import httpx
import structlog

from storywatch._exceptions import InvalidArticle, SourceError
from storywatch.ingest.backoff import Backoff
from storywatch.ingest.feeds import looks_like_feed, parse_feed
from storywatch.ingest.http import Fetched, FetchLimits, Validators, fetch
from storywatch.ingest.jsonapi import parse_json_api
from storywatch.ingest.normalize import DeadLetter, Normalized, RawEntry, dead_letter, normalize
from storywatch.ingest.sources import Source

__all__ = ["PollResult", "Poller", "entries_of", "parse_and_normalize"]

log = structlog.get_logger(__name__)

Clock = Callable[[], datetime]
Handler = Callable[["PollResult"], Awaitable[None]]
Enricher = Callable[[Source, RawEntry], Awaitable[RawEntry]]


@dataclass(frozen=True)
class PollResult:
    """What one poll of one source gave: articles, dead letters, or an error."""

    source: Source
    articles: tuple[Normalized, ...] = ()
    dead: tuple[DeadLetter, ...] = ()
    not_modified: bool = False
    error: SourceError | None = None
    next_delay_s: float = 0.0


@dataclass
class _State:
    validators: Validators = field(default_factory=Validators)
    failures: int = 0


def _is_json(source: Source, fetched: Fetched) -> bool:
    if source.kind != "auto":
        return source.kind == "json"
    ctype = (fetched.content_type or "").lower()
    if "json" in ctype:
        return True
    head = fetched.body.lstrip()[:1]
    return head in (b"{", b"[") and not looks_like_feed(fetched.body)


def entries_of(source: Source, fetched: Fetched) -> list[RawEntry]:
    """Parse a fetched body as the source's kind (auto: by content type and content)."""
    if _is_json(source, fetched):
        return parse_json_api(fetched.body, source.name, source.mapping, fetched.content_type)
    return parse_feed(fetched.body, source.name, fetched.content_type, fetched.url)


def _normalize_all(
    source: Source, entries: Sequence[RawEntry], now: datetime
) -> tuple[list[Normalized], list[DeadLetter]]:
    good: list[Normalized] = []
    dead: list[DeadLetter] = []
    for raw in entries:
        entry = replace(raw, lang=source.lang) if source.lang and not raw.lang else raw
        try:
            good.append(normalize(entry, now))
        except InvalidArticle as e:
            dead.append(dead_letter(source.name, str(e), entry.raw, now))
    return good, dead


Parsed = tuple[list[Normalized], list[DeadLetter]]


def parse_and_normalize(source: Source, fetched: Fetched, now: datetime) -> Parsed | str:
    """Parse and normalise a body; the SourceError's message instead of raising it.

    Runs in a worker process when the Poller has an executor: the error comes
    back as a plain string (parse errors are never retriable).
    """
    try:
        return _normalize_all(source, entries_of(source, fetched), now)
    except SourceError as e:
        return str(e)


class Poller:
    """Fetches and parses sources with conditional GET, per-host limits and backoff.

    ``enrich`` (full text) applies to sources with ``fulltext: true``; ``executor``
    (e.g. a ProcessPoolExecutor) takes feed parsing off the event loop, so a big
    feed never stalls the push endpoint and parsing uses every core.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        clock: Clock,
        *,
        per_host: int = 2,
        limits: FetchLimits | None = None,
        backoff: Backoff | None = None,
        rand: Callable[[], float] = random.random,
        enrich: Enricher | None = None,
        executor: Executor | None = None,
    ) -> None:
        self.client = client
        self.clock = clock
        self.per_host = per_host
        self.limits = limits or FetchLimits()
        self.backoff = backoff or Backoff()
        self.rand = rand
        self.enrich = enrich
        self.executor = executor
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._state: dict[str, _State] = {}

    def _semaphore(self, host: str) -> asyncio.Semaphore:
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self.per_host)
        return self._hosts[host]

    async def _fetch(self, source: Source, state: _State) -> Fetched:
        async with self._semaphore(source.host):
            return await fetch(
                self.client,
                source.url,
                self.clock(),
                validators=state.validators,
                headers=source.headers,
                limits=self.limits,
            )

    async def poll(self, source: Source) -> PollResult:
        """Fetch and parse one source once; never raises for a bad source."""
        state = self._state.setdefault(source.name, _State())
        try:
            fetched = await self._fetch(source, state)
            if fetched.not_modified:
                return self._ok(source, state, PollResult(source, not_modified=True))
            good, dead = await self._parse(source, fetched)
        except SourceError as e:
            return self._failed(source, state, e)
        state.validators = fetched.validators
        return self._ok(source, state, PollResult(source, tuple(good), tuple(dead)))

    async def _parse(self, source: Source, fetched: Fetched) -> Parsed:
        now = self.clock()
        if self.enrich is not None and source.fulltext:
            entries = entries_of(source, fetched)
            entries = list(await asyncio.gather(*(self.enrich(source, e) for e in entries)))
            return _normalize_all(source, entries, now)
        if self.executor is None:
            outcome = parse_and_normalize(source, fetched, now)
        else:
            loop = asyncio.get_running_loop()
            outcome = await loop.run_in_executor(
                self.executor, parse_and_normalize, source, fetched, now
            )
        if isinstance(outcome, str):
            raise SourceError(outcome, retriable=False)
        return outcome

    def _ok(self, source: Source, state: _State, result: PollResult) -> PollResult:
        state.failures = 0
        log.debug("source polled", source=source.name, articles=len(result.articles),
                  dead=len(result.dead), not_modified=result.not_modified)  # fmt: skip
        return replace(result, next_delay_s=source.interval_s)

    def _failed(self, source: Source, state: _State, error: SourceError) -> PollResult:
        state.failures += 1
        delay = max(self.backoff.delay(state.failures, self.rand()), source.interval_s)
        if error.retry_after is not None:
            delay = max(delay, error.retry_after)
        log.warning("source failed", source=source.name, url=source.url, error=str(error),
                    failures=state.failures, retry_in_s=round(delay, 1))  # fmt: skip
        return PollResult(source, error=error, next_delay_s=delay)

    async def poll_many(self, sources: Sequence[Source]) -> list[PollResult]:
        """Poll each source once, concurrently (per-host limits apply)."""
        return list(await asyncio.gather(*(self.poll(s) for s in sources)))

    async def run(self, sources: Sequence[Source], handle: Handler, stop: asyncio.Event) -> None:
        """Poll every source at its interval (or its backoff) until ``stop`` is set."""
        async with asyncio.TaskGroup() as group:
            for source in sources:
                group.create_task(self._loop(source, handle, stop))

    async def _loop(self, source: Source, handle: Handler, stop: asyncio.Event) -> None:
        while not stop.is_set():
            result = await self.poll(source)
            await handle(result)
            try:
                await asyncio.wait_for(stop.wait(), timeout=result.next_delay_s)
            except TimeoutError:
                continue
