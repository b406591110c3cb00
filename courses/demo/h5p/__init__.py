"""The portal's own H5P library, and a builder of packages that use it."""
