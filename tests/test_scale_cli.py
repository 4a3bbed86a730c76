"""`summitwatch ingest` options for Ray: usage errors without starting Ray."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from summitwatch.cli import app


@pytest.mark.parametrize("option", [["--workers", "2"], ["--address", "auto"]])
def test_ray_options_need_the_ray_engine(tmp_path, option):
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "r.db"), "ingest", "x.txt", *option]
    )
    assert result.exit_code == 2
    assert f"Invalid value for {option[0]}: needs --engine ray" in result.output


def test_unknown_engine_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["ingest", "x.txt", "--engine", "spark"])
    assert result.exit_code == 2
    assert "Invalid value for '--engine'" in result.output
    assert "'spark' is not one of 'local'," in result.output
