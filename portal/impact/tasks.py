from django_tasks import task

from portal.impact.figures import year_figures_store


@task()
def impact_figures_refresh(*, year: int) -> None:
    """Work a year's impact figures out again, away from the readers' requests."""
    year_figures_store(year)
