"""Tidy a case study's stored PDFs away when it changes (see practices.pdf)."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete

from wagtail.signals import page_published, page_unpublished

from practices.models import CaseStudyPage
from practices.tasks import case_study_pdfs_clear


def _case_study_changed(sender, instance, **kwargs):
    transaction.on_commit(partial(case_study_pdfs_clear.enqueue, instance.pk))


def connect() -> None:
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(
            _case_study_changed, sender=CaseStudyPage, dispatch_uid=f"practices-pdf-{id(signal)}"
        )
