"""Benchmark scripts: they print throughput and ratios and are never asserted in tests."""
