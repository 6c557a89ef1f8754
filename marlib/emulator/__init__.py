"""HTTPS emulator of Entra ID's token endpoint and the Microsoft Graph mail API.

A real server process over one ``marlib.tenant.model.TenantModel`` (the same
model ``SimulatedMailboxes`` uses), with Graph's status codes, error bodies,
per-mailbox limits and injectable faults. Start it with
``python -m marlib.emulator --tenant TENANT.json`` (first stdout line: JSON with
``authority``, ``graph_url``, ``ca_file``, ``admin_url``) or from Python with
``marlib.emulator.testing.start_emulator``. Modules: ``server`` (HTTPS, admin
endpoints), ``entra`` (token endpoint), ``graph_api`` (pipeline, ``$batch``),
``graph_mail`` (resources), ``odata`` ($filter), ``limits`` (throttling, faults,
counters), ``tls`` (the emulator's CA), ``testing`` (helpers for tests).
"""
