from .organisations import Organisation
from .pages import CaseStudyPage, CaseStudyPlace, KeyFigure, PracticeIndexPage
from .reach import CaseStudyReach
from .taxonomy import FundingProgramme, TargetGroup, Theme

__all__ = [
    "CaseStudyPage",
    "CaseStudyPlace",
    "CaseStudyReach",
    "FundingProgramme",
    "KeyFigure",
    "Organisation",
    "PracticeIndexPage",
    "TargetGroup",
    "Theme",
]
