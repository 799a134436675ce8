"""Clinic server mode: the same store on the clinic's own PostgreSQL.

Everything that differs from the embedded SQLite file lives here: the connection and its
SQL dialect (`database`), the schema with its guards, roles and grants (`schema`), its
versioned migrations (`migrations`), search (`search`), setting up a server (`server`),
moving a clinic in and out (`transfer`) and backups (`backup`). The repositories above are
the same for both engines.
"""
