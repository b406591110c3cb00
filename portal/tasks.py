"""Background tasks of the site shell: sending e-mail."""

from django.core.mail import EmailMessage, EmailMultiAlternatives

from django_tasks import task


@task()
def email_send(
    *,
    subject: str,
    body: str,
    from_email: str | None,
    to: list[str],
    cc: list[str] | None = None,
    bcc: list[str] | None = None,
    reply_to: list[str] | None = None,
    headers: dict[str, str] | None = None,
    alternatives: list[tuple[str, str]] | None = None,
    content_subtype: str = "plain",
) -> int:
    """Send one message; a mail server that is down fails the task, not the request."""
    message = EmailMultiAlternatives(
        subject, body, from_email, to, bcc=bcc, cc=cc, reply_to=reply_to, headers=headers
    )
    message.content_subtype = content_subtype
    for content, mimetype in alternatives or []:
        message.attach_alternative(content, mimetype)
    return message.send()


def email_enqueue(message: EmailMessage) -> None:
    """Queue a message built in the request (rendered in the visitor's language) for sending.

    Only text goes into the queue, never model instances, so the worker needs no context.
    """
    email_send.enqueue(
        subject=str(message.subject),
        body=str(message.body),
        from_email=message.from_email,
        to=list(message.to),
        cc=list(message.cc),
        bcc=list(message.bcc),
        reply_to=list(message.reply_to),
        headers=dict(message.extra_headers),
        alternatives=[
            (str(content), mimetype) for content, mimetype in getattr(message, "alternatives", [])
        ],
        content_subtype=message.content_subtype,
    )
