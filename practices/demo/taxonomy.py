"""Taxonomy terms and organisations of the demo practices (French, English)."""

THEMES = [
    ("distance-learning", "Formation ouverte et à distance", "Open and distance learning"),
    ("work-based-learning", "Alternance", "Work-based learning"),
    ("disability-inclusion", "Handicap et inclusion", "Disability and inclusion"),
    ("drop-out-prevention", "Prévention des ruptures de parcours", "Preventing drop-out"),
    ("social-economy", "Économie sociale et solidaire", "Social economy"),
    ("staff-mobility", "Mobilité des professionnels", "Staff mobility"),
    ("local-partnerships", "Partenariats territoriaux", "Local partnerships"),
    ("basic-skills", "Lecture, écriture et compétences de base", "Literacy and basic skills"),
]

TARGET_GROUPS = [
    ("disabled-people", "Personnes en situation de handicap", "Disabled people"),
    (
        "low-schooling-job-seekers",
        "Demandeurs d'emploi peu scolarisés",
        "Job seekers with little schooling",
    ),
    ("vocational-trainees", "Stagiaires de la formation professionnelle", "Vocational trainees"),
    ("social-work-educators", "Éducateurs spécialisés", "Social-work educators"),
    ("trainers-and-tutors", "Formateurs et tuteurs", "Trainers and tutors"),
    (
        "young-people-medical-educational",
        "Jeunes accueillis en institut médico-éducatif",
        "Young people in medical-educational institutes",
    ),
    ("sheltered-workers", "Travailleurs en ESAT", "Workers in sheltered employment (ESAT)"),
]

PROGRAMMES = [
    (
        "equal",
        "Initiative communautaire EQUAL (Fonds social européen)",
        "EQUAL Community Initiative (European Social Fund)",
    ),
    ("erasmus-plus", "Erasmus+ : mobilité des personnels", "Erasmus+: staff mobility"),
    (
        "walloon-region-diisp",
        "Convention Région wallonne – DIISP",
        "Walloon Region agreement (DIISP)",
    ),
]

# key: (name, acronym, country, kind, website)
ORGANISATIONS = {
    "adia": ("ADIA", "", "FR", "employer", ""),
    "suez": ("SUEZ", "", "FR", "employer", ""),
    "gihp-aquitaine": (
        "Groupement pour l'insertion des personnes handicapées physiques d'Aquitaine",
        "GIHP Aquitaine",
        "FR",
        "association",
        "",
    ),
    "retravailler": ("Retravailler", "", "FR", "association", ""),
    "insup": ("INSUP", "", "FR", "training", ""),
    "mps": ("MPS Artigues", "MPS", "FR", "training", ""),
    "region-aquitaine": ("Conseil régional d'Aquitaine", "CRA", "FR", "public", ""),
    "relience": ("Association Relience", "", "FR", "association", ""),
    "crrhp": (
        "Centre régional de ressources Handicap & Profession",
        "CRRHP",
        "FR",
        "association",
        "",
    ),
    "aramis": ("Association ARAMIS", "ARAMIS", "FR", "association", ""),
    "geiq-peps": (
        "GEIQ PEP'S (anciennement GEIQ Propreté Normandie)",
        "GEIQ PEP'S",
        "FR",
        "employer",
        "",
    ),
    "ars-normandie": (
        "Agence régionale de santé de Normandie",
        "ARS Normandie",
        "FR",
        "public",
        "",
    ),
    "agefiph": ("Agefiph", "", "FR", "funder", ""),
    "lire-et-ecrire-wallonie": ("Lire et Écrire en Wallonie", "", "BE", "association", ""),
    "region-wallonne": ("Région wallonne", "", "BE", "public", ""),
}
