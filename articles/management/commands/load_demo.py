from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.demo.loader import DEMO_ACCOUNTS, load_demo


class Command(BaseCommand):
    help = "Load original demo content and demo accounts (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with DEBUG off. Demo accounts have published passwords.",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to create demo accounts with DEBUG off (their passwords are "
                "public). Use --force on a machine that is not production."
            )
        counts = load_demo()
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count}")
        self.stdout.write(self.style.SUCCESS("Demo accounts (username / password):"))
        for username, password, group, is_superuser in DEMO_ACCOUNTS:
            role = "admin" if is_superuser else group.lower()
            self.stdout.write(f"  {role:<9} {username} / {password}")
