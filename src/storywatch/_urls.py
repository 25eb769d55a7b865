"""Canonical URLs and the ids derived from them: pure, used by models and ingestion."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["canonical_url", "id_from_url"]

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_")
_TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "cmpid", "smid"}
)


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in _TRACKING_NAMES or low.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports, tracking parameters and the fragment."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _is_tracking(k)))
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, query, ""))


def id_from_url(url: str) -> str:
    """A stable article id: the first 16 bytes of SHA-256 of the canonical URL, in hex."""
    return hashlib.sha256(canonical_url(url).encode()).hexdigest()[:32]
