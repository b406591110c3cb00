from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Back up the database and the uploaded files (media and H5P, when on this "
        "server's disk) into one tar.gz archive."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            help="the archive to write (default: var/backups/passerelles-<date>.tar.gz)",
        )

    def handle(self, *args, **options):
        target = options["output"] or (
            Path(settings.BASE_DIR)
            / "var"
            / "backups"
            / f"passerelles-{datetime.now():%Y%m%d-%H%M%S}.tar.gz"
        )
        try:
            manifest = backup_create(target.resolve())
        except BackupError as error:
            raise CommandError(str(error)) from error
        database = manifest["database"]
        self.stdout.write(f"Database ({database['vendor']}): {database['bytes']} bytes.")
        for name, counts in manifest["folders"].items():
            self.stdout.write(f"Folder {name}: {counts['files']} files, {counts['bytes']} bytes.")
        for name in manifest["not_included"]:
            self.stdout.write(
                f"Files {name}: in object storage, not in this archive; the bucket's own "
                "versioning backs them up."
            )
        self.stdout.write(self.style.SUCCESS(f"Backup written to {target}"))
