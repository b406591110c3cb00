"""The portal's xAPI statement resource, fed by the H5P player and by outside tools."""
