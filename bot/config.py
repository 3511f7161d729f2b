"""Settings: every knob comes from the environment (prefix ZHINAN_) or an optional .env file.

Secrets are `SecretStr` so they never end up in a repr or a log line by accident.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from sqlalchemy.engine import URL, make_url

PROJECT_ROOT = Path(__file__).resolve().parent.parent
Dialect = Literal["sqlite", "postgresql"]
_PG_SCHEMES = ("postgresql", "postgres", "postgresql+asyncpg")


class DatabaseUrlError(ValueError):
    """ZHINAN_DB is neither a file path nor a postgresql:// URL."""


@dataclass(frozen=True)
class Target:
    """Where the data lives: a SQLite file or a PostgreSQL database."""

    dialect: Dialect
    url: URL
    path: Path | None = None

    @property
    def safe(self) -> str:
        """For logs and messages: the URL with its password hidden."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)


def parse_target(value: str | Path) -> Target:
    """A file path → SQLite; postgresql://… → PostgreSQL; any other URL is refused (a
    `mysql://` or a typo must not silently become a folder named after the scheme)."""
    text = str(value).strip()
    if not text:
        raise DatabaseUrlError("ZHINAN_DB is empty: give a file path or a postgresql:// URL")
    scheme = urlsplit(text).scheme.lower() if "://" in text else ""
    if not scheme:
        path = Path(text).expanduser()
        return Target("sqlite", URL.create("sqlite+aiosqlite", database=str(path)), path)
    if scheme not in _PG_SCHEMES:
        raise DatabaseUrlError(
            f"ZHINAN_DB: unsupported database {scheme!r}; give a SQLite file path or a "
            "postgresql://user:password@host:port/dbname URL")
    url = make_url(text).set(drivername="postgresql+asyncpg")
    if not url.database:
        raise DatabaseUrlError("ZHINAN_DB: the postgresql:// URL names no database")
    return Target("postgresql", url)


class Settings(BaseSettings):
    """Runtime configuration; defaults make `python -m bot demo` work on a fresh checkout."""

    model_config = SettingsConfigDict(
        env_prefix="ZHINAN_", env_file=".env", env_file_encoding="utf-8", extra="ignore",
        env_ignore_empty=True,  # "ZHINAN_SUPPORT_CHAT_ID=" in a .env means unset, not an error
    )

    data_dir: Path = Field(
        default=PROJECT_ROOT / "data",
        description="Catalogue sources: guidelines/, catalogue.toml, sectors.toml.",
    )
    db: str = Field(
        default=str(PROJECT_ROOT / ".state" / "zhinan.sqlite3"),
        description="Where the catalogue and the bot's state live: a SQLite file path (its "
        "folder is created on demand) or a postgresql://user:password@host:port/db URL.",
    )
    max_document_bytes: int = Field(
        default=10 * 1024 * 1024, gt=0,
        description="Largest guideline document read (a .txt, .docx or .pdf); bigger ones are "
                    "refused before they are parsed.")
    shrink_limit: float = Field(
        default=0.1, gt=0, le=1,
        description="Share of a guideline's published directions a reload may drop without "
                    "`catalogue load --accept-shrink` (a truncated document drops many).")
    telegram_token: SecretStr | None = Field(
        default=None, description="Bot token from @BotFather; unset means the local sandbox demo."
    )
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), description="Superadmin Telegram user ids, comma-separated."
    )
    tz: str = Field(default="Asia/Shanghai", description="Time zone for windows and reminders.")
    outbox_in_flight: int = Field(
        default=32, ge=1, le=1000,
        description="Outbox messages (broadcasts, reminders) in flight at once, each to its own "
                    "chat; after a crash at most this many are in doubt (recorded as unknown, "
                    "never resent).",
    )
    send_timeout: float = Field(
        default=30.0, gt=0,
        description="Seconds the outbox waits for Telegram's answer to one send. A send with "
                    "no answer in time may still have been delivered: it is recorded as "
                    "unconfirmed and never resent automatically, so keep this long enough for "
                    "a slow Bot API (timeouts should be rare); one slow send holds one of the "
                    "sender's slots, not the others.",
    )
    reminder_tick_seconds: float = Field(
        default=60.0, gt=0,
        description="How often the dispatcher plans the reminders due (the ladder's steps are at "
                    "09:00, so a minute is plenty); tests shorten it to see the job fire.")
    broadcast_channel_id: int | None = Field(
        default=None, description="A channel superadmins' broadcasts are also posted to.")
    rate_limit_per_second: float = Field(
        default=30.0, gt=0,
        description="Bot-wide message rate (Telegram allows about 30/s), one budget shared by "
                    "replies and the outbox, replies first; raise only for a local Bot API "
                    "server with other limits.",
    )

    # --- webhook mode, health/metrics endpoint and logs (bot/web.py, bot/logs.py)
    webhook_url: str | None = Field(
        default=None,
        description="Public HTTPS URL Telegram posts updates to, e.g. "
        "https://bot.example.org/telegram/<random>; set → `run` uses webhook mode. Its path is "
        "the path the bot serves, so pick a random one.",
    )
    webhook_secret: SecretStr | None = Field(
        default=None,
        description="X-Telegram-Bot-Api-Secret-Token (1-256 of A-Z a-z 0-9 _ -); unset: a random "
        "one is made at each start and registered with setWebhook.",
    )
    web_host: str = Field(default="127.0.0.1",
                          description="Address the webhook/health/metrics server listens on.")
    web_port: int = Field(default=8000, ge=0, le=65535,
                          description="Port of the webhook/health/metrics server.")
    max_body_bytes: int = Field(default=1_048_576, gt=0,
                                description="Largest webhook request body accepted (413 above).")
    log_format: Literal["text", "json"] = Field(
        default="text", description="text for people, json (one object per line) for collectors."
    )
    log_level: str = Field(default="INFO", description="DEBUG, INFO, WARNING or ERROR.")

    # --- group robots (bot/robots/, bot/channels/robots.py)
    robot_hosts: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(), description="Hosts (host or host:port, comma-separated) allowed for group "
        "robot webhooks besides WeCom's, Feishu's/Lark's and DingTalk's own: only for a local "
        "sandbox (plain http is allowed only on the loopback interface).")

    @field_validator("robot_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("admin_ids", "support_staff_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """Accept "1, 2,3" (or a JSON list) from the environment as well as a collection."""
        if isinstance(value, str):
            parts = value.strip().strip("[]").replace(";", ",").split(",")
            return frozenset(int(part) for part in parts if part.strip())
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("db")
    @classmethod
    def _known_database(cls, value: str) -> str:
        parse_target(value)  # refuses mysql://, typos …: at start-up, with a clear message
        return value

    @field_validator("tz")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        ZoneInfo(value)  # raises on an unknown zone: fail at start-up, not at 09:00
        return value

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    @property
    def guidelines_dir(self) -> Path:
        return self.data_dir / "guidelines"

    # --- support hand-off (bot/support.py, handlers/support.py)
    support_chat_id: int | None = Field(
        default=None, description="Support group chat id: users' questions are posted there; "
        "unset turns \"ask a person\" off (the local demo uses its own support group).")
    support_chats: dict[str, int] = Field(
        default_factory=dict, description='Per-city support groups as JSON, e.g. '
        '{"南宁": -1001234567890}; other cities use support_chat_id.')
    support_staff_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), description="Support staff user ids, comma-separated (or JSON, "
        "e.g. [1003]); besides the support group's administrators, they may close tickets and "
        "save FAQs.")
    reveal_staff: bool = Field(
        default=False, description="Show users the name of the staff member who answered.")
    max_open_tickets: int = Field(default=3, ge=1,
                                  description="Open support tickets a user may hold at once.")
    support_messages_per_minute: int = Field(
        default=5, ge=1, description="Ticket messages (questions, follow-ups) a user may send "
        "to the support group per minute.")


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment; keyword overrides win (used by the command line)."""
    return Settings(**overrides)  # type: ignore[arg-type]


def _default_text(value: object) -> str:
    """A default as a person would type it: paths relative to the project, empties blank."""
    if isinstance(value, Path):
        return str(value.relative_to(PROJECT_ROOT)) if value.is_relative_to(PROJECT_ROOT) \
            else str(value)
    if isinstance(value, str) and value.startswith(str(PROJECT_ROOT)):
        return str(Path(value).relative_to(PROJECT_ROOT))
    if value is None or value in (frozenset(), {}, ""):
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def settings_reference() -> list[tuple[str, str, str]]:
    """(variable, default, what it does) for every setting, in the order config.py lists them:
    the one source the README's table and deploy/.env.example are checked against."""
    rows = []
    for name, info in Settings.model_fields.items():
        default = info.get_default(call_default_factory=True)
        rows.append((f"ZHINAN_{name.upper()}", _default_text(default),
                     " ".join((info.description or "").split())))
    return rows


def settings_markdown() -> str:
    lines = ["| Variable | Default | What it does |", "|---|---|---|"]
    lines += [f"| `{name}` | {f'`{default}`' if default else 'unset'} | "
              f"{text.replace('|', '∣')} |" for name, default, text in settings_reference()]
    return "\n".join(lines)
