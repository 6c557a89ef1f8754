"""``cert new|inspect``, ``settings set|show|proxy``, ``check-connection``: the seed's steps 1-3."""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from marlib import certs
from marlib.cli.common import (add_json_option, file_in_the_way, lines_to_stderr, marlib_command, print_changes,
                               print_json, with_db)
from marlib.errors import CertificateError, InputError, MarlibError, SettingsError
from marlib.store import Store


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands."""
    _register_cert(sub)
    _register_settings(sub)
    p = sub.add_parser("check-connection", help="get a token and reach one mailbox (Check Connection)")
    p.add_argument("email", metavar="EMAIL", help="an Office 365 address of the tenant")
    p.add_argument("--json", action="store_true",
                   help='print {"ok","reason","message","advice"}; a failure adds "error", "code" (the reason) '
                        'and the service\'s ids, as every command\'s error object')
    p.set_defaults(handler=cmd_check_connection)


def _register_cert(sub: argparse._SubParsersAction) -> None:
    cert = sub.add_parser("cert", help="make or inspect the app registration's certificate")
    csub = cert.add_subparsers(dest="cert_command", metavar="ACTION", required=True)
    p = csub.add_parser("new", help="RSA key (0600) + self-signed certificate + keyCredentials JSON")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for marlib.key/.crt/.cer")
    p.add_argument("--email", required=True, metavar="ADMIN@DOMAIN", help="emailAddress of the subject")
    p.add_argument("--days", type=int, default=730, help="validity in days (default 730)")
    p.add_argument("--bits", type=int, default=2048, help="RSA key size (>= 2048)")
    p.add_argument("--name", default="marlib", help="base name of the files (default marlib)")
    p.add_argument("--passphrase-file", metavar="F", help="encrypt the key with this passphrase")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_cert_new)
    p = csub.add_parser("inspect", help="subject, validity, key size, thumbprints; key match")
    p.add_argument("file", metavar="FILE", help=".crt (PEM) or .cer (DER) certificate")
    p.add_argument("--key", metavar="KEY", help="private key to check against the certificate")
    p.add_argument("--passphrase-file", metavar="F", help="passphrase of the key")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_cert_inspect)


def _register_settings(sub: argparse._SubParsersAction) -> None:
    st = sub.add_parser("settings", help="Office 365 mailbox settings (no secret is stored)")
    ssub = st.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    p = ssub.add_parser("set", help="store client/tenant/thumbprint; copy the key (0600)")
    p.add_argument("--client-id", required=True, metavar="ID", help="Application (client) ID, a GUID")
    p.add_argument("--tenant-id", required=True, metavar="ID", help="Directory (tenant) ID or domain")
    p.add_argument("--thumbprint", required=True, metavar="T", help="SHA-1 thumbprint, base64 or hex")
    p.add_argument("--key", required=True, metavar="FILE", help="the certificate's private key (PEM)")
    p.add_argument("--passphrase-file", metavar="F", help="passphrase of an encrypted key")
    p.epilog = ("Options left out keep their stored value ('' puts one back to its default), except when "
                "the tenant changes (another --tenant-id, or an --authority of the other kind: emulator or "
                "Microsoft): then --domains, --authority, --graph-url and --ca-file left out go back to their "
                "defaults. The proxy is always kept. The output says what was given, kept or reset.")
    p.add_argument("--domains", metavar="d1,d2", action="append",
                   help="the tenant's Office 365 mail domains (repeatable: the lists add up; '' for any)")
    p.add_argument("--authority", metavar="URL", help="default https://login.microsoftonline.com")
    p.add_argument("--graph-url", metavar="URL", help="default https://graph.microsoft.com")
    p.add_argument("--ca-file", metavar="FILE", help="CA bundle to trust (TLS inspection, emulator; "
                   "'' for none)")
    p.add_argument("--cert", metavar="FILE", help="the registered certificate (.crt/.cer): check the "
                   "thumbprint and key against it (default: KEY's .crt/.cer next to it, if any)")
    p.add_argument("--proxy", metavar="URL", help="HTTP(S) proxy to Entra and Graph, "
                   "http://[user@]host:port ('' for none)")
    _add_proxy_password_file(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_settings_set)
    p = ssub.add_parser("proxy", help="set or clear only the HTTP(S) proxy to Entra and Graph")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("url", nargs="?", metavar="URL", help="http://[user@]host:port (a password is kept in "
                   "<data dir>/keys, mode 0600, and shown as ****)")
    g.add_argument("--clear", action="store_true", help="no proxy: connect directly")
    _add_proxy_password_file(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_settings_proxy)
    p = ssub.add_parser("show", help="active tenant, live switch, settings (key as path and fingerprint)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_settings_show)
    p = ssub.add_parser("enable", help='"Enable Office 365 Mailbox Settings": allow live remediation')
    add_json_option(p)
    p.set_defaults(handler=cmd_settings_enable)
    p = ssub.add_parser("disable", help="forbid live remediation (dry and simulated runs still work)")
    add_json_option(p)
    p.set_defaults(handler=cmd_settings_disable)
    p = ssub.add_parser("tenant", help="choose the active tenant: simulated or graph (Office 365/emulator)")
    p.add_argument("mode", choices=["simulated", "graph"], help="simulated: in-process tenant, no Office "
                   "365; graph: the mailbox settings' tenant (Microsoft or the emulator)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--tenant-file", metavar="FILE", help="the simulated tenant's JSON (e.g. written by "
                   "`marlib sample`); starts the simulated tenant afresh")
    g.add_argument("--from-data", action="store_true", help="forget the tenant file: build the simulated "
                   "tenant from the ingested data; starts it afresh")
    add_json_option(p)
    p.set_defaults(handler=cmd_settings_tenant)


def _add_proxy_password_file(p: argparse.ArgumentParser) -> None:
    p.add_argument("--proxy-password-file", metavar="FILE", help="the password of the proxy URL's user, "
                   "read from FILE (/dev/stdin for a pipe), not typed into the URL where shell history and "
                   "process lists see it; without it, $MARLIB_PROXY_PASSWORD is used for a URL "
                   "http://USER@host:port")


# -- handlers ---------------------------------------------------------------------
def cmd_cert_new(args: argparse.Namespace, store: Store) -> int:
    passphrase = certs.read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    earlier = [str(f) for f in (Path(args.out) / f"{args.name}{ext}" for ext in (".key", ".crt", ".cer"))
               if f.exists()]
    if earlier:   # the key of a certificate already uploaded to the app registration: never replaced
        raise InputError(f"{', '.join(earlier)} already exist(s): a new key would replace the one of the "
                         f"certificate made before (perhaps registered already)",
                         advice=f"keep it and use it (`{marlib_command(args, 'cert inspect FILE')}` shows its "
                                "thumbprints), or give another --name or --out for a new one; delete the old files "
                                "first to replace them")
    try:
        made = certs.new_certificate(args.out, args.email, days=args.days, passphrase=passphrase,
                                     bits=args.bits, name=args.name)
    except OSError as exc:   # --out makes missing folders: a part of its path is a file, or no right to write
        raise InputError(f"cannot write the certificate files to {args.out}: {exc.strerror or exc}"
                         f"{file_in_the_way(Path(args.out))}",
                         advice="give --out a folder you can write to (it is created when missing)") from None
    if args.json:
        print_json(made.as_dict())
        return 0
    print(f"private key:       {made.key_path} (mode 0600{', encrypted' if passphrase else ''})")
    print(f"certificate:       {made.crt_path} (PEM), {made.cer_path} (DER)")
    print(f"valid until:       {made.not_after}")
    print(f"thumbprint base64: {made.thumbprint_b64}")
    print(f"thumbprint hex:    {made.thumbprint_hex}")
    print(f"keyId:             {made.key_id}")
    print("keyCredentials (paste into the app registration's manifest):")
    print(json.dumps({"keyCredentials": [made.key_credentials]}, indent=2))
    return 0


def cmd_cert_inspect(args: argparse.Namespace, store: Store) -> int:
    cert = certs.load_certificate(Path(args.file))
    info: dict[str, Any] = certs.inspect_certificate(cert)
    problems = []
    try:
        certs.check_validity(cert)
    except CertificateError as exc:
        problems.append(exc)
    if args.key:
        passphrase = (certs.read_passphrase_file(args.passphrase_file)
                      if args.passphrase_file else None)
        key = certs.load_private_key(Path(args.key), passphrase)
        info["key_matches"] = certs.key_matches_certificate(key, cert)
        info["key_size_of_key"] = key.key_size
        if not info["key_matches"]:
            problems.append(CertificateError(
                "The private key does not match the certificate",
                advice="give the key file that was created together with this certificate"))
    info["problems"] = [str(p) for p in problems]
    if args.json:
        if problems:   # the report stays the last line; the problem goes to stderr, exit 2
            print(f"error: {problems[0].message}", file=sys.stderr)
            if problems[0].advice:
                print(f"what to do: {problems[0].advice}", file=sys.stderr)
        print_json(info)
        return 2 if problems else 0
    else:
        for label, key in (("subject", "subject"), ("emailAddress", "email"),
                           ("valid from", "not_before"), ("valid until", "not_after"),
                           ("state", "validity"), ("key", "key_type"), ("key size", "key_size"),
                           ("thumbprint base64", "thumbprint_b64"),
                           ("thumbprint hex", "thumbprint_hex"), ("key matches", "key_matches")):
            if key in info:
                print(f"{label + ':':<19}{info[key]}")
    if problems:
        first = problems[0]
        raise CertificateError(first.message, advice=first.advice)
    return 0


def cmd_settings_set(args: argparse.Namespace, store: Store) -> int:
    from marlib.remediation.backend import set_tenant_mode
    from marlib.settings import live_enabled, set_live_enabled
    from marlib.settings_update import update_settings
    passphrase = certs.read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    if not Path(args.key).is_file():
        raise InputError(f"No private key file at {args.key}", advice="check the --key path")
    cert = _certificate_for(args.key, args.cert)
    if args.proxy_password_file and args.proxy is None:
        raise InputError("--proxy-password-file is given without --proxy",
                         advice="give the proxy it belongs to: --proxy http://USER@host:port "
                                "--proxy-password-file FILE (or `settings proxy URL --proxy-password-file FILE`)")
    before = _settings_seen(store)
    update = update_settings(store, client_id=args.client_id, tenant_id=args.tenant_id,
                             thumbprint=args.thumbprint, key=Path(args.key), passphrase=passphrase,
                             domains=args.domains, authority=args.authority, graph_url=args.graph_url,
                             ca_file=args.ca_file, certificate=cert, proxy=args.proxy,
                             proxy_password=_proxy_password(args, args.proxy))
    was = (_stored_mode(store) or "graph (default)", "enabled" if live_enabled(store) else "disabled")
    set_tenant_mode(store, "graph")
    set_live_enabled(store, True)
    with lines_to_stderr(args):
        _print_settings_set(args, store, update, cert, was)
    if args.json:   # as `settings show` shows them: the key as its path and fingerprint, a proxy password as ****
        print_changes("settings set", before, _settings_seen(store), fates=update.fates,
                      tenant_change=update.tenant_change)
    return 0


def _settings_seen(store: Store) -> dict[str, Any]:
    """The stored mailbox settings as `settings show --json` gives them (no secret), with the tenant mode and the
    live switch; only those two when none are stored yet."""
    from marlib.settings import load_settings
    status = _tenant_status(store)
    seen = {"tenant_mode": status["tenant_mode"], "live_enabled": status["live_enabled"]}
    try:
        return {**load_settings(store).public_dict(), **seen}
    except SettingsError:
        return seen


def _print_settings_set(args: argparse.Namespace, store: Store, update: Any, cert: Path | None,
                        before: tuple[str, str]) -> None:
    saved = update.settings
    print(f"saved mailbox settings (key copied to {saved.key_file}, mode 0600)")
    _print_update(update)
    _note_password_in_url(args.proxy)
    if cert is not None:
        print(f"checked: the thumbprint is {cert}'s and the key matches it")
    print(f"active tenant: {_graph_label(saved)}, live remediation enabled (were: tenant {before[0]}, "
          f"live remediation {before[1]})")
    others = store.query_one("SELECT count(*), min(tenant) FROM remediation_runs WHERE mode = 'live' "
                             "AND tenant IS NOT NULL AND tenant <> ?", [saved.tenant_key])
    if others[0]:
        print(f"note: {others[0]} earlier live run(s) acted on another tenant ({others[1]}"
              f"{', ...' if others[0] > 1 else ''}); what they did counts there only, so this tenant's "
              f"copies of those files are remediated by the next `remediate --pending` or watch step")
    print(f"undo: `{marlib_command(args, 'settings disable')}` (no live remediation) or "
          f"`{marlib_command(args, 'settings tenant simulated')}` (act on the simulated tenant)")
    print("next: " + marlib_command(args, "check-connection ADDRESS@") +
          (saved.domains[0] if saved.domains else "YOUR-DOMAIN"))


def cmd_settings_proxy(args: argparse.Namespace, store: Store) -> int:
    from marlib.settings import load_settings, set_proxy
    if args.clear and args.proxy_password_file:
        raise InputError("--proxy-password-file is given with --clear", advice="leave out one of them")
    before = load_settings(store).proxy_display   # set_proxy needs the settings too: the same error, first
    saved = set_proxy(store, None if args.clear else args.url, _proxy_password(args, args.url))
    with lines_to_stderr(args):
        print(f"proxy: {_proxy_label(saved)}")
        _note_password_in_url(args.url)
        print("next: " + marlib_command(args, "check-connection ADDRESS@") +
              (saved.domains[0] if saved.domains else "YOUR-DOMAIN"))
    if args.json:   # the proxy as `settings show` shows it: a password as ****
        print_changes("settings proxy", {"proxy": before}, {"proxy": saved.proxy_display})
    return 0


def _proxy_password(args: argparse.Namespace, url: str | None) -> str | None:
    """The proxy password given apart from the URL: --proxy-password-file, else $MARLIB_PROXY_PASSWORD
    for a URL given here that names a user and no password; None when neither applies."""
    import os

    from marlib.settings import PROXY_PASSWORD_ENV, read_proxy_password_file, wants_proxy_password
    if args.proxy_password_file:
        return read_proxy_password_file(args.proxy_password_file)
    if url and os.environ.get(PROXY_PASSWORD_ENV) and wants_proxy_password(url):
        return os.environ[PROXY_PASSWORD_ENV]
    return None


def _note_password_in_url(url: str | None) -> None:
    """A password typed into the URL lands in shell history and process lists: say how to avoid it."""
    from marlib.settings import PROXY_MASK, PROXY_PASSWORD_ENV, split_proxy_loose
    parts = split_proxy_loose(url) if url else None
    if parts is not None and parts.password not in (None, PROXY_MASK):
        print(f"note: a password inside the proxy URL is seen by shell history and process lists; next time "
              f"give http://USER@host:port with --proxy-password-file FILE or ${PROXY_PASSWORD_ENV}",
              file=sys.stderr)


def _print_update(update: Any) -> None:
    """One line per option of the rule: its value as `settings show` shows it, and whether it was given,
    kept (left out) or reset to its default (left out, the tenant changed)."""
    from marlib.settings_update import DEFAULT, GIVEN, KEPT
    if update.tenant_change:
        print(f"the tenant changed ({update.tenant_change}): what described the old one is not carried over")
    for name, fate in update.fates.items():
        flag = "--" + name.replace("_", "-")
        if fate == GIVEN:
            how = "given"
        elif fate == DEFAULT:
            how = f"default: {flag} left out"
        elif fate == KEPT:
            how = f"kept: {flag} left out" + ("; change: `settings proxy URL|--clear`" if name == "proxy" else "")
        else:
            how = f"reset to the default: {flag} left out, was {update.was[name]}"
        print(f"{name + ':':<17}{update.value(name)} ({how})")
    if update.reset():
        print("to keep a reset value, give it again (" +
              ", ".join(f"--{n.replace('_', '-')} ..." for n in update.reset()) + ")")


def _proxy_label(settings: Any) -> str:
    return settings.proxy_display or "none (direct connection)"


def _certificate_for(key: str, cert: str | None) -> Path | None:
    """--cert, else the key's certificate next to it (same stem, .crt or .cer), else None."""
    from marlib.settings import certificate_beside
    if cert:
        if not Path(cert).is_file():
            raise InputError(f"No certificate file at {cert}", advice="check the --cert path")
        return Path(cert)
    return certificate_beside(key)


