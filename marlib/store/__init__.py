"""DuckDB store: short connections, bounded lock wait, numbered migrations."""
from marlib.store.db import Store, default_db_path, rollback, transaction

__all__ = ["Store", "default_db_path", "rollback", "transaction"]
