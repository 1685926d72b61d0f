from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from articles.generate import generate


class Command(BaseCommand):
    help = (
        "Add N synthetic articles (with sections, topics, authors, quotes and related "
        "links) for scale tests. Running it again adds more. See docs/PERFORMANCE.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, required=True, help="How many articles to add.")
        parser.add_argument(
            "--seed", type=int, default=0, help="Random seed: same seed, same data."
        )

    def handle(self, *args, count, seed, **options):
        if count < 1:
            raise CommandError("--count must be at least 1.")
        totals = generate(count, seed=seed, out=self.stdout.write)
        if connection.vendor == "postgresql":
            # Fresh statistics: without them the planner thinks the new rows
            # are not there and scans whole tables (seen: 26 ms instead of 1).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS(", ".join(f"{k}: {v}" for k, v in totals.items())))
