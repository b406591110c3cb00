from .pages import BasePage, HomePage, StandardPage
from .snippets import FooterText
from .users import User

__all__ = ["BasePage", "FooterText", "HomePage", "StandardPage", "User"]
