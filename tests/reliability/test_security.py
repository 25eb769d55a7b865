"""Security promises of SECURITY.md, each as a test that fails when broken."""

from __future__ import annotations

import ast
import asyncio
import importlib.metadata
import io
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import structlog
from prometheus_client import CollectorRegistry, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from storywatch._exceptions import SourceError
from storywatch.alerts import Watch, build_alerts
from storywatch.ingest import push
from storywatch.ingest.asgi import AsgiServer
from storywatch.ingest.fulltext import FullText
from storywatch.ingest.pipeline import Ingestor
from storywatch.models import Change, Evidence
from storywatch.observe.logging import configure as configure_logging
from storywatch.observe.metrics import Metrics
from storywatch.settings import Settings
from storywatch.sinks import Delivery

ROOT = Path(__file__).resolve().parents[2]
PUSH_TOKEN = "pt-Zx81-very-secret-push-token"  # noqa: S105  a test token
WEBHOOK_KEY = "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
WEBHOOK_SECRET = f"whsec_{WEBHOOK_KEY}"
SLACK_PATH_SECRET = "T0SECRET/B0SECRET/xoxSlackPathSecret42"  # noqa: S105  a test path


class _Sink:
    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.n = 0

    async def publish(self, article: object) -> None:
        self.n += 1
        if self.fail:
            raise OSError("broker unreachable")

    async def dead_letter(self, record: object) -> None:
        return None


def _logged(caplog: pytest.LogCaptureFixture, events: list[dict[str, object]]) -> str:
    return "\n".join([r.getMessage() + repr(r.__dict__) for r in caplog.records] +
                     [repr(e) for e in events])  # fmt: skip


def test_push_token_is_compared_in_constant_time() -> None:
    """Read the check itself: hmac.compare_digest, and no == / in on the token."""
    tree = ast.parse(Path(push.__file__).read_text())
    fn = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)
              and n.name == "_authorized")  # fmt: skip
    calls = {ast.unparse(c.func) for c in ast.walk(fn) if isinstance(c, ast.Call)}
    assert "hmac.compare_digest" in calls
    names = lambda n: {x.id for x in ast.walk(n) if isinstance(x, ast.Name)}  # noqa: E731
    for cmp in (c for c in ast.walk(fn) if isinstance(c, ast.Compare)):
        assert not {"token", "given"} & names(cmp), ast.unparse(cmp)


@pytest.mark.parametrize("broker_down", [False, True])
async def test_push_token_never_logged(caplog: pytest.LogCaptureFixture, broker_down: bool) -> None:
    caplog.set_level(logging.DEBUG)
    good = {"id": "a", "url": "https://x.example/a", "source": "s", "title": "Talks",
            "published_at": "2025-01-01T00:00:00Z", "body": PUSH_TOKEN}  # fmt: skip
    app = push.create_app(Ingestor(_Sink(broker_down), _Sink()), PUSH_TOKEN,
                          lambda: datetime.now(UTC))  # fmt: skip
    with structlog.testing.capture_logs() as events:
        async with AsgiServer(app) as server, httpx.AsyncClient(base_url=server.url) as c:
            statuses = []
            for auth in (f"Bearer {PUSH_TOKEN}", f"Bearer {PUSH_TOKEN}x", PUSH_TOKEN,
                         f"Basic {PUSH_TOKEN}"):  # fmt: skip
                for body in (str(good).encode(), b'{"id": 1}', repr(good).replace("'", '"')
                             .encode()):  # fmt: skip
                    r = await c.post("/v1/articles", content=body, headers={"Authorization": auth})
                    statuses.append(r.status_code)
    assert {401, 400} <= set(statuses)
    assert (503 if broker_down else 202) in statuses
    assert PUSH_TOKEN not in _logged(caplog, events)


def test_settings_never_show_secrets() -> None:
    s = Settings(push_token=PUSH_TOKEN, webhook_secret=WEBHOOK_SECRET)
    for text in (repr(s), str(s), s.model_dump_json()):
        assert PUSH_TOKEN not in text
        assert WEBHOOK_KEY not in text


def _alert(n: int) -> object:
    change = Change(
        article_id=f"a{n}", story_id="RUS-UKR:talks", actor="RUS", from_state=None,
        to_state="proposed", issue="talks", severity="high", counterpart="UKR",
        parties=("RUS", "UKR"), published_at=datetime(2025, 7, 1, tzinfo=UTC),
        evidence=(Evidence(article_id=f"a{n}", url="https://n.example/1", source="W",
                           sentence="Russia proposed talks."),),
    )  # fmt: skip
    return build_alerts(change, (Watch(),), datetime.now(UTC))[0]


