"""Where every translatable page and snippet stands in each locale.

Feeds the "Translation status" admin report (``portal.admin_views``). Everything is read
with a fixed number of bulk queries, whatever the number of pages and snippets: one for
the locales, one for the content types, one for the pages, one per translatable snippet
model, and three for wagtail-localize's records (translations, their logs, and the
extracted content of snippets that have no revisions).

The state of an object in a locale other than its source's
---------------------------------------------------------

``missing``
    No object with the same ``translation_key`` exists in the locale, or only a page alias
    does (an alias shows the source's text, untranslated; wagtail-localize itself offers
    to translate over aliases).

``source_changed``
    When wagtail-localize manages the translation (an *enabled* ``Translation`` of a
    ``TranslationSource`` into the locale), it is out of date when either:

    * the source object changed after its content was last extracted: its last change
      (the newest of its latest revision's ``created_at`` and its ``last_published_at``,
      for pages and snippets with revisions) is later than
      ``TranslationSource.last_updated_at``. For snippets without revisions there is no
      change date, so the current field values are compared with the extracted
      ``TranslationSource.content_json``, as wagtail-localize itself does before
      re-extracting (``TranslationSource.update_or_create_from_instance``);
    * or the extracted content was refreshed after the translation was last written
      into the locale: ``TranslationSource.last_updated_at`` is later than the newest
      ``TranslationLog.created_at`` for that source and locale (an editor pressed "Sync
      translated pages" without publishing the translations), or there is no such log.

    When wagtail-localize does not manage it (made with ``Page.copy_for_translation``,
    written by hand, or a ``Translation`` that was disabled to edit the copy freely),
    the translation's last edit is the closest thing to a sync: it is out of date when
    both objects have revisions and the source's last change is later than the
    translation's. Without revisions on either side nothing tells, and it counts as
    up to date.

``up_to_date``
    Any other existing translation.

The source of a group of translations is, in this order: the object a wagtail-localize
``TranslationSource`` (with an enabled translation) was extracted from, preferring the
default locale; otherwise the object in the default locale; otherwise the object in the
first locale that has one (default locale first, then by language code).
"""

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import F, Max, Model
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Locale, Page, RevisionMixin, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationLog, TranslationSource


class TranslationState(StrEnum):
    SOURCE = "source"
    MISSING = "missing"
    UP_TO_DATE = "up_to_date"
    SOURCE_CHANGED = "source_changed"

    @property
    def label(self) -> str:
        return str(_STATE_LABELS[self])


_STATE_LABELS = {
    TranslationState.SOURCE: _("Source"),
    TranslationState.MISSING: _("Missing"),
    TranslationState.UP_TO_DATE: _("Up to date"),
    TranslationState.SOURCE_CHANGED: _("Source changed since the last sync"),
}


@dataclass(frozen=True)
class LocaleStatus:
    """One cell of the report: the object's state in one locale, and where to act on it."""

    locale: Locale
    state: TranslationState
    edit_url: str = ""  # the object in this locale, when it exists
    submit_translation_url: str = ""  # wagtail-localize's "Translate" for a missing one
    sync_url: str = ""  # wagtail-localize's "Sync translated pages" for an outdated one


@dataclass(frozen=True)
class TranslationStatusRow:
    """One page or snippet (its whole group of translations) and its state per locale."""

    title: str
    type_label: str
    is_page: bool
    source_locale: Locale
    edit_url: str  # the source object's
    statuses: tuple[LocaleStatus, ...]


@dataclass(frozen=True)
class _Item:
    """One object of a translation group, in one locale."""

    model: type[Model]
    pk: Any
    locale_id: int
    title: str
    changed_at: datetime | None  # last revision or publication; None without revisions
    is_alias: bool = False
    order: str = ""  # the page's tree path, for sorting
    content: Any = None  # current field values, for snippets compared by content

    @property
    def is_page(self) -> bool:
        return issubclass(self.model, Page)

    @property
    def edit_url(self) -> str:
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[self.pk])
        return reverse(self.model.snippet_viewset.get_url_name("edit"), args=[quote(self.pk)])

    @property
    def submit_translation_url(self) -> str:
        if self.is_page:
            return reverse("wagtail_localize:submit_page_translation", args=[self.pk])
        meta = self.model._meta
        return reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, quote(self.pk)],
        )


@dataclass(frozen=True)
class _Link:
    """An enabled wagtail-localize translation of a group into one locale."""

    source_id: int
    source_locale_id: int
    extracted_at: datetime  # TranslationSource.last_updated_at


GroupKey = tuple[int, UUID]  # (content type of the translation model, translation_key)


def _latest(*moments: datetime | None) -> datetime | None:
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None


