"""The Atlas's map alone: its default map in the Atlas's place and size, and no widget.

The page keeps the Atlas's frame (its title, a sidebar, the map's column beside an empty legend
column, the page's style: the sea's colour) but none of its widgets or text. Measured beside the
Atlas and the floor page by benchmarks/perf.py, it tells what the map costs the first paint and what
the rest of the Atlas (the filters, the Play row, the legend) adds. ``static`` beside this file links
to the app's, so the basemap is fetched from the same URL.
"""

from atlas_frame import default_map, show

show(default_map())
