"""Give the roles their workflow rights: editors publish and correct."""

from django.db import migrations

EDITOR = [
    "publish_article",
    "add_correction", "change_correction", "delete_correction", "view_correction",
    "add_previewlink", "change_previewlink", "view_previewlink",
    "view_revision", "view_editorialevent",
]  # fmt: skip
REPORTER = ["view_revision", "view_editorialevent", "view_correction"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (("Editor", EDITOR), ("Reporter", REPORTER)):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_workflow"), ("articles", "0002_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
