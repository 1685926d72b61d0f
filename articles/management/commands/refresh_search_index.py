from django.core.management.base import BaseCommand

from articles import search_index


class Command(BaseCommand):
    help = (
        "Move the recent-stories search index forward (PostgreSQL; run monthly). "
        "Does nothing when it already starts where it should."
    )

    def handle(self, *args, **options):
        start = search_index.refresh()
        if start is None:
            self.stdout.write("Nothing to do: this database searches without the index.")
        else:
            self.stdout.write(f"Recent search index: stories from {start.isoformat()} on.")
