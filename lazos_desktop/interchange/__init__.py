"""Readers and writers of files that come from or go to outside: the only file formats."""
