"""marlib: mailbox auto remediation for Office 365 (public API, see __all__)."""
from __future__ import annotations

from marlib.errors import MarlibError
from marlib.store import Store

__all__ = ["MarlibError", "Store"]
__version__ = "0.1.0"
