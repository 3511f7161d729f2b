"""Settings: every knob comes from the environment (prefix ZHINAN_) or an optional .env file.

Secrets are `SecretStr` so they never end up in a repr or a log line by accident.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Runtime configuration; defaults make `python -m bot demo` work on a fresh checkout."""

    model_config = SettingsConfigDict(
        env_prefix="ZHINAN_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(
        default=PROJECT_ROOT / "data",
        description="Catalogue sources: guidelines/, catalogue.toml, sectors.toml.",
    )
    db: Path = Field(
        default=PROJECT_ROOT / ".state" / "zhinan.sqlite3",
        description="The SQLite file (catalogue and bot state); its folder is created on demand.",
    )
    telegram_token: SecretStr | None = Field(
        default=None, description="Bot token from @BotFather; unset means the local sandbox demo."
    )
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), description="Superadmin Telegram user ids, comma-separated."
    )
    tz: str = Field(default="Asia/Shanghai", description="Time zone for windows and reminders.")

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """Accept "1, 2,3" from the environment as well as a real collection."""
        if isinstance(value, str):
            parts = value.replace(";", ",").split(",")
            return frozenset(int(part) for part in parts if part.strip())
        if isinstance(value, int):
            return frozenset({value})
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


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment; keyword overrides win (used by the command line)."""
    return Settings(**overrides)  # type: ignore[arg-type]
