"""A failed offset commit stays uncommitted, so the next commit sends it again.

faust-streaming (0.11-0.15) records the offsets of every commit it attempts as committed
(``Consumer._commit_offsets`` updates ``_committed_offset`` whatever the broker said). A
commit refused during a rebalance (``RebalanceInProgressError``: the aiokafka driver then
returns False, "already rebalanced") is thereby taken for done: a worker that keeps its
partitions across the rebalance computes its next commits against offsets the broker never
stored, and commits nothing more for them while no new record comes. Nothing is lost (the
records are read again after a restart), but the group never drains: the benchmark's
two-worker phase stopped with 54 and 45 records of two partitions uncommitted after four
rebalances in 30 s (bench/README.md).

`honest_commit` wraps the consumer's ``_commit_offsets``: when it reports no commit, the
offsets it recorded go back to what they were, and the next periodic commit retries them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any

__all__ = ["honest_commit"]

CommitOffsets = Callable[..., Awaitable[bool]]


def honest_commit(
    commit_offsets: CommitOffsets, committed: MutableMapping[Any, int | None]
) -> CommitOffsets:
    """`commit_offsets` that restores `committed` (the consumer's record of committed
    offsets) for the partitions of a commit that did not happen."""

    async def commit(offsets: Mapping[Any, int], *args: Any, **kwargs: Any) -> bool:
        before = {tp: committed.get(tp) for tp in offsets}
        did = await commit_offsets(offsets, *args, **kwargs)
        if not did:
            for tp, old in before.items():
                if old is None:
                    committed.pop(tp, None)
                else:
                    committed[tp] = old
        return did

    return commit
