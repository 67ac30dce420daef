"""Reading content packs from their TOML files into the content dataclasses, with every problem
recorded by file, id path and field (`lessons check` reports them)."""
