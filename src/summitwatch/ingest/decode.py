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


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no BOM: most of its (mostly Latin) characters have a NUL
    high byte, at odd offsets (little-endian) or even ones (big-endian)."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) // 2 * 2]
    if len(head) < 4:
        return None
    odd, even = head[1::2], head[0::2]
    half = len(head) // 2
    if odd.count(0) > 0.6 * half and even.count(0) < 0.1 * half:
        return "utf-16-le"
    if even.count(0) > 0.6 * half and odd.count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, source: str) -> str:
    """Decode article bytes; raise `UnreadableInput` naming `source` if not text."""
    if not data.strip():
        raise UnreadableInput(source, "file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if encoding := _utf16_without_bom(data):
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
