"""Trade explorer: goods trade by year against targets, with investments and deals kept apart."""

from dataclasses import replace

import streamlit as st

from corridors import charts, filters, layers, tables, ui
from corridors.components import slideshow

st.set_page_config(page_title="Corridors — Trade explorer", page_icon="🗺️", layout="wide")

ds = ui.dataset()
chosen = ui.sidebar(ds, "trade", page_keys=("ty",))
rows = filters.trade_in_range(ds, chosen)

st.title("Trade explorer")
series = tables.trade_series(rows)
targets = tables.trade_targets(rows)
if series.empty and targets.empty:
    st.info("No trade figure falls in these filters; widen the year range or the countries.")
    st.stop()

st.altair_chart(charts.trade_chart(series, targets), key="trade-chart")
bases = series.dropna(subset=["value_usd"]).groupby("pair")["basis"].agg(lambda b: "; ".join(sorted(set(b))))
st.caption(
    "Bilateral goods trade (total of both directions), US$ billion; years without a figure are gaps. "
    "Dashed lines are official targets. Statistical basis — "
    + " · ".join(f"{pair}: {basis}" for pair, basis in bases.items())
)
slideshow.add_view_form(ds, chosen, kind="trade")
with st.expander("Table behind the chart"):
    st.dataframe(series, hide_index=True)
    st.download_button("Download (CSV)", series.to_csv(index=False), "trade-series.csv", "text/csv")

st.subheader("Where sources disagree", anchor=False)
alternatives = tables.alternatives(rows)
if alternatives.empty:
    st.caption("No competing figure for the years and pairs shown.")
else:
    st.dataframe(alternatives, hide_index=True)

st.subheader("Investments and defence deals", anchor=False)
st.caption("Values of investments and contracts, shown apart from trade and never added to it.")
deals = tables.deals(rows)
st.dataframe(deals, hide_index=True)
st.download_button("Download investments and deals (CSV)", deals.to_csv(index=False), "deals.csv", "text/csv")

st.subheader("Trade arcs for one year", anchor=False)
years = sorted(set(series.dropna(subset=["value_usd"])["year"].astype(int)))
if years:
    ui.follow_link("ty", "trade-year", years, parse=int)
    st.session_state.setdefault("trade-year", years[-1])
    year = st.select_slider("Year of the arcs", years, key="trade-year")
    ui.remember("ty", "trade-year", year)
    one_year = replace(chosen, year_start=year, year_end=year, layers=("trade",))
    st.pydeck_chart(layers.build_deck(ds, filters.apply(ds, one_year)), key="trade-map", height=420)
    st.caption(f"Arc width follows the square root of {year}'s goods trade. " + layers.ATTRIBUTION_TEXT)
