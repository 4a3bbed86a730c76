"""What belongs to an image's file name, not to the text.

Flattened wiki tables keep the file names of their flag icons beside the cells
they decorate: 'Flag of The Gambia (1889-1965).svg Gambia Bathurst', 'Flag of
France (1794-1815, 1830-1958).svg French West Africa Dakar' (real 411, 441, 461).
A historical flag's name carries the years that flag flew, which date nothing the
text reports (read as dates they gave an undated trip the year 1889), and the
country it names may be the colonial power, not where the row went (Dakar is in
Senegal); the country cell after the icon says where. Only flag names are meant: a
caption's file name such as 'Nixon Kosygin May 1972.jpg' does date and name its
picture (real 021).
"""

from __future__ import annotations

import re

_EXT = r"\.(?:svg|png|jpe?g|gif)\b"
_FLAG_YEARS = re.compile(rf"\([^()\n]*\d{{4}}[^()\n]*\){_EXT}", re.I)
_FLAG_NAME = re.compile(rf"\bFlag of [^\n]{{1,80}}?{_EXT}")


def flag_year_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the bracketed years of image file names."""
    return [(m.start(), m.end()) for m in _FLAG_YEARS.finditer(text)]


def flag_name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of flag icons' file names ('Flag of Liberia.svg')."""
    return [(m.start(), m.end()) for m in _FLAG_NAME.finditer(text)]
