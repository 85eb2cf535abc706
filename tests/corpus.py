"""How the damaged and hostile archives of the corpus (tests/files/zip-*) were made.

Each builder starts from the good ``shapefile-ok.zip`` (a point Shapefile of four stored
members) and damages one thing. ``python -m tests.corpus`` writes them all again; the files
are committed, so tests never depend on this module's output being byte-identical.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable

from tests.fixtures import CENTRAL, FILES, LOCAL, headers, patched, shapefile_parts, zipped


def good() -> bytes:
    return (FILES / "shapefile-ok.zip").read_bytes()


def parts() -> dict[str, bytes]:
    return shapefile_parts()


def _data_start(data: bytes, name: str) -> int:
    """Offset of a member's (compressed) data, after its local header."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        offset = zf.getinfo(name).header_offset
    name_len, extra_len = struct.unpack("<HH", data[offset + 26 : offset + 30])
    return offset + 30 + name_len + extra_len


def version_damaged() -> bytes:
    """The case fuzzing found: a damaged 'version needed' byte in the directory (zipfile: NotImplementedError)."""
    data = good()
    return patched(data, [(headers(data, CENTRAL)[0] + 6, b"\xff")])


def bad_crc() -> bytes:
    """One byte of the .dbf's data changed: the directory reads, the member does not unpack."""
    data = good()
    start = _data_start(data, "s.dbf") + 40
    return patched(data, [(start, bytes([data[start] ^ 0xFF]))])


def corrupt_deflate() -> bytes:
    """A deflated .shp whose stream starts with an invalid block type (zipfile: zlib.error)."""
    data = zipped(parts(), zipfile.ZIP_DEFLATED)
    return patched(data, [(_data_start(data, "s.shp"), b"\xff")])


def truncated_member() -> bytes:
    """The .prj declared 100 KB long, as if the download stopped early: its data ends with the file (EOFError)."""
    data = good()
    size = struct.pack("<II", 100_000, 100_000)
    return patched(data, [(headers(data, LOCAL)[3] + 18, size), (headers(data, CENTRAL)[3] + 20, size)])


def _every_header(data: bytes, local: int, central: int, value: bytes) -> bytes:
    return patched(
        data,
        [(o + local, value) for o in headers(data, LOCAL)] + [(o + central, value) for o in headers(data, CENTRAL)],
    )


def deflate64() -> bytes:
    """Members marked as Deflate64 (method 9), which Windows writes for large folders and zipfile cannot read."""
    return _every_header(good(), 8, 10, struct.pack("<H", 9))


def encrypted() -> bytes:
    """Members marked as password-protected (general purpose flag bit 0)."""
    return _every_header(good(), 6, 8, struct.pack("<H", 1))


def bomb() -> bytes:
    """A .dbf of 5 MB of zeros squeezed into ~5 KB (ratio about 1000 to 1)."""
    return zipped({**parts(), "s.dbf": bytes(5_000_000)}, zipfile.ZIP_DEFLATED)


def too_large() -> bytes:
    """A directory that declares 3 GB for the .shp (a bomb that lies about nothing else)."""
    data = good()
    return patched(data, [(headers(data, CENTRAL)[0] + 24, struct.pack("<I", 3_000_000_000))])


def nested() -> bytes:
    return zipped({"layer.zip": good()})


def path_traversal() -> bytes:
    return zipped({f"../../{name}": data for name, data in parts().items()})


def too_many_members() -> bytes:
    return zipped({**parts(), **{f"notes/{n:03}.txt": b"" for n in range(150)}})


def missing_dbf() -> bytes:
    return zipped({name: data for name, data in parts().items() if not name.endswith(".dbf")})


def not_a_shapefile() -> bytes:
    return zipped({**parts(), "s.shp": b"this is a text file renamed to .shp\n" * 4})


def in_folder() -> bytes:
    """Accepted: a deflated Shapefile in a folder, with a folder entry, macOS metadata and a readme."""
    files = {"layer/": b"", **{f"layer/{name}": data for name, data in parts().items()}}
    files |= {"__MACOSX/layer/._s.shp": b"\x00\x05\x16\x07", "layer/readme.txt": b"Points.\n"}
    return zipped(files, zipfile.ZIP_DEFLATED)


#: Corpus file name -> builder.
BUILDERS: dict[str, Callable[[], bytes]] = {
    "zip-version-damaged.zip": version_damaged,
    "zip-bad-crc.zip": bad_crc,
    "zip-corrupt-deflate.zip": corrupt_deflate,
    "zip-truncated-member.zip": truncated_member,
    "zip-deflate64.zip": deflate64,
    "zip-encrypted.zip": encrypted,
    "zip-bomb.zip": bomb,
    "zip-too-large.zip": too_large,
    "zip-nested.zip": nested,
    "zip-path-traversal.zip": path_traversal,
    "zip-too-many-members.zip": too_many_members,
    "zip-missing-dbf.zip": missing_dbf,
    "zip-not-a-shapefile.zip": not_a_shapefile,
    "zip-named-geojson.geojson": good,
    "zip-in-folder.zip": in_folder,
}


if __name__ == "__main__":
    for file_name, build in BUILDERS.items():
        (FILES / file_name).write_bytes(build())
        print(f"wrote tests/files/{file_name}")
