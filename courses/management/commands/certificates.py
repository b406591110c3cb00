import uuid
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from courses.credentials.documents import FORMATS, certificate_file
from courses.models import Certificate, CoursePage
from courses.services.certificates import CertificateError, certificate_issue, certificate_revoke
from portal.models import User


class Command(BaseCommand):
    help = "Issue, revoke and export certificates."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        issue = actions.add_parser("issue", help="Issue a certificate; prints its identifier.")
        issue.add_argument("--email", required=True, help="The learner's e-mail address.")
        issue.add_argument(
            "--course", required=True, help="The course: its page id, slug or exact title."
        )
        issue.add_argument(
            "--name", default="", help="The name to print (default: the account's name)."
        )
        issue.add_argument("--language", default="", help="The certificate's language (fr, en…).")
        revoke = actions.add_parser("revoke", help="Revoke a certificate.")
        revoke.add_argument("identifier")
        revoke.add_argument("--reason", required=True, help="Why it is revoked (shown publicly).")
        export = actions.add_parser("export", help="Write a certificate to a file.")
        export.add_argument("identifier")
        export.add_argument("--format", required=True, choices=FORMATS)
        export.add_argument("--output", required=True, type=Path)
        export.add_argument("--language", default=None, help="The PDF's language (fr, en…).")

    def handle(self, *args, **options):
        try:
            getattr(self, options["action"])(options)
        except CertificateError as error:
            raise CommandError(str(error)) from error

    def issue(self, options):
        try:
            learner = User.objects.get(email__iexact=options["email"])
        except (User.DoesNotExist, User.MultipleObjectsReturned):
            raise CommandError(f"No single account has the e-mail {options['email']}.") from None
        course = self._course(options["course"])
        certificate, created = certificate_issue(
            learner=learner,
            course=course,
            learner_name=options["name"],
            language=options["language"],
        )
        if not created:
            self.stderr.write("The learner already holds a valid certificate for this course.")
        self.stdout.write(str(certificate.pk))

    def revoke(self, options):
        certificate = self._certificate(options["identifier"])
        if not certificate_revoke(certificate=certificate, reason=options["reason"]):
            raise CommandError(f"The certificate {certificate.pk} was already revoked.")
        self.stdout.write(f"Revoked {certificate.pk} on {certificate.revoked_at.isoformat()}.")

    def export(self, options):
        certificate = self._certificate(options["identifier"])
        document = certificate_file(certificate, options["format"], language=options["language"])
        try:
            options["output"].write_bytes(document.content)
        except OSError as error:
            raise CommandError(f"Cannot write {options['output']}: {error}.") from error
        self.stdout.write(f"Wrote {options['output']} ({len(document.content)} bytes).")

    def _course(self, value: str) -> CoursePage:
        courses = CoursePage.objects.live()
        match = Q(slug=value) | Q(title=value)
        if value.isdigit():
            match |= Q(pk=int(value))
        # The language versions of one course count as one course.
        found = {page.translation_key: page for page in courses.filter(match)}
        if len(found) != 1:
            raise CommandError(
                f"No single published course matches {value!r}: give its page id, slug or title."
            )
        return next(iter(found.values()))

    def _certificate(self, identifier: str) -> Certificate:
        try:
            return Certificate.objects.get(pk=uuid.UUID(identifier))
        except (ValueError, Certificate.DoesNotExist):
            raise CommandError(f"No certificate has the identifier {identifier!r}.") from None
