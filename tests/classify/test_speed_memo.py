"""The sentence memo is read without its lock: threads classifying the same articles at once
(every sentence recurring, some kept readings dropped while others read them) give what one
thread gives alone."""

from __future__ import annotations

import threading

from storywatch.bench.corpus import CorpusConfig, generate
from storywatch.classify import classify_article
from storywatch.classify.sentence import forget_readings


def test_threads_sharing_the_memo_read_what_one_thread_reads() -> None:
    articles = [i.article for i in generate(CorpusConfig(articles=60, seed=11))]
    forget_readings()
    alone = [classify_article(a).model_dump_json() for a in articles]
    forget_readings()
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            out = []
            for j, a in enumerate(articles * 2):
                if k == 0 and j % 25 == 0:
                    forget_readings()  # readings dropped while the other threads use them
                out.append(classify_article(a).model_dump_json())
            results[k] = out
        except BaseException as e:  # noqa: BLE001 -- reported below, with the thread's result
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    assert sorted(results) == [0, 1, 2, 3]
    for out in results.values():
        assert out == alone * 2
