"""Seeded mutations of bytes, text and zip archives: what the fuzzer does to each seed."""

from __future__ import annotations

import io
import random
import re
import struct
import zipfile
from pathlib import Path

from corridors import userlayers

INTERESTING_BYTES = (0x00, 0xFF, 0x7F, 0x80, 0x20, 0x0A, 0x0D, 0x22, 0x2C, 0x7B, 0x7D, 0x5B, 0x3A, 0x2D)
INTERESTING_TEXT = (
    "",
    "0",
    "-1",
    "-0",
    "1e309",
    "-1e309",
    "NaN",
    "inf",
    "9" * 40,
    "0.000000000000000000001",
    "null",
    "true",
    "[]",
    "{}",
    '"',
    "'",
    ",",
    ";",
    ":",
    "\n",
    "\r",
    "\t",
    "\x00",
    "é",
    "\u202e",
    "𝔘",
    "\ufeff",
    "<script>",
    "&amp;",
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "1900",
    "EPSG:3857",
    "x" * 3000,
    "- a\n- b",
    "*anchor",
    "&anchor [1]",
    "!!python/object:os.system",
    "?",
    "%",
    "²",
    "٣",
    "1_000",
    " 7 ",
    "[" * 1100,  # deeper than Python's recursion limit
)
#: Header fields of a zip, as (offset, width) by signature: versions, flags, method, CRC, sizes, name
#: and extra lengths, member offsets, and the end record's counts and directory size and offset.
ZIP_FIELDS = {
    b"PK\x03\x04": ((4, 2), (6, 2), (8, 2), (14, 4), (18, 4), (22, 4), (26, 2), (28, 2)),
    b"PK\x01\x02": ((4, 2), (6, 2), (8, 2), (10, 2), (16, 4), (20, 4), (24, 4), (28, 2), (30, 2), (32, 2), (34, 2)),
    b"PK\x05\x06": ((4, 2), (6, 2), (8, 2), (10, 2), (12, 4), (16, 4), (20, 2)),
}
ZIP_VALUES = (0, 1, 0xFF, 0xFFFF, 0xFFFFFFFF, 0x7FFFFFFF, 9, 12, 14, 63, 64, 99)
NAMES = ("../../x", "/abs", "C:\\x", "a.zip", "dup", "__MACOSX/._s", "ü\u202e", "x" * 300, "", ".")
SUFFIXES = (*userlayers.SUFFIXES, ".txt", ".kml", ".shp", ".GEOJSON", ".Zip", "")


class Mutator:
    """Seeded mutations of bytes, text and zip archives (all deterministic for a given ``random.Random``)."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def binary(self, data: bytes, rounds: int | None = None) -> bytes:
        rng, out = self.rng, bytearray(data)
        for _ in range(rounds or rng.randint(1, 4)):
            op, at = rng.randrange(7), rng.randrange(len(out) + 1)
            if op == 0 and out:
                out[min(at, len(out) - 1)] ^= 1 << rng.randrange(8)
            elif op == 1 and out:
                out[min(at, len(out) - 1)] = rng.choice(INTERESTING_BYTES)
            elif op == 2:
                del out[at:]  # truncation
            elif op == 3:
                out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
            elif op == 4:
                del out[at : at + rng.randint(1, 64)]
            elif op == 5 and out:
                start = rng.randrange(len(out))
                out[at:at] = out[start : start + rng.randint(1, 256)]  # a chunk repeated elsewhere
            else:
                out[at:at] = rng.choice(INTERESTING_TEXT).encode("utf-8")
        return bytes(out)

    def text(self, data: bytes) -> bytes:
        """Token and line mutations that keep most of the structure, so deeper checks run."""
        rng = self.rng
        text = data.decode("utf-8", errors="surrogateescape")
        for _ in range(rng.randint(1, 3)):
            op = rng.randrange(5)
            tokens = list(re.finditer(r"[A-Za-z0-9_.+\-]+", text))
            lines = text.split("\n")
            if op <= 1 and tokens:
                token = rng.choice(tokens)
                other = rng.choice(tokens).group() if op == 1 else rng.choice(INTERESTING_TEXT)
                text = text[: token.start()] + other + text[token.end() :]
            elif op == 2 and len(lines) > 1:
                del lines[rng.randrange(len(lines))]
                text = "\n".join(lines)
            elif op == 3 and lines:
                at = rng.randrange(len(lines))
                lines.insert(rng.randrange(len(lines) + 1), lines[at])
                text = "\n".join(lines)
            elif len(lines) > 1:
                a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[a], lines[b] = lines[b], lines[a]
                text = "\n".join(lines)
        out = text.encode("utf-8", errors="surrogateescape")
        return self.binary(out, 1) if rng.random() < 0.3 else out

    def any(self, data: bytes) -> bytes:
        return self.text(data) if self.rng.random() < 0.6 else self.binary(data)

    def archive(self, data: bytes) -> bytes:
        """A zip with a header field changed, or re-zipped with one member damaged, renamed or recompressed."""
        rng = self.rng
        if rng.random() < 0.5:
            headers = [(m.start(), sig) for sig in ZIP_FIELDS for m in re.finditer(re.escape(sig), data)]
            if headers:
                start, sig = rng.choice(headers)
                offset, width = rng.choice(ZIP_FIELDS[sig])
                value = rng.choice(ZIP_VALUES) if rng.random() < 0.7 else rng.randrange(1 << (8 * width))
                out = bytearray(data)
                packed = struct.pack("<I" if width == 4 else "<H", value & ((1 << (8 * width)) - 1))
                out[start + offset : start + offset + width] = packed
                return bytes(out)
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                big = any(info.file_size > 1_000_000 for info in zf.infolist())
                files = {} if big else {info.filename: zf.read(info) for info in zf.infolist()}
        except Exception:
            return self.binary(data)
        if not files:  # unreadable, empty or a bomb: damage the bytes instead of unpacking them
            return self.binary(data)
        name = rng.choice(sorted(files))
        op = rng.randrange(4)
        if op == 0:
            files[name] = self.any(files[name])
        elif op == 1:
            files[rng.choice(NAMES) + name[-4:]] = files.pop(name)
        elif op == 2:
            files[name[:-4] + rng.choice((".SHP", ".dbf", ".zip", ".prj", ".cpg", ".shx"))] = self.binary(files[name])
        buffer = io.BytesIO()
        method = rng.choice((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA))
        with zipfile.ZipFile(buffer, "w", compression=method) as zf:
            for member, content in files.items():
                zf.writestr(member or "x", content)
        return buffer.getvalue()

    def name(self, name: str) -> str:
        """The upload's name: mostly kept, sometimes with another extension or a hostile stem."""
        rng = self.rng
        stem, suffix = Path(name).stem, Path(name).suffix
        roll = rng.random()
        if roll < 0.12:
            suffix = rng.choice(SUFFIXES)
        elif roll < 0.18:
            stem = rng.choice(NAMES)
        return stem + suffix
