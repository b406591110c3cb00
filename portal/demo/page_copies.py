"""Copies of page subtrees written with bulk inserts, for demo content at scale.

Wagtail's ``add_child()`` and ``copy()`` save one page at a time, with a revision, signals
and a lock on the tree: minutes for thousands of pages. Here every copied row is computed
and inserted in batches: treebeard's materialised path (``path``, ``depth``, ``numchild``)
is worked out from the source's, the ``wagtailcore_page`` rows are bulk-created, then the
specific model's own rows, its child objects (key figures, places) and many-to-many links.

Copies are published pages without revisions or wagtail-localize sources: editors who
change one get a first revision then. A copy and its translation share a translation key,
derived from the source's and the copy number, so the language switcher links them.
"""

import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable

from django.db import connection
from django.db.models import F, Model
from django.utils.text import slugify

from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page

# Translation keys of copies are uuid5 names in this namespace: stable from run to run.
COPY_NAMESPACE = uuid.UUID("6f1c1a52-5d0e-4c53-9a6b-2f0b3c7e9d41")

TOWNS = (
    "Bordeaux", "Lyon", "Lille", "Nantes", "Rennes", "Toulouse", "Marseille", "Strasbourg",
    "Montpellier", "Dijon", "Grenoble", "Limoges", "Brest", "Tours", "Metz", "Rouen",
    "Amiens", "Poitiers", "Nancy", "Caen", "Liège", "Namur", "Gent", "Porto", "Valencia",
    "Torino", "Gdańsk", "Brno", "Graz", "Tartu",
)  # fmt: skip


def town_names(*, keys: list, copy: int) -> dict:
    """A town for each source translation key in copy ``copy``, the same in every language."""
    rng = random.Random(f"towns-{copy}")  # noqa: S311 - reproducible demo data
    return {key: rng.choice(TOWNS) for key in sorted(keys, key=str)}


def renamer(towns: dict, copy: int):
    """``rename`` for ``subtrees_copy``: "Title — Town n" and "slug-town-n"."""

    def rename(page: Page) -> tuple[str, str]:
        town = towns[page.translation_key]
        return f"{page.title} — {town} {copy}", f"{page.slug}-{slugify(town)}-{copy}"

    return rename


def copy_key(key: uuid.UUID, copy: int) -> uuid.UUID:
    """The translation key of copy number ``copy`` of the object keyed ``key``."""
    return uuid.uuid5(COPY_NAMESPACE, f"{key}:{copy}")


def _batches(fields: list, objs: list) -> Iterable[list]:
    size = connection.ops.bulk_batch_size(fields, objs) or len(objs) or 1
    for start in range(0, len(objs), size):
        yield objs[start : start + size]


def _insert_own_rows(model: type[Model], objs: list[Model]) -> None:
    """Insert only the rows of ``model``'s own table, their ``Page`` rows being there.

    ``bulk_create`` refuses multi-table models; its internal insert does not.
    """
    fields = list(model._meta.local_concrete_fields)
    for batch in _batches(fields, objs):
        model._base_manager._insert(batch, fields=fields, using=connection.alias)


def _own_copy(source: Page, page_id: int) -> Model:
    model = type(source)
    values = {field.attname: getattr(source, field.attname) for field in model._meta.local_fields}
    copy = model.__new__(model)
    copy.__dict__.update(values)
    copy._state = type(source._state)()
    copy.pk = page_id
    return copy


def _children_copy(sources: list[Page], new_ids: dict[int, int], copy: int) -> None:
    """Copy the child objects (``ParentalKey`` rows) of every source page."""
    model = type(sources[0])
    for relation in get_all_child_relations(model):
        child_model = relation.related_model
        fk = relation.field
        rows = []
        for row in child_model._default_manager.filter(**{f"{fk.name}__in": list(new_ids)}):
            row.pk = None
            setattr(row, fk.attname, new_ids[getattr(row, fk.attname)])
            if hasattr(row, "translation_key"):
                row.translation_key = copy_key(row.translation_key, copy)
            rows.append(row)
        child_model._default_manager.bulk_create(rows)


