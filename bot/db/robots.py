"""Group-robot endpoints: where a WeCom, Feishu or DingTalk group receives notices, whose they
are, and what they follow (the same kinds of scope as a subscription).

States: pending (registered, verification posted, the owner has not confirmed) → active →
disabled (the platform refused its signature or keyword; the owner was told). Only active
robots receive notices. The secret and the webhook URL are credentials: they are stored to sign
and send, and never returned in a listing or a log line (callers mask them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import and_, delete, select, update

from bot.db import schema as s
from bot.db.database import Database

RobotState = Literal["pending", "active", "disabled"]


class DuplicateWebhook(ValueError):
    """That webhook is registered already (a group would get every notice twice)."""


@dataclass(frozen=True)
class NewRobot:
    channel: str
    webhook: str
    owner_id: int
    lang: str
    scope_kind: str
    scope_target: str
    scope_sector: str = ""
    city: str | None = None
    bureau: bool = False
    secret: str | None = None
    keyword: str | None = None


@dataclass(frozen=True)
class Robot:
    id: int
    channel: str
    webhook: str
    secret: str | None
    keyword: str | None
    owner_id: int
    lang: str
    scope_kind: str
    scope_target: str
    scope_sector: str
    city: str | None
    bureau: bool
    state: str
    error: str | None
    created_at: datetime
    verified_at: datetime | None

    def __repr__(self) -> str:  # never the webhook or the secret
        return f"Robot(id={self.id}, channel={self.channel}, state={self.state})"


class Robots:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(self, robot: NewRobot, now: datetime, *,
                  state: RobotState = "pending") -> int:
        async with self.db.write() as conn:
            taken = (await conn.execute(select(s.robots.c.id).where(
                s.robots.c.webhook == robot.webhook))).first()
            if taken is not None:
                raise DuplicateWebhook(robot.channel)
            result = await conn.execute(s.robots.insert().values(
                **vars(robot), state=state, created_at=now,
                verified_at=now if state == "active" else None).returning(s.robots.c.id))
            return int(result.scalar_one())

    async def get(self, robot_id: int) -> Robot | None:
        async with self.db.read() as conn:
            row = (await conn.execute(select(s.robots).where(s.robots.c.id == robot_id))).first()
        return Robot(**row._mapping) if row else None

    async def of_owner(self, owner_id: int) -> list[Robot]:
        return await self._where(s.robots.c.owner_id == owner_id)

    async def all(self) -> list[Robot]:
        return await self._where(s.robots.c.id > 0)

    async def active(self) -> list[Robot]:
        return await self._where(s.robots.c.state == "active")

    async def active_in_city(self, city: str) -> list[Robot]:
        return await self._where(and_(s.robots.c.state == "active", s.robots.c.city == city))

    async def _where(self, condition: object) -> list[Robot]:
        async with self.db.read() as conn:
            rows = await conn.execute(select(s.robots).where(condition)  # type: ignore[arg-type]
                                      .order_by(s.robots.c.id))
        return [Robot(**row._mapping) for row in rows]

    async def activate(self, robot_id: int, now: datetime) -> bool:
        """The owner saw the verification message in the group."""
        async with self.db.write() as conn:
            result = await conn.execute(update(s.robots).where(and_(
                s.robots.c.id == robot_id, s.robots.c.state == "pending"))
                .values(state="active", verified_at=now, error=None))
        return bool(result.rowcount)

    async def disable(self, robot_id: int, error: str) -> bool:
        """The platform refused the robot's credentials: no more sends, pending rows cancelled.
        False when it was not active (told once)."""
        async with self.db.write() as conn:
            result = await conn.execute(update(s.robots).where(and_(
                s.robots.c.id == robot_id, s.robots.c.state != "disabled"))
                .values(state="disabled", error=error))
            await conn.execute(update(s.outbox).where(and_(
                s.outbox.c.chat_id == robot_id, s.outbox.c.channel != "telegram",
                s.outbox.c.state == "pending")).values(state="cancelled", error=error))
        return bool(result.rowcount)

    async def remove(self, robot_id: int, owner_id: int | None = None) -> bool:
        """Delete a robot (only the owner's, when `owner_id` is given) and cancel what is still
        queued for it."""
        where = [s.robots.c.id == robot_id]
        if owner_id is not None:
            where.append(s.robots.c.owner_id == owner_id)
        async with self.db.write() as conn:
            result = await conn.execute(delete(s.robots).where(and_(*where)))
            if result.rowcount:
                await conn.execute(update(s.outbox).where(and_(
                    s.outbox.c.chat_id == robot_id, s.outbox.c.channel != "telegram",
                    s.outbox.c.state == "pending")).values(state="cancelled",
                                                           error="robot removed"))
        return bool(result.rowcount)
