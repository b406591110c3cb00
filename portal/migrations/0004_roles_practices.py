from django.db import migrations


def apply_roles(apps, schema_editor):
    from portal.roles import roles_sync

    roles_sync(apps)


class Migration(migrations.Migration):
    """Editors and moderators manage the practice taxonomies and organisations."""

    dependencies = [
        ("portal", "0003_roles"),
        ("practices", "0001_initial"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
