"""xAPI 1.0.3 statements: whether one is well formed, and what its score is worth.

Pure functions on decoded JSON; nothing here touches the database. ``statement_validate``
raises ``StatementInvalid`` with a reason a client developer can act on. A statement can
be valid and still not count towards progress: ``score_problem`` says why.
"""

import math
import re
from datetime import datetime
from urllib.parse import urlsplit
from uuid import UUID

VERB = "http://adlnet.gov/expapi/verbs/"
ANSWERED, COMPLETED, PASSED, FAILED, SCORED = (
    f"{VERB}{name}" for name in ("answered", "completed", "passed", "failed", "scored")
)
PROGRESS_VERBS = frozenset({ANSWERED, COMPLETED, PASSED, FAILED, SCORED})

# How far apart a reported scaled score and the one computed from raw, min and max may be.
SCALED_TOLERANCE = 0.01
# Deeper than this is no statement a player sends; it would only strain the JSON encoder.
MAX_DEPTH = 32

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:\S+")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_SHA1 = re.compile(r"[0-9a-fA-F]{40}")
_VERSION = re.compile(r"1\.0(\.\d+)?")
_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?", re.IGNORECASE
)
_NUMBER = r"\d+(\.\d+)?"
_DURATION = re.compile(
    rf"P(?=\d|T\d)({_NUMBER}Y)?({_NUMBER}M)?({_NUMBER}W)?({_NUMBER}D)?"
    rf"(T(?=\d)({_NUMBER}H)?({_NUMBER}M)?({_NUMBER}S)?)?"
)
_ACTIVITY_PATH = re.compile(r"/h5p/activities/(?P<uuid>[0-9a-fA-F-]{36})")

_STATEMENT_KEYS = {
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
}
_SUB_STATEMENT_KEYS = {
    "objectType",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "attachments",
}
_IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
_INTERACTION_TYPES = {
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
    # Not an xAPI type: H5P's own, on the statements about a whole activity made of
    # others (Question Set, Course Presentation, Interactive Video).
    "compound",
}
_INTERACTION_COMPONENTS = ("choices", "scale", "source", "target", "steps")
_CONTEXT_ACTIVITY_KINDS = {"parent", "grouping", "category", "other"}


