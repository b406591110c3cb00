from django.core.management.base import BaseCommand

from courses.services.cohorts import cohort_risks_refresh


class Command(BaseCommand):
    help = (
        "Flag trainees who stopped working or keep failing a quiz, and e-mail their tutors "
        "once per episode. Run it from cron, for example every hour."
    )

    def handle(self, *args, **options):
        opened = cohort_risks_refresh()
        self.stdout.write(f"{len(opened)} trainee(s) newly at risk; their tutors were told.")