def _links_copy(sources: list[Page], new_ids: dict[int, int], remap: dict[int, int]) -> None:
    """Copy the many-to-many links of every source page; links to copied pages follow."""
    model = type(sources[0])
    for field in model._meta.local_many_to_many:
        through = field.remote_field.through
        own, other = field.m2m_field_name(), field.m2m_reverse_field_name()
        # Only links to pages can point to a copy; other ids are another table's.
        targets = remap if issubclass(field.related_model, Page) else {}
        rows = [
            through(
                **{
                    f"{own}_id": new_ids[source_id],
                    f"{other}_id": targets.get(target_id, target_id),
                }
            )
            for source_id, target_id in through.objects.filter(
                **{f"{own}__in": list(new_ids)}
            ).values_list(f"{own}_id", f"{other}_id")
        ]
        through.objects.bulk_create(rows)


def subtrees_copy(
    *,
    roots: list[Page],
    parent: Page,
    copy: int,
    rename: Callable[[Page], tuple[str, str]],
    remap: dict[int, int] | None = None,
) -> dict[int, int]:
    """Copy each root page with all its descendants under ``parent``, as copy ``copy``.

    ``rename(root)`` gives each root copy's (title, slug); descendants keep theirs, as
    their parents differ. Links to pages in ``remap`` (source id: copy id) point to the
    copy. Return the new page id of every source page.
    """
    parent = Page.objects.get(pk=parent.pk)  # numchild as it is now
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    sources: list[Page] = []
    rows: list[Page] = []
    for root in roots:
        step += 1
        root_path = Page._get_path(parent.path, parent.depth + 1, step)
        title, slug = rename(root)
        root_url = f"{parent.url_path}{slug}/"
        for source in Page.objects.filter(path__startswith=root.path).order_by("path").specific():
            row = Page(
                **{
                    field.attname: getattr(source, field.attname)
                    for field in Page._meta.concrete_fields
                    if not field.primary_key
                }
            )
            row.path = root_path + source.path[len(root.path) :]
            row.depth = parent.depth + 1 + source.depth - root.depth
            row.url_path = root_url + source.url_path[len(root.url_path) :]
            row.translation_key = copy_key(source.translation_key, copy)
            row.live_revision_id = row.latest_revision_id = row.alias_of_id = None
            row.locked, row.locked_at, row.locked_by_id = False, None, None
            row.has_unpublished_changes = False
            if source.pk == root.pk:
                row.title = row.draft_title = title
                row.slug = slug
            sources.append(source)
            rows.append(row)
    Page.objects.bulk_create(rows)
    new_ids = {source.pk: row.pk for source, row in zip(sources, rows, strict=True)}
    links = {**(remap or {}), **new_ids}

    by_model = defaultdict(list)
    for source in sources:
        by_model[type(source)].append(source)
    for model, model_sources in by_model.items():
        _insert_own_rows(model, [_own_copy(s, new_ids[s.pk]) for s in model_sources])
        ids = {s.pk: new_ids[s.pk] for s in model_sources}
        _children_copy(model_sources, ids, copy)
        _links_copy(model_sources, ids, links)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(roots))
    return new_ids


def demo_originals(model: type[Page], *, slugs: list[str], locale: Locale) -> list[Page]:
    """The demo's own pages of ``model`` in ``locale`` (no copies): the French pages with
    these slugs, or their translations."""
    originals = model.objects.filter(slug__in=slugs, locale__language_code="fr")
    keys = originals.values_list("translation_key", flat=True)
    return list(model.objects.filter(translation_key__in=keys, locale=locale).order_by("path"))


def copies_in_every_locale(
    *,
    index_model: type[Page],
    sources_for: Callable[[Locale], list[Page]],
    copy: int,
    remap: dict[int, int] | None = None,
) -> dict[int, int]:
    """Copy ``copy`` of the pages ``sources_for`` gives, under the index of each language;
    return source id: copy id. Without ``remap``, links between the sources point at the
    copies made so far (a case study's related case studies)."""
    copies: dict[int, int] = {}
    for locale in Locale.objects.order_by("pk"):
        index = index_model.objects.filter(locale=locale).first()
        sources = sources_for(locale)
        if index is None or not sources:
            continue
        towns = town_names(keys=[page.translation_key for page in sources], copy=copy)
        copies |= subtrees_copy(
            roots=sources,
            parent=index,
            copy=copy,
            rename=renamer(towns, copy),
            remap=copies if remap is None else remap,
        )
    return copies
