"""The one settings model, read from the environment once, in the CLI, and passed down.

Nothing below the CLI reads ``os.environ``. Names are ``STORYWATCH_<FIELD>``.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings"]


class Settings(BaseSettings):
    """Every knob of storywatch; see the README's settings table."""

    model_config = SettingsConfigDict(env_prefix="STORYWATCH_", extra="ignore", frozen=True)

    # Kafka
    broker: str | None = Field(
        default=None
    )  # Kafka bootstrap, e.g. kafka://localhost:9092; unset: embedded broker
    topic_prefix: str = Field(default="storywatch-")  # prefix of every topic name
    partitions: int = Field(default=4, ge=1)  # partitions of topics storywatch creates
    replication: int = Field(default=1, ge=1)  # replication factor of topics storywatch creates
    data_dir: Path = Field(default=Path(".storywatch"))  # local state (Faust table stores)
    app_id: str = Field(default="storywatch")  # Faust app id (consumer group)

    # Sinks
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    slack_webhook_url: str | None = None
    alerts_file: Path | None = None  # also append every alert as a JSON line here (a sink)
    alertmanager_url: str | None = None  # base URL; alerts are POSTed to <url>/api/v2/alerts
    delivery_queue_size: int = Field(default=1000, ge=1)  # per sink; full = back-pressure
    webhook_timeout_s: float = 10.0
    delivery_horizon_s: float = 3600.0
    shutdown_grace_s: float = 30.0

    # Observability
    metrics_port: int = Field(default=9108, ge=0, le=65535)
    metrics_host: str = "127.0.0.1"
    log_format: str = Field(default="auto", description="auto | json | console")
    log_level: str = "INFO"
    stall_after_s: float = 60.0

    # Stories and watches
    watches_file: Path | None = None
    story_ttl_days: float = 14.0
    overdue_hours: float = 72.0
    reorder_window_s: float = 0.0  # event-time reorder buffer; 0 = alert at once (see README)

    # Ingestion
    sources_file: Path | None = None
    push_token: SecretStr | None = None
    push_host: str = "127.0.0.1"
    push_port: int = 8080
    fulltext_allow_private: bool = False
