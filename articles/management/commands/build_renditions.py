from django.core.management.base import BaseCommand, CommandError

from articles.images import renditions
from articles.models import Image


class Command(BaseCommand):
    help = (
        "Make missing or out-of-date photo renditions (after changing IMAGE_WIDTHS, "
        "IMAGE_AVIF or the qualities, or after a restore). --force redraws every one."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="Only these photos (ids).")
        parser.add_argument(
            "--force", action="store_true", help="Redraw even renditions that are up to date."
        )

    def handle(self, *args, ids=(), force=False, **options):
        images = Image.objects.order_by("pk")
        if ids:
            images = images.filter(pk__in=ids)
        done = failed = 0
        for image in images.iterator(chunk_size=100):
            try:
                renditions.ensure(image, force=force)
            except Exception as error:
                # One unreadable photo must not stop the others; report it and go on.
                failed += 1
                self.stderr.write(f"image {image.pk}: {error}")
            else:
                done += 1
        self.stdout.write(f"renditions up to date: {done} photo(s), failed: {failed}")
        if failed:
            raise CommandError(f"{failed} photo(s) could not be drawn; see above.")
