"""The certificate as a European Digital Credential (European Learning Model v3).

The document follows the EDC application profile: it must conform to the generic EDC
shapes, which is what the Europass wallet and viewer check before showing it. It is
sealed afterwards by :mod:`courses.credentials.jades`.

Nodes the credential describes (the learner, the achievement, its outcomes...) are named
``urn:epass:<kind>:<uuid>``, like those of Europass' own credentials, with UUIDs derived
from the credential's so that the same facts always give the same document. The issuer
is named by its ``did:web`` identifier, the one its Open Badges carry.
"""

import base64
import datetime
import uuid

from django.conf import settings

from babel import Locale

from courses.credentials.edc_image import certificate_image
from courses.credentials.facts import CertificateFacts
from courses.credentials.issuer import base_url, issuer_did, issuer_name

CONTEXTS = [
    "https://www.w3.org/2018/credentials/v1",
    "http://data.europa.eu/snb/model/context/edc-ap",
]
# The shapes the credential declares it conforms to, as Europass' credentials do.
SHAPES_URL = "http://data.europa.eu/snb/model/ap/edc-generic-full"

LANGUAGE_AUTHORITY = "http://publications.europa.eu/resource/authority/language"
COUNTRY_AUTHORITY = "http://publications.europa.eu/resource/authority/country"
FILE_TYPE_AUTHORITY = "http://publications.europa.eu/resource/authority/file-type"
EQF_SCHEME = "http://data.europa.eu/snb/eqf/25831c2"
ESCO_SKILLS_SCHEME = "http://data.europa.eu/esco/concept-scheme/skills"

# The EU vocabularies name languages by ISO 639-2/T codes and countries by ISO 3166-1
# alpha-3 codes; the portal uses two-letter codes. Official EU and EEA ones:
LANGUAGE_CODES = {
    "bg": "BUL", "cs": "CES", "da": "DAN", "de": "DEU", "el": "ELL", "en": "ENG",
    "es": "SPA", "et": "EST", "fi": "FIN", "fr": "FRA", "ga": "GLE", "hr": "HRV",
    "hu": "HUN", "is": "ISL", "it": "ITA", "lt": "LIT", "lv": "LAV", "mt": "MLT",
    "nl": "NLD", "no": "NOR", "pl": "POL", "pt": "POR", "ro": "RON", "sk": "SLK",
    "sl": "SLV", "sv": "SWE",
}  # fmt: skip
COUNTRY_CODES = {
    "AT": "AUT", "BE": "BEL", "BG": "BGR", "CH": "CHE", "CY": "CYP", "CZ": "CZE",
    "DE": "DEU", "DK": "DNK", "EE": "EST", "ES": "ESP", "FI": "FIN", "FR": "FRA",
    "GB": "GBR", "GR": "GRC", "HR": "HRV", "HU": "HUN", "IE": "IRL", "IS": "ISL",
    "IT": "ITA", "LI": "LIE", "LT": "LTU", "LU": "LUX", "LV": "LVA", "MT": "MLT",
    "NL": "NLD", "NO": "NOR", "PL": "POL", "PT": "PRT", "RO": "ROU", "SE": "SWE",
    "SI": "SVN", "SK": "SVK",
}  # fmt: skip

# Concepts of the EU vocabularies, as Europass' own credentials cite them.
GENERIC_PROFILE = {
    "id": "http://data.europa.eu/snb/credential/e34929035b",
    "type": "Concept",
    "inScheme": {"id": "http://data.europa.eu/snb/credential/25831c2", "type": "ConceptScheme"},
    "prefLabel": {"en": "Generic"},
}
BASE64_ENCODING = {
    "id": "http://data.europa.eu/snb/encoding/6146cde7dd",
    "type": "Concept",
    "inScheme": {"id": "http://data.europa.eu/snb/encoding/25831c2", "type": "ConceptScheme"},
    "prefLabel": {"en": "base64"},
}
PNG_FILE_TYPE = {
    "id": f"{FILE_TYPE_AUTHORITY}/PNG",
    "type": "Concept",
    "inScheme": {"id": FILE_TYPE_AUTHORITY, "type": "ConceptScheme"},
    "notation": "file-type",
    "prefLabel": {"en": "PNG"},
}
ONLINE_MODE = {
    "id": "http://data.europa.eu/snb/learning-assessment/920fbb3cbe",
    "type": "Concept",
    "inScheme": {
        "id": "http://data.europa.eu/snb/learning-assessment/25831c2",
        "type": "ConceptScheme",
    },
    "prefLabel": {"en": "Online"},
}
NON_FORMAL_SETTING = {
    "id": "http://data.europa.eu/snb/learning-setting/e207a81fc7",
    "type": "Concept",
    "inScheme": {
        "id": "http://data.europa.eu/snb/learning-setting/25831c2",
        "type": "ConceptScheme",
    },
    "prefLabel": {"en": "non-formal learning"},
}


