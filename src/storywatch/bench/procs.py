"""Worker processes of the benchmark: a Faust pipeline worker or the bare baseline loop.

    python -m storywatch.bench.procs faust|baseline BOOTSTRAP PREFIX GROUP PARTITIONS \
        REORDER_WINDOW_S PARENT_PID

`Workers` starts them (each dies with the bench process) and stops them: SIGTERM,
then SIGKILL, each bounded. A Faust worker is the product's own `storywatch worker`
command when the CLI has it (settings through STORYWATCH_* variables), else this
module's launcher around `stream.worker.run_worker`.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

from storywatch.stories import StoryConfig

__all__ = ["Kind", "Workers", "cpu_seconds", "faust_available", "idle_workers", "main"]

Kind = Literal["faust", "baseline"]
STOP_TIMEOUT_S = 10.0


def idle_workers(cpu_s: dict[str, float], share: float = 0.1) -> list[str]:
    """Workers of a several-worker burst (`cpu_s` keys worker0, worker1, ...) that used
    less than `share` of the busiest one's CPU: given no work."""
    each = {k: v for k, v in cpu_s.items() if k.startswith("worker") and k != "workers"}
    top = max(each.values(), default=0.0)
    return sorted(k for k, v in each.items() if top > 0 and v < share * top)


def cpu_seconds(pids: Sequence[int]) -> float:
    """User + system CPU seconds of these processes so far (all their threads), from
    /proc; 0 for a process gone or a system without /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
    return total / tick


def faust_available() -> bool:
    """True once the stream work's Faust app and worker can be imported."""
    try:
        from storywatch.stream.app import PipelineConfig, build_app  # noqa: F401, PLC0415
        from storywatch.stream.worker import run_worker  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


def _cli_worker() -> bool:
    try:
        from storywatch.cli import stream  # noqa: PLC0415
    except ImportError:
        return False
    return hasattr(stream, "worker")


def _worker_env(w: Workers) -> dict[str, str]:
    """The bench's settings for `storywatch worker`; no user sinks, metrics on any port."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYWATCH_")}
    env.update(
        STORYWATCH_BROKER=f"kafka://{w.bootstrap}", STORYWATCH_TOPIC_PREFIX=w.prefix,
        STORYWATCH_APP_ID=w.group, STORYWATCH_PARTITIONS=str(w.partitions),
        STORYWATCH_METRICS_PORT="0", STORYWATCH_REORDER_WINDOW_S=str(w.reorder_window_s),
        STORYWATCH_LOG_LEVEL=w.log_level, STORYWATCH_DATA_DIR=str(w.log_dir / w.group),
    )  # fmt: skip
    return env


def _run_faust(bootstrap: str, prefix: str, group: str, partitions: int, story: StoryConfig) -> int:
    from storywatch.settings import Settings  # noqa: PLC0415
    from storywatch.stream.app import PipelineConfig  # noqa: PLC0415
    from storywatch.stream.topics import TopicNames  # noqa: PLC0415
    from storywatch.stream.worker import run_worker  # noqa: PLC0415

    cfg = PipelineConfig(
        bootstrap=bootstrap, app_id=group, topics=TopicNames(prefix),
        partitions=partitions, declare_topics=False, story=story,
    )  # fmt: skip
    # /metrics on any free port: several workers share this host.
    settings = Settings(broker=bootstrap, app_id=group, topic_prefix=prefix, metrics_port=0)
    run_worker(cfg, settings)
    return 0


def _run_baseline(bootstrap: str, prefix: str, group: str, story: StoryConfig) -> int:
    from storywatch.bench.baseline import BaselineConfig, serve_baseline  # noqa: PLC0415

    cfg = BaselineConfig(bootstrap, f"{prefix}articles", f"{prefix}alerts", group, story=story)
    serve_baseline(cfg)
    return 0


def main(argv: list[str]) -> int:
    """Entry point of one worker process."""
    kind, bootstrap, prefix, group, partitions, window, parent = argv[1:8]
    story = StoryConfig(reorder_window_s=float(window))
    try:
        from storywatch.stream.worker import die_with_parent  # noqa: PLC0415
    except ImportError:  # the stream work has not landed: Workers.stop still ends us
        pass
    else:
        die_with_parent(int(parent))
    if kind == "faust":
        return _run_faust(bootstrap, prefix, group, int(partitions), story)
    return _run_baseline(bootstrap, prefix, group, story)


@dataclass
class Workers:
    """N worker processes of one kind sharing a consumer group; logs under `log_dir`."""

    kind: Kind
    bootstrap: str
    prefix: str
    group: str
    partitions: int
    log_dir: Path
    reorder_window_s: float = 0.0
    log_level: str = "WARNING"  # of a `storywatch worker` (INFO: assignments, worker_state)
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _logs: list[IO[bytes]] = field(default_factory=list)

    def command(self) -> tuple[list[str], dict[str, str] | None]:
        """The argv (and environment) of one worker."""
        if self.kind == "faust" and _cli_worker():
            cli = "from storywatch._entry import main; main()"
            argv = [sys.executable, "-c", cli, "worker", "--no-declare-topics"]
            return [*argv, "--parent-pid", str(os.getpid())], _worker_env(self)
        args = [self.kind, self.bootstrap, self.prefix, self.group, str(self.partitions),
                str(self.reorder_window_s)]  # fmt: skip
        return [sys.executable, "-m", "storywatch.bench.procs", *args, str(os.getpid())], None

    def start(self, count: int) -> None:
        """Start `count` workers."""
        cmd, env = self.command()
        for _ in range(count):  # numbered across calls: start(1) twice gives -0 and -1
            log = (self.log_dir / f"{self.group}-{len(self.procs)}.log").open("wb")
            self._logs.append(log)
            proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)  # noqa: S603
            self.procs.append(proc)

    def alive(self) -> bool:
        """True while every worker runs."""
        return all(p.poll() is None for p in self.procs)

    def tail(self, lines: int = 20) -> str:
        """The last lines of the workers' logs (for an error message)."""
        out = []
        for log in self._logs:
            text = Path(log.name).read_text("utf-8", errors="replace").splitlines()
            out.extend(text[-lines:])
        return "\n".join(out)

    def stop(self) -> None:
        """SIGTERM every worker, then SIGKILL what is left, each bounded."""
        for p in self.procs:
            with contextlib.suppress(ProcessLookupError):
                p.send_signal(signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(timeout=STOP_TIMEOUT_S)
        for log in self._logs:
            log.close()
        self.procs, self._logs = [], []


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
