"""Patient list, patient dialog and patient record pages."""
