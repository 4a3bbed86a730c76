"""What the JSON API (`api/`) and the pages (`web/`) share, so neither imports the
other: the FastAPI dependencies (`deps`), the error responses (`errors`), and the
page data (`views`: one function per page, a plain dict the API sends as JSON and
the page renders)."""
