from .pages import AccessibilityStatementPage, BasePage, HomePage, StandardPage
from .snippets import FooterText
from .users import User

__all__ = [
    "AccessibilityStatementPage",
    "BasePage",
    "FooterText",
    "HomePage",
    "StandardPage",
    "User",
]
