"""Tenants: the ``Mailboxes`` interface and its backends (Graph, simulated)."""
