"""Reaching the target database: URLs, connections, the embedded server."""
