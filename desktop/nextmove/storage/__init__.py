"""The SQLite file: engine and pragmas, typed models, migrations, repositories and backups."""
