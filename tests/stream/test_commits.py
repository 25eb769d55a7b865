"""A failed offset commit stays uncommitted (stream/commits.py)."""

from __future__ import annotations

from typing import Any

from storywatch.stream.commits import honest_commit


class _Consumer:
    """Faust's bookkeeping, as faust-streaming does it: every attempted commit recorded."""

    def __init__(self, answers: list[bool]) -> None:
        self.committed: dict[str, int | None] = {}
        self.answers = answers
        self.sent: list[dict[str, int]] = []

    async def commit_offsets(self, offsets: dict[str, int], **_: Any) -> bool:
        self.sent.append(dict(offsets))
        self.committed.update(offsets)  # faust records it whatever the broker said
        return self.answers.pop(0)


async def test_a_refused_commit_is_not_taken_for_done() -> None:
    c = _Consumer([True, False, True])
    commit = honest_commit(c.commit_offsets, c.committed)
    assert await commit({"articles[2]": 10})
    assert not await commit({"articles[2]": 64, "articles[3]": 45})  # a rebalance refused it
    assert c.committed == {"articles[2]": 10}  # what the broker stored
    assert await commit({"articles[2]": 64, "articles[3]": 45}, start_new_transaction=True)
    assert c.committed == {"articles[2]": 64, "articles[3]": 45}
    assert c.sent[-1] == {"articles[2]": 64, "articles[3]": 45}


def test_the_worker_app_commits_honestly() -> None:
    """The worker's app wraps its consumer's commit (the consumer, with its sockets and
    loop, is made only when a worker starts: the override is what is checked)."""
    import faust

    from storywatch.stream.app import PipelineConfig, _faust_app
    from storywatch.stream.changelog import PendingWrites

    app = _faust_app(PipelineConfig(bootstrap="127.0.0.1:1", app_id="t-commits"), PendingWrites())
    assert type(app)._new_consumer is not faust.App._new_consumer
    assert "honest_commit" in type(app)._new_consumer.__code__.co_names
