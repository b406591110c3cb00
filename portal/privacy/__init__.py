"""People's rights over their data: the privacy notice, the export and account deletion."""
