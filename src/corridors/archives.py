"""Uploaded archives, inspected with :mod:`zipfile` before anything reaches GDAL.

A zipped Shapefile is opened here, every member is checked (count, path, nesting, encryption,
compression method, declared sizes and ratios) and only the Shapefile's own files are unpacked,
with a hard cap on the bytes written, into a folder the caller owns. GDAL then reads plain files,
never the archive. Every problem is an :class:`ArchiveProblem` holding one plain sentence.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path, PurePosixPath

#: Most members an archive may hold (a Shapefile has 4 to 10 files).
MAX_MEMBERS = 100
#: Most bytes all members together may unpack to.
MAX_UNPACKED = 50_000_000
#: Highest compression ratio accepted for a member larger than :data:`RATIO_FLOOR` bytes.
MAX_RATIO = 200
RATIO_FLOOR = 1_000_000
#: Files of a Shapefile that are unpacked (others, such as .sbn indexes, are left in the archive).
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
REQUIRED_PARTS = (".shx", ".dbf")
#: Member names that are archives themselves.
ARCHIVE_SUFFIXES = (".zip", ".kmz", ".7z", ".rar", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".z")
#: Compression methods zipfile unpacks, and names for a few it does not.
READABLE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
METHOD_NAMES = {9: "Deflate64", 10: "PKWARE DCL Implode", 6: "Implode", 93: "Zstandard", 95: "XZ", 98: "PPMd"}
SHP_MAGIC = b"\x00\x00\x27\x0a"  # file code 9994, big-endian, at the start of every .shp
REMAKE = "Make the zip again (for example with 'Compress' in your file manager) and upload it."


class ArchiveProblem(Exception):
    """The archive cannot be used; the message says why in plain words."""


@dataclass(frozen=True)
class Member:
    """One file in an archive, as its central directory declares it."""

    name: str
    size: int
    packed: int
    method: int
    flags: int

    @property
    def is_dir(self) -> bool:
        return self.name.endswith("/")


def shown(name: str) -> str:
    """A member name safe to quote in a message: printable characters only, at most 60."""
    text = "".join(ch for ch in name if ch.isprintable())
    return text if len(text) <= 60 else text[:59] + "…"


def kind_of(data: bytes) -> str:
    """What the bytes look like, in words, from their first bytes (for messages about wrong extensions)."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "a zip archive"
    if data.startswith(b"SQLite format 3\x00"):
        return "a GeoPackage or SQLite database"
    if head.startswith(b"{"):
        return "a JSON object"
    if head.startswith(b"["):
        return "a JSON list"
    if head.startswith(b"<"):
        return "XML or HTML"
    if b"\x00" in data[:1024]:
        return "binary data"
    return "plain text"


