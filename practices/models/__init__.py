from .organisations import Organisation
from .pages import CaseStudyPage, CaseStudyPlace, KeyFigure, PracticeIndexPage
from .taxonomy import FundingProgramme, TargetGroup, Theme

__all__ = [
    "CaseStudyPage",
    "CaseStudyPlace",
    "FundingProgramme",
    "KeyFigure",
    "Organisation",
    "PracticeIndexPage",
    "TargetGroup",
    "Theme",
]
