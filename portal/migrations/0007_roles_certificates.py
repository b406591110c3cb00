from django.db import migrations


def apply_roles(apps, schema_editor):
    from portal.roles import roles_sync

    roles_sync(apps)


class Migration(migrations.Migration):
    """Moderators issue, revoke and export certificates."""

    dependencies = [
        ("portal", "0006_roles_h5p"),
        ("courses", "0003_certificates"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
