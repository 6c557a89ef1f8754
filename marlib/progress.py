"""Progress reporting without UI: the library calls a callback, adapters draw it.

``Progress`` is ``callback(done, total, message)``; total may be None when
unknown. The CLI turns it into a tqdm bar on a terminal, the app into
``st.progress``.
"""
from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, "int | None", str], None]


def no_progress(done: int, total: int | None, message: str) -> None:
    """The default callback: report nothing."""
