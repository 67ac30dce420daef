"""One module per handout kind; each lays out pages from its input and the class context."""