def _stored_mode(store: Store) -> str | None:
    from marlib.remediation.backend import normalize_mode
    from marlib.settings import TENANT_MODE_KEY
    raw = store.get_setting(TENANT_MODE_KEY)
    try:
        return normalize_mode(raw) if raw else None
    except MarlibError:
        return None


def _graph_label(settings: Any) -> str:
    from marlib.tenant.graph import tenant_kind
    kind = tenant_kind(settings.authority)
    return ("graph (Microsoft, " if kind == "microsoft" else "graph (the emulator, ") + \
        f"{settings.authority})"


def _tenant_status(store: Store) -> dict[str, Any]:
    """Active tenant mode, the simulated tenant's source, and the live switch."""
    import os

    from marlib.remediation import backend
    from marlib.settings import live_enabled
    mode = backend.tenant_mode(store)
    source = backend.tenant_file(store)
    return {"tenant_mode": mode,
            "tenant_mode_from": "MARLIB_TENANT_MODE" if os.environ.get("MARLIB_TENANT_MODE") else "settings",
            "tenant_file": str(source) if source else None,
            "simulated_source": backend.simulated_source(store),
            "live_enabled": live_enabled(store)}


def cmd_settings_show(args: argparse.Namespace, store: Store) -> int:
    from marlib.settings import load_settings
    from marlib.settings_update import display_value
    from marlib.tenant.graph import tenant_kind
    info = _tenant_status(store)
    try:
        mailbox = load_settings(store).public_dict()
        mailbox["tenant_kind"] = tenant_kind(mailbox["authority"])
        info.update(mailbox, configured=True)
    except SettingsError as exc:
        info.update(configured=False, problem=exc.message)
    if args.json:
        print_json(info)
        return 0
    print(f"{'tenant mode:':<17}{info['tenant_mode']}"
          + (" (from MARLIB_TENANT_MODE)" if info["tenant_mode_from"] != "settings" else ""))
    print(f"{'tenant file:':<17}{info['tenant_file'] or '(none: built from the ingested data)'}")
    print(f"{'simulated from:':<17}{info['simulated_source']}")
    live = "yes" if info["live_enabled"] else f"no ({marlib_command(args, 'settings enable')})"
    print(f"{'live enabled:':<17}{live}")
    if not info["configured"]:
        print(f"{'mailbox:':<17}{info['problem']} ({marlib_command(args, 'settings set ...')})")
        return 0
    for key, value in info.items():
        if key in _STATUS_KEYS:
            continue
        if key == "proxy_password_file" and value is None:
            continue   # no proxy password: nothing to show
        width = max(17, len(key) + 2)   # a long key keeps a space before its value
        print(f"{key + ':':<{width}}{display_value(key, value)}")
    return 0


