from .audit import LearnerLogEntry
from .impact import ImpactReport
from .pages import (
    AccessibilityStatementPage,
    BasePage,
    HomePage,
    SingleChildTypeRouting,
    StandardPage,
)
from .snippets import FooterText
from .users import User

__all__ = [
    "AccessibilityStatementPage",
    "BasePage",
    "SingleChildTypeRouting",
    "FooterText",
    "HomePage",
    "ImpactReport",
    "LearnerLogEntry",
    "StandardPage",
    "User",
]