def _open(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(BytesIO(data))
    except Exception as exc:  # zipfile raises BadZipFile, NotImplementedError, ValueError… for damaged headers
        raise ArchiveProblem(
            f"The .zip file is damaged or not a zip archive (its headers cannot be read). {REMAKE}"
        ) from exc


def members(data: bytes) -> list[Member]:
    """The archive's directory; a damaged or foreign header becomes an :class:`ArchiveProblem`."""
    with _open(data) as zf:
        return [Member(i.filename, i.file_size, i.compress_size, i.compress_type, i.flag_bits) for i in zf.infolist()]


def _unsafe(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def check(found: list[Member]) -> None:
    """Refuse archives that are unsafe or unreadable before a single byte is unpacked."""
    if len(found) > MAX_MEMBERS:
        raise ArchiveProblem(
            f"The .zip holds {len(found):,} files; the limit is {MAX_MEMBERS}. Zip only the Shapefile's own files "
            "(.shp, .shx, .dbf, .prj, .cpg)."
        )
    seen: set[str] = set()
    for m in found:
        if _unsafe(m.name):
            raise ArchiveProblem(
                f"The .zip holds a file with an unsafe path ('{shown(m.name)}'), so it was not opened. "
                "Zip the Shapefile's files from their own folder and upload again."
            )
        if m.name.lower() in seen:
            raise ArchiveProblem(f"The .zip holds two files named '{shown(m.name)}'. {REMAKE}")
        seen.add(m.name.lower())
        if not m.is_dir and m.name.lower().endswith(ARCHIVE_SUFFIXES):
            raise ArchiveProblem(
                f"The .zip holds another archive ('{shown(m.name)}'). Unpack it and upload the zipped Shapefile itself."
            )
        if m.flags & 0x41 or m.method == 99:  # traditional or strong encryption, or WinZip AES
            raise ArchiveProblem(
                f"The .zip is password-protected ('{shown(m.name)}' is encrypted). Upload a zip without a password."
            )
        if m.method not in READABLE_METHODS or m.flags & 0x20:
            method = METHOD_NAMES.get(m.method, f"method {m.method}")
            raise ArchiveProblem(
                f"'{shown(m.name)}' in the .zip is compressed with {method}, which cannot be read here. "
                "Make the zip again with standard (Deflate) compression and upload it."
            )
    total = sum(m.size for m in found)
    if total > MAX_UNPACKED:
        raise ArchiveProblem(
            f"The .zip would unpack to {total / 1e6:,.0f} MB; the limit is {MAX_UNPACKED / 1e6:.0f} MB. "
            "Upload a smaller layer."
        )
    for m in found:
        if m.size > RATIO_FLOOR and m.size > MAX_RATIO * max(m.packed, 1):
            raise ArchiveProblem(
                f"'{shown(m.name)}' in the .zip is compressed more than {MAX_RATIO} to 1, as zip bombs are, "
                "so it was not unpacked. If it is a real layer, upload it as GeoPackage or GeoJSON instead."
            )


def _shapefile(found: list[Member]) -> dict[str, Member]:
    """The Shapefile's parts by suffix (.shp, .dbf…); exactly one .shp with its .prj, .shx and .dbf."""
    files = [m for m in found if not m.is_dir and not m.name.startswith("__MACOSX")]
    shapefiles = [m for m in files if m.name.lower().endswith(".shp")]
    if len(shapefiles) != 1:
        raise ArchiveProblem("The .zip must hold exactly one Shapefile (.shp with its .shx, .dbf and .prj).")
    stem = shapefiles[0].name[:-4].lower()
    parts = {m.name[-4:].lower(): m for m in files if m.name[:-4].lower() == stem}
    if ".prj" not in parts:
        raise ArchiveProblem(
            "The Shapefile has no .prj file, so its coordinate system is unknown. Add the .prj next to the "
            ".shp in the zip (or export again with a coordinate system) and upload again."
        )
    missing = [suffix for suffix in REQUIRED_PARTS if suffix not in parts]
    if missing:
        raise ArchiveProblem(
            f"The Shapefile has no {' or '.join(missing)} file. Zip all of its files together and upload again."
        )
    return {suffix: member for suffix, member in parts.items() if suffix in SHAPEFILE_PARTS}


def _copy(zf: zipfile.ZipFile, member: Member, target: Path, budget: int) -> int:
    """Unpack one member to ``target``, never writing more than it declared or ``budget``; bytes written."""
    limit = min(member.size, budget)
    written = 0
    try:
        with zf.open(member.name) as source, target.open("wb") as out:
            while chunk := source.read(65536):
                written += len(chunk)
                if written > limit:
                    raise ArchiveProblem(
                        f"'{shown(member.name)}' in the .zip unpacks to more than it declares. {REMAKE}"
                    )
                out.write(chunk)
    except ArchiveProblem:
        raise
    except Exception as exc:  # bad CRC, zlib/lzma/bz2 errors, truncated data, mismatched local header…
        raise ArchiveProblem(
            f"The .zip file is damaged: '{shown(member.name)}' inside it cannot be unpacked. {REMAKE}"
        ) from exc
    return written


def unpack_shapefile(data: bytes, folder: Path) -> Path:
    """Check the archive and unpack its one Shapefile into ``folder`` as ``layer.*``; the .shp path."""
    found = members(data)
    check(found)
    parts = _shapefile(found)
    budget = MAX_UNPACKED
    with _open(data) as zf:
        for suffix, member in parts.items():
            budget -= _copy(zf, member, folder / f"layer{suffix}", budget)
    shp = folder / "layer.shp"
    with shp.open("rb") as f:
        if f.read(4) != SHP_MAGIC:
            raise ArchiveProblem(
                f"'{shown(parts['.shp'].name)}' in the .zip is not a Shapefile (its header is damaged). {REMAKE}"
            )
    return shp
