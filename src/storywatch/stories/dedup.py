"""Near-duplicate fingerprints: b-bit MinHash (datasketch) over word 3-shingles.

A fingerprint is 128 small ints (the low 8 bits of 128 MinHash values): 128 bytes.
Two texts whose shingle sets have Jaccard similarity J agree on each position with
probability J + (1 - J) / 256, so `similarity` estimates J with a standard error of
about sqrt(J (1 - J) / 128): 0.044 at J = 0.5.

A story's state keeps only the first `STORY_PERM` (16) values of its recent articles
(32 hex characters each, `story_part`): within one story a copy is compared with a
handful of articles, and syndicated copies with small edits (J of about 0.6-0.9) clear
THRESHOLD (0.35) even with that coarser estimate, while independent rewrites of the same
news score below 0.05. Those 16 values are the ones datasketch's MinHash(num_perm=16,
seed=1) gives, the fingerprint of earlier versions, so story states already in a
changelog keep matching. The cross-story index (stories.seen) compares one article with
thousands, among them template text of other threads that shares half its shingles: it
uses all 128 values, where 16 misjudged one copy in a hundred (a copy that lost a
paragraph scored below its threshold, another thread's article above it).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from functools import cache
from operator import eq

import numpy as np
import numpy.typing as npt
from datasketch import MinHash

__all__ = [
    "NUM_PERM",
    "STORY_PERM",
    "THRESHOLD",
    "fingerprint",
    "from_hex",
    "similarity",
    "story_part",
    "to_hex",
]

U32 = npt.NDArray[np.uint32]

NUM_PERM = 128
STORY_PERM = 16  # the values a story's state keeps: MinHash(num_perm=16, seed=1)'s
BITS = 8
THRESHOLD = 0.35
_SHINGLE = 3
_MASK = (1 << BITS) - 1
_CHANCE = 1.0 / (1 << BITS)
_SCHEME = "affine32"
_KEYS = np.array([[0x9E3779B1], [0x85EBCA77], [0xC2B2AE3D]], dtype=np.uint32)  # per word
_SPACE = ord(" ")
_LONGEST = 48  # bytes: a text with a longer word hashes its words one by one
_ROUND = 32  # shingles are padded (repeating the first: the minima stay) to a multiple
_CHUNK = 1024  # shingles per vectorised step: bounds the tables (2 x 512 KB) and temporaries
_NON_WORD = re.compile(r"\W+")
_ASCII = bytes(
    (i | 0x20 if 65 <= i <= 90 else i) if re.match(rb"\w", bytes([i])) else _SPACE
    for i in range(128)
) + bytes(range(128, 256))  # ASCII \w bytes lower-cased, every other ASCII byte a space


def _word_bytes(text: str) -> bytes:
    """The \\w+ runs of the lower-cased text in UTF-8, separated by spaces (one C pass for
    ASCII text). UTF-8 bytes of non-ASCII characters are never spaces."""
    if text.isascii():
        return text.encode().translate(_ASCII)
    return _NON_WORD.sub(" ", text.lower()).encode()


@cache
def _crc_tables() -> tuple[U32, U32]:
    """CRC-32 is affine: crc32(w) = XOR of byte terms ^ crc32(len(w) zero bytes), where the
    term of byte v followed by d bytes is crc32(v + d zeros) ^ crc32(d + 1 zeros).
    Returns the terms (row d, column v, flattened) and the zero-byte CRCs by length."""
    terms = [
        [zlib.crc32(bytes([v]) + bytes(d)) ^ zlib.crc32(bytes(d + 1)) for v in range(256)]
        for d in range(_LONGEST)
    ]
    zeros = [zlib.crc32(bytes(n)) for n in range(_LONGEST + 1)]
    return np.array(terms, dtype=np.uint32).ravel(), np.array(zeros, dtype=np.uint32)


def _word_crcs(data: bytes) -> U32 | None:
    """zlib.crc32 of each space-separated word of `data`, computed for all words at once;
    None for fewer than _SHINGLE words or a word longer than _LONGEST bytes."""
    buf = np.frombuffer(b" " + data + b" ", dtype=np.uint8)
    in_word = buf != _SPACE
    edges = (in_word[1:] != in_word[:-1]).nonzero()[0]  # word starts and ends, in turn
    lengths = edges[1::2] - edges[::2]
    if len(lengths) < _SHINGLE or lengths.max() > _LONGEST:
        return None
    terms, zeros = _crc_tables()
    ends = lengths.cumsum()  # in the word bytes only, one after each word's last byte
    word = buf[in_word]
    dist = np.repeat(ends - 1, lengths)  # each byte's distance from its word's end
    dist -= np.arange(len(word))
    dist <<= 8
    dist |= word
    crcs: U32 = np.bitwise_xor.reduceat(terms[dist], ends - lengths)
    crcs ^= zeros[lengths]
    return crcs


def _shingles(text: str) -> U32:
    """32-bit hashes of the word 3-shingles, combined from per-word CRC-32s (no string joins):
    (a * 0x9E3779B1 ^ b * 0x85EBCA77 ^ c * 0xC2B2AE3D) mod 2**32, computed in uint32 arrays.
    Duplicates are kept: the minimum below does not care."""
    data = _word_bytes(text)
    crcs = _word_crcs(data)
    if crcs is None:  # few words, or a very long one: word by word
        words = data.split()
        if len(words) < _SHINGLE:
            return np.array([zlib.crc32(b" ".join(words))] if words else [], dtype=np.uint32)
        crcs = np.fromiter(map(zlib.crc32, words), dtype=np.uint32, count=len(words))
    keyed = crcs * _KEYS  # one row per position in the shingle
    shingles: U32 = keyed[0, :-2] ^ keyed[1, 1:-1]
    shingles ^= keyed[2, 2:]
    return shingles


@cache
def _permutations() -> tuple[U32, U32]:
    """The seeded affine permutations (a, b), drawn once (datasketch's): the STORY_PERM of
    seed 1 first (see the module doc), then the rest from seed 2; each repeated _CHUNK
    times, to line up with _CHUNK shingles each repeated NUM_PERM times."""
    parts = [
        MinHash(num_perm=STORY_PERM, seed=1, scheme=_SCHEME).permutations,
        MinHash(num_perm=NUM_PERM - STORY_PERM, seed=2, scheme=_SCHEME).permutations,
    ]
    a = np.concatenate([p[0] for p in parts]).astype(np.uint32)
    b = np.concatenate([p[1] for p in parts]).astype(np.uint32)
    return np.tile(a, _CHUNK), np.tile(b, _CHUNK)


def _fmix32(h: U32) -> U32:
    """The MurmurHash3 32-bit finalizer, datasketch's pre-mix of the "affine32" scheme
    (in place)."""
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h


def _minima(mixed: U32) -> U32:
    """min over the shingles of a * h + b (mod 2**32), for each permutation (a, b).

    `mixed` holds at most _CHUNK pre-mixed shingle hashes, a multiple of _ROUND of them.
    Shingle-major layout: every step is one contiguous pass (no per-row loop), and the
    minimum folds _ROUND shingles' rows at a time."""
    a, b = _permutations()
    size = len(mixed) * NUM_PERM
    phv = np.repeat(mixed, NUM_PERM)
    phv *= a[:size]
    phv += b[:size]
    rows = phv.reshape(-1, _ROUND * NUM_PERM).min(axis=0)
    low: U32 = rows.reshape(_ROUND, NUM_PERM).min(axis=0)
    return low


def fingerprint(text: str) -> tuple[int, ...]:
    """A NUM_PERM-value signature of the text (empty for text without words).

    The values of datasketch's affine32 MinHash (the permutations above) updated with the
    shingle hashes, computed in vectorised steps: min over shingles of
    a * fmix32(h) + b (mod 2**32), low 8 bits kept."""
    shingles = _shingles(text)
    n = len(shingles)
    if not n:
        return ()
    mixed = np.empty(-(-n // _ROUND) * _ROUND, dtype=np.uint32)
    mixed[:n] = shingles
    mixed[n:] = shingles[0]  # a repeated shingle changes no minimum
    _fmix32(mixed)
    low = _minima(mixed[:_CHUNK])
    for start in range(_CHUNK, len(mixed), _CHUNK):
        np.minimum(low, _minima(mixed[start : start + _CHUNK]), out=low)
    low &= np.uint32(_MASK)
    return tuple(low.tolist())


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two fingerprints (0.0 when either is empty)."""
    if not a or len(a) != len(b):
        return 0.0
    same: int = sum(map(eq, a, b))
    agree = same / len(a)
    return max(0.0, (agree - _CHANCE) / (1.0 - _CHANCE))


def story_part(fp: Sequence[int]) -> tuple[int, ...]:
    """The values of a fingerprint that a story's state keeps (empty stays empty)."""
    return tuple(fp[:STORY_PERM])


def to_hex(fp: Sequence[int]) -> str:
    """Pack a fingerprint (or its story part) as hex, 2 characters a value."""
    return bytes(v & _MASK for v in fp).hex()


def from_hex(text: str) -> tuple[int, ...]:
    """Inverse of to_hex; an empty tuple for text that is not hex."""
    try:
        return tuple(bytes.fromhex(text))
    except ValueError:
        return ()
