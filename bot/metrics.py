"""Prometheus metrics: what the bot did (counters, latency) and what it holds (gauges).

Counters and the latency histogram are recorded as updates are handled (bot/web.py wires them
into python-telegram-bot). Gauges — outbox depth by state, reminders pending, catalogue size,
reachable users, whether this process's dispatcher runs and leads — are read from the database
at scrape time, so they are right after a restart and cost nothing between scrapes.

Each `Metrics` has its own CollectorRegistry (never the process-global one), so several bots
in one process — tests — do not collide.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

if TYPE_CHECKING:
    from bot.core import Core

log = logging.getLogger("zhinan.metrics")

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
OUTBOX_STATES = ("pending", "sending", "sent", "failed", "blocked", "unknown", "cancelled",
                 "skipped")
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    """The bot's metrics in a registry of their own."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self.updates = Counter("zhinan_updates", "Updates handled, by update type.", ["type"],
                               registry=self.registry)
        self.errors = Counter("zhinan_errors", "Errors raised while handling updates or running "
                              "jobs, by update type ('none' outside an update).", ["type"],
                              registry=self.registry)
        self.latency = Histogram("zhinan_update_duration_seconds",
                                 "Time from taking an update off the queue to the last handler "
                                 "returning, by update type.", ["type"],
                                 buckets=LATENCY_BUCKETS, registry=self.registry)
        self.webhook_requests = Counter("zhinan_webhook_requests",
                                        "Webhook POSTs by HTTP status answered.", ["status"],
                                        registry=self.registry)
        self.state = StateCollector()
        self.registry.register(self.state)

    def observe_update(self, kind: str, seconds: float) -> None:
        self.updates.labels(kind).inc()
        self.latency.labels(kind).observe(seconds)

    def count_error(self, kind: str) -> None:
        self.errors.labels(kind).inc()

    def count_request(self, status: int) -> None:
        self.webhook_requests.labels(str(status)).inc()

    async def refresh(self, core: Core, dispatcher_up: bool, leading: bool) -> None:
        """Read the gauges from the database (a failure is a gauge too, not a failed scrape)."""
        gauges = StateGauges(leaves=len(core.catalogue.leaves), dispatcher_up=dispatcher_up,
                             leading=leading)
        try:
            outbox = core.storage.outbox
            gauges.outbox = await outbox.counts()
            gauges.due, gauges.reminders = await outbox.backlog(core.now())
            gauges.reachable = len(await core.storage.users.reachable_ids())
            gauges.database_up = True
        except Exception as exc:
            log.warning("metrics: cannot read the database: %s", exc)
        self.state.gauges = gauges

    def render(self) -> bytes:
        return generate_latest(self.registry)


@dataclass
class StateGauges:
    """What the bot holds, read from the database just before a scrape is rendered."""

    outbox: dict[str, int] = field(default_factory=dict)
    due: int = 0
    reminders: int = 0
    reachable: int = 0
    leaves: int = 0
    dispatcher_up: bool = False
    leading: bool = False
    database_up: bool = False


class StateCollector(Collector):
    """Gauges from the last `Metrics.refresh` (the database is read asynchronously there, so
    rendering never touches it)."""

    def __init__(self) -> None:
        self.gauges = StateGauges()

    def describe(self) -> Iterator[Metric]:
        return iter(())  # computed on demand

    def collect(self) -> Iterator[Metric]:
        g = self.gauges
        if g.database_up:
            outbox = GaugeMetricFamily("zhinan_outbox_messages", "Outbox rows by state.",
                                       labels=["state"])
            for state in sorted(set(OUTBOX_STATES) | set(g.outbox)):
                outbox.add_metric([state], g.outbox.get(state, 0))
            yield outbox
            yield GaugeMetricFamily("zhinan_outbox_due", "Pending outbox rows due now (a backlog "
                                    "that does not shrink means the sender is stuck or "
                                    "throttled).", value=g.due)
            yield GaugeMetricFamily("zhinan_reminders_pending",
                                    "Deadline reminders waiting in the outbox.", value=g.reminders)
            yield GaugeMetricFamily("zhinan_users_reachable",
                                    "Users who started the bot and have not blocked it.",
                                    value=g.reachable)
        yield GaugeMetricFamily("zhinan_database_up", "1 when the scrape could read the database.",
                                value=1 if g.database_up else 0)
        yield GaugeMetricFamily("zhinan_catalogue_leaves", "Directions (leaves) the bot serves.",
                                value=g.leaves)
        yield GaugeMetricFamily("zhinan_dispatcher_up", "1 while this process's dispatcher runs.",
                                value=1 if g.dispatcher_up else 0)
        yield GaugeMetricFamily("zhinan_dispatcher_leading",
                                "1 while this process sends reminders and the outbox.",
                                value=1 if g.leading else 0)
