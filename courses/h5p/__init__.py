"""H5P handling owned by the portal: package validation and storage, serving, playing."""
