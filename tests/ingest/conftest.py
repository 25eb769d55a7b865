"""Ingestion fixtures: a real HTTP server on 127.0.0.1 serving the samples of samples/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .server import Request, Response, SampleServer

SAMPLES = Path(__file__).parent / "samples"
ETAG = '"rss-v1"'
LAST_MODIFIED = "Wed, 05 Mar 2025 14:00:00 GMT"


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def _static(name: str, ctype: str) -> Response:
    return Response(200, sample(name), {"Content-Type": ctype})


def _conditional_rss(request: Request) -> Response:
    if request.headers.get("if-none-match") == ETAG:
        return Response(304, headers={"ETag": ETAG})
    headers = {"Content-Type": "application/rss+xml", "ETag": ETAG, "Last-Modified": LAST_MODIFIED}
    return Response(200, sample("rss2.xml"), headers)


def _routes() -> dict[str, object]:
    xml = "application/xml"
    return {
        "/rss.xml": _conditional_rss,
        "/atom.xml": lambda r: _static("atom.xml", "application/atom+xml"),
        "/newsapi.json": lambda r: _static("newsapi.json", "application/json"),
        "/custom.json": lambda r: _static("custom.json", "application/json; charset=utf-8"),
        "/malformed.xml": lambda r: _static("malformed.xml", xml),
        "/sloppy.xml": lambda r: _static("sloppy.xml", xml),
        "/wrong-encoding.xml": lambda r: _static("wrong-encoding.xml", "text/xml; charset=utf-8"),
        "/cp1251.xml": lambda r: _static("cp1251.xml", "text/xml"),
        "/bomb.xml": lambda r: _static("bomb.xml", xml),
        "/page.html": lambda r: _static("page.html", "text/html; charset=utf-8"),
        "/429": lambda r: Response(429, b"slow down", {"Retry-After": "7"}),
        "/503": lambda r: Response(503, b"busy", {"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}),
        "/500": lambda r: Response(500, b"oops"),
        "/hang": lambda r: None,
        "/loop": lambda r: Response(302, b"", {"Location": "/loop"}),
        "/to-internal": lambda r: Response(302, b"", {"Location": "http://internal.example/admin"}),
        "/big.xml": lambda r: Response(200, b"<rss>" + b" " * 300_000 + b"</rss>", {}),
    }


@pytest.fixture(scope="module")
def feed_server() -> Iterator[SampleServer]:
    """The sample feeds on a real HTTP server at 127.0.0.1:<free port>, stopped after the module."""
    server = SampleServer(_routes()).start()  # type: ignore[arg-type]
    yield server
    server.stop()
