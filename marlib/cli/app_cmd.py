"""`app` (start the Streamlit workbench) and `seed` (fill an empty database from the committed sample)."""
from __future__ import annotations

import argparse
import os
import socket
import sys
from pathlib import Path

from marlib.cli.common import print_json, progress_bar
from marlib.demo import ensure_default_db
from marlib.errors import InputError
from marlib.store import Store

ROOT = Path(__file__).resolve().parents[2]


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands."""
    app = sub.add_parser("app", help="start the workbench (Streamlit) on 127.0.0.1",
                         description="Seed an empty database from data/sample, then run `streamlit run app.py` "
                                     "with the repository's .streamlit/config.toml (127.0.0.1, XSRF on).")
    app.add_argument("--port", type=int, default=8501, help="port to listen on (default 8501)")
    app.add_argument("--no-seed", action="store_true", help="do not load the sample into an empty database")
    app.set_defaults(handler=run_app)
    seed = sub.add_parser("seed", help="load the committed sample into an empty database",
                          description="Ingest data/sample/esa, make data/sample/tenant.json the simulated "
                                      "tenant and turn MAR on for the sample's policies (only when empty).")
    seed.add_argument("--json", action="store_true", help="print one JSON object")
    seed.set_defaults(handler=run_seed)


def run_seed(args: argparse.Namespace, store: Store) -> int:
    with progress_bar("seeding", unit="line") as progress:
        seeded = ensure_default_db(store, progress=progress)
    if args.json:
        print_json({"seeded": seeded, "db": str(store.path)})
    else:
        print(f"{'seeded' if seeded else 'already has data, left as is'}: {store.path}")
    return 0


def streamlit_command(port: int) -> list[str]:
    """The command line that serves app.py with the repository's config."""
    return [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port)]


def _check_port_free(port: int) -> None:
    """Streamlit says only "Port N is not available" (exit 1) when another process listens there: say it
    before the sample is loaded, with what to do. (A port freed just after the check is Streamlit's to say.)"""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)   # as a server binds: TIME_WAIT is free
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            raise InputError(f"port {port} on 127.0.0.1 is in use ({exc.strerror or exc}): another program listens "
                             f"there, perhaps a workbench already running (http://127.0.0.1:{port})",
                             advice=f"open that one, stop it, or give another port: --port "
                                    f"{port + 1 if port < 65535 else 8502}") from None


def run_app(args: argparse.Namespace, store: Store) -> int:
    if store.memory or store.path is None:
        raise InputError("The app needs a database file", advice="give --db FILE (or leave the default)")
    if not 0 < args.port < 65536:
        raise InputError(f"Port {args.port} is out of range", advice="give --port between 1 and 65535")
    _check_port_free(args.port)
    if not args.no_seed:
        with progress_bar("loading the sample", unit="line") as progress:
            if ensure_default_db(store, progress=progress):
                print(f"loaded the sample into {store.path}", file=sys.stderr)
    env = dict(os.environ, MARLIB_DB=str(store.path.resolve()))
    cmd = streamlit_command(args.port)
    print(f"marlib workbench: http://127.0.0.1:{args.port}  (database {store.path})", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os.chdir(ROOT)  # Streamlit reads .streamlit/config.toml from the working directory
    os.execvpe(cmd[0], cmd, env)
    return 0  # not reached
