"""Columns to bytes: COPY text, CSV, SQL literals and binary COPY."""
