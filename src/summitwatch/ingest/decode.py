"""Bytes → text: detect the encoding, refuse what is not text, with the file named."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from summitwatch.errors import UnreadableInput

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(data: bytes) -> bool:
    """NULs or many control bytes in the first 8 KiB mean binary (UTF-16 has a BOM)."""
    head = data[:8192]
    controls = sum(b < 9 or 13 < b < 32 for b in head)
    return b"\x00" in head or controls > len(head) * 0.05


def decode_bytes(data: bytes, source: str) -> str:
    """Decode article bytes; raise `UnreadableInput` naming `source` if not text."""
    if not data.strip():
        raise UnreadableInput(source, "file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise UnreadableInput(source, "not a text or HTML file (binary content)")
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise UnreadableInput(source, "cannot detect the text encoding")
    return data.decode(best.encoding, errors="replace")
