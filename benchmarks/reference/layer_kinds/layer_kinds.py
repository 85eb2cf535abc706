"""The Atlas's layer kinds with almost no data: its default map with one record in each layer.

The same page as reference/map_alone.py, and the same layers, programs and basemap fetches, but every
layer holds one record, and ``static`` beside this file holds one polygon (Nakhchivan's outline, every
twelfth vertex of the Atlas's) and one segment of the Azerbaijan–Georgia border, in the Atlas's file
formats. Measured by benchmarks/perf.py beside the Atlas and the floor, it tells what the kinds of layer
cost the first paint and what their data adds.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the reference pages' shared frame

from atlas_frame import default_map, show  # noqa: E402

atlas = default_map()
for layer in atlas.layers:
    if isinstance(layer.data, list):
        layer.data = layer.data[:1]
show(atlas)
