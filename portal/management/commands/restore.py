import sys
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, archive_open, backup_restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: replaces the database and the "
        "uploaded files with the archive's. Stop the site first."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="the tar.gz archive to restore")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace the current data without asking",
        )
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="never ask; without --force, refuse",
        )

    def handle(self, *args, **options):
        path = options["archive"]
        with tempfile.TemporaryDirectory(prefix="passerelles-restore-") as staging:
            try:
                archive = archive_open(path, Path(staging))
            except BackupError as error:
                raise CommandError(f"Nothing was restored: {error}") from error
            manifest = archive.manifest
            self.stdout.write(
                f"Backup of {manifest['created']} (Passerelles "
                f"{manifest['versions']['passerelles']}, {manifest['database']['vendor']}): "
                "checked."
            )
            if not options["force"]:
                self._confirm(options["interactive"])
            try:
                backup_restore(archive)
            except BackupError as error:
                raise CommandError(f"Restore failed: {error}") from error
        for name in manifest.get("not_included", []):
            self.stdout.write(
                f"Files {name} were in object storage when the backup was made: restore "
                "them from the bucket's versioning if needed."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {path.name}. Run `manage.py migrate` in case this version has "
                "newer migrations, then start the site."
            )
        )

    def _confirm(self, interactive: bool) -> None:
        refusal = (
            "Nothing was restored: this replaces the current database and files. "
            "Run again with --force to go ahead."
        )
        if not interactive or not sys.stdin.isatty():
            raise CommandError(refusal)
        answer = input(
            "This replaces the current database and uploaded files with the backup's. "
            "Type 'yes' to go ahead: "
        )
        if answer.strip().lower() != "yes":
            raise CommandError(refusal)