def _compared_by_content(model: type[Model]) -> bool:
    """Snippets without revisions: only their field values tell whether they changed."""
    return not issubclass(model, RevisionMixin) and not issubclass(model, ClusterableModel)


def _field_values(instance: Model) -> Any:
    """The instance's fields as wagtail-localize serialises them into ``content_json``."""
    serialised = json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    return json.loads(serialised)


def _translatable_snippet_models() -> list[type[Model]]:
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin) and not model._meta.abstract
    ]


def _page_items(page_ct: ContentType) -> dict[GroupKey, list[_Item]]:
    pages = (
        Page.objects.filter(depth__gt=1)
        .order_by("path")
        .values_list(
            "pk",
            "translation_key",
            "locale_id",
            "draft_title",
            "title",
            "content_type_id",
            "latest_revision_created_at",
            "last_published_at",
            "alias_of_id",
            "path",
        )
    )
    rows = list(pages)
    content_types = ContentType.objects.in_bulk({row[5] for row in rows})
    groups: dict[GroupKey, list[_Item]] = defaultdict(list)
    for pk, key, locale_id, draft_title, title, ct_id, revised, published, alias, path in rows:
        model = content_types[ct_id].model_class() or Page
        groups[(page_ct.pk, key)].append(
            _Item(
                model=model,
                pk=pk,
                locale_id=locale_id,
                title=draft_title or title,
                changed_at=_latest(revised, published),
                is_alias=alias is not None,
                order=path,
            )
        )
    return groups


def _snippet_items(model: type[Model], group_ct: ContentType) -> dict[GroupKey, list[_Item]]:
    queryset = model._default_manager.select_related("locale")
    with_revisions = issubclass(model, RevisionMixin)
    if with_revisions:
        queryset = queryset.annotate(_revised_at=F("latest_revision__created_at"))
    compared = _compared_by_content(model)
    groups: dict[GroupKey, list[_Item]] = defaultdict(list)
    for instance in queryset:
        changed_at = None
        if with_revisions:
            published = (
                instance.last_published_at if isinstance(instance, DraftStateMixin) else None
            )
            changed_at = _latest(instance._revised_at, published)
        groups[(group_ct.pk, instance.translation_key)].append(
            _Item(
                model=model,
                pk=instance.pk,
                locale_id=instance.locale_id,
                title=str(instance),
                changed_at=changed_at,
                content=_field_values(instance) if compared else None,
            )
        )
    return groups


def _localize_links(
    group_ct_ids: Sequence[int],
) -> tuple[dict[GroupKey, dict[int, list[_Link]]], dict[tuple[int, int], datetime]]:
    """Enabled wagtail-localize translations by group and target locale, and sync times.

    The second mapping gives, for each (TranslationSource id, locale id), when the
    translation was last written into that locale.
    """
    links: dict[GroupKey, dict[int, list[_Link]]] = defaultdict(lambda: defaultdict(list))
    translations = Translation.objects.filter(
        enabled=True, source__object__content_type_id__in=group_ct_ids
    ).values_list(
        "source_id",
        "source__object__content_type_id",
        "source__object_id",
        "source__locale_id",
        "source__last_updated_at",
        "target_locale_id",
    )
    for source_id, ct_id, key, source_locale_id, extracted_at, target_locale_id in translations:
        links[(ct_id, key)][target_locale_id].append(
            _Link(source_id, source_locale_id, extracted_at)
        )
    synced = (
        TranslationLog.objects.filter(source__object__content_type_id__in=group_ct_ids)
        .order_by()
        .values_list("source_id", "locale_id")
        .annotate(last=Max("created_at"))
    )
    last_synced = {(source_id, locale_id): last for source_id, locale_id, last in synced}
    return links, last_synced


def _extracted_contents(models: Sequence[type[Model]]) -> dict[int, Any]:
    """The content wagtail-localize extracted from snippets compared by content, by source id."""
    if not models:
        return {}
    content_types = ContentType.objects.get_for_models(*models)
    sources = TranslationSource.objects.filter(
        specific_content_type__in=list(content_types.values())
    ).values_list("pk", "content_json")
    return {pk: json.loads(content_json) for pk, content_json in sources}


def _locale_order(locales: Iterable[Locale]) -> list[int]:
    """Locale ids, default language first, then by language code."""
    default = settings.LANGUAGE_CODE
    ordered = sorted(
        locales, key=lambda locale: (locale.language_code != default, locale.language_code)
    )
    return [locale.pk for locale in ordered]


