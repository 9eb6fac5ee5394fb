"""One module per table (or group of tables drawn together)."""
