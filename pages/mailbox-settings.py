"""Mailbox Settings (seed: System Administration > Mailbox Settings), the active tenant,
Check Connection, and a certificate helper replacing the seed's PowerShell step."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import streamlit as st

from marlib.models import TenantKind
from pages import _ui

wb = _ui.page_setup()
st.title("Mailbox Settings")

# -- active tenant --------------------------------------------------------------
st.subheader("Active tenant")
kinds = [k.value for k in TenantKind]
env_mode = os.environ.get("MARLIB_TENANT_MODE")
if env_mode:   # it wins over the choice below, as for the command line: say so before anyone picks one
    st.warning(f"MARLIB_TENANT_MODE={env_mode} is set in the app's environment: the active tenant is "
               f"{_ui.TENANT_LABEL[wb.tenant_kind.value]} whatever is chosen here. A choice saved below takes "
               "effect once it is unset and the app restarted.")
# the form shows the stored tenant, also once another tab or the command line changed it since this tab drew it
# (the widgets keep their session value: a stale choice was saved back by a "Use this tenant" made to change
# the file alone); a choice submitted here is left as it is, the stored tenant being the same
stored = (wb.tenant_kind.value, str(wb.tenant_file or ""))
if st.session_state.get("tenant-stored") != stored:
    st.session_state["tenant-stored"] = stored
    st.session_state["tenant-kind"], st.session_state["tenant-file"] = stored
with st.form("tenant-form"):
    kind = st.radio("Remediate against", kinds, horizontal=True, format_func=lambda k: _ui.TENANT_LABEL[k],
                    key="tenant-kind")
    tenant_file = st.text_input("Simulated tenant file (JSON, the emulator's format)", key="tenant-file")
    if st.form_submit_button("Use this tenant"):
        with _ui.guard():
            wb.set_tenant(kind, tenant_file or None)
            if wb.tenant_kind.value == kind:
                st.success(f"Active tenant: {_ui.TENANT_LABEL[kind]}")
            else:   # MARLIB_TENANT_MODE in the app's environment wins, as for the command line
                st.warning(f"Saved, but MARLIB_TENANT_MODE={os.environ.get('MARLIB_TENANT_MODE')} is set in the "
                           f"app's environment and wins over this choice: the active tenant stays "
                           f"{_ui.TENANT_LABEL[wb.tenant_kind.value]}. Unset it and restart the app to use "
                           f"{_ui.TENANT_LABEL[kind]}.")
st.caption("Simulated runs act on an in-process copy of the tenant file. Emulator and Microsoft use the "
           "Office 365 settings below (the authority URL tells which).")


def _reset_note(update) -> str:
    """What the tenant change put back to its default (the rule of marlib.settings_update)."""
    if not update.reset():
        return ""
    labels = {"domains": "Office 365 domains", "authority": "Authority URL", "graph_url": "Graph URL",
              "ca_file": "Extra CA bundle"}
    reset = ", ".join(f"{labels[n]} → {update.value(n)} (was {update.was[n]})" for n in update.reset())
    return (f". The tenant changed ({update.tenant_change}), so these went back to their defaults: {reset}; "
            "to use other values, enter them and Submit again.")


def _next_steps() -> str:
    """What a save here leaves as it was (unlike `settings set`, which also makes Graph the active tenant and
    turns live remediation on): a run after the save still goes to the simulated tenant, or is refused."""
    steps = []
    if wb.tenant_kind is TenantKind.SIMULATED:
        steps.append("the active tenant is still the simulated tenant: choose the emulator or Microsoft 365 "
                     "under Active tenant (Use this tenant) for runs to use these settings")
    if not wb.live_enabled:
        steps.append("live remediation is off: turn on Enable Office 365 Mailbox Settings (after Check "
                     "Connection)")
    return (" Not changed by this save: " + "; ".join(steps) + ".") if steps else ""


# -- Office 365 mailbox settings -----------------------------------------------------
st.subheader("Office 365 mailbox settings")
# written only when flipped here (a callback): the switch shows what is stored, so a tab opened before another
# tab or `settings disable` changed it does not write its old position back on its next run
st.session_state["mailbox-enabled"] = wb.live_enabled
st.toggle("Enable Office 365 Mailbox Settings (allows live remediation)", key="mailbox-enabled",
          on_change=lambda: wb.set_live_enabled(st.session_state["mailbox-enabled"]))

if not _ui.available("marlib.settings"):
    _ui.not_available("Mailbox settings (marlib.settings)")
else:
    from marlib import settings as mailbox_settings
    from marlib.errors import MarlibError, SettingsError
    from marlib.settings_update import update_settings
    try:
        current = mailbox_settings.load_settings(wb.store).public_dict()
    except SettingsError:
        current = {}
    if current:
        with st.expander("Current settings (the key is shown only as its path and fingerprint)"):
            st.json(current)
    generated = st.session_state.get("generated-cert")
    # what the form shows of the stored settings: a field left as shown is an option left out (the rule of
    # marlib.settings_update, as for `settings set`); a field changed is given ("" for the default)
    shown = {"client-id": current.get("client_id", ""), "tenant-id": current.get("tenant_id", ""),
             "thumbprint": current.get("thumbprint_b64", ""), "domains": ",".join(current.get("domains", [])),
             "authority": current.get("authority", mailbox_settings.DEFAULT_AUTHORITY),
             "graph-url": current.get("graph_url", mailbox_settings.DEFAULT_GRAPH_URL),
             "ca-file": current.get("ca_file") or "", "proxy": current.get("proxy") or ""}
    # the stored values fill the form once per session (the certificate helper may replace the thumbprint),
    # and again after a save: the form then shows what was stored, reset values included
    refill = st.session_state.pop("settings-refill", False)
    for key, value in shown.items():
        if key == "proxy":
            continue
        if refill:
            st.session_state[key] = value
        else:
            st.session_state.setdefault(key, value)
    # The key upload and the passphrase are read once, on Submit: then the widgets are renamed (a new
    # generation) and the page reruns, so Streamlit drops the old ones' values from the session state.
    gen = st.session_state.get("secret-gen", 0)
    suffix = f"-{gen}" if gen else ""
    # the proxy may hold a password: shown as ****, and renamed with the secrets so a typed one goes
    st.session_state.setdefault("proxy" + suffix, shown["proxy"])
    outcome = st.session_state.pop("settings-outcome", None)
    with st.form("settings-form"):
        c1, c2 = st.columns(2)
        client_id = c1.text_input("Client ID", key="client-id")
        tenant_id = c2.text_input("Tenant ID", key="tenant-id")
        thumbprint = c1.text_input("Certificate thumbprint (base64 or hex)", key="thumbprint")
        domains = c2.text_input("Office 365 domains (comma-separated)", key="domains")
        key_file = st.file_uploader("Private key (.pem)", type=["pem", "key"], key="key-upload" + suffix,
                                    max_upload_size=1)  # MB: a PEM key is a few KB
        use_generated = bool(generated) and st.checkbox(
            "Use the key generated below", value=key_file is None, key="use-generated")
        passphrase = st.text_input("Key passphrase (if the key is encrypted)", type="password",
                                   key="passphrase" + suffix)
        with st.expander("Advanced: proxy, national clouds, the emulator, TLS inspection"):
            proxy = st.text_input(
                "HTTP(S) proxy to Entra and Graph (http://[user:password@]host:port; empty: direct)",
                key="proxy" + suffix, placeholder="http://proxy.corp.example:8080",
                help="A password is stored apart from the database (mode 0600) and shown as ****; "
                     "leave **** to keep it.")
            authority = st.text_input("Authority URL", key="authority")
            graph_url = st.text_input("Graph URL", key="graph-url")
            ca_file = st.text_input("Extra CA bundle (PEM path on the server)", key="ca-file")
            st.caption("A field left as shown keeps its stored value; emptied, it goes back to its default. "
                       "When the Tenant ID changes, or the authority changes between Microsoft and the "
                       "emulator, the domains, authority, Graph URL and CA bundle left as shown go back "
                       "to their defaults; the proxy is kept.")
        if isinstance(outcome, MarlibError):  # kept over the rerun; it holds no secret
            _ui.show_error(outcome)
        elif outcome:
            st.success(outcome)
        if st.form_submit_button("Submit", type="primary"):
            try:
                if key_file is not None:
                    key: bytes | Path = key_file.getvalue()
                elif use_generated:
                    key = Path(generated["key"])
                elif current.get("key_file"):
                    key = Path(current["key_file"])
                else:
                    raise SettingsError("Upload the private key of the certificate (.pem)",
                                        advice="choose the .pem file, or generate one below")
                def given(key: str, value: str) -> str | None:
                    return None if value == shown[key] else value
                update = update_settings(
                    wb.store, client_id=client_id, tenant_id=tenant_id, thumbprint=thumbprint, key=key,
                    passphrase=passphrase or None, domains=given("domains", domains),
                    authority=given("authority", authority), graph_url=given("graph-url", graph_url),
                    ca_file=given("ca-file", ca_file), proxy=given("proxy", proxy))
                wb.invalidate()
                saved = update.settings
                st.session_state["settings-outcome"] = (
                    f"Saved. Thumbprint {saved.thumbprint_b64} (hex {saved.thumbprint}), key "
                    f"fingerprint {saved.key_fingerprint[:16]}…" + _reset_note(update) + _next_steps())
                st.session_state["settings-refill"] = True
            except MarlibError as exc:
                st.session_state["settings-outcome"] = exc
            st.session_state["secret-gen"] = gen + 1
            st.rerun()

# -- Check Connection ------------------------------------------------------------------
st.subheader("Check Connection")
if not _ui.available("marlib.connection"):
    _ui.not_available("Check Connection (marlib.connection)")
else:
    with st.form("check-form"):
        email = st.text_input("Office 365 email address", key="check-email",
                              placeholder="someone@yourtenant.onmicrosoft.com")
        go = st.form_submit_button("Test Connection")
    if go:
        from marlib.connection import check_connection
        with _ui.guard(), st.spinner("Getting a token and reaching the mailbox…"):
            result = check_connection(wb.store, email)
            if result.ok:
                st.success(f"{result.message}. {result.advice}")
            else:
                st.error(f"Connection Unsuccessful. {result.message}"
                         if not result.message.startswith("Connection Unsuccessful") else result.message)
                st.info(result.advice)
                if result.detail:
                    with st.expander("Details from Entra / Graph"):
                        st.json(result.detail)

# -- certificate helper -------------------------------------------------------------------
st.subheader("Certificate helper")
st.caption("Generates an RSA key (mode 0600, under the data directory) and a self-signed certificate "
           "whose emailAddress is the administrator's, and prints the keyCredentials to paste into the "
           "app registration's manifest (seed, step 7). The private key is never shown.")
def generate_certificate() -> None:
    """Form callback (runs before the page, so it may fill in the thumbprint field above)."""
    from marlib import certs
    from marlib.errors import MarlibError
    try:
        keys = certs.private_dir(wb.store.data_dir / "keys")  # 0700, like the settings' key copy
        out = keys / ("generated-" + dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S"))
        new = certs.new_certificate(out, st.session_state.get("cert-email", ""),
                                    days=int(st.session_state.get("cert-days", 730)))
    except MarlibError as exc:
        st.session_state["cert-error"] = exc
        return
    st.session_state.pop("cert-error", None)
    st.session_state["generated-cert"] = new.as_dict()
    st.session_state["thumbprint"] = new.thumbprint_b64


with st.form("cert-form"):
    st.text_input("Administrator email", key="cert-email", placeholder="admin@contoso.com")
    st.number_input("Valid for (days)", min_value=1, max_value=3650, value=730, key="cert-days")
    st.form_submit_button("Generate key and certificate", on_click=generate_certificate)
if st.session_state.get("cert-error"):
    _ui.show_error(st.session_state["cert-error"])
generated = st.session_state.get("generated-cert")
if generated:
    st.success(f"Key written to {generated['key']} (mode 0600). Valid until {generated['not_after']}.")
    st.text(f"Thumbprint (base64): {generated['thumbprint_b64']}\nThumbprint (hex):    "
            f"{generated['thumbprint_hex']}\nkeyId:               {generated['key_id']}")
    st.code('"keyCredentials": ' + json.dumps(generated["keyCredentials"], indent=2) + ",", language="json")
    cer = Path(generated["cer"])
    crt = Path(generated["crt"])
    c1, c2, _ = st.columns([1, 1, 3])
    if cer.exists():
        c1.download_button("Certificate (.cer)", cer.read_bytes(), file_name=cer.name, on_click="ignore",
                           key="dl-cer")
    if crt.exists():
        c2.download_button("Certificate (.crt)", crt.read_bytes(), file_name=crt.name, on_click="ignore",
                           key="dl-crt")
