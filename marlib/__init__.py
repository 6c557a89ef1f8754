"""marlib: mailbox auto remediation for Office 365, over Cisco ESA logs and Microsoft Graph.

The library in five lines::

    import marlib
    wb = marlib.open()                                 # data/marlib.duckdb, seeded from the sample
    sha = wb.verdict_changes().nlargest(1, "messages").sha256.iloc[0]  # turned malicious
    wb.impact(sha)                                     # every copy delivered (a DataFrame)
    wb.export(wb.remediate(sha).outcomes, "out.xlsx")  # simulated; live only with live=True

Everything public is listed in ``__all__``: :func:`open` returns a
:class:`Workbench` (ingest, verdict changes, impact, plan, simulate, replay,
remediate, report, export, mailbox settings and Check Connection). Queries
return pandas DataFrames and nothing prints. Errors are :class:`MarlibError`
with a ``message`` and an ``advice``.

Names are imported on first use, so ``import marlib.store`` (the CLI, the
emulator) does not load pandas, MSAL and the rest of the library.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time __getattr__ loads them
    from marlib.api import Workbench, open
    from marlib.certs import NewCertificate, new_certificate
    from marlib.errors import (
        AuthError,
        CertificateError,
        ConnectivityError,
        GraphError,
        InputError,
        MarlibError,
        SettingsError,
        StoreError,
        StoreLockedError,
        TenantLockedError,
    )
    from marlib.ingest.api import IngestSummary
    from marlib.remediation.run import RunResult
    from marlib.settings import MailboxSettings
    from marlib.store import Store
    from marlib.whatif import SimulationResult
    from marlib.whatif_scenario import Scenario, load_scenario

_WHERE = {
    "open": "marlib.api", "Workbench": "marlib.api", "Store": "marlib.store",
    "IngestSummary": "marlib.ingest.api", "RunResult": "marlib.remediation.run",
    "SimulationResult": "marlib.whatif", "Scenario": "marlib.whatif_scenario",
    "load_scenario": "marlib.whatif_scenario",
    "new_certificate": "marlib.certs", "NewCertificate": "marlib.certs", "MailboxSettings": "marlib.settings",
    **{name: "marlib.errors" for name in (
        "MarlibError", "InputError", "StoreError", "StoreLockedError", "CertificateError", "SettingsError",
        "AuthError", "GraphError", "ConnectivityError", "TenantLockedError")},
}

__all__ = [
    "AuthError",
    "CertificateError",
    "ConnectivityError",
    "GraphError",
    "IngestSummary",
    "InputError",
    "MailboxSettings",
    "MarlibError",
    "NewCertificate",
    "RunResult",
    "Scenario",
    "SettingsError",
    "SimulationResult",
    "Store",
    "StoreError",
    "StoreLockedError",
    "TenantLockedError",
    "Workbench",
    "load_scenario",
    "new_certificate",
    "open",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Load a public name from its module on first use (PEP 562)."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'marlib' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
