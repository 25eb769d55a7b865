#!/usr/bin/env bash
# Create storywatch's topics on the compose Kafka (idempotent). Run by the `topics` service.
# PARTITIONS: partitions per topic (STORYWATCH_PARTITIONS; the workers use the same value).
# PREFIX: topic prefix (STORYWATCH_TOPIC_PREFIX); APP_ID: Faust app id (STORYWATCH_APP_ID).
set -euo pipefail

BOOTSTRAP="${BOOTSTRAP:-kafka:9092}"
PARTITIONS="${PARTITIONS:-6}"
PREFIX="${PREFIX:-storywatch-}"
APP_ID="${APP_ID:-storywatch}"
TOPICS_BIN="${TOPICS_BIN:-/opt/kafka/bin/kafka-topics.sh}"

create() {  # name partitions [config...]
  local name="$1" parts="$2"
  shift 2
  local configs=()
  for c in "$@"; do configs+=(--config "$c"); done
  "$TOPICS_BIN" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$name" --partitions "$parts" --replication-factor 1 "${configs[@]}"
}

for role in articles stories changes alerts; do
  create "${PREFIX}${role}" "$PARTITIONS"
done
create "${PREFIX}deadletter" "$PARTITIONS" retention.ms=1209600000   # 14 days to inspect
create "${PREFIX}silences" 1 cleanup.policy=compact
create "${APP_ID}-story-states-changelog" "$PARTITIONS" cleanup.policy=compact
"$TOPICS_BIN" --bootstrap-server "$BOOTSTRAP" --list
