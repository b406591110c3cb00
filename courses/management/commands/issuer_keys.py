from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from courses.credentials.issuer import issuer_did
from courses.credentials.keys import issuer_keys, keys_create


class Command(BaseCommand):
    help = (
        "Create the issuer's keys for certificates (an Ed25519 signing key and a seal key "
        "with a self-signed certificate, for development) in CREDENTIALS_KEY_DIR, unless "
        "they exist. Prints the issuer's identifier and the seal certificate's subject."
    )

    def handle(self, *args, **options):
        directory = Path(settings.CREDENTIALS_KEY_DIR)
        issuer = settings.CREDENTIALS_ISSUER
        from_environment = [
            settings.CREDENTIALS_SIGNING_KEY,
            settings.CREDENTIALS_SEAL_KEY,
            settings.CREDENTIALS_SEAL_CERTIFICATES,
        ]
        if all(from_environment):
            self.stdout.write("The issuer's keys come from the environment.")
        else:
            self._create(directory, issuer)
        keys = issuer_keys()
        self.stdout.write(f"Issuer: {issuer_did()}")
        self.stdout.write(f"Seal certificate: {keys.seal_certificate.subject.rfc4514_string()}")

    def _create(self, directory: Path, issuer: dict) -> None:
        try:
            keys_create(
                directory,
                organisation=issuer["name"],
                country=issuer["country"],
                legal_identifier=issuer["legal_identifier"],
            )
            self.stdout.write(f"Created the issuer's keys in {directory}.")
        except FileExistsError:
            self.stdout.write(f"The issuer's keys already exist in {directory}: kept.")
