"""The tables behind the companion pages: plain pandas frames built from a selection."""

from __future__ import annotations

import pandas as pd

from corridors.catalog import Dataset
from corridors.i18n import ENGLISH, N_, Translator

#: Event kinds grouped into the tracks of the partnership.
TRACKS = {
    N_("Leaders"): ("summit",),
    N_("Ministers"): ("ministerial",),
    N_("Parliaments"): ("parliamentary",),
    N_("Defence"): ("military_exercise", "defence_deal"),
    N_("Agreements and visits"): ("agreement", "bilateral_visit", "diplomatic", "business_forum"),
    N_("Infrastructure"): ("infrastructure_opening",),
}

#: Every column header of the tables below (English keys; :func:`headed` shows them in the reader's language).
HEADERS = (
    N_("Corridor"),
    N_("Short name"),
    N_("Mode"),
    N_("Status"),
    N_("Opened"),
    N_("Planned"),
    N_("Length (km)"),
    N_("Capacity"),
    N_("Capacity unit"),
    N_("Countries"),
    N_("Operator"),
    N_("Date"),
    N_("Title"),
    N_("Kind"),
    N_("Place"),
    N_("Participants"),
    N_("Sources"),
    N_("Year"),
    N_("Events"),
    N_("Track"),
    N_("First"),
    N_("Latest"),
    N_("Pair"),
    N_("Value"),
    N_("US$"),
    N_("Claim"),
    N_("Basis"),
    N_("Note"),
    N_("Shown"),
    N_("Shown basis"),
    N_("Other claim"),
    N_("Other claim's basis"),
    N_("File"),
    N_("Record"),
    N_("Source"),
    N_("Publisher"),
    N_("Type"),
    N_("Cited by"),
    N_("URL"),
    N_("Topic"),
    N_("Claim A"),
    N_("Sources A"),
    N_("Claim B"),
    N_("Sources B"),
    N_("Why"),
    N_("Value (US$)"),
)


def headed(table: pd.DataFrame, tr: Translator = ENGLISH) -> pd.DataFrame:
    """``table`` with its column headers in the reader's language (``id`` kept: it is never shown)."""
    return table.rename(columns={c: tr._(c) for c in table.columns if c in HEADERS})


#: Tables up to this many columns are mirrored for right-to-left readers; a wider one would open scrolled to
#: its last columns (the grid starts at the left), so it keeps its order.
MIRRORED_COLUMNS = 7


def column_order(table: pd.DataFrame, tr: Translator = ENGLISH) -> list[str]:
    """The columns shown, in reading order: all but ``id``; right to left (reversed) for Urdu when they fit."""
    shown = visible_columns(table)
    return shown[::-1] if tr.rtl and len(shown) <= MIRRORED_COLUMNS else shown


def _joined(values: pd.Series) -> pd.Series:
    return values.map(lambda items: ", ".join(items))


def _terms(values: pd.Series, vocabulary: str, tr: Translator) -> pd.Series:
    return values.map(lambda code: tr.term(vocabulary, code))


def corridor_table(corridors: pd.DataFrame, tr: Translator = ENGLISH) -> pd.DataFrame:
    """One row per corridor with the figures users compare; ``id`` kept for selection."""
    return pd.DataFrame(
        {
            "id": corridors["id"],
            "Corridor": corridors["name"],
            "Short name": corridors["short_name"],
            "Mode": _terms(corridors["mode"], "mode", tr),
            "Status": _terms(corridors["status"], "status", tr),
            "Opened": corridors["opened"].astype("Int64"),
            "Planned": corridors["planned"].astype("Int64"),
            "Length (km)": corridors["length_km"],
            "Capacity": corridors["capacity"],
            "Capacity unit": corridors["capacity_unit"],
            "Countries": _joined(corridors["countries"]),
            "Operator": corridors["operator"],
        }
    ).reset_index(drop=True)


def event_table(events: pd.DataFrame, tr: Translator = ENGLISH) -> pd.DataFrame:
    """Events in date order, with participants and sources as text."""
    ordered = events.sort_values(["start", "id"])
    return pd.DataFrame(
        {
            "id": ordered["id"],
            "Date": ordered["date"].map(tr.date),
            "Title": ordered["title"],
            "Kind": _terms(ordered["kind"], "event_kind", tr),
            "Place": ordered["place"],
            "Participants": _joined(ordered["participants"]),
            "Sources": _joined(ordered["sources"]),
        }
    ).reset_index(drop=True)


