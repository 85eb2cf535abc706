"""Every session-state key the app uses, named once (widget keys included).

Streamlit keeps a widget's value in ``st.session_state`` under its key; the components read and
write these names only, so a key is never spelt twice.
"""

from __future__ import annotations

from corridors.filters import LAYERS

#: The sidebar filters (a :class:`corridors.filters.Filters`), kept across pages.
FILTERS = "filters"
#: The page that last drew the sidebar: its widgets are re-seeded from :data:`FILTERS` on a page switch.
FILTERS_PAGE = "filters.page"
#: The language picker (a widget), and the language kept across pages (widget values are reset on a page switch).
LANGUAGE = "language"
LANGUAGE_KEPT = "language.kept"
#: Sidebar widgets, one per filter.
CORRIDORS = "filters.corridors"
MODES = "filters.modes"
STATUSES = "filters.statuses"
COUNTRIES = "filters.countries"
YEARS = "filters.years"
#: A year range another component asks the sidebar to show on the next run (Play stopping at a year).
YEARS_NEXT = "filters.years.next"
#: The layer switches, by layer.
LAYER_SWITCHES = {layer: f"filters.layers.{layer}" for layer in LAYERS}

#: Users' own layers by name, and the upload ids already read.
USER_LAYERS = "user.layers"
USER_LAYERS_SEEN = "user.layers.seen"
#: Why each refused upload was refused, by upload id (shown while the file stays in the list).
USER_LAYERS_REFUSED = "user.layers.refused"
USER_UPLOAD = "user-upload"

#: "My briefing" (views added on the Atlas) and briefings uploaded in this session, by id.
MY_BRIEFING = "briefing.mine"
UPLOADED_BRIEFINGS = "briefing.uploaded"
BRIEFING_UPLOAD = "briefing-upload"

#: Play on the Atlas: on or off, the year shown, the Play/Pause button, the speed choice (and the speed the
#: step timer runs at), a mark that the whole page ran (not the map alone), and the map's last selection.
PLAYING = "play.on"
PLAY_YEAR = "play.year"
PLAY_BUTTON = "play.button"
PLAY_SPEED = "play.speed"
PLAY_SPEED_RUNNING = "play.speed.running"
PLAY_FULL_RUN = "play.full-run"
ATLAS_SELECTION = "atlas-map.selection"
#: The container of the Atlas's map part (its CSS class is ``st-key-`` and this key).
ATLAS_STAGE = "atlas-stage"

#: Maps and charts.
ATLAS_MAP = "atlas-map"
#: The Atlas camera set by the framing buttons (a :class:`corridors.camera.View`), how often they were
#: clicked, and the buttons.
ATLAS_CAMERA = "atlas.camera"
FRAME_CLICKS = "atlas.frame.clicks"
FRAME_SELECTION = "frame-selection"
FRAME_CAUCASUS = "frame-caucasus"
FRAME_HOME = "frame-home"
PROFILE_MAP = "profile-map"
EVENT_MAP = "event-map"
TRADE_MAP = "trade-map"
TIMELINE = "timeline"
COUNTS_CHART = "counts"
LENGTH_CHART = "length-chart"
#: Prefix of the capacity charts' keys (one chart per unit).
CAPACITY_CHARTS = "capacity"
TRADE_CHART = "trade-chart"
CORRIDOR_TABLE = "corridor-table"

#: Choices that follow a URL parameter (see :mod:`corridors.components.linked_choice`).
PROFILE = "profile"
EVENT_PICK = "event-pick"
TRADE_YEAR = "trade-year"
BRIEFING_PICK = "briefing-pick"
SCREEN_PICK = "screen-pick"
SOURCE_PICK = "source-pick"
SOURCE_SEARCH = "source-search"

#: Briefing controls and forms.
STEP_BACK = "step-back"
STEP_NEXT = "step-next"
EXIT_PRESENTATION = "exit"
ADD_VIEW_FORM = "add-view"
#: The panels drawn only once opened (see :mod:`corridors.components.panel`).
ADD_VIEW_PANEL = "add-view.panel"
EXPORT_PANEL = "export.panel"
#: Presenter view.
LEAVE_PRESENTER = "leave-presenter"
RESTART_CLOCK = "restart-clock"
PUBLISH_FORM = "publish"


def url_echo(key: str) -> str:
    """Where a choice keeps the URL value it wrote itself, so a link is applied once, never over the user's choice."""
    return f"{key}.url"


def last_click(key: str) -> str:
    """Where a choice keeps the chart click it already followed."""
    return f"{key}.clicked"


def briefing_map(briefing_id: str, step: int) -> str:
    return f"briefing-map-{briefing_id}-{step}"


def remove_layer(name: str) -> str:
    return f"remove-{name}"


def presenter_agreed(briefing_id: str) -> str:
    """Where a presented view keeps the step it last shared with the presenter's position store."""
    return f"presenter.agreed.{briefing_id}"


def animation(name: str) -> str:
    """Where a view's animated GIF is kept once made (with the view it shows), and its button."""
    return f"animation-{name}"
