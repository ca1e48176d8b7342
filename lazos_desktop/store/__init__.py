"""The SQLite catalogue file: the only package that speaks SQL."""
