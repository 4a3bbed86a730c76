"""Ingest: decoding, cleaning, bylines, HTML, sources, and bad input named clearly."""

from __future__ import annotations

import codecs
from datetime import date

import pytest

from conftest import SEED
from summitwatch.errors import BadArgument, UnreadableInput
from summitwatch.ingest import iter_sources, parse_published, read_article
from summitwatch.ingest.clean import byline_date, clean_text, drop_furniture
from summitwatch.ingest.decode import decode_bytes
from summitwatch.ingest.language import guess_language

ENGLISH = (
    "South Korean President Moon Jae-in met North Korean leader Kim Jong-un at the "
    "truce village of Panmunjom on Friday, the first such meeting in more than a "
    "decade, "
    "and the two leaders agreed to work towards a peace treaty."
)


def test_seed_title_date_and_furniture():
    article = read_article(SEED)
    assert article.title.startswith("Moscow vs. Vladivostok")
    assert article.published == date(2015, 2, 23)
    for furniture in ("Leave a Reply", "Akismet", "No Comments", "By |"):
        assert furniture not in article.text
    caption = "Kim Jong-il and Vladimir Putin during a 2001 meeting in Moscow"
    assert article.text.count(caption) == 1
    assert "Kim Jong-un has been officially invited to Moscow" in article.text


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By | February 23, 2015 | No Comments", date(2015, 2, 23)),
        ("By Jane Doe | April 27, 2018 | 3 Comments", date(2018, 4, 27)),
        ("Published: 27 April 2018", date(2018, 4, 27)),
        ("April 27, 2018 — 10:14 AM", date(2018, 4, 27)),
        ("Posted on 2018-04-27 by admin", date(2018, 4, 27)),
        ("March 3, 2016 – 4:15 P.M. EST", date(2016, 3, 3)),  # a time, no range
    ],
)
def test_byline_shapes(line, expected):
    assert byline_date(["Title", "", line, "", "Body text."])[0] == expected


def test_a_date_in_the_body_is_no_byline():
    lines = ["Title", "", "In October 2011, Ri Yong-ho stood between the two Kims."]
    assert byline_date(lines) == (None, None)


@pytest.mark.parametrize(
    "line",
    [
        "- Date: March 3 – April 9, 1971",
        "Dates: 30 June – 2 July 1980",
        "- Date: 3–4 March 2016",
        "Date14–15 November 2009",
        "- Date: September 29 – October 2, 1975",
        "Date 1–2 June 1990 (planned)",
        "Date: 27 June and 6 July 1959",  # the table readers' ACROSS_MONTHS
    ],
)
def test_an_infobox_date_range_is_no_byline(line):
    """The end of an event's date range is no publication date, and its line stays
    in the body (a summit page lost its date line)."""
    text = "Some Summit\n\n" + line + "\n- Cities: Lagos\n\nBody text."
    assert byline_date(text.split("\n")) == (None, None)
    assert line in clean_text(text)[2]


def test_repeated_caption_and_comment_form_dropped():
    lines = [
        "Body.",
        "Photo: Kim in Beijing | Image: AP",
        "Photo: Kim in Beijing | Image: AP",
        "Leave a Reply",
        "Share this:",
        "Email Address *",
        "More body.",
    ]
    assert drop_furniture(lines) == [
        "Body.",
        "Photo: Kim in Beijing | Image: AP",
        "More body.",
    ]


def test_clean_text_keeps_short_repeats():
    _, _, body = clean_text("Title\n\nYes.\nYes.\nEnd.")
    assert body.count("Yes.") == 2


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]
)
def test_encodings_decode(encoding):
    text = "Président Macron reçut Kim à l’Élysée. " * 20
    if encoding in ("latin-1",):
        text = text.replace("’", "'")
    data = text.encode(encoding)
    assert decode_bytes(data, "x.txt").strip().startswith("Président Macron")


def test_utf16_file_reads(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"))
    assert "Panmunjom" in read_article(path).text


def test_latin1_file_reads(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes((ENGLISH + " Señor Sánchez attended.").encode("latin-1"))
    assert "Sánchez" in read_article(path).text


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "file is empty"),
        (b"   \n\n  ", "file is empty"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
            "not a text or HTML file (binary content)",
        ),
    ],
)
def test_bad_files_name_the_file_and_problem(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableInput) as err:
        read_article(path)
    assert str(err.value) == f"{path}: {problem}"


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(
        UnreadableInput, match=r"huge.txt: file is 52 MB, over the 20 MB"
    ):
        read_article(path)


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableInput, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_html_main_text_title_and_date(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Kim meets Putin | Example News</title>"
        '<meta property="article:published_time" content="2019-04-25T09:00:00Z">'
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Kim meets Putin</h1><p>{ENGLISH}</p><p>{ENGLISH}</p></article>"
        "<div class='comments'><h3>Leave a Reply</h3><form><textarea></textarea></form>"
        "</div><footer>© 2019 Example News</footer></body></html>"
    )
    article = read_article(page)
    assert "Panmunjom" in article.text
    assert "Home" not in article.text and "©" not in article.text
    assert article.published == date(2019, 4, 25)
    assert article.title.startswith("Kim meets Putin")


