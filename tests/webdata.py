"""A small known record for the web and API tests (issue 5): five articles, one of
them hostile (its title and text hold <script> and <img onerror>)."""

from __future__ import annotations

import re
from datetime import date

from summitwatch.models import Article, Event, Location, Participant
from summitwatch.store import Store

KIM = Participant("Kim Jong-un", country="PRK")
PUTIN = Participant("Vladimir Putin", country="RUS")
MOON = Participant("Moon Jae-in", country="KOR")
TRUMP = Participant("Donald Trump", country="USA")
XI = Participant("Xi Jinping", country="CHN")

XSS_TITLE = "Rumours <script>window.__pwned = 'title'</script>"
XSS_SENTENCE = (
    "Kim Jong-un could meet Vladimir Putin in Vladivostok "
    "<script>window.__pwned = 'text'</script>"
    "<img src=x onerror=\"window.__pwned='img'\">."
)


def _event(kind, status, people, city, country, day, text, sentence, **kw) -> Event:
    start = text.index(sentence)
    return Event(
        kind, status, list(people), Location(city=city, country=country), day,
        evidence=sentence, start_char=start, end_char=start + len(sentence), **kw,
    )  # fmt: skip


def _article(store: Store, title: str, published: date, sentences: list) -> int:
    """Store one article whose text is the given sentences; returns its id."""
    text = " ".join(s[-1] for s in sentences)
    slug = "-".join(re.findall(r"[a-z]+", title.lower())[:4])
    article = Article(
        text=text,
        title=title,
        published=published,
        url=f"https://news.test/{slug}",
    )
    events = [_event(*s[:-1], text, s[-1]) for s in sentences]
    return store.ingest(article, events).article_id


def fill(store: Store) -> dict:
    """Ingest the known record; returns the ids the tests look up."""
    ids = {}
    title = "Kim and Putin in Vladivostok"
    ids["vladivostok"] = _article(store, title, date(2019, 4, 26), [
        ("meeting", "occurred", [KIM, PUTIN], "Vladivostok", "RUS", "2019-04-25",
         "Kim Jong-un met Vladimir Putin in Vladivostok on 25 April 2019."),
    ])  # fmt: skip
    ids["vostochny"] = _article(store, "Summit at Vostochny", date(2023, 9, 14), [
        ("meeting", "occurred", [KIM, PUTIN], "Vostochny Cosmodrome", "RUS",
         "2023-09-13", "Kim Jong-un and Vladimir Putin met at the Vostochny "
         "Cosmodrome on 13 September 2023."),
        ("invitation", "occurred", [PUTIN, KIM], "Moscow", "RUS", "2023-09",
         "Putin invited Kim Jong-un to visit Moscow."),
        ("meeting", "planned", [KIM, PUTIN], "Moscow", "RUS", "2024",
         "Kim Jong-un is expected to meet Vladimir Putin in Moscow in 2024."),
    ])  # fmt: skip
    ids["korea"] = _article(store, "Korean summits", date(2019, 3, 1), [
        ("meeting", "occurred", [MOON, KIM], "Panmunjom", "KOR", "2018-04-27",
         "Moon Jae-in met Kim Jong-un at Panmunjom on 27 April 2018."),
        ("meeting", "occurred", [TRUMP, KIM], "Hanoi", "VNM", "2019-02-27",
         "Donald Trump met Kim Jong-un in Hanoi on 27 February 2019."),
    ])  # fmt: skip
    ids["beijing"] = _article(store, "A train to Beijing", date(2018, 3, 28), [
        ("meeting", "unconfirmed", [KIM, XI], "Beijing", "CHN", "2018-03",
         "Kim Jong-un is said to have met Xi Jinping in Beijing in March 2018."),
    ])  # fmt: skip
    ids["xss"] = _article(store, XSS_TITLE, date(2015, 2, 23), [
        ("meeting", "hypothetical", [KIM, PUTIN], "Vladivostok", "RUS", "2015",
         XSS_SENTENCE),
    ])  # fmt: skip
    return ids
