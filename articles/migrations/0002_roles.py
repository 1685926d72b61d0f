"""Create the newsroom roles so a fresh install has them."""

from django.db import migrations

REPORTER = {
    "article": ["add", "change", "view"],
    "articleauthor": ["add", "change", "delete", "view"],
    "quote": ["add", "change", "delete", "view"],
    "relatedlink": ["add", "change", "delete", "view"],
    "taggedtopic": ["add", "change", "delete", "view"],
    "image": ["add", "view"],
    "section": ["view"],
    "author": ["view"],
    "topic": ["view"],
}
EDITOR_MODELS = [
    "article", "articleauthor", "quote", "relatedlink", "taggedtopic",
    "image", "section", "author", "topic",
]  # fmt: skip
ALL = ["add", "change", "delete", "view"]


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrate; roles need them now.
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def grant(group_name, rights):
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, actions in rights.items():
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="articles", codename__in=codenames
                )
            )

    grant("Reporter", REPORTER)
    grant("Editor", {model: ALL for model in EDITOR_MODELS})


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Reporter", "Editor"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
