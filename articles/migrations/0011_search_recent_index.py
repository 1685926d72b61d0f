"""A partial full-text index over the last months' stories (articles/search_index.py)."""

from django.db import migrations


def forward(apps, schema_editor):
    from articles import search_index

    search_index.refresh(schema_editor.connection)


def backward(apps, schema_editor):
    from articles import search_index

    search_index.drop(schema_editor.connection)


class Migration(migrations.Migration):
    # CREATE INDEX CONCURRENTLY cannot run inside a transaction; editors keep
    # saving while it builds.
    atomic = False

    dependencies = [
        ("articles", "0010_admin_list"),
    ]

    operations = [migrations.RunPython(forward, backward)]
