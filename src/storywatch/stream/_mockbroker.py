"""The embedded broker's process: a librdkafka mock cluster driven through ctypes.

Run as ``python -m storywatch.stream._mockbroker PARENT_PID``. It prints ``PORT <n>`` on
stdout once listening, then obeys one command per stdin line:

    topic NAME PARTITIONS   create a topic (the mock has no CreateTopics API)
    down | up               take the broker off line and back (outage tests; data kept)
    rebalance_delay MS      the group coordinator's initial rebalance delay
    stop                    exit

It exits when stdin reaches EOF (the parent closed it or died), on SIGTERM, and, on
Linux, when the parent dies (PR_SET_PDEATHSIG), so it can never outlive its parent.
SIGINT is ignored: Ctrl-C in a terminal reaches the whole process group, and the parent
stops its workers first, then this broker.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
from pathlib import Path
from typing import Any

__all__ = ["find_librdkafka", "main"]

_PR_SET_PDEATHSIG = 1
_BROKER_ID = 1


def find_librdkafka() -> Path:
    """The librdkafka shipped inside the confluent-kafka wheel."""
    import confluent_kafka  # noqa: PLC0415  (only to locate its bundled library)

    site = Path(confluent_kafka.__file__).resolve().parent.parent
    for pattern in ("confluent_kafka.libs/librdkafka*.so*", "confluent_kafka/.dylibs/librdkafka*"):
        found = sorted(site.glob(pattern))
        if found:
            return found[0]
    name = ctypes.util.find_library("rdkafka")
    if name is None:
        raise OSError("librdkafka not found beside confluent_kafka")
    return Path(name)


def _bind(lib: Any) -> None:
    vp, cp, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    lib.rd_kafka_conf_new.restype = vp
    lib.rd_kafka_conf_set.argtypes = [vp, cp, cp, cp, ctypes.c_size_t]
    lib.rd_kafka_new.restype = vp
    lib.rd_kafka_new.argtypes = [i, vp, cp, ctypes.c_size_t]
    lib.rd_kafka_mock_cluster_new.restype = vp
    lib.rd_kafka_mock_cluster_new.argtypes = [vp, i]
    lib.rd_kafka_mock_cluster_bootstraps.restype = cp
    lib.rd_kafka_mock_cluster_bootstraps.argtypes = [vp]
    lib.rd_kafka_mock_topic_create.argtypes = [vp, cp, i, i]
    lib.rd_kafka_mock_broker_set_down.argtypes = [vp, ctypes.c_int32]
    lib.rd_kafka_mock_broker_set_up.argtypes = [vp, ctypes.c_int32]
    lib.rd_kafka_mock_cluster_destroy.argtypes = [vp]
    lib.rd_kafka_mock_group_initial_rebalance_delay_ms.argtypes = [vp, ctypes.c_int32]


def _die_with_parent(parent_pid: int) -> None:
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        sys.exit(0)


def _start(lib: Any) -> tuple[Any, str]:
    err = ctypes.create_string_buffer(512)
    conf = lib.rd_kafka_conf_new()
    lib.rd_kafka_conf_set(conf, b"log_level", b"3", err, len(err))  # no CONFWARN noise
    rk = lib.rd_kafka_new(0, conf, err, len(err))  # 0: a producer handle hosts the cluster
    if not rk:
        raise OSError(f"rd_kafka_new failed: {err.value.decode(errors='replace')}")
    cluster = lib.rd_kafka_mock_cluster_new(rk, 1)
    if not cluster:
        raise OSError("rd_kafka_mock_cluster_new failed")
    return cluster, lib.rd_kafka_mock_cluster_bootstraps(cluster).decode()


def _obey(lib: Any, cluster: Any, words: list[str]) -> str:
    match words:
        case ["topic", name, parts]:
            code = lib.rd_kafka_mock_topic_create(cluster, name.encode(), int(parts), 1)
        case ["down"]:
            code = lib.rd_kafka_mock_broker_set_down(cluster, _BROKER_ID)
        case ["up"]:
            code = lib.rd_kafka_mock_broker_set_up(cluster, _BROKER_ID)
        case ["rebalance_delay", ms]:
            lib.rd_kafka_mock_group_initial_rebalance_delay_ms(cluster, int(ms))
            code = 0
        case _:
            return f"ERR unknown command {' '.join(words)!r}"
    return "OK" if code == 0 else f"ERR code {code}"


def main(argv: list[str]) -> int:
    """Host the mock cluster until told to stop or orphaned."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(int(argv[0]) if argv else os.getppid())
    lib = ctypes.CDLL(str(find_librdkafka()))
    _bind(lib)
    cluster, bootstrap = _start(lib)
    sys.stdout.write(f"PORT {bootstrap.rsplit(':', 1)[1]}\n")
    sys.stdout.flush()
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words == ["stop"]:
            break
        sys.stdout.write(_obey(lib, cluster, words) + "\n")
        sys.stdout.flush()
    # Exit without destroying the cluster: librdkafka's teardown can block on open
    # client connections, and the process's exit frees everything anyway.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
