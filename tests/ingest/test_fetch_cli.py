"""`storywatch fetch URL...`: normalised JSONL on stdout, one line per bad feed on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from storywatch.cli import app
from storywatch.models import parse_article

from .server import SampleServer

runner = CliRunner()


def _articles(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_fetch_prints_contract_valid_articles(feed_server: SampleServer) -> None:
    urls = [feed_server.url(p) for p in ("/rss.xml", "/atom.xml", "/newsapi.json", "/sloppy.xml")]
    result = runner.invoke(app, ["fetch", "--timeout", "2", *urls])
    lines = _articles(result.stdout)
    assert len(lines) == 4 + 2 + 2 + 1
    for line in lines:
        parse_article(line)
        assert {"id", "url", "source", "published_at", "title", "body"} <= line.keys()
    # the RSS item without link or guid and the NewsAPI javascript: link are dead letters
    assert result.stderr.count("dead letter") == 2
    assert result.exit_code == 1


def test_dead_letters_can_be_written_with_their_raw_payload(
    feed_server: SampleServer, tmp_path: Path
) -> None:
    out = tmp_path / "dead.jsonl"
    result = runner.invoke(
        app, ["fetch", "--dead-letters", str(out), feed_server.url("/newsapi.json")]
    )
    assert result.exit_code == 1
    [letter] = [json.loads(line) for line in out.read_text().splitlines()]
    assert letter["reason"].startswith("url: not an http(s) URL")
    assert json.loads(letter["raw"])["url"] == "javascript:alert(1)"


def test_a_bad_feed_is_one_line_and_the_others_still_come(feed_server: SampleServer) -> None:
    bad = [feed_server.url(p) for p in ("/malformed.xml", "/loop", "/hang", "/bomb.xml")]
    result = runner.invoke(app, ["fetch", "--timeout", "1", *bad, feed_server.url("/atom.xml")])
    assert len(_articles(result.stdout)) == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4
    assert all(line.startswith("http://127.0.0.1") for line in errors)
    assert "Traceback" not in result.stderr
    assert result.exit_code == 1


def test_a_url_that_is_not_http_is_reported_and_the_others_still_come(
    feed_server: SampleServer,
) -> None:
    result = runner.invoke(app, ["fetch", "file:///etc/passwd", feed_server.url("/atom.xml")])
    assert result.stderr == "file:///etc/passwd: not an http(s) URL\n"
    assert len(_articles(result.stdout)) == 2
    assert result.exit_code == 1


def test_all_good_feeds_exit_zero(feed_server: SampleServer) -> None:
    result = runner.invoke(
        app, ["fetch", feed_server.url("/atom.xml"), feed_server.url("/sloppy.xml")]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""


def test_fetch_reads_a_sources_file(feed_server: SampleServer, tmp_path: Path) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n"
        f"  - name: Custom API\n    kind: json\n    url: {feed_server.url('/custom.json')}\n"
        "    mapping: {items: response.stories, id: story_id, url: permalink, title: headline,"
        " body: text.plain, published_at: ts}\n"
    )
    result = runner.invoke(app, ["fetch", "--sources", str(sources)])
    assert result.exit_code == 0, result.stderr
    assert [a["id"] for a in _articles(result.stdout)] == ["Custom API:101", "Custom API:102"]


def test_without_urls_the_sources_file_setting_is_used(
    feed_server: SampleServer, tmp_path: Path
) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"- {{name: atom, url: '{feed_server.url('/atom.xml')}'}}\n")
    result = runner.invoke(app, ["fetch"], env={"STORYWATCH_SOURCES_FILE": str(sources)})
    assert result.exit_code == 0, result.stderr
    assert {a["source"] for a in _articles(result.stdout)} == {"atom"}


def test_an_invalid_sources_file_is_one_line_naming_the_line(tmp_path: Path) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n  - name: x\n    url: http://a.example/feed\n    interval_s: no\n"
    )
    result = runner.invoke(app, ["fetch", "--sources", str(sources)])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "line 4" in result.stderr
    assert "interval_s" in result.stderr


def test_the_installed_command_runs(feed_server: SampleServer) -> None:
    exe = Path(sys.executable).parent / "storywatch"
    proc = subprocess.run(
        [str(exe), "fetch", feed_server.url("/atom.xml"), feed_server.url("/loop")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 1
    assert len(_articles(proc.stdout)) == 2
    assert proc.stderr.strip().endswith("too many redirects (a redirect loop?)")


def test_the_example_sources_file_is_valid() -> None:
    from storywatch.ingest.sources import load_sources

    example = Path(__file__).resolve().parents[2] / "examples" / "sources.yaml"
    env = {"NEWSAPI_KEY": "k", "GUARDIAN_KEY": "k"}
    sources = load_sources(example, env=env)
    assert len(sources) == 5
    assert sources[3].headers == {"X-Api-Key": "k"}
    assert sources[4].mapping is not None
    assert sources[4].mapping.items == ("response.results",)
