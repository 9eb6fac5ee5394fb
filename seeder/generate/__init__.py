"""Generation: plan the run, draw each chunk's columns, in one block order."""
