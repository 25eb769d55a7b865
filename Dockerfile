# syntax=docker/dockerfile:1
# storywatch: a small, non-root image with the project in a virtualenv.
#   docker build -t storywatch:local .
#   docker run --rm -e STORYWATCH_BROKER=kafka://kafka:9092 storywatch:local worker

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---- build: install the pinned dependencies and the project into /opt/venv ------------
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
# Dependencies first, so a code change does not reinstall them.
COPY pyproject.toml constraints.txt README.md ./
RUN python - <<'PY' > /tmp/requirements.txt
import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))
PY
RUN pip install -c constraints.txt -r /tmp/requirements.txt
COPY src ./src
RUN pip install --no-deps . \
 && find /opt/venv -name '__pycache__' -prune -exec rm -rf {} + \
 && storywatch --help >/dev/null

# ---- runtime: the venv and a non-root user, nothing else ------------------------------
FROM ${PYTHON_IMAGE} AS runtime
LABEL org.opencontainers.image.title="storywatch" \
      org.opencontainers.image.description="Breaking-news alerts from story state changes" \
      org.opencontainers.image.licenses="Apache-2.0"
RUN groupadd --system --gid 10001 storywatch \
 && useradd --system --uid 10001 --gid storywatch --no-create-home \
      --home-dir /var/lib/storywatch --shell /usr/sbin/nologin storywatch \
 && install -d -o storywatch -g storywatch -m 0700 /var/lib/storywatch
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    STORYWATCH_DATA_DIR=/var/lib/storywatch \
    STORYWATCH_METRICS_HOST=0.0.0.0 \
    STORYWATCH_METRICS_PORT=9108 \
    STORYWATCH_LOG_FORMAT=json
USER 10001:10001
WORKDIR /var/lib/storywatch
EXPOSE 9108 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('STORYWATCH_METRICS_PORT', '9108'), timeout=3)"]
ENTRYPOINT ["storywatch"]
CMD ["worker"]
