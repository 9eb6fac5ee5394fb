"""Values shared by several test modules."""

SECRET = "Pa55-w0rd-DISTINCTIVE-7q"
