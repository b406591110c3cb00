from django.core.management.base import BaseCommand

from courses.models import Cohort
from courses.services.cohorts import cohort_risks_refresh
from courses.tasks import cohort_risks_check


class Command(BaseCommand):
    help = (
        "Flag trainees who stopped working or keep failing a quiz, and e-mail their tutors "
        "once per episode. Queues one background task per cohort (run the worker); --now "
        "checks here instead. Run it from cron, for example every hour."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", action="store_true", help="Check every cohort here, without the queue."
        )

    def handle(self, *args, now=False, **options):
        if now:
            opened = cohort_risks_refresh()
            self.stdout.write(f"{len(opened)} trainee(s) newly at risk; their tutors were told.")
            return
        cohort_ids = list(Cohort.objects.order_by("pk").values_list("pk", flat=True))
        for cohort_id in cohort_ids:
            cohort_risks_check.enqueue(cohort_id)
        self.stdout.write(f"{len(cohort_ids)} cohort(s) queued for the at-risk check.")
