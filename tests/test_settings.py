from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import ConfigError
from dateline.settings import SETTINGS, Settings, load_settings


def test_precedence_file_env_cli(tmp_path: Path) -> None:
    cfg = tmp_path / "dateline.toml"
    cfg.write_text('db = "from-file.duckdb"\nmax_bytes = 10\nport = 9000\n')
    s = load_settings({"port": 9100}, env={"DATELINE_MAX_BYTES": "20"}, config_file=cfg)
    assert (s.db, s.max_bytes, s.port) == ("from-file.duckdb", 20, 9100)


def test_bad_values_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="max_bytes"):
        load_settings({}, env={"DATELINE_MAX_BYTES": "lots"}, config_file=tmp_path / "none")
    bad = tmp_path / "bad.toml"
    bad.write_text("db = ")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings({}, env={}, config_file=bad)
    with pytest.raises(ConfigError, match="unknown setting"):
        Settings().with_overrides({"colour": "red"})


def test_table_matches_dataclass() -> None:
    defaults = Settings()
    for s in SETTINGS:
        assert getattr(defaults, s.name) == s.default, s.name
