"""The needs-and-offers board of a class: the teacher's screen and the class view."""
