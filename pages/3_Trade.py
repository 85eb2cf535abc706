"""Trade explorer: goods trade by year against targets, with investments and deals kept apart."""

import streamlit as st

from corridors import captions, charts, deck, filters, scene, state, tables
from corridors.components import add_view, dataset, deck_map, linked_choice, sidebar

st.set_page_config(page_title="Corridors — Trade explorer", page_icon="🗺️", layout="wide")

ds = dataset.show()
chosen = sidebar.show(ds, "trade", page_keys=("ty",))
rows = filters.trade_in_range(ds, chosen)

st.title("Trade explorer")
series = tables.trade_series(rows)
targets = tables.trade_targets(rows)
if series.empty and targets.empty:
    st.info("No trade figure falls in these filters; widen the year range or the countries.")
    st.stop()

st.altair_chart(charts.trade_chart(series, targets), key=state.TRADE_CHART)
st.caption(captions.trade_chart(series))
add_view.show(ds, chosen, kind="trade")
with st.expander("Table behind the chart"):
    st.dataframe(series, hide_index=True)
    st.download_button("Download (CSV)", series.to_csv(index=False), "trade-series.csv", "text/csv")

st.header("Where sources disagree", anchor=False)
alternatives = tables.alternatives(rows)
if alternatives.empty:
    st.caption("No competing figure for the years and pairs shown.")
else:
    st.dataframe(alternatives, hide_index=True)

st.header("Investments and defence deals", anchor=False)
st.caption("Values of investments and contracts, shown apart from trade and never added to it.")
deals = tables.deals(rows)
st.dataframe(deals, hide_index=True)
st.download_button("Download investments and deals (CSV)", deals.to_csv(index=False), "deals.csv", "text/csv")

st.header("Trade arcs for one year", anchor=False)
years = tables.arc_years(series)
if years:
    year = linked_choice.show(
        "Year of the arcs",
        years,
        key=state.TRADE_YEAR,
        param="ty",
        widget="select_slider",
        parse=int,
        default=years[-1],
    )
    one_year = filters.apply(ds, filters.one_year(chosen, year))
    deck_map.show(deck.build(ds, one_year, size=scene.WIDE), key=state.TRADE_MAP, height=420)
    st.caption(captions.trade_arcs(year))