def track_of(kind: str) -> str:
    return next((track for track, kinds in TRACKS.items() if kind in kinds), "Other")


def event_counts(events: pd.DataFrame, tr: Translator = ENGLISH) -> pd.DataFrame:
    """Number of events per start year and kind (only combinations that occur)."""
    if events.empty:
        return pd.DataFrame({"Year": [], "Kind": [], "Events": []})
    counts = events.groupby([events["start"].dt.year, "kind"]).size().reset_index()
    counts.columns = ["Year", "Kind", "Events"]
    counts["Kind"] = _terms(counts["Kind"], "event_kind", tr)
    return counts


def tracks(events: pd.DataFrame, tr: Translator = ENGLISH) -> pd.DataFrame:
    """Each track at a glance: how many events, the first and the latest."""
    rows = []
    for track, kinds in TRACKS.items():
        part = events[events["kind"].isin(kinds)].sort_values("start")
        if part.empty:
            rows.append({"Track": tr._(track), "Events": 0, "First": "—", "Latest": "—"})
            continue
        first, last = part.iloc[0], part.iloc[-1]
        rows.append(
            {
                "Track": tr._(track),
                "Events": len(part),
                "First": f"{tr.date(first['date'])} · {first['title']} ({first['place']})",
                "Latest": f"{tr.date(last['date'])} · {last['title']} ({last['place']})",
            }
        )
    return pd.DataFrame(rows)


def trade_series(trade: pd.DataFrame) -> pd.DataFrame:
    """Displayed goods-trade totals by pair and year; missing years inside a pair's span are empty rows.

    The empty rows make a line chart show gaps instead of joining across years without data.
    """
    shown = trade[(trade["flow"] == "total") & (trade["claim"] == "shown") & trade["kind"].isin(["actual", "estimate"])]
    frames = []
    for pair, rows in shown.groupby("pair"):
        span = pd.DataFrame({"year": range(int(rows["year"].min()), int(rows["year"].max()) + 1)})
        merged = span.merge(rows[["year", "value_usd", "kind", "basis"]], on="year", how="left")
        merged.insert(0, "pair", pair)
        frames.append(merged)
    if not frames:
        return pd.DataFrame(columns=["pair", "year", "value_usd", "kind", "basis"])
    return pd.concat(frames, ignore_index=True)


def trade_targets(trade: pd.DataFrame) -> pd.DataFrame:
    """Official targets, drawn as reference lines, never as data points."""
    return trade[trade["kind"] == "target"][["pair", "year", "value_usd", "basis", "claim", "note"]].reset_index(
        drop=True
    )


def trade_table(series: pd.DataFrame, tr: Translator = ENGLISH) -> pd.DataFrame:
    """The table behind the trade chart, for reading and download: one row per pair and year."""
    return pd.DataFrame(
        {
            "Pair": series["pair"],
            "Year": series["year"],
            "Value (US$)": series["value_usd"],
            "Kind": series["kind"].map(lambda k: tr.term("trade_kind", k) if isinstance(k, str) else k),
            "Basis": series["basis"],
        }
    )


def _money_column(values: pd.Series, tr: Translator = ENGLISH) -> pd.Series:
    return values.map(lambda v: tr.money(v) if pd.notna(v) else "—")


def deals(trade: pd.DataFrame, tr: Translator = ENGLISH) -> pd.DataFrame:
    """Investments and defence deals: shown apart from trade and never added to it."""
    rows = trade[trade["kind"].isin(["investment", "defence_deal"])].sort_values(["kind", "pair", "year"])
    return pd.DataFrame(
        {
            "Pair": rows["pair"],
            "Year": rows["year"],
            "Kind": _terms(rows["kind"], "trade_kind", tr),
            "Value": _money_column(rows["value_usd"], tr),
            "US$": rows["value_usd"],
            "Claim": _terms(rows["claim"], "claim", tr),
            "Basis": rows["basis"],
            "Note": rows["note"],
        }
    ).reset_index(drop=True)


def _family(kind: pd.Series) -> pd.Series:
    """Actual and estimated trade compete with each other; other kinds only within their kind."""
    return kind.where(~kind.isin(["actual", "estimate"]), "trade")


