"""Records, vocabularies and validation. Imports nothing else of the program."""
