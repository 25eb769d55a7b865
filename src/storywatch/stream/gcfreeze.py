"""The worker's use of the garbage collector: what stays alive is frozen (`gc.freeze`),
so the cyclic collector's full passes do not walk it and do not pause the event loop
(the tail of publish-to-alert at 100 articles/s; bench/README "Faust settings")."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import Any

__all__ = ["Refreeze", "freeze", "schedule_refreeze"]


def freeze() -> bool:
    """Move every object alive (Faust, the classifier's lexicons and tries: what stays for
    the worker's life) to the collector's permanent generation (`gc.freeze`), so full
    collections scan only what came after: they paused the loop 40-130 ms a few times a
    minute over ~150k objects, the tail of publish-to-alert at 100/s."""
    gc.freeze()
    return True


@dataclass
class Refreeze:
    """What survives after the first freeze still fills the oldest generation: measured in
    a worker during a burst, a full collection every ~10 s, ~0.1 s each (a tenth of the
    samples of a paced second at 100/s: the p99). So every `every_s` the survivors move to
    the permanent generation too, and every `full_every` times the whole heap is collected
    once (`unfreeze`, `collect`, `freeze`): reference counting frees frozen objects as
    ever, only cyclic garbage among them waits for that full collection."""

    every_s: float = 5.0
    full_every: int = 120  # 10 minutes
    runs: int = 0

    def __call__(self) -> None:
        self.runs += 1
        if self.runs % self.full_every == 0:
            gc.unfreeze()
            gc.collect()
        gc.freeze()


def schedule_refreeze(app: Any) -> None:
    """A Faust timer running `Refreeze` every `every_s` seconds."""
    refreeze = Refreeze()

    async def refreeze_timer() -> None:
        refreeze()

    app.timer(refreeze.every_s)(refreeze_timer)