def alternatives(trade: pd.DataFrame, tr: Translator = ENGLISH) -> pd.DataFrame:
    """Competing figures kept for the record, beside the value the charts show."""
    other = trade[trade["claim"] == "alternative"].assign(family=lambda t: _family(t["kind"]))
    shown = trade[trade["claim"] == "shown"].assign(family=lambda t: _family(t["kind"]))
    merged = other.merge(
        shown[["pair", "year", "flow", "family", "value_usd", "basis"]],
        on=["pair", "year", "flow", "family"],
        how="left",
        suffixes=("", "_shown"),
    )
    return pd.DataFrame(
        {
            "Pair": merged["pair"],
            "Year": merged["year"],
            "Kind": _terms(merged["kind"], "trade_kind", tr),
            "Shown": _money_column(merged["value_usd_shown"], tr),
            "Shown basis": merged["basis_shown"].fillna("—"),
            "Other claim": _money_column(merged["value_usd"], tr),
            "Other claim's basis": merged["basis"],
            "Note": merged["note"],
        }
    ).reset_index(drop=True)


def citations(ds: Dataset, tr: Translator = ENGLISH) -> pd.DataFrame:
    """Every record with the sources it cites: one row per (record, source)."""
    rows: list[tuple[str, str, str, str]] = []
    for c in ds.corridors.drop(columns="geometry").to_dict("records"):
        rows += [("corridors.geojson", c["id"], c["name"], s) for s in c["sources"]]
    for e in ds.events.to_dict("records"):
        rows += [("events.csv", e["id"], e["title"], s) for s in e["sources"]]
    for t in ds.trade.to_dict("records"):
        terms = f"{tr.term('trade_kind', t['kind'])} ({tr.term('flow', t['flow'])}, {tr.term('claim', t['claim'])})"
        record = f"{t['pair']} {t['year']} {terms}"
        value = tr._("${amount}").format(amount=tr.number(t["value_usd"], 0))
        rows += [("trade.csv", record, f"{value} · {t['basis']}", s) for s in t["sources"]]
    for d in ds.disagreements.to_dict("records"):
        rows += [("disagreements.csv", d["id"], d["topic"], s) for s in [*d["source_a"], *d["source_b"]]]
    return pd.DataFrame(rows, columns=["File", "Record", "Title", "Source"])


def source_index(ds: Dataset, tr: Translator = ENGLISH) -> pd.DataFrame:
    """Every source with how many records cite it."""
    cited = citations(ds).groupby("Source").size()
    s = ds.sources
    return pd.DataFrame(
        {
            "id": s["id"],
            "Title": s["title"],
            "Publisher": s["publisher"],
            "Date": s["date"],
            "Type": _terms(s["type"], "source_type", tr),
            "Cited by": s["id"].map(cited).fillna(0).astype(int),
            "URL": s["url"],
        }
    ).reset_index(drop=True)


def search(frame: pd.DataFrame, text: str) -> pd.DataFrame:
    """Rows where any column contains ``text`` (case-insensitive, literal)."""
    needle = text.strip().lower()
    if not needle:
        return frame
    hay = frame.astype(str).apply(lambda col: col.str.lower().str.contains(needle, regex=False))
    return frame[hay.any(axis=1)]


def disagreements_table(ds: Dataset) -> pd.DataFrame:
    """Both claims side by side, which one the app shows, and why."""
    d = ds.disagreements
    return pd.DataFrame(
        {
            "Topic": d["topic"],
            "Record": d["record"],
            "Claim A": d["claim_a"],
            "Sources A": _joined(d["source_a"]),
            "Claim B": d["claim_b"],
            "Sources B": _joined(d["source_b"]),
            "Shown": d["shown"].map({"a": "A", "b": "B"}),
            "Why": d["why"],
        }
    )


def visible_columns(table: pd.DataFrame) -> list[str]:
    """The columns a reader sees: all but the ``id`` kept for selection."""
    return [str(c) for c in table.columns if c != "id"]


def labels(table: pd.DataFrame, label: str, key: str = "id") -> dict[str, str]:
    """Each row's ``label`` by its ``key``, in table order: the options of a select box."""
    return dict(zip(table[key].astype(str), table[label].astype(str), strict=True))


def event_titles(table: pd.DataFrame) -> dict[str, str]:
    """'date · title' of each event of an :func:`event_table`, by id."""
    return dict(zip(table["id"], table["Date"] + " · " + table["Title"], strict=True))


def citing(cites: pd.DataFrame, source_id: str) -> pd.DataFrame:
    """The rows of :func:`citations` that cite ``source_id``."""
    return cites[cites["Source"] == source_id]


def arc_years(series: pd.DataFrame) -> list[int]:
    """Years of a :func:`trade_series` with at least one recorded value, in order."""
    return sorted({int(y) for y in series.dropna(subset=["value_usd"])["year"]})
