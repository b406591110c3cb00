from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses.h5p.package import H5PPackageError
from courses.services.h5p import h5p_activity_create


class Command(BaseCommand):
    help = (
        "Import an .h5p package as a new H5P activity, installing or upgrading the "
        "libraries it brings. Prints the new activity's UUID and title."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The .h5p file to import.")
        parser.add_argument(
            "--title", default="", help="The activity's title (default: the package's own)."
        )

    def handle(self, *args, **options):
        path: Path = options["file"]
        try:
            upload = path.open("rb")
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror or error}.") from error
        with upload:
            try:
                # Whoever runs commands on the server may do anything, upgrades included.
                activity = h5p_activity_create(
                    upload=upload, title=options["title"], may_install_libraries=True
                )
            except H5PPackageError as error:
                for reason in error.errors:
                    self.stderr.write(reason)
                raise CommandError(
                    f"{path} was rejected for the reasons above; nothing was stored."
                ) from error
        self.stdout.write(f"{activity.uuid} {activity.title}")