def credential_build(facts: CertificateFacts) -> dict:
    """Return the EDC JSON-LD document of a certificate (unsealed)."""
    credential_uuid = _credential_uuid(facts.identifier)
    ids = _NodeIds(credential_uuid)
    languages = _languages(facts)
    issued = _datetime(facts.issued_at)
    issuer = _issuer(settings.CREDENTIALS_ISSUER, languages, ids)
    return {
        "@context": CONTEXTS,
        "id": f"urn:credential:{credential_uuid}",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "credentialProfiles": GENERIC_PROFILE,
        "displayParameter": _display(facts, languages, ids),
        "identifier": {
            "id": ids("identifier"),
            "type": "Identifier",
            "schemeName": "Certificate number",
            "notation": facts.identifier,
        },
        "credentialSchema": {"id": SHAPES_URL, "type": "ShaclValidator2017"},
        "credentialSubject": {
            "id": ids("person"),
            "type": "Person",
            # One value only (the shapes say so), in the course's language: the portal
            # keeps a single display name, so given and family names are not guessed.
            "fullName": {facts.language: facts.learner_name},
            "hasClaim": _achievement(facts, languages, issuer, ids),
        },
        "issuer": issuer,
        # ELM requires issued and validFrom; issuanceDate is what VC 1.1 readers expect.
        "issuanceDate": issued,
        "issued": issued,
        "validFrom": issued,
    }


class _NodeIds:
    """Names for the credential's own nodes, unique to it and stable across builds."""

    def __init__(self, credential_uuid: uuid.UUID):
        self.credential_uuid = credential_uuid

    def __call__(self, kind: str, position: int = 1) -> str:
        return f"urn:epass:{kind}:{uuid.uuid5(self.credential_uuid, f'{kind}:{position}')}"


def _credential_uuid(identifier: str) -> uuid.UUID:
    try:
        return uuid.UUID(identifier)
    except ValueError:
        # Not a UUID: derive one from it, so that equal identifiers give equal names.
        return uuid.uuid5(uuid.NAMESPACE_URL, f"{base_url()}/credentials/{identifier}")


def _languages(facts: CertificateFacts) -> list[str]:
    """The course's language first, then the others in a stable order."""
    return [facts.language, *sorted(set(facts.texts) - {facts.language})]


