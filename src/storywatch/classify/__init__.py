"""Pure classification: what an article says (actors, events with modality, topics).

Stub of the foundation; the classification work replaces the internals, never the signature.
"""

from __future__ import annotations

from storywatch.models import Article, Classified

__all__ = ["classify_article"]


def classify_article(article: Article) -> Classified:
    """Classify one article: events, topics, entities and a near-duplicate fingerprint."""
    return Classified(
        id=article.id,
        url=article.url,
        source=article.source,
        published_at=article.published_at,
        title=article.title,
    )