_STATUS_KEYS = ("tenant_mode", "tenant_mode_from", "tenant_file", "simulated_source", "live_enabled",
                "configured", "problem")


def cmd_settings_enable(args: argparse.Namespace, store: Store) -> int:
    from marlib.settings import live_enabled, load_settings, set_live_enabled
    before = live_enabled(store)
    set_live_enabled(store, True)
    status = _tenant_status(store)
    with lines_to_stderr(args):
        print("live remediation enabled (Enable Office 365 Mailbox Settings: on)")
        if status["tenant_mode"] != "graph":
            print(f"note: the active tenant is {status['tenant_mode']}; runs act on it until "
                  f"`{marlib_command(args, 'settings tenant graph')}`")
        else:
            try:
                load_settings(store)
            except SettingsError as exc:
                print(f"note: {exc.message}; {exc.advice}")
    if args.json:
        print_changes("settings enable", {"live_enabled": before}, {"live_enabled": True},
                      tenant_mode=status["tenant_mode"])
    return 0


def cmd_settings_disable(args: argparse.Namespace, store: Store) -> int:
    from marlib.settings import live_enabled, set_live_enabled
    before = live_enabled(store)
    set_live_enabled(store, False)
    with lines_to_stderr(args):
        print("live remediation disabled: graph runs refuse; dry runs (--dry-run) and the simulated tenant "
              f"still work (enable again: `{marlib_command(args, 'settings enable')}`)")
    if args.json:
        print_changes("settings disable", {"live_enabled": before}, {"live_enabled": False})
    return 0


