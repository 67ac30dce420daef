"""The school's directory of local communities and places to get help."""
