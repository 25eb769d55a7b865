"""`storywatch demo` end to end: alerts equal `detect`, nothing outlives it, Ctrl-C stops it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest

from storywatch.alerts import DEFAULT_WATCH

pytestmark = pytest.mark.kafka

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "src/storywatch/data/storylines/ukraine-russia-talks.articles.jsonl"
CORPUS = ROOT / "tests/corpus"
BIN = Path(sys.executable).parent / "storywatch"
# Change fields an alert carries unchanged (the alert's own `title` replaces the change's).
FIELDS = ("article_id", "story_id", "actor", "from_state", "to_state", "issue", "severity",
          "evidence")  # fmt: skip


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYWATCH_")}
    env["STORYWATCH_METRICS_PORT"] = "0"  # any free port: tests run side by side
    return env


def _detect(files: list[Path], tmp_path: Path) -> list[dict[str, Any]]:
    joined = tmp_path / "joined.jsonl"
    joined.write_text("".join(f.read_text() for f in files))
    out = subprocess.run(
        [str(BIN), "detect", str(joined)], capture_output=True, text=True, env=_env(),
        timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode in (0, 1), out.stderr  # 1: some lines were bad (reported, skipped)
    return [json.loads(x) for x in out.stdout.splitlines() if x.strip()]


def _project(rows: list[dict[str, Any]]) -> Counter[str]:
    return Counter(json.dumps({k: r.get(k) for k in FIELDS}, sort_keys=True) for r in rows)


def _descendants(proc: subprocess.Popen[str], seen: set[int]) -> None:
    try:
        seen.update(p.pid for p in psutil.Process(proc.pid).children(recursive=True))
    except psutil.NoSuchProcess:
        return


def _alive(pids: set[int]) -> list[int]:
    alive = []
    for pid in pids:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                alive.append(pid)
        except psutil.NoSuchProcess:
            continue
    return alive


def _wait_gone(pids: set[int], timeout: float = 10.0) -> None:
    procs = []
    for pid in pids:
        try:
            procs.append(psutil.Process(pid))
        except psutil.NoSuchProcess:
            continue
    psutil.wait_procs(procs, timeout=timeout)


def _run_demo(args: list[str], seen: set[int]) -> subprocess.CompletedProcess[str]:
    with subprocess.Popen(
        [str(BIN), "demo", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=_env(),
    ) as proc:  # fmt: skip
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            _descendants(proc, seen)
            time.sleep(0.2)
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate(timeout=10)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_demo_alerts_carry_the_changes_of_detect(tmp_path: Path) -> None:
    """Storylines the demo has never seen, with bad lines between them."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n[1]\n")
    names = [
        CORPUS / "gaza-ceasefire.articles.jsonl",
        bad,
        CORPUS / "us-china-trade.articles.jsonl",
    ]
    alerts_out = tmp_path / "alerts.jsonl"
    args = [a for f in names for a in ("--articles", str(f))]
    seen: set[int] = set()
    done = _run_demo([*args, "--alerts-out", str(alerts_out), "--linger", "0"], seen)
    assert done.returncode == 0, done.stderr
    alerts = [json.loads(x) for x in alerts_out.read_text().splitlines()]
    mine = [a for a in alerts if a["watch"] == DEFAULT_WATCH.name]
    assert mine, "no alert at all: the storylines have changes"
    assert _project(mine) == _project(_detect(names, tmp_path))
    assert len({a["alert_id"] for a in alerts}) == len(alerts)  # each alert once
    assert f"{bad}: line 1: not valid JSON" in done.stderr
    assert f"{bad}: line 2: expected a JSON object" in done.stderr
    assert "2 dead-lettered" in done.stderr
    assert seen, "the demo started no child process"
    assert _alive(seen) == [], "a process outlived the demo"


def test_demo_rejects_a_missing_file(tmp_path: Path) -> None:
    done = _run_demo(["--articles", str(tmp_path / "nope.jsonl")], set())
    assert done.returncode == 1
    assert "no such file" in done.stderr
    assert "Traceback" not in done.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _metrics(port: int) -> str:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=2).text
    except httpx.HTTPError:
        return ""


def _start(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(BIN), "demo", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env,
    )  # fmt: skip


