from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from portal.demo.seed import DEMO_PASSWORD, demo_seed


class Command(BaseCommand):
    help = "Load the demo pages and one account per role; rerunning changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Seed even with DEBUG off (creates accounts with a published password).",
        )
        parser.add_argument(
            "--scale",
            type=int,
            metavar="N",
            help=(
                "Make the site N times the demo: N-1 numbered copies of its case studies "
                "and courses in every language, and 50 × N generated learners with their "
                "progress, in cohorts (see portal/demo/scale.py)."
            ),
        )

    def handle(self, *args, allow_production=False, scale=None, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Refusing to create demo accounts with DEBUG off; "
                "pass --allow-production if this really is a demo server."
            )
        if scale is not None and scale < 1:
            raise CommandError("--scale takes a whole number from 1, such as --scale 20.")
        accounts = demo_seed()
        if scale is None or not self._scaled():
            # A scaled database was indexed as it grew: rebuilding it all takes minutes.
            call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(f"Demo accounts (password: {DEMO_PASSWORD}):")
        for account in accounts:
            role = "administrator" if account.superuser else account.role
            self.stdout.write(f"  {account.email:<24} {role}")
        if scale is not None:
            self._scale(scale)

    def _scaled(self) -> bool:
        from portal.demo.scale import unit_exists

        return unit_exists(1)

    def _scale(self, scale: int) -> None:
        from portal.demo.scale import scale_seed

        report = scale_seed(scale, progress=self.stdout.write)
        if not report.units:
            self.stdout.write(f"The demo is already at scale {scale}: nothing to add.")
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Scale {scale}: added units {report.units[0]} to {report.units[-1]} "
                f"in {report.seconds:.1f} s:"
            )
        )
        for name, number in report.counts.items():
            self.stdout.write(f"  {number:>8} {name}")
        self.stdout.write(
            f"Generated accounts: learner-0001-01@scale.example.org and so on, "
            f"password {DEMO_PASSWORD}."
        )
