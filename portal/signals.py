"""What retires the anonymous page cache (portal/cache.py): any change a public page may show."""

from functools import cache

from django.db.models.signals import post_delete, post_save

from wagtail import signals as wagtail_signals
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models

from portal.cache import generation_bump_on_commit


@cache
def models_shown_on_pages() -> frozenset[type]:
    """Models whose rows pages show directly, saved without a page being published.

    Read on first use: snippets registered in wagtail_hooks exist only once every app is
    ready.
    """
    return frozenset(
        {
            *get_snippet_models(),
            *settings_registry,
            get_image_model(),
            get_document_model(),
            Site,
            Locale,
            # Making a live page private is no publication, yet it must leave the cache.
            PageViewRestriction,
        }
    )


def content_saved(sender, **kwargs) -> None:
    # Pages are left out: a page saved on its own is a draft; it counts when published.
    if sender in models_shown_on_pages():
        generation_bump_on_commit()


def content_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) or sender in models_shown_on_pages():
        generation_bump_on_commit()


def page_cache_signals_connect() -> None:
    for signal in (
        wagtail_signals.page_published,
        wagtail_signals.page_unpublished,
        wagtail_signals.published,
        wagtail_signals.unpublished,
        wagtail_signals.post_page_move,
        wagtail_signals.page_slug_changed,
    ):
        signal.connect(generation_bump_on_commit, dispatch_uid=f"page-cache-{id(signal)}")
    post_save.connect(content_saved, dispatch_uid="page-cache-save")
    post_delete.connect(content_deleted, dispatch_uid="page-cache-delete")