def _datetime(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _language_concept(code: str, languages: list[str]) -> dict:
    return {
        "id": f"{LANGUAGE_AUTHORITY}/{LANGUAGE_CODES[code]}",
        "type": "Concept",
        "inScheme": {"id": LANGUAGE_AUTHORITY, "type": "ConceptScheme"},
        "notation": "language",
        "prefLabel": {label: Locale.parse(label).languages[code] for label in languages},
    }


def _country_concept(code: str, languages: list[str]) -> dict:
    return {
        "id": f"{COUNTRY_AUTHORITY}/{COUNTRY_CODES[code]}",
        "type": "Concept",
        "inScheme": {"id": COUNTRY_AUTHORITY, "type": "ConceptScheme"},
        "notation": "country",
        "prefLabel": {label: Locale.parse(label).territories[code] for label in languages},
    }


def _issuer(details: dict, languages: list[str], ids: _NodeIds) -> dict:
    """The issuing organisation, as the shapes require it of an issuer.

    Its eIDAS legal identifier is the one its seal certificate carries, which lets a
    verifier match the seal to the organisation the credential names.
    """
    country = _country_concept(details["country"], languages)
    organisation = {
        "id": issuer_did(),
        "type": "Organisation",
        "legalName": {language: issuer_name() for language in languages},
        # The context's term for elm:eidasLegalIdentifier.
        "eIDASIdentifier": {
            "id": ids("legalIdentifier"),
            "type": "LegalIdentifier",
            "notation": details["legal_identifier"],
            "spatial": country,
        },
        "location": {
            "id": ids("location"),
            "type": "Location",
            "address": {"id": ids("address"), "type": "Address", "countryCode": country},
        },
        "homepage": {"id": ids("webResource"), "type": "WebResource", "contentURL": base_url()},
    }
    if details.get("email"):
        organisation["contactPoint"] = {
            "id": ids("contactPoint"),
            "type": "ContactPoint",
            "emailAddress": {"id": f"mailto:{details['email']}", "type": "Mailbox"},
        }
    return organisation


def _achievement(facts, languages, issuer, ids) -> dict:
    texts = {language: facts.texts[language] for language in languages}
    return {
        "id": ids("learningAchievement"),
        "type": "LearningAchievement",
        "title": {language: text.title for language, text in texts.items()},
        "description": {language: text.description for language, text in texts.items()},
        "awardedBy": {
            "id": ids("awardingProcess"),
            "type": "AwardingProcess",
            "awardingBody": issuer,
            "awardingDate": _datetime(facts.issued_at),
        },
        "specifiedBy": _specification(facts, languages, ids),
    }


def _specification(facts: CertificateFacts, languages: list[str], ids: _NodeIds) -> dict:
    """What the course is: its titles, outcomes, workload, language and level.

    ELM gives an EQF level only to a qualification (its domain), so a course with one is
    specified as a Qualification, the subclass the official micro-credential sample uses.
    """
    texts = {language: facts.texts[language] for language in languages}
    specification = {
        "id": ids("learningAchievementSpecification"),
        "type": "LearningAchievementSpecification",
        "title": {language: text.title for language, text in texts.items()},
        "description": {language: text.description for language, text in texts.items()},
        "language": _language_concept(facts.language, languages),
        "mode": ONLINE_MODE,
        "learningSetting": NON_FORMAL_SETTING,
        "homepage": {
            "id": ids("webResource", 2),
            "type": "WebResource",
            "contentURL": facts.course_url,
        },
    }
    if facts.workload_hours > 0:
        specification["volumeOfLearning"] = f"PT{facts.workload_hours}H"
    outcomes = _outcomes(facts, languages, ids)
    if outcomes:
        specification["learningOutcome"] = outcomes
    if facts.eqf_level is not None:
        specification["type"] = "Qualification"
        specification["id"] = ids("qualification")
        specification["eqfLevel"] = {
            "id": f"http://data.europa.eu/snb/eqf/{facts.eqf_level}",
            "type": "Concept",
            "inScheme": {"id": EQF_SCHEME, "type": "ConceptScheme"},
            "prefLabel": {"en": f"Level {facts.eqf_level}"},
        }
    return specification


def _outcomes(facts: CertificateFacts, languages: list[str], ids: _NodeIds) -> list[dict]:
    """One learning outcome per position, titled in every language that states it."""
    outcomes = []
    for position, outcome in enumerate(facts.text.outcomes):
        title = {
            language: facts.texts[language].outcomes[position]
            for language in languages
            if position < len(facts.texts[language].outcomes)
        }
        node = {
            "id": ids("learningOutcome", position + 1),
            "type": "LearningOutcome",
            "title": title or {facts.language: outcome},
        }
        skill = facts.skills[position] if position < len(facts.skills) else None
        if skill:
            # Only the skill's URI is known here; its labels live in ESCO itself.
            node["relatedESCOSkill"] = {
                "id": skill,
                "type": "Concept",
                "inScheme": {"id": ESCO_SKILLS_SCHEME, "type": "ConceptScheme"},
            }
        outcomes.append(node)
    return outcomes


def _display(facts: CertificateFacts, languages: list[str], ids: _NodeIds) -> dict:
    """How wallets show the credential: a title and a picture in each language."""
    issued_on = facts.issued_at.astimezone(datetime.UTC).date().isoformat()
    displays = []
    for position, language in enumerate(languages, start=1):
        png = certificate_image(
            title=facts.texts[language].title,
            learner_name=facts.learner_name,
            issuer=issuer_name(),
            issued_on=issued_on,
        )
        displays.append(
            {
                "id": ids("individualDisplay", position),
                "type": "IndividualDisplay",
                "language": _language_concept(language, languages),
                "displayDetail": {
                    "id": ids("displayDetail", position),
                    "type": "DisplayDetail",
                    "image": {
                        "id": ids("mediaObject", position),
                        "type": "MediaObject",
                        "content": base64.b64encode(png).decode("ascii"),
                        "contentEncoding": BASE64_ENCODING,
                        "contentType": PNG_FILE_TYPE,
                    },
                    "page": 1,
                },
            }
        )
    return {
        "id": ids("displayParameter"),
        "type": "DisplayParameter",
        "title": {language: facts.texts[language].title for language in languages},
        "language": [_language_concept(language, languages) for language in languages],
        "primaryLanguage": _language_concept(facts.language, languages),
        "individualDisplay": displays,
    }
