"""Prometheus metrics of one app instance: requests, latency, scores by band, errors."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest


class ServiceMetrics:
    """The service's counters and histogram, in a registry of their own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "adrisk_requests", "HTTP requests", ["route", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "adrisk_request_seconds",
            "Request latency",
            ["route"],
            buckets=(0.005, 0.01, 0.015, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
            registry=self.registry,
        )
        self.scores = Counter("adrisk_scores", "Ads scored", ["band"], registry=self.registry)
        self.errors = Counter("adrisk_errors", "Errors by kind", ["kind"], registry=self.registry)

    def exposition(self) -> bytes:
        """The Prometheus text format."""
        return generate_latest(self.registry)
