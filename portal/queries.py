"""Queries built from a visitor's words, which the database may refuse to run."""

from contextlib import contextmanager

from django.db import DatabaseError, connection, transaction


class QueryRejected(Exception):
    """The database refused a query built from the visitor's input: answer 400."""


def connection_lost() -> bool:
    """Whether the database connection is gone, as opposed to one query being refused."""
    return connection.connection is None or not connection.is_usable()


@contextmanager
def visitor_query():
    """Run the block in a savepoint and raise QueryRejected if the database refuses it.

    The savepoint keeps a refused query from spoiling the rest of the request's
    transaction. A lost connection is not the visitor's fault: that error goes on to the
    error handler, which answers 503 so that clients retry.
    """
    try:
        with transaction.atomic():
            yield
    except DatabaseError as error:
        if connection_lost():
            raise
        raise QueryRejected from error
