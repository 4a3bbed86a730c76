"""Watch the news: feeds → runner → alerts; feed state and alerts live in the store.

from summitwatch.watch import Watcher, add_feed, add_pair
add_feed(store, "https://example.org/rss.xml", every="30m")
add_pair(store, "RUS", "PRK")
add_person(store, "Kim Jong-un")    # one side alone
report = Watcher(store).round()     # report.alerts: what changed, with evidence
"""

from summitwatch.watch.alerts import check_pairs
from summitwatch.watch.delivery import alert_json, alert_line, atom_feed, post_webhook
from summitwatch.watch.feeds import FeedError, parse_feed
from summitwatch.watch.fetch import Fetcher, FetchError, Policy
from summitwatch.watch.items import FeedItem, canonical_url
from summitwatch.watch.service import FeedOutcome, RoundReport, Watcher
from summitwatch.watch.subscribe import add_feed, add_pair, add_person, parse_every

__all__ = [
    "FeedError",
    "FeedItem",
    "FeedOutcome",
    "FetchError",
    "Fetcher",
    "Policy",
    "RoundReport",
    "Watcher",
    "add_feed",
    "add_pair",
    "add_person",
    "alert_json",
    "alert_line",
    "atom_feed",
    "canonical_url",
    "check_pairs",
    "parse_every",
    "parse_feed",
    "post_webhook",
]
