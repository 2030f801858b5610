"""Bad input to the structured adapters: a clear message with file and line, nothing half-written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from trucewatch.errors import InputError, ValidationFailed
from trucewatch.ingest.driver import ingest_file
from trucewatch.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def count(store: Store) -> int:
    row = store.con.execute("SELECT count(*) FROM reports").fetchone()
    return int(row[0]) if row else -1


@pytest.fixture()
def bad_rows(tmp_path: Path) -> Path:
    """The bad-rows fixture plus one row with a field over the size limit (line 12) and a good one after."""
    path = tmp_path / "acled_bad_rows.csv"
    shutil.copy(FIXTURES / "acled_bad_rows.csv", path)
    lines = (FIXTURES / "acled_bad_rows.csv").read_text().splitlines()
    good = lines[-1]
    with path.open("a") as handle:
        handle.write(good.replace("GOOD9", "HUGE").replace("after the bad ones", "x" * 1_100_000) + "\n")
        handle.write(good.replace("GOOD9", "GOOD13") + "\n")
    return path


def test_every_bad_row_is_rejected_with_its_line_and_reason(store: Store, bad_rows: Path) -> None:
    result = ingest_file(store, bad_rows)
    by_line = {p.where.line: (p.where.field, p.message) for p in result.rejects}
    assert by_line[3] == ("event_date", '"32/13/2025" is not a date (expected DD/MM/YYYY, '
                          'YYYY-MM-DD or "10 January 2024")')
    assert by_line[4][0] == "latitude" and "not a number" in by_line[4][1]
    assert "lie outside Ukraine" in by_line[5][1]
    assert by_line[6] == ("country", '"Atlantis" is not a known country')
    assert by_line[7] == ("event_id_cnty", "event_id_cnty BAD0 repeats the row at line 2")
    assert by_line[8][0] == "time_precision"
    assert by_line[9][0] == "fatalities"
    assert "wrong number of fields" in by_line[10][1]
    assert "longer than" in by_line[12][1]
    assert set(by_line) == {3, 4, 5, 6, 7, 8, 9, 10, 12}
    assert (result.rows_read, result.ingested, result.rejected) == (12, 3, 9)
    ids = {r[0] for r in store.con.execute("SELECT id FROM reports").fetchall()}
    assert ids == {"acled:BAD0", "acled:GOOD9", "acled:GOOD13"}
    # the rejects file holds each rejected row's original text next to its reason
    assert result.rejects_file is not None
    records = [json.loads(line) for line in Path(result.rejects_file).read_text().splitlines()]
    assert [r["line"] for r in records] == [3, 4, 5, 6, 7, 8, 9, 10, 12]
    assert records[0]["raw"].startswith("1,804,BAD1,32/13/2025")
    assert records[7]["raw"] == "x,y,z"


def test_strict_mode_writes_nothing_when_any_row_is_bad(store: Store, bad_rows: Path) -> None:
    with pytest.raises(ValidationFailed) as caught:
        ingest_file(store, bad_rows, strict=True)
    assert f"{bad_rows}:3" in str(caught.value)
    assert count(store) == 0


def test_missing_required_columns_name_them(store: Store) -> None:
    with pytest.raises(InputError) as caught:
        ingest_file(store, FIXTURES / "acled_missing_columns.csv", format="acled")
    message = str(caught.value)
    assert "acled_missing_columns.csv:1" in message
    assert "event_date" in message and "latitude" in message
    assert count(store) == 0


def test_a_semicolon_delimited_export_is_read(store: Store) -> None:
    result = ingest_file(store, FIXTURES / "acled_semicolon.csv")
    assert (result.format, result.ingested, result.rejected) == ("acled", 2, 0)


def test_a_comma_file_read_with_the_wrong_format_is_refused(store: Store) -> None:
    with pytest.raises(InputError) as caught:
        ingest_file(store, FIXTURES / "ucdp_small.csv", format="acled")
    assert "not a ACLED file" in str(caught.value) and "ucdp_small.csv:1" in str(caught.value)


def test_a_file_that_is_not_utf8_is_refused_with_a_hint(store: Store) -> None:
    with pytest.raises(InputError) as caught:
        ingest_file(store, FIXTURES / "acled_cp1251.csv")
    assert "not UTF-8" in str(caught.value) and "acled_cp1251.csv:2" in str(caught.value)
    assert "iconv" in str(caught.value)
    assert count(store) == 0


def test_an_unknown_layout_asks_for_a_format(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(InputError) as caught:
        ingest_file(store, path)
    assert "cannot tell the format" in str(caught.value) and "--format" in str(caught.value)


def test_a_bad_actor_map_is_an_error_naming_the_field(store: Store, tmp_path: Path) -> None:
    mapping = tmp_path / "actors.yaml"
    mapping.write_text("version: 1\nparties:\n  RU: ['not', 'a', 'mapping']\n")
    with pytest.raises(InputError) as caught:
        ingest_file(store, FIXTURES / "acled_small.csv", options={"mapping": mapping})
    assert "parties.RU" in str(caught.value)
    assert count(store) == 0


# (column, value, field of the reject or None when the row is good): the rows that the cheap "passes every
# check" test does not clear must still get their exact verdict from the checks one by one
EDGE_ROWS: tuple[tuple[dict[str, str], str | None], ...] = (
    ({"latitude": "", "longitude": ""}, None),  # no coordinates at all is allowed
    ({"latitude": " 49.9935 ", "longitude": "36.2304"}, None),  # padded numbers are numbers
    ({"longitude": ""}, "latitude"),  # one without the other
    ({"latitude": "91", "longitude": "36.2"}, "latitude"),  # out of range
    ({"geo_precision": ""}, None),
    ({"geo_precision": "4"}, "geo_precision"),
    ({"fatalities": ""}, None),
    ({"fatalities": "-1"}, "fatalities"),
    ({"sub_event_type": " "}, "sub_event_type"),
    ({"event_id_cnty": ""}, "event_id_cnty"),
    ({"time_precision": ""}, None),  # ACLED's default: the day
    ({"event_date": ""}, "event_date"),
)


@pytest.mark.parametrize(("changes", "field"), EDGE_ROWS, ids=[str(c) for c, _ in EDGE_ROWS])
def test_rows_at_the_edge_of_the_checks(
    store: Store, tmp_path: Path, changes: dict[str, str], field: str | None
) -> None:
    lines = (FIXTURES / "acled_bad_rows.csv").read_text().splitlines()
    header, good = lines[0].split(","), lines[-1].split(",")
    row = dict(zip(header, good, strict=True)) | changes
    path = tmp_path / "edge.csv"
    path.write_text(lines[0] + "\n" + ",".join(row[c] for c in header) + "\n")
    result = ingest_file(store, path)
    if field is None:
        assert (result.ingested, result.rejected) == (1, 0), result.rejects
    else:
        assert (result.ingested, result.rejected) == (0, 1)
        assert result.rejects[0].where.field == field and result.rejects[0].where.line == 2
