"""Hostile input through every entry point: `classify`/`detect`, the push endpoint, the
`articles` topic (classify stage and a real worker), feeds. Zero crashes; every invalid
record refused with its reason (`line N: reason`, a 400 with reasons, a dead letter),
every valid one processed. Counts per entry point: run with -s.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from prometheus_client import CollectorRegistry
from typer.testing import CliRunner

from storywatch import _json
from storywatch._exceptions import InvalidArticle, SourceError
from storywatch.cli import app as cli
from storywatch.ingest.feeds import parse_feed
from storywatch.ingest.normalize import DeadLetter as IngestDeadLetter
from storywatch.ingest.normalize import normalize
from storywatch.ingest.pipeline import Ingestor
from storywatch.ingest.push import create_app
from storywatch.models import Article, parse_article
from storywatch.observe.metrics import Metrics
from storywatch.stream.stages import ClassifyStage, Where

from .harness import BIN, Stack, check_alerts, expected_alert_ids
from .hostile import Case, big_cases, case

TRIED: Counter[str] = Counter()
LINE = re.compile(r"^line (\d+): \S")
SCRIPT = re.compile(r"<script[^>]*>", re.IGNORECASE)
TOKEN = "hostile-test-token"  # noqa: S105  a test token
FAST = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
batch = st.lists(case(), min_size=10, max_size=10)


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    # sys.stdout may be a closed capture by now; the real stderr is not.
    sys.__stderr__.write(f"\nhostile inputs tried per entry point: {dict(TRIED)}\n")


def _cli(command: str, cases: list[Case]) -> tuple[int, list[str], set[int]]:
    """Run `storywatch COMMAND FILE` in process; (exit code, stdout lines, refused lines)."""
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "in.jsonl"
        path.write_bytes(b"\n".join(c[1] for c in cases) + b"\n")
        result = CliRunner().invoke(cli, [command, str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    err = [x for x in result.stderr.split("\n") if x.strip()]  # JSON may hold U+2028
    assert all(LINE.match(x) for x in err), err  # one line each: `line N: reason`
    refused = {int(LINE.match(x).group(1)) for x in err}  # type: ignore[union-attr]
    return result.exit_code, [x for x in result.stdout.split("\n") if x.strip()], refused


def _check_lines(cases: list[Case], refused: set[int]) -> None:
    for n, (kind, _, label) in enumerate(cases, 1):
        if label == "valid":
            assert n not in refused, f"line {n} ({kind}) is valid but was refused"
        if label == "invalid":
            assert n in refused, f"line {n} ({kind}) is invalid but was accepted"


@FAST
@given(batch)
def test_classify_cli_refuses_each_bad_line_and_classifies_every_good_one(
    cases: list[Case],
) -> None:
    TRIED["cli classify"] += len(cases)
    code, out, refused = _cli("classify", cases)
    _check_lines(cases, refused)
    assert len(out) == len(cases) - len(refused)  # one line per accepted article
    assert all({"id", "topics", "entities", "events"} <= _json.loads(x).keys() for x in out)
    assert code == (1 if refused else 0)


@settings(FAST, max_examples=20)
@given(batch)
def test_detect_cli_refuses_each_bad_line_and_goes_on(cases: list[Case]) -> None:
    TRIED["cli detect"] += len(cases)
    code, out, refused = _cli("detect", cases)
    _check_lines(cases, refused)
    assert all("story_id" in _json.loads(x) for x in out)
    assert code == (1 if refused else 0)


def test_the_installed_cli_survives_10_mb_lines_and_deep_nesting(tmp_path: Path) -> None:
    cases = [*big_cases(), ("valid", b'{"id":"ok","published_at":"2025-01-01T00:00:00Z"}', "valid")]
    TRIED["cli (installed binary, size attacks)"] += len(cases)
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"\n".join(c[1] for c in cases) + b"\n")
    done = subprocess.run([str(BIN), "classify", str(path)], capture_output=True, timeout=120,
                          check=False)  # fmt: skip
    err = done.stderr.decode().splitlines()
    assert "Traceback" not in done.stderr.decode()
    assert [int(LINE.match(x).group(1)) for x in err] == [1, 2, 3]  # type: ignore[union-attr]
    assert all(len(x) < 1000 for x in err)  # a reason, not the 10 MB echoed back
    assert len(done.stdout.splitlines()) == 1
    assert done.returncode == 1


def _post(app: object, bodies: list[bytes]) -> list[httpx.Response]:
    """POST each body to the push app in process (ASGI), in order."""

    async def go() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://push") as c:
            auth = {"Authorization": f"Bearer {TOKEN}"}
            return [await c.post("/v1/articles", content=b, headers=auth) for b in bodies]

    return asyncio.run(go())


class _Published:
    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.dead: list[IngestDeadLetter] = []

    async def publish(self, article: Article) -> None:
        self.articles.append(article)

    async def dead_letter(self, record: IngestDeadLetter) -> None:
        self.dead.append(record)


@settings(FAST, max_examples=300)
@given(case())
def test_push_endpoint_answers_202_or_400_with_reasons_never_500(c: Case) -> None:
    TRIED["push endpoint"] += 1
    kind, raw, label = c
    sink = _Published()
    app = create_app(Ingestor(sink, sink), TOKEN, lambda: datetime.now(UTC))
    [r] = _post(app, [raw])
    assert r.status_code in (202, 400, 413), (kind, r.status_code, r.text)
    if r.status_code == 400:
        errors = r.json()["errors"]
        assert errors, r.text
        assert all(isinstance(e["reason"], str) and e["reason"] for e in errors)
        assert sink.articles == []  # nothing of a refused request is published
    if r.status_code == 202:
        assert len(sink.articles) == 1
    if label == "valid":
        assert r.status_code == 202, (kind, r.text)
    if label == "invalid" and kind not in ("no_identity",):
        assert r.status_code == 400, (kind, r.text)


def test_push_endpoint_refuses_10_mb_bodies() -> None:
    sink = _Published()
    app = create_app(Ingestor(sink, sink), TOKEN, lambda: datetime.now(UTC))
    cases = big_cases()
    for (kind, _, _), r in zip(cases, _post(app, [c[1] for c in cases]), strict=True):
        TRIED["push endpoint"] += 1
        assert r.status_code in (400, 413), (kind, r.status_code)
        assert len(r.text) < 1000
    assert sink.articles == []


@settings(FAST, max_examples=300)
@given(case())
def test_articles_topic_records_are_processed_or_dead_lettered(c: Case) -> None:
    TRIED["kafka articles (classify stage)"] += 1
    kind, raw, label = c
    outs = ClassifyStage(4, Metrics(CollectorRegistry())).process(raw, Where("articles", 0, 7))
    dead = [o for o in outs if o.role == "deadletter"]
    assert len(dead) <= 1
    if dead:
        assert outs == dead
        assert _json.loads(dead[0].value)["reason"]
    if label == "valid":
        assert not dead, (kind, dead[0].value[:300])
    if label == "invalid":
        assert dead, kind


def test_articles_topic_refuses_none_and_10_mb_values() -> None:
    stage = ClassifyStage(4, Metrics(CollectorRegistry()))
    for raw in [None, b"", *(c[1] for c in big_cases())]:
        TRIED["kafka articles (classify stage)"] += 1
        outs = stage.process(raw, Where("articles", 0, 1))
        assert [o.role for o in outs] == ["deadletter"]
        dl = _json.loads(outs[0].value)
        assert dl["reason"]
        assert len(dl["raw"]) <= 64 * 1024  # the reason matters, not 10 MB


@settings(FAST, max_examples=1)
@given(st.lists(case(), min_size=60, max_size=60))
@pytest.mark.kafka
def test_a_worker_dead_letters_every_invalid_record_and_alerts_on_the_rest(
    cases: list[Case],
) -> None:
    TRIED["kafka articles (real worker)"] += len(cases)
    story = [
        {"id": f"s{i}", "url": f"https://example.com/s{i}", "source": f"outlet{i % 3}",
         "published_at": f"2025-03-0{1 + i}T10:00:00Z", "title": t, "body": t}
        for i, t in enumerate(["Russia proposed talks to Ukraine.",
                               "Ukraine accepted Russia's proposal for talks.",
                               "Russia and Ukraine held talks in Istanbul."])
    ]  # fmt: skip
    records = [(None, c[1]) for c in cases] + [(None, _json.dumps(s)) for s in story]
    with tempfile.TemporaryDirectory() as d:
        asyncio.run(_through_a_worker(Path(d), cases, records))


async def _through_a_worker(
    log_dir: Path, cases: list[Case], records: list[tuple[bytes | None, bytes | None]]
) -> None:
    with Stack.running(log_dir) as stack:
        worker = stack.start_worker()
        await stack.produce_raw(records)
        await stack.drain(within_s=180)
        dead = await stack.read_topic(stack.topics.deadletter)
        alerts = await stack.alert_records()
        assert worker.poll() is None, "the worker died\n" + stack.logs()
    offsets = {d["offset"] for d in dead}
    assert len(offsets) == len(dead)  # each refused record once
    assert all(d["reason"] for d in dead)
    for n, (kind, _, label) in enumerate(cases):
        if label == "invalid":
            assert n in offsets, f"record {n} ({kind}) not dead-lettered"
        if label == "valid":
            assert n not in offsets, f"record {n} ({kind}) dead-lettered"
    good = [parse_article(_json.loads(v)) for i, (_, v) in enumerate(records)
            if i not in offsets and v is not None]  # fmt: skip
    check_alerts(alerts, expected_alert_ids(good))


FEED = """<?xml version="1.0" encoding="utf-8"?>{decl}
<rss version="2.0"><channel><title>t</title>{items}</channel></rss>"""
ITEM = "<item><title>{t}</title><link>{link}</link><description>{d}</description>" \
       "<pubDate>{date}</pubDate><guid>{g}</guid></item>"  # fmt: skip
DECLS = [
    "", '<!DOCTYPE r [<!ENTITY a "b">]>', '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1/x">%p;]>',
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;">]>',
]  # fmt: skip


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;")


@settings(FAST, max_examples=300)
@given(
    decl=st.sampled_from(DECLS),
    items=st.lists(st.tuples(st.sampled_from(["raw", "escaped"]), case()), max_size=4),
)
def test_feeds_never_crash_refuse_entities_and_strip_scripts(
    decl: str, items: list[tuple[str, Case]]
) -> None:
    TRIED["feeds"] += 1
    body = []
    for i, (how, c) in enumerate(items):
        s = c[1].decode("utf-8", errors="replace").replace("\x00", "")
        t = s if how == "raw" else _esc(s)
        body.append(ITEM.format(t=t, d=t, link=f"https://example.com/{i}", date=t[:40], g=i))
    doc = FEED.format(decl=decl, items="".join(body)).encode("utf-8", errors="replace")
    reason = ""
    try:
        entries = parse_feed(doc, "hostile", "application/rss+xml")
    except SourceError as e:
        reason = str(e)
    if reason:
        return
    assert not decl, "a document declaring entities was parsed"
    now = datetime.now(UTC)
    for entry in entries:
        try:
            art = normalize(entry, now).article
        except (ValueError, InvalidArticle) as e:  # the poller dead-letters it with this reason
            reason = str(e)
        if reason:
            reason = ""
            continue
        assert not SCRIPT.search(art.body), art.body  # text, never a live element
        assert art.published_at <= now.replace(year=now.year + 1)


# Soak: 10,000 hostile records per entry point (make soak). Through a real worker in batches:
# hypothesis cannot draw 2,000 records in one example (its buffer runs out).
WORKER_SOAK_BATCH, WORKER_SOAK_BATCHES = 200, 50
SOAK = settings(FAST, max_examples=1000)


@pytest.mark.soak
@SOAK
@given(batch)
def test_soak_classify_cli(cases: list[Case]) -> None:
    test_classify_cli_refuses_each_bad_line_and_classifies_every_good_one.hypothesis.inner_test(
        cases
    )


@pytest.mark.soak
@SOAK
@given(batch)
def test_soak_detect_cli(cases: list[Case]) -> None:
    test_detect_cli_refuses_each_bad_line_and_goes_on.hypothesis.inner_test(cases)


@pytest.mark.soak
@settings(SOAK, max_examples=10_000)
@given(case())
def test_soak_push_endpoint(c: Case) -> None:
    test_push_endpoint_answers_202_or_400_with_reasons_never_500.hypothesis.inner_test(c)


@pytest.mark.soak
@settings(SOAK, max_examples=10_000)
@given(case())
def test_soak_articles_topic_stage(c: Case) -> None:
    test_articles_topic_records_are_processed_or_dead_lettered.hypothesis.inner_test(c)


@pytest.mark.soak
@settings(SOAK, max_examples=10_000)
@given(decl=st.sampled_from(DECLS), items=st.lists(st.tuples(st.sampled_from(["raw", "escaped"]),
                                                            case()), max_size=4))  # fmt: skip
def test_soak_feeds(decl: str, items: list[tuple[str, Case]]) -> None:
    test_feeds_never_crash_refuse_entities_and_strip_scripts.hypothesis.inner_test(
        decl=decl, items=items
    )


@pytest.mark.soak
# 50 batches through a real worker, each ~7 s idle and ~14 s on a loaded machine: far beyond
# the suite's 300 s per-test timeout, which stopped the soak midway (not a failure of it)
@pytest.mark.timeout(3600)
@settings(SOAK, max_examples=WORKER_SOAK_BATCHES)
@given(st.lists(case(), min_size=WORKER_SOAK_BATCH, max_size=WORKER_SOAK_BATCH))
def test_soak_worker_10000_hostile_records(cases: list[Case]) -> None:
    test_a_worker_dead_letters_every_invalid_record_and_alerts_on_the_rest.hypothesis.inner_test(
        cases
    )
