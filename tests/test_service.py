"""A cancellation aimed at us is never lost in a library's close (the demo's Ctrl-C bug)."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from storywatch._service import cancel_and_wait, keep_cancellation

FOREVER = 3600.0


async def _close_like_aiokafka(entered: asyncio.Event) -> None:
    """The shape of aiokafka's stop(): await its own task under suppress(CancelledError)."""
    own = asyncio.create_task(asyncio.sleep(FOREVER))
    entered.set()
    with contextlib.suppress(asyncio.CancelledError):
        await own  # a cancellation of the caller lands here and is swallowed


async def _cancel_while_closing(wrap: bool) -> str:
    entered = asyncio.Event()
    after_close = []

    async def caller() -> None:
        close = _close_like_aiokafka(entered)
        await (keep_cancellation(close) if wrap else close)
        after_close.append("went on")
        await asyncio.sleep(FOREVER)  # e.g. the demo's linger

    task = asyncio.create_task(caller())
    await entered.wait()
    task.cancel()
    try:
        await asyncio.wait_for(task, 2)
    except asyncio.CancelledError:
        return "cancelled" if not after_close else "cancelled late"
    except TimeoutError:
        return "went on" if after_close else "hung"
    return "returned"


def test_the_library_shape_swallows_a_cancellation_of_its_caller() -> None:
    """The model is faithful: awaited bare, the caller goes on after Ctrl-C."""
    assert asyncio.run(_cancel_while_closing(wrap=False)) == "went on"


def test_keep_cancellation_raises_the_swallowed_cancellation() -> None:
    assert asyncio.run(_cancel_while_closing(wrap=True)) == "cancelled"


def test_a_cancellation_already_under_way_lets_cleanup_go_on() -> None:
    """In a `finally` after a cancellation, each close returns and the next one runs."""
    closed = []

    async def main() -> None:
        async def body() -> None:
            try:
                await asyncio.sleep(FOREVER)
            finally:
                await keep_cancellation(asyncio.sleep(0))
                closed.append("first")
                await keep_cancellation(asyncio.sleep(0))
                closed.append("second")

        task = asyncio.create_task(body())
        await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert closed == ["first", "second"]


def test_cancel_and_wait_keeps_a_cancellation_of_the_waiter() -> None:
    async def main() -> str:
        entered = asyncio.Event()
        went_on = []

        async def background() -> None:
            entered.set()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.sleep(FOREVER)
            await asyncio.sleep(0.2)  # a slow unwind: the waiter is cancelled meanwhile

        async def waiter(bg: asyncio.Task[None]) -> None:
            await cancel_and_wait(bg)
            went_on.append(True)
            await asyncio.sleep(FOREVER)

        bg = asyncio.create_task(background())
        await entered.wait()
        task = asyncio.create_task(waiter(bg))
        await asyncio.sleep(0.05)  # the waiter now awaits the unwinding background task
        task.cancel()
        try:
            await asyncio.wait_for(task, 2)
        except asyncio.CancelledError:
            return "cancelled"
        except TimeoutError:
            return "went on" if went_on else "hung"
        return "returned"

    assert asyncio.run(main()) == "cancelled"


def test_cancel_and_wait_alone_returns_once_the_task_is_gone() -> None:
    async def main() -> bool:
        bg = asyncio.create_task(asyncio.sleep(FOREVER))
        await asyncio.sleep(0)
        await cancel_and_wait(bg)
        return bg.cancelled()

    assert asyncio.run(main())