@pytest.fixture
async def flaky_receiver() -> AsyncIterator[tuple[str, list[int]]]:
    """Every URL: 500, 429, 401 once each in turn, then 200; records statuses sent."""
    script = [500, 429, 401]
    sent: list[int] = []

    async def handle(request: Request) -> Response:
        await request.body()
        status = script.pop(0) if script else 200
        sent.append(status)
        return Response(b"x", status_code=status, headers={"Retry-After": "0"})

    app = Starlette(routes=[Route("/{p:path}", handle, methods=["POST"])])
    async with AsgiServer(app) as server:
        yield server.url, sent


@pytest.fixture
def app_logging() -> Iterator[Callable[[str], io.StringIO]]:
    """Configure logging as the CLI does (into a buffer); restore everything after."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, {n: logging.getLogger(n).level
                                            for n in ("httpx", "httpcore", "uvicorn")})  # fmt: skip

    def configure(level: str) -> io.StringIO:
        out = io.StringIO()
        configure_logging(Settings(log_level=level, log_format="json"), out)
        return out

    yield configure
    root.handlers[:], root.level = saved[0], saved[1]
    for name, lvl in saved[2].items():
        logging.getLogger(name).setLevel(lvl)
    structlog.reset_defaults()


@pytest.mark.parametrize("level", ["INFO", "DEBUG"])
async def test_webhook_secret_and_slack_url_never_in_logs_or_metrics(
    app_logging: Callable[[str], io.StringIO], flaky_receiver: tuple[str, list[int]], level: str
) -> None:
    """The Slack incoming-webhook URL is a credential too (its path is the secret)."""
    out = app_logging(level)
    base, sent = flaky_receiver
    settings = Settings(
        webhook_url=f"{base}/hook", webhook_secret=WEBHOOK_SECRET,
        slack_webhook_url=f"{base}/services/{SLACK_PATH_SECRET}", broker=None,
    )  # fmt: skip
    registry = CollectorRegistry()
    async with await Delivery.from_settings(settings, Metrics(registry)) as delivery:
        dones = [await delivery.submit(_alert(i)) for i in range(4)]  # type: ignore[arg-type]
        await asyncio.wait_for(asyncio.gather(*dones), 60)
    assert {500, 429, 401, 200} <= set(sent)  # the error paths were taken
    logs, exposition = out.getvalue(), generate_latest(registry).decode()
    assert "delivery failed" in logs  # the logs were captured
    for secret in (WEBHOOK_KEY, SLACK_PATH_SECRET, "xoxSlackPathSecret42"):
        assert secret not in logs
        assert secret not in exposition


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "127.1", "0x7f000001", "2130706433", "[::1]", "[::ffff:127.0.0.1]",
     "0.0.0.0", "[::]", "localhost", "169.254.169.254", "10.0.0.1", "172.16.0.1",
     "192.168.1.1", "100.64.0.1", "[fd00::1]", "[fe80::1]", "224.0.0.1"],
)  # fmt: skip
async def test_fulltext_refuses_private_and_loopback_addresses(host: str) -> None:
    """SSRF: nothing is even requested; every spelling of a non-public address refused."""
    requested: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        requested.append(request)
        return httpx.Response(200, text="<p>internal</p>")

    async with httpx.AsyncClient(transport=httpx.MockTransport(record)) as client:
        full = FullText(client, lambda: datetime.now(UTC))
        with pytest.raises(SourceError, match=r"refused|cannot resolve"):
            await full.text(f"http://{host}/latest/meta-data/")
    assert requested == []


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_constraints_pin_every_installed_package() -> None:
    pins: dict[str, str] = {}
    for raw in (ROOT / "constraints.txt").read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[_norm(name)] = version.strip()
    installer = {"pip", "setuptools", "wheel", "storywatch"}  # the venv's own tools
    for dist in importlib.metadata.distributions():
        name = _norm(dist.metadata["Name"])
        if name in installer:
            continue
        assert name in pins, f"{name} {dist.version} is installed but not in constraints.txt"
        assert pins[name] == dist.version, f"{name}: installed {dist.version}, pinned {pins[name]}"


def test_every_dependency_has_an_upper_bound() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = project["dependencies"] + [d for ds in project["optional-dependencies"].values()
                                      for d in ds]  # fmt: skip
    unbounded = [d for d in deps if "<" not in d and "==" not in d and not d.startswith("types-")]
    assert unbounded == []


def test_security_md_says_what_is_promised_and_how_to_report() -> None:
    text = (ROOT / "SECURITY.md").read_text()
    for must in ("Reporting", "constant time", "SSRF", "secret", "escaped", "constraints.txt",
                 "Not promised"):  # fmt: skip
        assert must in text
