"""Writing to the photo library. The admin, the demo loader, scripts and tests call these."""

from functools import partial

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from articles.images import renditions
from articles.images.processing import PreparedPhoto
from articles.models import Image


@transaction.atomic
def save_image(*, image: Image, photo: PreparedPhoto | None, user=None) -> Image:
    """Store a library photo's details and, when given, its (new) file.

    ``photo`` comes from ``processing.prepare_photo()``, which refused anything
    unacceptable before this point, so nothing half-made is ever saved. The
    renditions are drawn once the transaction commits; a photo whose drawing
    fails still shows (from its file) and is redrawn on first use.
    """
    old_files = []
    if photo is not None:
        if image.file:
            old_files = [image.file.name, *renditions.recorded_names(image.renditions, image.pk)]
        if image.pk is None and user is not None and user.is_authenticated:
            image.uploaded_by = user
        image.width, image.height = photo.width, photo.height
        image.renditions = {}
    image.full_clean(exclude=["file"])
    if photo is not None:
        image.file.save(photo.name, ContentFile(photo.content), save=False)
    try:
        image.save()
    except Exception:
        if photo is not None:
            # The row was not written: the file just stored must not linger.
            image.file.storage.delete(image.file.name)
        raise
    storage = image.file.storage
    if old_files:
        transaction.on_commit(partial(renditions.delete_files, storage, old_files))
    transaction.on_commit(partial(renditions.ensure, image), robust=True)
    return image


def usage_error(image: Image, users: list) -> ValidationError:
    names = ", ".join(f"{user._meta.verbose_name} “{user}”" for user in users)
    return ValidationError(
        _("“%(image)s” is used by %(users)s. Remove it there first, then delete it."),
        code="in_use",
        params={"image": image, "users": names},
    )


@transaction.atomic
def delete_image(*, image: Image) -> None:
    """Delete a photo nobody uses, with its file and renditions.

    A photo an article, author or section shows is refused with the list of
    them: deleting it would leave a story without its picture.
    """
    users = image.usages()
    if users:
        raise usage_error(image, users)
    storage = image.file.storage
    names = [image.file.name, *renditions.recorded_names(image.renditions, image.pk)]
    image.delete()
    transaction.on_commit(partial(renditions.delete_files, storage, names))