class StatementInvalid(ValueError):
    """The statement breaks xAPI 1.0.3; ``reason`` says where and how."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def uuid_from_text(value) -> UUID | None:
    """The UUID written in the hyphenated form xAPI requires, or None."""
    if isinstance(value, str) and _UUID.fullmatch(value):
        return UUID(value)
    return None


def is_absolute_iri(value) -> bool:
    return isinstance(value, str) and bool(_IRI.fullmatch(value))


def activity_uuid_from_iri(iri) -> UUID | None:
    """The activity's UUID when ``iri`` names a whole H5P activity played on a portal.

    Any host will do, since the player builds the address from the request. Addresses
    with a query or fragment (``?subContentId=`` marks one question inside an activity)
    or with another path are not whole activities.
    """
    if not is_absolute_iri(iri):
        return None
    parts = urlsplit(iri)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return None
    if parts.query or parts.fragment or "?" in iri or "#" in iri:
        return None
    match = _ACTIVITY_PATH.fullmatch(parts.path)
    return uuid_from_text(match["uuid"]) if match else None


def statement_validate(statement) -> None:
    """Raise StatementInvalid unless ``statement`` is a well-formed xAPI 1.0.3 statement."""
    if not isinstance(statement, dict):
        raise StatementInvalid("a statement must be a JSON object")
    _check_json_values(statement)
    _check_keys(statement, _STATEMENT_KEYS, "the statement")
    if "id" in statement and uuid_from_text(statement["id"]) is None:
        raise StatementInvalid("id must be a UUID such as 01234567-89ab-4def-8123-456789abcdef")
    _check_statement_body(statement, "")
    if "stored" in statement:
        _check_timestamp(statement["stored"], "stored")
    if "authority" in statement:
        _check_agent(statement["authority"], "authority")
    if "version" in statement and not (
        isinstance(statement["version"], str) and _VERSION.fullmatch(statement["version"])
    ):
        raise StatementInvalid("version must be 1.0.x")


def score_problem(score: dict) -> str | None:
    """Why a valid score cannot be counted (it does not add up), or None when it can."""
    scaled, raw, low, high = (score.get(key) for key in ("scaled", "raw", "min", "max"))
    if high == 0 and not raw and not low and not scaled:
        # H5P's way of saying there is nothing to score (a video, a text page): the
        # statement still counts for completion, with no score.
        return None
    if low is not None and high is not None and low >= high:
        return "the minimum score is not below the maximum"
    if raw is not None and high is not None and raw > high:
        return "the raw score is above the maximum"
    if raw is not None and low is not None and raw < low:
        return "the raw score is below the minimum"
    if scaled is not None and not 0 <= scaled <= 1:
        return "the scaled score is not between 0 and 1"
    fraction = _raw_fraction(score)
    if fraction is None:
        return None
    # Without a minimum the raw score counts from zero, as H5P's scores do.
    if high <= (low or 0):
        return "the maximum score is not above zero, and no minimum is given"
    if not math.isfinite(fraction) or not 0 <= fraction <= 1:
        return "the raw score is outside the range from the minimum (or zero) to the maximum"
    if scaled is not None and abs(scaled - fraction) > SCALED_TOLERANCE:
        return "the scaled score does not match the raw, minimum and maximum scores"
    return None


def score_percent(score: dict) -> int | None:
    """The score as a whole percentage, or None when it says nothing about a range.

    Only for scores ``score_problem`` accepts.
    """
    if score.get("max") == 0:
        return None  # nothing to score
    if score.get("scaled") is not None:
        return round(score["scaled"] * 100)
    fraction = _raw_fraction(score)
    return None if fraction is None else round(fraction * 100)


def _raw_fraction(score: dict) -> float | None:
    raw, high = score.get("raw"), score.get("max")
    if raw is None or high is None:
        return None
    low = score.get("min") or 0
    if high <= low:
        return math.nan
    try:
        return (raw - low) / (high - low)
    except (OverflowError, ZeroDivisionError):
        return math.nan


# Checks, each raising StatementInvalid naming the property at fault.


def _check_json_values(statement: dict) -> None:
    """Strings the database can store, finite numbers, and a sane depth, everywhere."""
    stack = [(statement, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise StatementInvalid(f"the statement is nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, dict):
            for key, item in value.items():
                _check_text(key)
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, str):
            _check_text(value)
        elif isinstance(value, float) and not math.isfinite(value):
            raise StatementInvalid("numbers must be finite")


def _check_text(text: str) -> None:
    # PostgreSQL's jsonb refuses NUL characters and lone surrogates.
    if "\x00" in text:
        raise StatementInvalid("text must not contain NUL characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise StatementInvalid("text must be valid Unicode (no lone surrogates)") from error


def _check_keys(value: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(set(value) - allowed)
    if unknown:
        names = ", ".join(unknown)
        raise StatementInvalid(f"{where} has properties xAPI does not define: {names}")


def _is_one_of(value, allowed: set[str]) -> bool:
    # A list or an object is no member of a set of strings: ``in`` would raise TypeError.
    return isinstance(value, str) and value in allowed


def _object(value, where: str) -> dict:
    if not isinstance(value, dict):
        raise StatementInvalid(f"{where} must be a JSON object")
    return value


def _child(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _check_statement_body(statement: dict, where: str) -> None:
    """What statements and sub-statements share: actor, verb, object and the rest."""
    for required in ("actor", "verb", "object"):
        if required not in statement:
            raise StatementInvalid(f"{_child(where, required)} is missing")
    _check_agent(statement["actor"], _child(where, "actor"))
    _check_verb(statement["verb"], _child(where, "verb"))
    _check_object(statement["object"], _child(where, "object"), nested=bool(where))
    if "result" in statement:
        _check_result(statement["result"], _child(where, "result"))
    if "context" in statement:
        _check_context(statement["context"], _child(where, "context"))
    if "timestamp" in statement:
        _check_timestamp(statement["timestamp"], _child(where, "timestamp"))
    if "attachments" in statement:
        _check_attachments(statement["attachments"], _child(where, "attachments"))


def _check_agent(value, where: str, *, group_allowed: bool = True) -> None:
    agent = _object(value, where)
    kind = agent.get("objectType", "Agent")
    if not _is_one_of(kind, {"Agent", "Group"}) or (kind == "Group" and not group_allowed):
        expected = "Agent or Group" if group_allowed else "Agent"
        raise StatementInvalid(f"{where}.objectType must be {expected}")
    allowed = {"objectType", "name", *_IFIS} | ({"member"} if kind == "Group" else set())
    _check_keys(agent, allowed, where)
    if "name" in agent and not isinstance(agent["name"], str):
        raise StatementInvalid(f"{where}.name must be a string")
    identifiers = [key for key in _IFIS if key in agent]
    for key in identifiers:
        _check_identifier(key, agent[key], f"{where}.{key}")
    if kind == "Group":
        members = agent.get("member")
        if members is not None:
            if not isinstance(members, list):
                raise StatementInvalid(f"{where}.member must be a list of agents")
            for index, member in enumerate(members):
                _check_agent(member, f"{where}.member[{index}]", group_allowed=False)
        if not identifiers and not members:
            raise StatementInvalid(f"{where}: an anonymous group must list its members")
        if len(identifiers) > 1:
            raise StatementInvalid(f"{where} must be identified by one of {', '.join(_IFIS)}")
    elif len(identifiers) != 1:
        raise StatementInvalid(f"{where} must have exactly one of {', '.join(_IFIS)}")


def _check_identifier(key: str, value, where: str) -> None:
    if key == "mbox":
        valid = isinstance(value, str) and re.fullmatch(r"mailto:[^@\s]+@[^@\s]+", value)
        message = "must be a mailto: address"
    elif key == "mbox_sha1sum":
        valid = isinstance(value, str) and _SHA1.fullmatch(value)
        message = "must be 40 hexadecimal digits"
    elif key == "openid":
        valid = is_absolute_iri(value)
        message = "must be an absolute URI"
    else:
        account = _object(value, where)
        _check_keys(account, {"homePage", "name"}, where)
        if not is_absolute_iri(account.get("homePage")):
            raise StatementInvalid(f"{where}.homePage must be an absolute IRL")
        valid = isinstance(account.get("name"), str) and account["name"] != ""
        where, message = f"{where}.name", "must be a non-empty string"
    if not valid:
        raise StatementInvalid(f"{where} {message}")


def _check_verb(value, where: str) -> None:
    verb = _object(value, where)
    _check_keys(verb, {"id", "display"}, where)
    if "id" not in verb:
        raise StatementInvalid(f"{where}.id is missing")
    _check_iri(verb["id"], f"{where}.id")
    if "display" in verb:
        _check_language_map(verb["display"], f"{where}.display")


def _check_iri(value, where: str) -> None:
    if not is_absolute_iri(value):
        raise StatementInvalid(f"{where} must be an absolute IRI")


def _check_language_map(value, where: str) -> None:
    language_map = _object(value, where)
    for tag, text in language_map.items():
        if not _LANGUAGE_TAG.fullmatch(tag):
            raise StatementInvalid(f"{where} has a key that is not a language tag: {tag!r}")
        if not isinstance(text, str):
            raise StatementInvalid(f"{where}.{tag} must be a string")


def _check_object(value, where: str, *, nested: bool) -> None:
    target = _object(value, where)
    kind = target.get("objectType", "Activity")
    if kind == "Activity":
        _check_activity(target, where)
    elif _is_one_of(kind, {"Agent", "Group"}):
        _check_agent(target, where)
    elif kind == "StatementRef":
        _check_statement_ref(target, where)
    elif kind == "SubStatement" and not nested:
        _check_keys(target, _SUB_STATEMENT_KEYS, where)
        _check_statement_body(target, where)
    else:
        kinds = "Activity, Agent, Group, StatementRef" + ("" if nested else " or SubStatement")
        raise StatementInvalid(f"{where}.objectType must be {kinds}")


def _check_activity(value, where: str) -> None:
    activity = _object(value, where)
    _check_keys(activity, {"objectType", "id", "definition"}, where)
    if "id" not in activity:
        raise StatementInvalid(f"{where}.id is missing")
    _check_iri(activity["id"], f"{where}.id")
    if "definition" in activity:
        _check_definition(activity["definition"], f"{where}.definition")


def _check_definition(value, where: str) -> None:
    definition = _object(value, where)
    allowed = {
        "name",
        "description",
        "type",
        "moreInfo",
        "extensions",
        "interactionType",
        "correctResponsesPattern",
        *_INTERACTION_COMPONENTS,
    }
    _check_keys(definition, allowed, where)
    for key in ("name", "description"):
        if key in definition:
            _check_language_map(definition[key], f"{where}.{key}")
    for key in ("type", "moreInfo"):
        if key in definition:
            _check_iri(definition[key], f"{where}.{key}")
    if "extensions" in definition:
        _check_extensions(definition["extensions"], f"{where}.extensions")
    if "interactionType" in definition and not _is_one_of(
        definition["interactionType"], _INTERACTION_TYPES
    ):
        raise StatementInvalid(
            f"{where}.interactionType is not an xAPI interaction type, nor H5P's compound"
        )
    pattern = definition.get("correctResponsesPattern", [])
    if not isinstance(pattern, list) or not all(isinstance(item, str) for item in pattern):
        raise StatementInvalid(f"{where}.correctResponsesPattern must be a list of strings")
    for key in _INTERACTION_COMPONENTS:
        components = definition.get(key, [])
        if not isinstance(components, list):
            raise StatementInvalid(f"{where}.{key} must be a list")
        for index, component in enumerate(components):
            at = f"{where}.{key}[{index}]"
            _check_keys(_object(component, at), {"id", "description"}, at)
            if not isinstance(component.get("id"), str):
                raise StatementInvalid(f"{at}.id must be a string")
            if "description" in component:
                _check_language_map(component["description"], f"{at}.description")


def _check_extensions(value, where: str) -> None:
    for key in _object(value, where):
        if not is_absolute_iri(key):
            raise StatementInvalid(f"{where} keys must be absolute IRIs, not {key!r}")


def _check_statement_ref(value, where: str) -> None:
    reference = _object(value, where)
    _check_keys(reference, {"objectType", "id"}, where)
    if reference.get("objectType") != "StatementRef":
        raise StatementInvalid(f"{where}.objectType must be StatementRef")
    if uuid_from_text(reference.get("id")) is None:
        raise StatementInvalid(f"{where}.id must be a UUID")


def _is_number(value) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def _check_result(value, where: str) -> None:
    result = _object(value, where)
    allowed = {"score", "success", "completion", "response", "duration", "extensions"}
    _check_keys(result, allowed, where)
    if "score" in result:
        score = _object(result["score"], f"{where}.score")
        _check_keys(score, {"scaled", "raw", "min", "max"}, f"{where}.score")
        for key, number in score.items():
            if not _is_number(number):
                raise StatementInvalid(f"{where}.score.{key} must be a number")
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            raise StatementInvalid(f"{where}.{key} must be true or false")
    if "response" in result and not isinstance(result["response"], str):
        raise StatementInvalid(f"{where}.response must be a string")
    if "duration" in result and not (
        isinstance(result["duration"], str) and _DURATION.fullmatch(result["duration"])
    ):
        raise StatementInvalid(f"{where}.duration must be an ISO 8601 duration such as PT1M30S")
    if "extensions" in result:
        _check_extensions(result["extensions"], f"{where}.extensions")


def _check_context(value, where: str) -> None:
    context = _object(value, where)
    allowed = {
        "registration",
        "instructor",
        "team",
        "contextActivities",
        "revision",
        "platform",
        "language",
        "statement",
        "extensions",
    }
    _check_keys(context, allowed, where)
    if "registration" in context and uuid_from_text(context["registration"]) is None:
        raise StatementInvalid(f"{where}.registration must be a UUID")
    if "instructor" in context:
        _check_agent(context["instructor"], f"{where}.instructor")
    if "team" in context:
        _check_agent(context["team"], f"{where}.team")
        if context["team"].get("objectType") != "Group":
            raise StatementInvalid(f"{where}.team must be a Group")
    for key in ("revision", "platform"):
        if key in context and not isinstance(context[key], str):
            raise StatementInvalid(f"{where}.{key} must be a string")
    if "language" in context and not (
        isinstance(context["language"], str) and _LANGUAGE_TAG.fullmatch(context["language"])
    ):
        raise StatementInvalid(f"{where}.language must be a language tag")
    if "statement" in context:
        _check_statement_ref(context["statement"], f"{where}.statement")
    if "extensions" in context:
        _check_extensions(context["extensions"], f"{where}.extensions")
    if "contextActivities" in context:
        kinds = _object(context["contextActivities"], f"{where}.contextActivities")
        _check_keys(kinds, _CONTEXT_ACTIVITY_KINDS, f"{where}.contextActivities")
        for kind, activities in kinds.items():
            at = f"{where}.contextActivities.{kind}"
            for index, activity in enumerate(
                activities if isinstance(activities, list) else [activities]
            ):
                _check_activity(activity, f"{at}[{index}]")
                if activity.get("objectType", "Activity") != "Activity":
                    raise StatementInvalid(f"{at}[{index}].objectType must be Activity")


def _check_timestamp(value, where: str) -> None:
    message = f"{where} must be an ISO 8601 date and time such as 2025-01-31T14:05:00Z"
    if not isinstance(value, str) or not _TIMESTAMP.fullmatch(value):
        raise StatementInvalid(message)
    if value.endswith(("-00:00", "-0000", "-00")):
        raise StatementInvalid(f"{where} must not use the unknown offset -00:00")
    try:
        datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError as error:
        raise StatementInvalid(message) from error


def _check_attachments(value, where: str) -> None:
    if not isinstance(value, list):
        raise StatementInvalid(f"{where} must be a list")
    allowed = {"usageType", "display", "description", "contentType", "length", "sha2", "fileUrl"}
    for index, attachment in enumerate(value):
        at = f"{where}[{index}]"
        _check_keys(_object(attachment, at), allowed, at)
        for key in ("usageType", "display", "contentType", "length", "sha2"):
            if key not in attachment:
                raise StatementInvalid(f"{at}.{key} is missing")
        _check_iri(attachment["usageType"], f"{at}.usageType")
        _check_language_map(attachment["display"], f"{at}.display")
        if "description" in attachment:
            _check_language_map(attachment["description"], f"{at}.description")
        if not isinstance(attachment["contentType"], str):
            raise StatementInvalid(f"{at}.contentType must be a string")
        length = attachment["length"]
        if isinstance(length, bool) or not isinstance(length, int) or length < 0:
            raise StatementInvalid(f"{at}.length must be a whole number of bytes")
        if not isinstance(attachment["sha2"], str):
            raise StatementInvalid(f"{at}.sha2 must be a string")
        if "fileUrl" not in attachment:
            # Its content would come in a multipart/mixed body, which is not accepted here.
            raise StatementInvalid(f"{at}.fileUrl is missing: attachment data is not accepted")
        _check_iri(attachment["fileUrl"], f"{at}.fileUrl")
