from django.db import migrations


def apply_roles(apps, schema_editor):
    from portal.roles import roles_sync

    roles_sync(apps)


class Migration(migrations.Migration):
    """Tutors create and follow their own cohorts."""

    dependencies = [
        ("portal", "0004_roles_practices"),
        ("courses", "0001_initial"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