def _source_of(
    items: dict[int, _Item], links: Iterable[_Link], locale_order: Sequence[int]
) -> _Item:
    originals = [
        locale_id
        for locale_id in locale_order
        if locale_id in items and not items[locale_id].is_alias
    ]
    extracted_from = {link.source_locale_id for link in links}
    for locale_id in originals:
        if locale_id in extracted_from:
            return items[locale_id]
    if originals:
        return items[originals[0]]
    return next(iter(items.values()))


def _managed_state(
    link: _Link,
    source: _Item,
    locale_id: int,
    last_synced: dict[tuple[int, int], datetime],
    extracted: dict[int, Any],
) -> TranslationState:
    if source.changed_at is not None:
        edited_since = source.changed_at > link.extracted_at
    elif link.source_id in extracted and source.content is not None:
        edited_since = source.content != extracted[link.source_id]
    else:
        edited_since = False
    synced_at = last_synced.get((link.source_id, locale_id))
    if edited_since or synced_at is None or link.extracted_at > synced_at:
        return TranslationState.SOURCE_CHANGED
    return TranslationState.UP_TO_DATE


def _manual_state(source: _Item, target: _Item) -> TranslationState:
    # No wagtail-localize record: the translation's own last edit stands for its last
    # sync. Without revisions on both sides nothing tells, so it counts as up to date.
    if source.changed_at and target.changed_at and source.changed_at > target.changed_at:
        return TranslationState.SOURCE_CHANGED
    return TranslationState.UP_TO_DATE


def _status(
    locale: Locale,
    items: dict[int, _Item],
    source: _Item,
    links: dict[int, list[_Link]],
    last_synced: dict[tuple[int, int], datetime],
    extracted: dict[int, Any],
) -> LocaleStatus:
    if locale.pk == source.locale_id:
        return LocaleStatus(locale, TranslationState.SOURCE, edit_url=source.edit_url)
    target = items.get(locale.pk)
    if target is None or target.is_alias:
        return LocaleStatus(
            locale,
            TranslationState.MISSING,
            edit_url=target.edit_url if target else "",
            submit_translation_url=source.submit_translation_url,
        )
    # Normally one translation per target locale; prefer the one from the group's source.
    managed = [link for link in links.get(locale.pk, ()) if link.source_locale_id in items]
    managed.sort(key=lambda link: link.source_locale_id != source.locale_id)
    if managed:
        link = managed[0]
        state = _managed_state(
            link, items[link.source_locale_id], locale.pk, last_synced, extracted
        )
        sync_url = ""
        if state is TranslationState.SOURCE_CHANGED:
            sync_url = reverse("wagtail_localize:update_translations", args=[link.source_id])
        return LocaleStatus(locale, state, edit_url=target.edit_url, sync_url=sync_url)
    return LocaleStatus(locale, _manual_state(source, target), edit_url=target.edit_url)


def translation_status_rows(
    *, locales: Sequence[Locale] | None = None
) -> list[TranslationStatusRow]:
    """Every translatable page (except the tree root) and snippet, with its state per locale.

    ``locales`` are the report's columns, in that order; every locale, default language
    first, when omitted. The module docstring gives the rule behind each state. Pages come
    first, in tree order, then snippets by type and title.
    """
    all_locales = list(Locale.objects.all())
    locale_order = _locale_order(all_locales)
    locales_by_id = {locale.pk: locale for locale in all_locales}
    if locales is None:
        locales = [locales_by_id[locale_id] for locale_id in locale_order]

    snippet_models = _translatable_snippet_models()
    group_cts = ContentType.objects.get_for_models(
        Page, *(model.get_translation_model() for model in snippet_models)
    )
    groups = _page_items(group_cts[Page])
    for model in snippet_models:
        groups.update(_snippet_items(model, group_cts[model.get_translation_model()]))
    links, last_synced = _localize_links([content_type.pk for content_type in group_cts.values()])
    extracted = _extracted_contents([m for m in snippet_models if _compared_by_content(m)])

    keyed_rows = []
    for key, members in groups.items():
        items = {item.locale_id: item for item in members}
        group_links = links.get(key, {})
        source = _source_of(
            items, (link for found in group_links.values() for link in found), locale_order
        )
        statuses = tuple(
            _status(locale, items, source, group_links, last_synced, extracted)
            for locale in locales
        )
        meta = source.model._meta
        sort_key = (
            not source.is_page,
            source.order,
            str(meta.verbose_name_plural).casefold(),
            source.title.casefold(),
        )
        row = TranslationStatusRow(
            title=source.title,
            type_label=str(meta.verbose_name),
            is_page=source.is_page,
            source_locale=locales_by_id[source.locale_id],
            edit_url=source.edit_url,
            statuses=statuses,
        )
        keyed_rows.append((sort_key, row))
    keyed_rows.sort(key=lambda pair: pair[0])
    return [row for _sort_key, row in keyed_rows]