def test_malformed_html_gives_a_sane_result(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text(f"<html><body><div><p>{ENGLISH}<p><b>{ENGLISH}</div></span></body>")
    assert "Panmunjom" in read_article(page).text


def test_html_without_text_is_an_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(UnreadableInput, match="empty.html: no article text"):
        read_article(page)


def test_published_override_and_sidecar(tmp_path):
    path = tmp_path / "007.txt"
    path.write_text(ENGLISH)
    (tmp_path / "007.meta.json").write_text('{"published": "2018-04-28"}')
    assert read_article(path).published == date(2018, 4, 28)
    assert read_article(path, published=date(2019, 1, 1)).published == date(2019, 1, 1)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2019", date(2019, 1, 1)),
        ("2019-04", date(2019, 4, 1)),
        ("2019-04-25", date(2019, 4, 25)),
        (None, None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_parse_published_rejects_nonsense():
    with pytest.raises(BadArgument, match="--published: bad date '25/04/2019'"):
        parse_published("25/04/2019")


def test_iter_sources_expands_folders_and_url_lists(tmp_path):
    (tmp_path / "b.txt").write_text(ENGLISH)
    (tmp_path / "a.html").write_text("<p>x</p>")
    (tmp_path / "a.json").write_text("[]")
    urls = tmp_path / "list.urls"
    urls.write_text("# feed\nhttps://example.org/a\nhttps://example.org/b\n")
    folder = [s for s in iter_sources([tmp_path]) if not s.endswith(".urls")]
    assert [s.rsplit("/", 1)[-1] for s in folder] == ["a.html", "b.txt"]
    assert iter_sources([urls]) == ["https://example.org/a", "https://example.org/b"]


@pytest.mark.parametrize(
    "text, language",
    [
        (ENGLISH, "en"),
        (
            "Der Präsident traf den Vorsitzenden in Pjöngjang, um über die "
            "Abrüstung zu sprechen, und beide Seiten einigten sich auf einen "
            "Friedensvertrag zwischen "
            "den Staaten der Halbinsel nach langen Verhandlungen im Palast.",
            "other",
        ),
        (
            "문재인 대통령과 김정은 국무위원장은 판문점에서 정상회담을 가졌다 " * 5,
            "other",
        ),
        ("Too short.", None),
    ],
)
def test_guess_language(text, language):
    assert guess_language(text) == language


@pytest.mark.parametrize(
    "dates, reason",
    [
        ("2001-13-04,2001-13-05", "bad date '2001-13-04' (no such day)"),
        (
            "2001-08-04,2001-08-01",
            "date_end 2001-08-01 is before date_start 2001-08-04",
        ),
    ],
)
def test_history_rows_with_impossible_dates_are_reported(tmp_path, dates, reason):
    from summitwatch.ingest.history import read_history_csv

    header = (
        "date_start,date_end,leader_a,country_a,leader_b,country_b,city,"
        "country_venue,kind,host,travel_mode,source,notes"
    )
    row = f"{dates},Kim Jong-il,PRK,Vladimir Putin,RUS,Moscow,RUS,summit,RUS,rail,x,y"
    path = tmp_path / "h.csv"
    path.write_text(f"{header}\n{row}\n")
    result = read_history_csv(path)
    assert result.rows == [] and result.errors == [f"h.csv:2: {reason}"]


def test_a_dateline_that_names_a_place_after_its_clock_time_stays_in_the_body():
    # session 13, gov16 (real 662): the Kremlin archive's 'date - time - place' line
    # gives the publication date and stays for the frame, which reads the place
    title, published, body = clean_text(
        "Talks with the Prime Minister\n\nMarch 3, 2004 - 00:00 - Novo-Ogaryovo "
        "Residence\n\nThe two leaders had talks.\n"
    )
    assert published == date(2004, 3, 3)
    assert "Novo-Ogaryovo Residence" in body
    _, published, body = clean_text("Title\n\nApril 27, 2018 — 10:14 AM\n\nBody text.")
    assert published == date(2018, 4, 27) and "10:14" not in body
