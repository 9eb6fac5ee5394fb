"""Where generated rows go besides a live load: .sql dump files and CSV / Parquet exports."""
