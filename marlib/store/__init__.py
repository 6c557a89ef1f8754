"""DuckDB store: short connections, bounded lock wait, numbered migrations."""
from marlib.store.db import Store, ctrl_c_held, default_db_path, named_params, rollback, transaction

__all__ = ["Store", "ctrl_c_held", "default_db_path", "named_params", "rollback", "transaction"]
