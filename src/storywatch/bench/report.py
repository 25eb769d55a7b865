"""Shape a run into results.json (the contract's keys first), a terminal table and a chart.

matplotlib is the `bench` extra: imported only when the chart is drawn, and a missing
matplotlib costs the chart (an entry in `errors`), never the run.
"""

from __future__ import annotations

import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from storywatch.bench.kafka import PhaseResult, idle_workers
from storywatch.bench.runner import RATES, Outcome

__all__ = ["TARGETS", "draw_chart", "machine", "markdown", "results", "table", "update_readme"]

_START, _END = "<!-- results:start -->", "<!-- results:end -->"

# name -> (target, True when higher is better): the targets of the benchmarks issue.
TARGETS: dict[str, tuple[float, bool]] = {
    "core_articles_per_s": (2000.0, True),
    "pipeline_articles_per_s": (1000.0, True),
    "pipeline_vs_baseline": (0.5, True),
    "two_workers_vs_one": (1.6, True),
    "p99_ms_at_100_per_s": (100.0, False),
    "bytes_per_story": (1024.0, False),
}


def machine() -> dict[str, Any]:
    """CPU model, cores and Python of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": sys.version.split()[0],
            "platform": platform.platform()}  # fmt: skip


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a and b else None


def _rate(p: PhaseResult | None) -> float | None:
    r = p.articles_per_s if p else None
    return round(r, 1) if r else None


def _lat(p: PhaseResult | None, rate: int, key: str) -> float | None:
    v = p.latency_ms.get(rate, {}).get(key) if p else None
    return float(v) if v is not None else None


def _phase_dict(p: PhaseResult | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"workers": p.workers, "articles": p.articles, "seconds": p.seconds,
            "articles_per_s": _rate(p), "alerts": p.alerts, "expected_alerts": p.expected_alerts,
            "completion": p.completion,
            "latency_ms": {str(k): v for k, v in p.latency_ms.items()},
            "hops_ms": {str(k): v for k, v in p.hops_ms.items()},
            "cpu_s": p.cpu_s,
            "records_per_article": p.records_per_article}  # fmt: skip


def _headline(o: Outcome) -> dict[str, Any]:
    ph = o.phases or {}
    pipe, base = ph.get("faust1"), ph.get("baseline1")
    mem = o.memory or {}
    core = o.core or {}
    core_rate = core.get("articles_per_s")
    core_cpu = core.get("cpu_seconds")
    jb = mem.get("json_bytes_per_story")
    return {
        "core_articles_per_s": round(core_rate, 1) if core_rate else None,
        "pipeline_articles_per_s": _rate(pipe),
        "baseline_articles_per_s": _rate(base),
        "pipeline_vs_baseline": _ratio(_rate(pipe), _rate(base)),
        "two_workers_vs_one": _ratio(_rate(ph.get("faust2")), _rate(pipe)),
        "p99_ms_at_100_per_s": _lat(pipe, 100, "p99"),
        "bytes_per_story": round(jb, 1) if jb else None,
        "p50_ms_at_100_per_s": _lat(pipe, 100, "p50"),
        "p95_ms_at_100_per_s": _lat(pipe, 100, "p95"),
        "p99_ms_at_500_per_s": _lat(pipe, 500, "p99"),
        "baseline_p99_ms_at_100_per_s": _lat(base, 100, "p99"),
        "baseline_two_workers_vs_one": _ratio(_rate(ph.get("baseline2")), _rate(base)),
        "two_workers_vs_one_cpu": cpu_scaling(pipe, ph.get("faust2")),
        "two_workers_idle": _idle(ph.get("faust2")),
        "core_articles_per_cpu_s": round(core["articles"] / core_cpu, 1) if core_cpu else None,
        "rss_bytes_per_story": mem.get("rss_bytes_per_story"),
        "rss_bytes_per_story_as_json": (mem.get("as_json") or {}).get("rss_bytes_per_story"),
        "pipeline_records_per_article": _produced(pipe),
        "baseline_records_per_article": _produced(base),
    }


def _idle(p: PhaseResult | None) -> list[str] | None:
    """Workers of a several-worker phase that got no work during its burst."""
    return idle_workers(p.cpu_s) if p is not None else None


def cpu_ms_per_article(p: PhaseResult | None) -> float | None:
    """Worker and broker CPU ms per burst article of a phase."""
    if p is None or not p.articles or not p.cpu_s:
        return None
    return (p.cpu_s.get("workers", 0.0) + p.cpu_s.get("broker", 0.0)) * 1000 / p.articles


def cpu_scaling(one: PhaseResult | None, two: PhaseResult | None) -> float | None:
    """2 x one worker's CPU per article / two workers': the two-worker speed-up two free
    cores would give (the wall-clock ratio on a shared machine swings with the others'
    load; this one does not, as long as neither phase waited for work)."""
    a, b = cpu_ms_per_article(one), cpu_ms_per_article(two)
    return round(2 * a / b, 3) if a and b else None


def _produced(p: PhaseResult | None) -> float | None:
    """Records the phase's workers produced per article, every topic together."""
    if p is None or not p.records_per_article:
        return None
    return round(sum(p.records_per_article.values()), 2)


