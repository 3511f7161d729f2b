"""Prometheus metrics: what the bot did (counters, latency) and what it holds (gauges).

Counters and the latency histogram are recorded as updates are handled (bot/web.py wires them
into python-telegram-bot). Gauges — outbox depth by state, reminders pending, catalogue size,
active users, whether the outbox sender runs — are read from SQLite at scrape time by a custom
collector, so they are right after a restart and cost nothing between scrapes.

Each `Metrics` has its own CollectorRegistry (never the process-global one), so several bots
in one process — tests — do not collide.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from bot.state import REACHABLE
from bot.store import Store

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

    def observe_update(self, kind: str, seconds: float) -> None:
        self.updates.labels(kind).inc()
        self.latency.labels(kind).observe(seconds)

    def count_error(self, kind: str) -> None:
        self.errors.labels(kind).inc()

    def count_request(self, status: int) -> None:
        self.webhook_requests.labels(str(status)).inc()

    def watch(self, collector: Collector) -> None:
        self.registry.register(collector)

    def render(self) -> bytes:
        """The exposition text; call it off the event loop (collectors read SQLite)."""
        return generate_latest(self.registry)


class StateCollector(Collector):
    """Gauges computed from SQLite and the running bot at each scrape."""

    def __init__(self, store: Store, leaf_count: Callable[[], int],
                 sender_alive: Callable[[], bool],
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.store = store
        self.leaf_count = leaf_count
        self.sender_alive = sender_alive
        self.now = now  # the bot's clock, as the sender's: "due" means the same to both

    def describe(self) -> Iterator[Metric]:
        return iter(())  # computed on demand; do not query SQLite at registration

    def collect(self) -> Iterator[Metric]:
        outbox = GaugeMetricFamily("zhinan_outbox_messages", "Outbox rows by state.",
                                   labels=["state"])
        due = GaugeMetricFamily("zhinan_outbox_due", "Pending outbox rows due now (a backlog "
                                "that does not shrink means the sender is stuck or throttled).")
        reminders = GaugeMetricFamily("zhinan_reminders_pending",
                                      "Deadline reminders waiting in the outbox.")
        users = GaugeMetricFamily("zhinan_users_active", "Users the bot can write to: they "
                                  "started it privately and have not blocked it.")
        up = GaugeMetricFamily("zhinan_database_up", "1 when the scrape could read SQLite.")
        try:
            counts, due_now, pending_reminders, active = self._query()
        except Exception as exc:  # a scrape must not fail because SQLite did
            log.warning("metrics: cannot read the database: %s", exc)
            up.add_metric([], 0)
        else:
            up.add_metric([], 1)
            for state in sorted(set(OUTBOX_STATES) | set(counts)):
                outbox.add_metric([state], counts.get(state, 0))
            due.add_metric([], due_now)
            reminders.add_metric([], pending_reminders)
            users.add_metric([], active)
            yield outbox
            yield due
            yield reminders
            yield users
        yield up
        yield GaugeMetricFamily("zhinan_catalogue_leaves", "Directions (leaves) the bot serves.",
                                value=self.leaf_count())
        yield GaugeMetricFamily("zhinan_outbox_sender_up", "1 while the outbox sender runs.",
                                value=1 if self.sender_alive() else 0)

    def _query(self) -> tuple[dict[str, int], int, int, int]:
        now = self.now().astimezone(UTC).isoformat(timespec="seconds")
        with self.store.lock:
            db = self.store.db
            counts = {row["state"]: int(row["n"]) for row in db.query(
                "SELECT state, count(*) AS n FROM outbox GROUP BY state")}
            due_now = db.execute("SELECT count(*) FROM outbox WHERE state = 'pending' "
                                 "AND next_at <= ?", [now]).fetchone()[0]
            pending_reminders = db.execute("SELECT count(*) FROM outbox WHERE state = 'pending' "
                                           "AND kind = 'reminder'").fetchone()[0]
            active = db.execute(f"SELECT count(*) FROM users u WHERE {REACHABLE}").fetchone()[0]
        return counts, int(due_now), int(pending_reminders), int(active)
