"""Zip archives are checked with zipfile before GDAL sees anything; only the Shapefile's own files are unpacked."""

from __future__ import annotations

import struct
import zipfile

import pytest

from corridors import archives
from tests.fixtures import CENTRAL, FILES, LOCAL, headers, patched, shapefile_parts, zipped


def unpack(data: bytes, tmp_path) -> list[str]:
    archives.unpack_shapefile(data, tmp_path)
    return sorted(p.name for p in tmp_path.iterdir())


def refusal(data: bytes, tmp_path) -> str:
    with pytest.raises(archives.ArchiveProblem) as err:
        archives.unpack_shapefile(data, tmp_path)
    assert all(p.name.startswith("layer.") for p in tmp_path.iterdir())  # at most the parts read before the problem
    return str(err.value)


def corpus(name: str) -> bytes:
    return (FILES / name).read_bytes()


def test_a_good_shapefile_is_unpacked_as_plain_files(tmp_path):
    assert unpack(corpus("shapefile-ok.zip"), tmp_path) == ["layer.dbf", "layer.prj", "layer.shp", "layer.shx"]
    assert (tmp_path / "layer.shp").read_bytes()[:4] == archives.SHP_MAGIC


def test_only_the_shapefiles_own_files_leave_the_archive(tmp_path):
    assert unpack(corpus("zip-in-folder.zip"), tmp_path) == ["layer.dbf", "layer.prj", "layer.shp", "layer.shx"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("zip-version-damaged.zip", "The .zip file is damaged or not a zip archive (its headers cannot be read)."),
        ("zip-bad-crc.zip", "The .zip file is damaged: 's.dbf' inside it cannot be unpacked."),
        ("zip-corrupt-deflate.zip", "The .zip file is damaged: 's.shp' inside it cannot be unpacked."),
        ("zip-truncated-member.zip", "The .zip file is damaged: 's.prj' inside it cannot be unpacked."),
        ("zip-deflate64.zip", "'s.shp' in the .zip is compressed with Deflate64, which cannot be read here."),
        ("zip-encrypted.zip", "The .zip is password-protected ('s.shp' is encrypted)."),
        ("zip-bomb.zip", "'s.dbf' in the .zip is compressed more than 200 to 1, as zip bombs are"),
        ("zip-too-large.zip", "The .zip would unpack to 3,000 MB; the limit is 50 MB."),
        ("zip-nested.zip", "The .zip holds another archive ('layer.zip')."),
        ("zip-path-traversal.zip", "The .zip holds a file with an unsafe path ('../../s.shp'), so it was not opened."),
        ("zip-too-many-members.zip", "The .zip holds 154 files; the limit is 100."),
        ("zip-missing-dbf.zip", "The Shapefile has no .dbf file."),
        ("zip-not-a-shapefile.zip", "'s.shp' in the .zip is not a Shapefile (its header is damaged)."),
    ],
)
def test_each_hostile_archive_is_refused_with_its_reason(tmp_path, name, message):
    assert refusal(corpus(name), tmp_path).startswith(message)


@pytest.mark.parametrize(
    "name", ["/etc/s.shp", "..\\..\\s.shp", "C:/temp/s.shp", "layer/../../s.shp", "../s.shp"], ids=repr
)
def test_unsafe_member_paths_are_refused_before_unpacking(tmp_path, name):
    data = zipped({name: b"x", "s.prj": b"x"})
    assert "unsafe path" in refusal(data, tmp_path)


def test_a_member_that_unpacks_to_more_than_it_declares_is_damaged(tmp_path):
    data = corpus("shapefile-ok.zip")
    central = headers(data, CENTRAL)[0]
    local = headers(data, LOCAL)[0]
    lying = patched(data, [(central + 24, struct.pack("<I", 10)), (local + 22, struct.pack("<I", 10))])
    assert "'s.shp' inside it cannot be unpacked" in refusal(lying, tmp_path)


def test_two_files_with_one_name_are_refused(tmp_path):
    data = zipped({**shapefile_parts(), "S.DBF": b"x"})
    assert "two files named 'S.DBF'" in refusal(data, tmp_path)


def test_small_well_compressed_files_are_not_taken_for_bombs(tmp_path):
    files = {**shapefile_parts(), "s.cpg": b"UTF-8" + b" " * 50_000}
    assert "layer.cpg" in unpack(zipped(files, zipfile.ZIP_DEFLATED), tmp_path)


def test_names_in_messages_are_printable_and_short():
    assert archives.shown("evil\u202e\x07name.shp") == "evilname.shp"
    assert len(archives.shown("x" * 500)) == 60


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"PK\x03\x04rest", "a zip archive"),
        (b"SQLite format 3\x00...", "a GeoPackage or SQLite database"),
        (b'\xef\xbb\xbf  {"type": 1}', "a JSON object"),
        (b"[1, 2]", "a JSON list"),
        (b"<kml>", "XML or HTML"),
        (b"\x00\x01\x02", "binary data"),
        (b"lat,lon\n1,2\n", "plain text"),
    ],
)
def test_kind_of_names_what_the_bytes_look_like(data, kind):
    assert archives.kind_of(data) == kind