def _targets(head: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, (target, higher) in TARGETS.items():
        v = head.get(name)
        met = None if v is None else (v >= target if higher else v <= target)
        out[name] = {"target": target, "value": v, "met": met}
    return out


def results(o: Outcome) -> dict[str, Any]:
    """The results.json object: contract keys, then details, machine and date."""
    head = _headline(o)
    return {
        **head,
        "machine": machine(),
        "date": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "quick": o.plan.quick,
        "plan": o.plan.__dict__,
        "targets": _targets(head),
        "corpus": o.corpus,
        "core": o.core,
        "pipeline": {k: _phase_dict(v) for k, v in (o.phases or {}).items()},
        "memory": o.memory,
        "ingestion": o.ingestion,
        "delivery": o.delivery,
        "errors": o.errors or [],
        "seconds": round(o.seconds, 1),
    }


def _fmt(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:,.3f}" if abs(v) < 10 else f"{v:,.0f}"
    return str(v)


def table(res: dict[str, Any], console: Console) -> None:
    """Print the headline figures, the stage costs and the errors."""
    t = Table(title=f"storywatch bench — {res['machine']['cpu']}, {res['machine']['cores']} cores, "
              f"Python {res['machine']['python']}, {res['date']}")  # fmt: skip
    for col in ("figure", "value", "target", "met"):
        t.add_column(col, justify="left" if col == "figure" else "right")
    targets = res["targets"]
    for key, value in res.items():
        if key in ("machine", "date") or isinstance(value, dict | list) or key.startswith("quick"):
            continue
        tgt = targets.get(key, {})
        met = {True: "[green]yes[/]", False: "[red]no[/]"}.get(tgt.get("met"), "")
        t.add_row(key, _fmt(value), _fmt(tgt.get("target")) if tgt else "", met)
    console.print(t)
    stages = (res.get("core") or {}).get("stage_us") or {}
    if stages:
        s = Table(title="core cost per article (µs)")
        for name in stages:
            s.add_column(name, justify="right")
        s.add_row(*(f"{v:,.1f}" for v in stages.values()))
        console.print(s)
    for err in res.get("errors", []):
        console.print(f"[yellow]not measured:[/] {err}")


def markdown(res: dict[str, Any]) -> str:
    """The headline figures as a Markdown table, with machine and date."""
    m = res["machine"]
    lines = [
        f"Run of {res['date']} on {m['cpu']}, {m['cores']} cores, Python {m['python']} "
        f"({res.get('seconds')} s; corpus seed {res['corpus'].get('seed')}, "
        f"{res['corpus'].get('kafka_burst_articles')} articles per Kafka burst).",
        "",
        "| figure | value | target | met |",
        "| --- | ---: | ---: | --- |",
    ]
    for key, value in res.items():
        if key in ("machine", "date", "quick", "seconds") or isinstance(value, dict | list):
            continue
        tgt = res["targets"].get(key, {})
        met = {True: "yes", False: "**no**"}.get(tgt.get("met"), "")
        target = _fmt(tgt.get("target")) if tgt else ""
        lines.append(f"| `{key}` | {_fmt(value)} | {target} | {met} |")
    stages = (res.get("core") or {}).get("stage_us") or {}
    if stages:
        lines += ["", "Core cost per article (µs): " + ", ".join(
            f"{k} {v:,.0f}" for k, v in stages.items())]  # fmt: skip
    lines += _latency_notes(res)
    lines += [f"- not measured: {e.splitlines()[0][:200]}" for e in res.get("errors", [])]
    return "\n".join(lines)


def _latency_notes(res: dict[str, Any]) -> list[str]:
    """One line per paced run: samples, and whether the rate exceeded what the phase sustained."""
    notes = []
    for name, phase in (res.get("pipeline") or {}).items():
        for rate, lat in ((phase or {}).get("latency_ms") or {}).items():
            over = ", overloaded (above the burst's articles/s)" if lat.get("overloaded") else ""
            p50, p99 = _fmt(lat.get("p50")), _fmt(lat.get("p99"))
            notes.append(f"- {name} at {rate}/s: {lat.get('n')} alerts timed, "
                         f"p50 {p50} ms, p99 {p99} ms{over}{_hops(phase, rate)}")  # fmt: skip
    for name, phase in (res.get("pipeline") or {}).items():
        cpu = (phase or {}).get("cpu_s") or {}
        each = {k: v for k, v in cpu.items() if k.startswith("worker") and k != "workers"}
        if each:
            idle = idle_workers(cpu)
            parts = ", ".join(f"{k} {v:.2f}" for k, v in each.items())
            notes.append(f"- {name} CPU s per worker during the burst: {parts}"
                         f"{' (idle: ' + ', '.join(idle) + ')' if idle else ''}")  # fmt: skip
    for name, phase in (res.get("pipeline") or {}).items():
        per = (phase or {}).get("records_per_article") or {}
        if per:
            parts = ", ".join(f"{k} {v:.2f}" for k, v in per.items())
            notes.append(f"- {name} produced per article: {parts}")
    return ["", *notes] if notes else []


def _hops(phase: dict[str, Any], rate: str) -> str:
    """'; hops p50/p99 ms: classify a/b, detect c/d' of a paced run ('' without them)."""
    hops = ((phase.get("hops_ms") or {}).get(rate)) or {}
    parts = [
        f"{h} {_fmt(v.get('p50'))}/{_fmt(v.get('p99'))}" for h, v in hops.items() if v.get("n")
    ]
    return f"; hops p50/p99 ms: {', '.join(parts)}" if parts else ""


def update_readme(readme: Path, res: dict[str, Any]) -> bool:
    """Replace the results section of the README (between its markers); False without them."""
    if not readme.is_file():
        return False
    text = readme.read_text("utf-8")
    if _START not in text or _END not in text:
        return False
    head, rest = text.split(_START, 1)
    tail = rest.split(_END, 1)[1]
    readme.write_text(f"{head}{_START}\n{markdown(res)}\n{_END}{tail}", "utf-8")
    return True


def draw_chart(o: Outcome, res: dict[str, Any], path: Path) -> None:
    """Throughput bars and latency CDFs as a PNG; ImportError without matplotlib."""
    import matplotlib as mpl  # noqa: PLC0415  (the `bench` extra)

    mpl.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    fig, (bars, cdf) = plt.subplots(1, 2, figsize=(12, 4.8))
    ph = o.phases or {}
    names = {"core (1 core)": res["core_articles_per_s"]}
    for key, label in (("faust1", "pipeline 1w"), ("faust2", "pipeline 2w"),
                       ("baseline1", "baseline 1w"), ("baseline2", "baseline 2w")):  # fmt: skip
        names[label] = _rate(ph.get(key))
    labels = [k for k, v in names.items() if v]
    bars.bar(labels, [names[k] for k in labels], color="#4c72b0")
    bars.set_ylabel("articles/s")
    bars.set_title("Throughput")
    bars.tick_params(axis="x", rotation=20)
    for kind, label in (("faust1", "pipeline"), ("baseline1", "baseline")):
        p = ph.get(kind)
        for rate in RATES:
            s = sorted(p.samples_ms.get(rate, [])) if p else []
            if s:
                ys = [(i + 1) / len(s) for i in range(len(s))]
                cdf.plot(s, ys, label=f"{label} @ {rate}/s")
    cdf.set_xscale("log")
    cdf.set_xlabel("publish-to-alert latency (ms)")
    cdf.set_ylabel("fraction of alerts")
    cdf.set_title("Latency CDF")
    if cdf.get_legend_handles_labels()[0]:
        cdf.legend()
    m = res["machine"]
    fig.suptitle(
        f"storywatch bench, {res['date']} — {m['cpu']}, {m['cores']} cores, Python {m['python']}"
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
