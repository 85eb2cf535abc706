"""The boundary around everything a user gives the app: an unexpected error becomes a message, never a traceback.

Readers refuse bad input with their own plain messages (``Refused``, problem lists). This is the
last line behind them: wrapped code that raises anything else shows the user one short sentence
saying what to do, and the traceback goes to the operator's log under a reference the user can quote.
Streamlit's own stop/rerun signals are ``BaseException`` and pass through untouched.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from corridors.i18n import ENGLISH, N_, Translator

LOG = logging.getLogger("corridors")
TRY_AGAIN = N_("Check the file and try again.")


@dataclass
class Outcome:
    """What happened inside a :func:`boundary`: after an unexpected error, ``failed`` and the message shown."""

    failed: bool = False
    message: str = ""
    reference: str = ""


def message(what: str, todo: str, reference: str, tr: Translator = ENGLISH) -> str:
    """The sentence users see: what could not be read, that nothing changed, what to do, a log reference."""
    return tr._(
        "Something unexpected went wrong while reading {what}, so nothing has changed. {todo} "
        "If it keeps happening, give the operator this reference: {reference}."
    ).format(what=what, todo=todo, reference=reference)


@contextmanager
def boundary(
    what: str, show: Callable[[str], object], todo: str = TRY_AGAIN, tr: Translator = ENGLISH
) -> Iterator[Outcome]:
    """Run the block; an unexpected error is logged with its traceback and shown as one message.

    ``what`` names the input (e.g. "'roads.zip'", "the link"), ``show`` displays the message
    (``st.error`` in the app), ``todo`` tells the user what to do next. The caller checks
    ``outcome.failed`` to fall back (keep the old state, use defaults, stop the page).
    """
    what = "".join(ch for ch in what if ch.isprintable())  # one log line, whatever a file was called
    outcome = Outcome()
    try:
        yield outcome
    except Exception:
        outcome.failed = True
        outcome.reference = secrets.token_hex(4)
        outcome.message = message(what, tr._(todo), outcome.reference, tr)
        LOG.exception("Unexpected error while reading %s (reference %s)", what, outcome.reference)
        show(outcome.message)
