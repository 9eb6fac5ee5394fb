"""`seed validate`: integrity rules and calibration checks."""
