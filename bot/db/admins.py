"""Who may act for a bureau (an admin per city, or every city) and what they did (audit)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from bot.db import schema as s
from bot.db.common import insert
from bot.db.database import Database


@dataclass(frozen=True)
class AdminRecord:
    user_id: int
    city: str | None  # None: every city
    granted_by: int
    granted_at: datetime


class Admins:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def all(self) -> dict[int, AdminRecord]:
        async with self.db.read() as conn:
            rows = await conn.execute(select(s.admins).order_by(s.admins.c.user_id))
        return {row.user_id: AdminRecord(**row._mapping) for row in rows}

    async def get(self, user_id: int) -> AdminRecord | None:
        async with self.db.read() as conn:
            row = (await conn.execute(select(s.admins).where(
                s.admins.c.user_id == user_id))).first()
        return AdminRecord(**row._mapping) if row else None

    async def grant(self, user_id: int, city: str | None, by: int, now: datetime) -> None:
        stmt = insert(self.db, s.admins).values(user_id=user_id, city=city, granted_by=by,
                                                granted_at=now)
        stmt = stmt.on_conflict_do_update(index_elements=["user_id"], set_={
            "city": stmt.excluded.city, "granted_by": stmt.excluded.granted_by,
            "granted_at": stmt.excluded.granted_at})
        async with self.db.write() as conn:
            await conn.execute(stmt)
            await _audit(conn, by, "grant", {"user": user_id, "city": city}, now)

    async def revoke(self, user_id: int, by: int, now: datetime) -> bool:
        async with self.db.write() as conn:
            result = await conn.execute(delete(s.admins).where(s.admins.c.user_id == user_id))
            if result.rowcount:
                await _audit(conn, by, "revoke", {"user": user_id}, now)
        return bool(result.rowcount)

    async def audit(self, actor: int | None, action: str, detail: dict[str, Any],
                    now: datetime) -> None:
        async with self.db.write() as conn:
            await _audit(conn, actor, action, detail, now)

    async def audit_log(self, limit: int = 50) -> list[dict[str, Any]]:
        async with self.db.read() as conn:
            rows = await conn.execute(select(s.audit).order_by(s.audit.c.id.desc()).limit(limit))
        return [dict(row._mapping) for row in rows]


async def _audit(conn: Any, actor: int | None, action: str, detail: dict[str, Any],
                 now: datetime) -> None:
    await conn.execute(s.audit.insert().values(at=now, actor=actor, action=action,
                                               detail=detail))
