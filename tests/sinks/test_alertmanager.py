"""Alertmanager-compatible output, against a real prometheus-alertmanager on 127.0.0.1."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from storywatch.sinks import DELIVERED, AlertmanagerSink, Dispatcher, alertmanager_alert

from .conftest import free_port, make_alert

BINARY = shutil.which("prometheus-alertmanager") or shutil.which("alertmanager")
CONFIG = """\
route:
  receiver: blackhole
receivers:
  - name: blackhole
"""


@pytest.fixture
def alertmanager(tmp_path: Path) -> Iterator[str]:
    if BINARY is None:
        pytest.skip("apt-get install prometheus-alertmanager")
    (tmp_path / "am.yml").write_text(CONFIG)
    port = free_port()
    proc = subprocess.Popen(
        [BINARY, f"--config.file={tmp_path / 'am.yml'}", f"--storage.path={tmp_path / 'data'}",
         f"--web.listen-address=127.0.0.1:{port}", "--cluster.listen-address="],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base, proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _wait_ready(base: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"alertmanager exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/-/ready", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    pytest.fail("alertmanager did not become ready in 20 s")


def test_postable_alert_shape() -> None:
    alert = make_alert()
    body = alertmanager_alert(alert, timedelta(hours=1))
    assert body["labels"]["alert_id"] == alert.alert_id
    assert body["labels"]["alertname"] == "StorywatchChange"
    assert body["annotations"]["title"] == alert.title
    assert body["generatorURL"] == alert.links[0]


async def test_alertmanager_accepts_and_lists_our_alerts(alertmanager: str) -> None:
    alerts = [make_alert(1), make_alert(2, to_state="accepted", severity="critical")]
    async with httpx.AsyncClient() as client:
        d = Dispatcher([AlertmanagerSink("alertmanager", alertmanager, client)])
        receipts = [await d.submit(a) for a in alerts]
        outcomes = await asyncio.wait_for(asyncio.gather(*receipts), 30)
        await d.aclose()
        listed = (await client.get(f"{alertmanager}/api/v2/alerts", timeout=5)).json()
    assert outcomes == [{"alertmanager": DELIVERED}] * 2
    by_id = {a["labels"]["alert_id"]: a for a in listed}
    assert set(by_id) == {a.alert_id for a in alerts}
    got = by_id[alerts[1].alert_id]
    assert got["labels"]["severity"] == "critical"
    assert got["labels"]["to_state"] == "accepted"
    assert got["annotations"]["title"] == alerts[1].title
    assert got["status"]["state"] == "active"