def cmd_settings_tenant(args: argparse.Namespace, store: Store) -> int:
    from marlib.remediation import backend
    before = _tenant_status(store)
    backend.set_tenant_mode(store, args.mode, tenant_file=args.tenant_file, from_data=args.from_data)
    status = _tenant_status(store)
    with lines_to_stderr(args):
        _print_tenant_mode(args, store, status)
    if args.json:   # the stored setting: MARLIB_TENANT_MODE, when set, wins over it (tenant_mode_from says so)
        print_changes("settings tenant", before, status)
    return 0


def _print_tenant_mode(args: argparse.Namespace, store: Store, status: dict[str, Any]) -> None:
    from marlib.settings import load_settings
    if args.mode == "simulated":
        print(f"active tenant: simulated ({status['simulated_source']})")
    else:
        try:
            print(f"active tenant: {_graph_label(load_settings(store))}")
        except SettingsError as exc:
            print(f"active tenant: graph; note: {exc.message}; {exc.advice}")
        if not status["live_enabled"]:
            print(f"note: live remediation is disabled; enable it with `{marlib_command(args, 'settings enable')}`")
    if status["tenant_mode_from"] != "settings" and status["tenant_mode"] != args.mode:
        print(f"note: MARLIB_TENANT_MODE={status['tenant_mode']} is set in this environment and wins "
              "over this setting")


