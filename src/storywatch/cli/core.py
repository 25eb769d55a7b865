"""`classify` and `detect`: the pure core over files, no broker."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Annotated

import typer

from storywatch import _json
from storywatch._exceptions import InvalidInput
from storywatch.classify import classify_article
from storywatch.cli._common import ArticleReader, load_settings, open_input, story_config
from storywatch.engine import Detector
from storywatch.models import Change
from storywatch.stories.explain import explain as explain_change

__all__ = ["register"]

FileArg = Annotated[str, typer.Argument(help="Article JSONL file, or - for standard input")]


def classify(
    file: FileArg = "-",
    explain: Annotated[
        bool, typer.Option(help="Show the words and rule behind each event")
    ] = False,
) -> None:
    """Read articles, write one line per article: topics, entities and events (CONTRACT.md)."""
    with open_input(file) as stream:
        reader = ArticleReader(stream)
        for article in reader:
            c = classify_article(article)
            line = c.contract_dict()
            if explain:
                line["explain"] = [
                    {"rule": e.rule, "trigger": e.trigger, "sentence": e.sentence} for e in c.events
                ]
            sys.stdout.write(_json.dumps_line(line) + "\n")
    raise typer.Exit(1 if reader.bad else 0)


def detect(
    file: FileArg = "-",
    now: Annotated[
        datetime | None, typer.Option(help="Event time at the end of the stream (runs deadlines)")
    ] = None,
    explain: Annotated[
        bool, typer.Option(help="Show the events and rules behind each change")
    ] = False,
) -> None:
    """Read articles in order, write one line per state change (CONTRACT.md), no broker."""
    try:
        config = story_config(load_settings())
    except InvalidInput as e:
        sys.stderr.write(f"{e}\n")
        raise typer.Exit(2) from None
    if now is not None and now.tzinfo is None:
        raise typer.BadParameter("--now needs a time zone, e.g. 2025-07-24T00:00:00Z")
    det = Detector(config, keep_items=explain)
    failed = 0
    with open_input(file) as stream:
        reader = ArticleReader(stream)
        for article in reader:
            try:
                changes = det.feed(article)
            except Exception as e:  # noqa: BLE001  # boundary: report the article, go on
                failed += 1
                sys.stderr.write(f"article {article.id}: not processed: {_reason(e)}\n")
                continue
            _write_changes(det, changes, explain)
        _write_changes(det, det.finish(now), explain)
    raise typer.Exit(1 if reader.bad or failed else 0)


def _reason(e: Exception) -> str:
    """One line naming an unexpected failure (a bug to report, never a traceback)."""
    text = str(e).splitlines()[0] if str(e) else ""
    return f"{type(e).__name__}: {text}"[:300]


def _write_changes(det: Detector, changes: list[Change], explain: bool) -> None:
    """One JSON line per change; with --explain, the rule and events behind it."""
    for change in changes:
        line = change.contract_dict()
        if explain:
            line["explain"] = explain_change(change, det.items.get(det.key(change)))
        else:
            line.pop("rule", None)
        sys.stdout.write(_json.dumps_line(line) + "\n")


def register(app: typer.Typer) -> None:
    """Add the core commands to the CLI."""
    app.command()(classify)
    app.command()(detect)
