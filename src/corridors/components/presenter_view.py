"""The presenter view and the link between it and the presentation the room sees.

The presenter view (``&presenter=1``) shows the view on the room's screen, the next one, the
speaker notes and the elapsed time; its Previous/Next move every presentation view (``&present=1``)
of the same briefing: both follow the shared position in :mod:`corridors.presenter`.
"""

from __future__ import annotations

import html

import streamlit as st

from corridors import captions, navigation, presenter, render, state
from corridors.briefing import Briefing, SavedView, bundled, step_of
from corridors.catalog import Dataset, geodata_root
from corridors.components import stepper
from corridors.components.url import page_param
from corridors.filters import lang_query
from corridors.i18n import ENGLISH, Translator
from corridors.translations import translator
from corridors.viewkinds import KINDS

#: How often a presentation view looks for the presenter's moves (seconds).
POLL_SECONDS = 0.25


def active() -> bool:
    """True in the presenter view (``?presenter=1``)."""
    return page_param("presenter") == "1"


def link(briefing_id: str, tr: Translator = ENGLISH) -> None:
    """Sidebar link to the presenter view (a new tab); a briefing kept in this session must be shared
    first, since another tab or screen is another session that does not have it."""
    if briefing_id not in bundled(geodata_root()):
        st.caption(
            tr._("To present it with the presenter view on two screens, save it for the team first (Export and share).")
        )
        return
    lang = "".join(f"&{k}={v}" for k, v in lang_query(tr.lang).items())
    st.link_button(
        tr._("Presenter view"),
        f"{navigation.BRIEFING.url_path}?b={briefing_id}&presenter=1{lang}",
        icon=":material/co_present:",
        help=tr._(
            "Opens in a new tab: current and next view, speaker notes and the clock; its Previous and Next "
            "move the presentation (open it with Start presentation on the room's screen)."
        ),
    )


def sync(briefing_id: str, total: int, is_presenter: bool) -> None:
    """Before the stepper reads the step: share this view's own move, or follow the other view's (``?s=``)."""
    step, _ = step_of(page_param("s"), total)
    position = presenter.attend(briefing_id, step) if is_presenter else presenter.read(briefing_id)
    agreed = st.session_state.get(state.presenter_agreed(briefing_id))
    shown, store = presenter.reconcile(position, step, agreed, total)
    if store:
        presenter.move(briefing_id, shown)
    if shown != step:
        st.query_params["s"] = str(shown + 1)
    st.session_state[state.presenter_agreed(briefing_id)] = shown


@st.fragment(run_every=POLL_SECONDS)
def follow(briefing_id: str, shown: int) -> None:
    """Presentation side: redraw the page as soon as a live presenter has moved to another step."""
    position = presenter.read(briefing_id)
    if position is not None and position.live() and position.step != shown:
        st.rerun(scope="app")


@st.fragment(run_every=1.0)
def _clock(briefing_id: str, shown: int, elapsed: str) -> None:
    """Presenter side: elapsed time, the presenter's heartbeat, and following a move made on the big screen."""
    position = presenter.attend(briefing_id, shown)
    st.markdown(
        "<div style='font-size:2.2rem;font-weight:600;text-align:right'>"
        f"<span style='font-size:1rem;font-weight:400'>{html.escape(elapsed)} </span>{position.elapsed()}</div>",
        unsafe_allow_html=True,
    )
    if position.step != shown:
        st.rerun(scope="app")


@st.cache_data(max_entries=64, show_spinner=False)
def _slide(_ds: Dataset, dataset_key: int, view: SavedView, position: str) -> bytes:
    """A view's slide as PNG, drawn once per view: the presenter sees what the room sees, without a live map."""
    return render.png(_ds, view, position)


def _prepare(ds: Dataset, briefing: Briefing) -> None:
    """Draw every slide once when the presenter view opens, so that pressing Next draws nothing and the
    presentation on the same server follows at once."""
    total = len(briefing.views)
    tr = translator(ds)
    preparing = tr.ngettext("Preparing the {count} slide…", "Preparing the {count} slides…", total)
    with st.spinner(preparing.format(count=tr.number(total))):
        for step, view in enumerate(briefing.views):
            _slide(ds, id(ds), view, captions.position(step, total))


def show(ds: Dataset, briefing: Briefing) -> None:
    """Current view, next view, speaker notes and elapsed time; Previous/Next drive the presentation."""
    tr = translator(ds)
    total = len(briefing.views)
    _prepare(ds, briefing)
    head, clock = st.columns([5, 2])
    step = stepper.show(total, tr)
    view = briefing.views[step]
    heading = tr._("**Presenter view** · {title} · step **{position}**")
    # '1 / 8' reads left to right in Urdu too, as on the slide picture
    position = f'<span dir="ltr">{captions.position(step, total)}</span>'
    head.markdown(heading.format(title=html.escape(briefing.title), position=position), unsafe_allow_html=True)
    with clock:
        _clock(briefing.id, step, tr._("Elapsed"))
    left, right = st.columns([3, 2])
    with left:
        st.subheader(view.title, anchor=False)
        st.image(
            _slide(ds, id(ds), view, captions.position(step, total)),
            caption=tr._("On the room's screen now"),
            alt=captions.slide_alt(view, tr),
        )
    with right:
        st.markdown("**" + tr._("Speaker notes") + "**")
        with st.container(border=True):
            notes = html.escape(view.notes) or "<i>" + html.escape(tr._("No notes for this view.")) + "</i>"
            st.markdown(
                f"<div class='speaker-notes' style='font-size:1.3rem;line-height:1.5'>{notes}</div>",
                unsafe_allow_html=True,
            )
        st.markdown("**" + tr._("Next") + "**")
        with st.container(border=True):
            if step + 1 < total:
                upcoming = briefing.views[step + 1]
                kind = tr._(KINDS[upcoming.kind])
                st.markdown(f"**{html.escape(upcoming.title)}** · {kind}")
                st.image(
                    _slide(ds, id(ds), upcoming, captions.position(step + 1, total)),
                    alt=captions.slide_alt(upcoming, tr),
                )
            else:
                st.markdown(tr._("End of the briefing."))
        left_button, right_button = st.columns(2)
        lang = "".join(f"&{k}={v}" for k, v in lang_query(tr.lang).items())
        left_button.link_button(
            tr._("Open the presentation"),
            f"{navigation.BRIEFING.url_path}?b={briefing.id}&present=1&s={step + 1}{lang}",
            icon=":material/open_in_new:",
            help=tr._("Open it on the room's screen: it follows this view's Previous and Next."),
        )
        if right_button.button(tr._("Restart the clock"), key=state.RESTART_CLOCK, icon=":material/timer:"):
            presenter.restart_clock(briefing.id)
        if st.button(tr._("Leave the presenter view"), key=state.LEAVE_PRESENTER):
            del st.query_params["presenter"]
            st.rerun()