def _stuck_report(proc: subprocess.Popen[str], seen: set[int], what: str) -> str:
    """What still ran when the demo should have stopped (then kill it all): the evidence."""
    _descendants(proc, seen)
    rows = []
    for pid in sorted(seen | {proc.pid}):
        try:
            p = psutil.Process(pid)
            rows.append(f"{pid} {p.status()} {' '.join(p.cmdline())[:160]}")
        except psutil.NoSuchProcess:
            rows.append(f"{pid} gone")
    for pid in seen:
        with contextlib.suppress(psutil.NoSuchProcess):
            psutil.Process(pid).kill()
    proc.kill()
    out, err = proc.communicate(timeout=10)
    return (
        f"{what} (exit {proc.returncode} once killed)\n"
        + "\n".join(rows)
        + f"\n--- stderr:\n{err[-4000:]}\n--- stdout:\n{out[-1500:]}"
    )


def test_ctrl_c_mid_run_stops_the_demo_and_everything_it_started() -> None:
    seen: set[int] = set()
    with _start(["--linger", "60"], _env()) as proc:
        deadline = time.monotonic() + 60
        while len(seen) < 2 and time.monotonic() < deadline:  # broker and worker running
            _descendants(proc, seen)
            time.sleep(0.2)
        time.sleep(2)  # mid-run: the worker is starting or processing
        _descendants(proc, seen)
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            pytest.fail(_stuck_report(proc, seen, "no exit within 15 s of Ctrl-C"))
    assert proc.returncode == 130, f"exit {proc.returncode}; stderr: {err[-3000:]}"
    assert len(seen) >= 2
    assert _alive(seen) == []


# The demo with Ctrl-C sent from inside the first Kafka client stop() of its main task
# (reading the dead letters, just before the linger): aiokafka's stop() awaits its own tasks
# under suppress(CancelledError), so the cancellation is swallowed there unless re-raised.
_CTRL_C_IN_CLOSE = """
import asyncio, os, signal, sys
import aiokafka
from storywatch.cli import main

stop = aiokafka.AIOKafkaConsumer.stop
fired = []

async def stop_under_ctrl_c(self):
    task = asyncio.current_task()
    if not fired and task is not None and task.get_coro().__qualname__ == "run_demo":
        fired.append(1)
        sys.stderr.write("ctrl-c now\\n")
        os.kill(os.getpid(), signal.SIGINT)
    await stop(self)

aiokafka.AIOKafkaConsumer.stop = stop_under_ctrl_c
sys.argv = ["storywatch", "demo", "--linger", "120"]
main()
"""


def test_ctrl_c_landing_inside_a_kafka_client_stop_still_stops_the_demo() -> None:
    seen: set[int] = set()
    with subprocess.Popen(
        [sys.executable, "-c", _CTRL_C_IN_CLOSE], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env=_env(),
    ) as proc:  # fmt: skip
        deadline = time.monotonic() + 60  # well under the 120 s linger a lost Ctrl-C runs into
        while proc.poll() is None and time.monotonic() < deadline:
            _descendants(proc, seen)
            time.sleep(0.2)
        if proc.poll() is None:
            pytest.fail(_stuck_report(proc, seen, "still running 60 s after start"))
        _, err = proc.communicate(timeout=10)
    assert "ctrl-c now" in err, err[-3000:]  # the fault was injected
    assert proc.returncode == 130, f"exit {proc.returncode}; stderr: {err[-3000:]}"
    assert "Traceback" not in err
    assert len(seen) >= 2
    _wait_gone(seen)
    assert _alive(seen) == []


def test_metrics_are_served_while_lingering_and_a_killed_demo_leaves_nothing() -> None:
    port = _free_port()
    env = {**_env(), "STORYWATCH_METRICS_PORT": str(port)}
    seen: set[int] = set()
    done = 'storywatch_agent_records_total{agent="classify"} 10.0'
    with _start(["--linger", "60"], env) as proc:
        deadline = time.monotonic() + 90
        text = ""
        while done not in text and time.monotonic() < deadline and proc.poll() is None:
            _descendants(proc, seen)
            time.sleep(0.5)
            text = _metrics(port)
        proc.kill()  # no cleanup at all: the children must go by themselves
        proc.communicate(timeout=15)
    _wait_gone(seen)  # PDEATHSIG and stdin EOF: bounded wait
    assert done in text
    assert len(seen) >= 2
    assert _alive(seen) == []


def test_a_taken_metrics_port_is_a_one_line_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        env = {**_env(), "STORYWATCH_METRICS_PORT": str(taken.getsockname()[1])}
        done = subprocess.run(
            [str(BIN), "demo"], capture_output=True, text=True, env=env, timeout=60, check=False
        )
    assert done.returncode == 1
    assert "cannot serve /metrics" in done.stderr
    assert "Traceback" not in done.stderr
