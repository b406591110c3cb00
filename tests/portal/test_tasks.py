"""Background tasks of the site shell: e-mail leaves the request and goes out from the
queue, once a worker (`manage.py db_worker`) runs it."""

from io import StringIO

from django.core import mail
from django.core.management import call_command

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from portal.tasks import email_send

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def worker_run_once(monkeypatch) -> None:
    """Run the worker until the queue is empty, inside the test's transaction.

    The worker closes stale connections between tasks; in a test that would end the
    transaction every test runs in, so that step is left out here.
    """
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    call_command(
        "db_worker", "--batch", "--no-startup-delay", "--interval", "0.1", stdout=StringIO()
    )


def test_email_send_sends_the_text_and_the_html(mailoutbox):
    result = email_send.enqueue(
        subject="Bienvenue",
        body="Bonjour",
        from_email="Passerelles <no-reply@example.org>",
        to=["lea@example.org"],
        reply_to=["contact@example.org"],
        headers={"X-Passerelles": "1"},
        alternatives=[("<p>Bonjour</p>", "text/html")],
    )
    assert result.status == TaskResultStatus.SUCCESSFUL
    [message] = mailoutbox
    assert (message.subject, message.body) == ("Bienvenue", "Bonjour")
    assert message.to == ["lea@example.org"]
    assert message.reply_to == ["contact@example.org"]
    assert message.extra_headers == {"X-Passerelles": "1"}
    assert message.alternatives[0][:2] == ("<p>Bonjour</p>", "text/html")


def test_an_account_email_waits_in_the_queue_for_the_worker(client, settings, monkeypatch):
    settings.TASKS = DATABASE_TASKS
    response = client.post("/en/accounts/password/reset/", {"email": "tutor@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []
    queued = DBTaskResult.objects.get(task_path="portal.tasks.email_send")
    assert queued.status == TaskResultStatus.READY

    worker_run_once(monkeypatch)

    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL
    [message] = mail.outbox
    assert message.to == ["tutor@example.org"]
    assert message.subject.startswith("[Passerelles] ")
    assert "/accounts/password/reset/key/" in message.body


def test_a_mail_server_that_fails_fails_the_task_not_the_request(client, settings):
    settings.EMAIL_BACKEND = "tests.portal.test_tasks.BrokenEmailBackend"
    response = client.post("/en/accounts/password/reset/", {"email": "tutor@example.org"})
    assert response.status_code == 302


class BrokenEmailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("The mail server is down.")
