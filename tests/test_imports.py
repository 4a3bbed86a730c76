"""The CLI starts light: no spaCy, Ray or torch until a command needs them."""

from __future__ import annotations

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
