"""Looking up translations of many objects at once."""

from collections.abc import Iterable
from typing import TypeVar

from wagtail.models import Locale, TranslatableMixin

T = TypeVar("T", bound=TranslatableMixin)


def translations_in(objects: Iterable[T], *, locale: Locale) -> list[T]:
    """The same objects in ``locale``, in the same order, in one query.

    Case studies copy their taxonomy links from the source language, so an English
    page may point at French terms; readers must see the terms in their language.
    Objects with no translation are returned as they are.
    """
    objects = list(objects)
    # Usually every object is already in the reader's language: nothing to look up.
    if all(obj.locale_id == locale.pk for obj in objects):
        return objects
    model = type(objects[0])
    keys = [obj.translation_key for obj in objects]
    found = {
        obj.translation_key: obj
        for obj in model.objects.filter(translation_key__in=keys, locale=locale)
    }
    return [found.get(obj.translation_key, obj) for obj in objects]
