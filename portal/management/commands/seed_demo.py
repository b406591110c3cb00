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

    def handle(self, *args, allow_production=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Refusing to create demo accounts with DEBUG off; "
                "pass --allow-production if this really is a demo server."
            )
        accounts = demo_seed()
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(f"Demo accounts (password: {DEMO_PASSWORD}):")
        for account in accounts:
            role = "administrator" if account.superuser else account.role
            self.stdout.write(f"  {account.email:<24} {role}")
