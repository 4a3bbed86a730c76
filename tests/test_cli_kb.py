"""`summitwatch kb summits` and `summitwatch kb who`, run in-process."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from summitwatch.cli import app


def run(*args: str):
    return CliRunner().invoke(app, ["kb", *args])


def test_summits_json_gives_osaka():
    result = run("summits", "--year", "2019", "--series", "G20", "--json")
    assert result.exit_code == 0, result.output
    (summit,) = json.loads(result.output)
    assert (summit["city"], summit["country"]) == ("Osaka", "JPN")
    assert (summit["start"], summit["end"]) == ("2019-06-28", "2019-06-29")


def test_summits_filters_by_host_country_and_series_alias():
    result = run("summits", "--series", "G8", "--country", "rus", "--json")
    assert result.exit_code == 0, result.output
    found = {(s["year"], s["city"], s["status"]) for s in json.loads(result.output)}
    assert found == {(2006, "Saint Petersburg", "held"), (2014, "Sochi", "cancelled")}


def test_summits_table_names_city_and_dates():
    result = run("summits", "--year", "2019", "--series", "G20")
    assert result.exit_code == 0, result.output
    assert "Osaka" in result.output and "JPN" in result.output
    assert "2019-06-28..06-29" in result.output.replace("\n", "").replace(
        "│", ""
    ).replace(" ", "")


def test_summits_unknown_series_is_an_error():
    result = run("summits", "--series", "G99")
    assert result.exit_code == 1
    assert "Error: unknown summit series: 'G99'" in result.output


def test_who_full_name_gives_the_office_on_the_day():
    result = run("who", "Moon Jae-in", "--on", "2019-06-29", "--json")
    assert result.exit_code == 0, result.output
    (person,) = json.loads(result.output)
    assert (person["id"], person["country"]) == ("moon-jae-in", "KOR")
    assert [o["title"] for o in person["offices"]] == ["President"]


def test_who_without_a_date_lists_every_office():
    result = run("who", "Moon Jae-in", "--json")
    (person,) = json.loads(result.output)
    assert len(person["offices"]) >= 1
    assert all(o["start"] for o in person["offices"])


def test_who_ranks_a_shared_surname_by_office_on_the_day_and_country():
    result = run("who", "Kim", "--on", "2000-06-13", "--country", "KOR", "--json")
    assert result.exit_code == 0, result.output
    people = json.loads(result.output)
    assert people[0]["id"] == "kim-dae-jung"
    assert people[0]["offices"][0]["role"] == "head_of_state"
    assert len(people) <= 10
    later = json.loads(run("who", "Kim", "--on", "2019-06-29", "--json").output)
    assert "kim-jong-un" in [p["id"] for p in later[:2]]
    assert "kim-dae-jung" not in [p["id"] for p in later[:5]]


def test_who_table_and_unknown_name():
    result = run("who", "Moon Jae-in", "--on", "2019-06-29")
    assert result.exit_code == 0 and "moon-jae-in" in result.output
    result = run("who", "Nobody Atall")
    assert result.exit_code == 0
    assert (
        result.output.strip()
        == "No one in the knowledge base is called 'Nobody Atall'."
    )


def test_who_bad_date_is_an_error():
    result = run("who", "Kim", "--on", "2000-13-13")
    assert result.exit_code == 1
    assert "Error: --on: bad date '2000-13-13' (want YYYY-MM-DD)" in result.output
