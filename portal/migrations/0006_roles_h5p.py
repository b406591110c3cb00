from django.db import migrations


def apply_roles(apps, schema_editor):
    from portal.roles import roles_sync

    roles_sync(apps)


class Migration(migrations.Migration):
    """Editors upload H5P activities; moderators also delete them and upgrade libraries."""

    dependencies = [
        ("portal", "0005_roles_courses"),
        ("courses", "0002_h5p"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
