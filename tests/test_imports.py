"""The CLI starts light: no spaCy, Ray or torch until a command needs them."""

from __future__ import annotations

import os
import subprocess
import sys


def test_import_and_help_do_not_load_heavy_libraries():
    code = (
        "import sys, summitwatch, summitwatch.cli\n"
        "from typer.testing import CliRunner\n"
        "r = CliRunner().invoke(summitwatch.cli.app, ['--help'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(sorted(m for m in ('spacy', 'ray', 'torch', 'sklearn', 'scipy') if m in "
        "sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_a_cold_prospects_loads_only_what_a_forecast_needs(tmp_path):
    """#11: `prospects` with its model cached reads the store, the KB and the model;
    no NLP, web, Ray, HTML, pandas, plotting, migrations or name matching (each
    would cost a cold call from 15 ms to seconds)."""
    from datetime import date

    from summitwatch.models import Article, Event, Location, Participant
    from summitwatch.store import Store

    db = str(tmp_path / "record.db")
    with Store(db) as store:  # created and migrated here, not in the subprocess
        for year in range(2001, 2014, 3):
            people = [Participant("Vladimir Putin", country="RUS"),
                      Participant("Kim Jong-il", country="PRK")]  # fmt: skip
            said = f"Putin met Kim in Moscow in {year}."
            event = Event("meeting", "occurred", people, Location("Moscow", "RUS"),
                          f"{year}-08-01", evidence=said)  # fmt: skip
            store.write_article(Article(said, published=date(year, 8, 2)), [event])
    heavy = ("spacy", "ray", "fastapi", "trafilatura", "pandas", "matplotlib",
             "alembic", "pyarrow", "feedparser", "httpx", "rapidfuzz",
             "numpy.ma")  # fmt: skip
    code = (
        "import sys, summitwatch.cli\n"
        f"sys.argv = ['summitwatch', '--db', {db!r}, 'prospects', 'RUS', 'PRK',"
        " '--as-of', '2013-09-01']\n"
        "try:\n    summitwatch.cli.main()\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))\n"
    )
    env = os.environ | {"SUMMITWATCH_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # the first fits and caches the model; the second is cold
        out = subprocess.run([sys.executable, "-c", code], capture_output=True,
                             text=True, check=True, env=env)  # fmt: skip
        assert "P(at least one meeting)" in out.stdout, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