def cmd_check_connection(args: argparse.Namespace, store: Store) -> int:
    from marlib.connection import _EMAIL, CONNECTION_UNSUCCESSFUL, check_connection
    if not _EMAIL.match(args.email.strip()):   # a typo, not "an address outside the mail domains" (exit 1)
        raise InputError(f"'{args.email}' is not an e-mail address",
                         advice="give the address of a mailbox to reach, e.g. `python -m marlib check-connection "
                                "user@corp.example`")
    result = check_connection(store, args.email)
    # a command the advice names (`python -m marlib settings set`, `settings proxy URL`) acts on this --db
    result = dataclasses.replace(result, message=with_db(args, result.message), advice=with_db(args, result.advice))
    if args.json:
        print_json(_check_json(result))
        return 0 if result.ok else 1
    if result.ok:
        print(result.message)
        print(result.advice)
        return 0
    if not result.message.startswith(CONNECTION_UNSUCCESSFUL):
        print(CONNECTION_UNSUCCESSFUL)
    print(result.message)
    print(f"what to do: {result.advice}")
    for key in _SERVICE_IDS:
        if result.detail.get(key):
            print(f"{key}: {result.detail[key]}")
    return 1


_SERVICE_IDS = ("code", "trace_id", "correlation_id", "request_id")   # what Entra or Graph answered with


def _check_json(result: Any) -> dict[str, Any]:
    """``check-connection --json``: the result; a failure also as every command's error object ("error",
    "message", "advice", "code": here the reason), with the ids Entra or Graph answered with (the service's
    own code as ``service_code``), which the text output prints too."""
    out = result.as_dict()
    if result.ok:
        return out
    ids = {("service_code" if key == "code" else key): result.detail[key]
           for key in _SERVICE_IDS if result.detail.get(key)}
    return {**out, "error": "ConnectionUnsuccessful", "code": result.reason, **ids}
