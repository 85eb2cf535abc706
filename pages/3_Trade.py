"""Trade explorer: goods trade by year against targets, with investments and deals kept apart."""

import streamlit as st

from corridors import captions, charts, deck, filters, navigation, scene, state, tables
from corridors.components import add_view, dataset, deck_map, language, linked_choice, sidebar
from corridors.translations import translator

st.set_page_config(page_title="Corridors", page_icon="🗺️", layout="wide")

ds = dataset.show(language.show(navigation.TRADE))
tr = translator(ds)
chosen = sidebar.show(ds, "trade", page_keys=("ty",))
rows = filters.trade_in_range(ds, chosen)

st.title(tr._("Trade explorer"))
series = tables.trade_series(rows)
targets = tables.trade_targets(rows)
if series.empty and targets.empty:
    st.info(tr._("No trade figure falls in these filters; widen the year range or the countries."))
    st.stop()

st.altair_chart(charts.trade_chart(series, targets, tr), key=state.TRADE_CHART)
st.caption(captions.trade_chart(series, tr))
add_view.show(ds, chosen, kind="trade")
with st.expander(tr._("Table behind the chart")):
    behind = tables.headed(tables.trade_table(series, tr), tr)
    st.dataframe(behind, hide_index=True)
    st.download_button(tr._("Download (CSV)"), behind.to_csv(index=False), "trade-series.csv", "text/csv")

st.header(tr._("Where sources disagree"), anchor=False)
alternatives = tables.alternatives(rows, tr)
if alternatives.empty:
    st.caption(tr._("No competing figure for the years and pairs shown."))
else:
    st.dataframe(tables.headed(alternatives, tr), hide_index=True)

st.header(tr._("Investments and defence deals"), anchor=False)
st.caption(tr._("Values of investments and contracts, shown apart from trade and never added to it."))
deals = tables.headed(tables.deals(rows, tr), tr)
st.dataframe(deals, hide_index=True)
st.download_button(tr._("Download investments and deals (CSV)"), deals.to_csv(index=False), "deals.csv", "text/csv")

st.header(tr._("Trade arcs for one year"), anchor=False)
years = tables.arc_years(series)
if years:
    year = linked_choice.show(
        tr._("Year of the arcs"),
        years,
        key=state.TRADE_YEAR,
        param="ty",
        widget="select_slider",
        parse=int,
        default=years[-1],
    )
    one_year = filters.apply(ds, filters.one_year(chosen, year))
    deck_map.show(deck.build(ds, one_year, size=scene.WIDE), key=state.TRADE_MAP, height=420)
    st.caption(captions.trade_arcs(year, tr))
