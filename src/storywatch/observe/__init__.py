"""Observability adapters: metrics, health, logging setup."""
