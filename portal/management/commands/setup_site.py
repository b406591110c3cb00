from django.core.management.base import BaseCommand

from portal.site import site_setup


class Command(BaseCommand):
    help = "Create the home page of every language and point the default site at it."

    def handle(self, *args, **options):
        home = site_setup()
        self.stdout.write(self.style.SUCCESS(f"Site ready; home page: {home.title} ({home.url})."))
