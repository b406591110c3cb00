"""The demo site's pages, in French (the source language) and English.

Each entry gives the French text and its English translation. The home page itself is
created by ``portal.site``, the accessibility statement comes from
``portal.demo.accessibility``; case studies and courses come from their own apps' seeds.
"""

# Pages directly under the home page, shown in the main menu, in menu order.
STANDARD_PAGES = [
    {
        "slug": "a-propos",
        "slug_en": "about",
        "fr": {
            "title": "À propos",
            "intro": "Pourquoi Passerelles existe et à qui le portail s'adresse.",
            "body": [
                (
                    "paragraph",
                    "<p>Passerelles rassemble des expériences de terrain menées en France, "
                    "en Belgique et ailleurs en Europe pour rendre la formation "
                    "professionnelle accessible à tous. Le portail s'adresse aux formateurs, "
                    "aux tuteurs en entreprise, aux éducateurs et aux personnes qui "
                    "financent ou évaluent ces dispositifs.</p>",
                ),
                ("heading", {"text": "Deux langues dès le départ", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Toutes les pages existent en français et en anglais. D'autres "
                    "langues pourront être ajoutées par l'équipe éditoriale.</p>",
                ),
            ],
        },
        "en": {
            "title": "About",
            "intro": "Why Passerelles exists and who the portal is for.",
            "body": [
                (
                    "paragraph",
                    "<p>Passerelles brings together field experience from France, Belgium "
                    "and elsewhere in Europe on making vocational training open to "
                    "everyone. The portal is for trainers, workplace tutors, educators, "
                    "and the people who fund or evaluate such schemes.</p>",
                ),
                ("heading", {"text": "Two languages from the start", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Every page exists in French and in English. The editorial team "
                    "can add more languages later.</p>",
                ),
            ],
        },
    },
]

FOOTER = {
    "fr": (
        "<p>Passerelles : une bibliothèque de bonnes pratiques et des modules de formation "
        "pour une formation professionnelle inclusive.</p>"
    ),
    "en": (
        "<p>Passerelles: a library of good practices and training modules for inclusive "
        "vocational training.</p>"
    ),
}
