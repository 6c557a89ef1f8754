"""``cert new|inspect``, ``settings set|show``, ``check-connection``: the seed's steps 1-3."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from marlib import certs
from marlib.cli.common import print_json
from marlib.errors import CertificateError, InputError
from marlib.store import Store


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands."""
    _register_cert(sub)
    _register_settings(sub)
    p = sub.add_parser("check-connection", help="get a token and reach one mailbox (Check Connection)")
    p.add_argument("email", metavar="EMAIL", help="an Office 365 address of the tenant")
    p.add_argument("--json", action="store_true", help='print {"ok","reason","message","advice"}')
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
    p.add_argument("--domains", metavar="d1,d2", help="the tenant's Office 365 mail domains")
    p.add_argument("--authority", metavar="URL", help="default https://login.microsoftonline.com")
    p.add_argument("--graph-url", metavar="URL", help="default https://graph.microsoft.com")
    p.add_argument("--ca-file", metavar="FILE", help="CA bundle to trust (TLS inspection, emulator)")
    p.set_defaults(handler=cmd_settings_set)
    p = ssub.add_parser("show", help="the settings; the key only as path and fingerprint")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_settings_show)


# -- handlers ---------------------------------------------------------------------
def cmd_cert_new(args: argparse.Namespace, store: Store) -> int:
    passphrase = certs.read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    made = certs.new_certificate(args.out, args.email, days=args.days, passphrase=passphrase,
                                 bits=args.bits, name=args.name)
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
        print_json(info)
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
    from marlib.settings import save_settings
    passphrase = certs.read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    if not Path(args.key).is_file():
        raise InputError(f"No private key file at {args.key}", advice="check the --key path")
    saved = save_settings(store, client_id=args.client_id, tenant_id=args.tenant_id,
                          thumbprint=args.thumbprint, key=Path(args.key), passphrase=passphrase,
                          domains=args.domains, authority=args.authority,
                          graph_url=args.graph_url, ca_file=args.ca_file)
    print(f"saved mailbox settings (key copied to {saved.key_file}, mode 0600)")
    print("next: python -m marlib check-connection ADDRESS@" +
          (saved.domains[0] if saved.domains else "YOUR-DOMAIN"))
    return 0


def cmd_settings_show(args: argparse.Namespace, store: Store) -> int:
    from marlib.settings import load_settings
    from marlib.tenant.graph import tenant_kind
    info = load_settings(store).public_dict()
    info["tenant_kind"] = tenant_kind(info["authority"])
    if args.json:
        print_json(info)
        return 0
    for key, value in info.items():
        if isinstance(value, list):
            value = ", ".join(value) or "(any)"
        print(f"{key + ':':<17}{'' if value is None else value}")
    return 0


def cmd_check_connection(args: argparse.Namespace, store: Store) -> int:
    from marlib.connection import CONNECTION_UNSUCCESSFUL, check_connection
    result = check_connection(store, args.email)
    if args.json:
        print_json(result.as_dict())
        return 0 if result.ok else 1
    if result.ok:
        print(result.message)
        print(result.advice)
        return 0
    print(CONNECTION_UNSUCCESSFUL)
    print(result.message)
    print(f"what to do: {result.advice}")
    for key in ("code", "trace_id", "correlation_id", "request_id"):
        if result.detail.get(key):
            print(f"{key}: {result.detail[key]}")
    return 1
