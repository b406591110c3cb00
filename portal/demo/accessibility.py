"""The demo site's accessibility statement, in French (the source) and English.

It states what the portal's own tests check, and names the limitations known today; the
status stays "partially compliant" until an external audit has counted the criteria met.
"""

import datetime

SLUG = {"fr": "accessibilite", "en": "accessibility"}

# The same in every language (synchronised fields).
FACTS = {
    "conformance_status": "partial",
    "audit_date": datetime.date(2026, 11, 24),
    "auditor": "",
    "compliance_rate": None,
    "statement_date": datetime.date(2026, 11, 24),
    "updated_on": None,
    "contact_email": "accessibilite@example.org",
    "contact_url": "",
    "contact_address": "",
}

DEFENSEUR_FORM = "https://formulaire.defenseurdesdroits.fr/"
DEFENSEUR_DELEGATES = "https://www.defenseurdesdroits.fr/carte-des-delegues"

TEXT = {
    "fr": {
        "title": "Déclaration d'accessibilité",
        "intro": (
            "Ce que nous avons vérifié, ce qui ne fonctionne pas encore pour tout le monde, "
            "et comment obtenir de l'aide."
        ),
        "body": [
            (
                "paragraph",
                "<p>L'équipe Passerelles veut que chacun puisse consulter les bonnes pratiques "
                "et suivre les formations du portail, quel que soit son handicap et quelle que "
                "soit sa façon de naviguer. Elle s'engage à rendre le portail accessible en "
                "suivant le référentiel prévu par l'article 47 de la loi n° 2005-102 du "
                "11 février 2005.</p>",
            ),
            (
                "paragraph",
                "<p>Cette déclaration s'applique à tout le portail : les pages publiques, la "
                "bibliothèque de bonnes pratiques, les formations et leurs activités, les "
                "espaces des apprenants et des tuteurs, et les attestations délivrées en "
                "PDF.</p>",
            ),
        ],
        "entity_name": "Passerelles",
        "standard": (
            "le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1.2"
        ),
        "target_level": "WCAG 2.2, niveau AA",
        "results": (
            "<p>Aucun audit critère par critère n'a encore été mené : le taux de critères "
            "respectés sera publié après l'audit externe prévu. D'ici là, la conformité est "
            "déclarée partielle.</p>"
            "<p>Le portail s'évalue lui-même à chaque modification. Des tests automatiques "
            "ouvrent un exemple de chaque type de page dans un vrai navigateur, en français "
            "et en anglais, en tant que visiteur, apprenant et tuteur, et échouent à la "
            "moindre erreur détectée. Ces outils ne repèrent cependant qu'une partie des "
            "défauts d'accessibilité : ils ne remplacent pas un audit.</p>"
        ),
        "limitations": [
            (
                "non_compliance",
                {
                    "content": "Activités interactives H5P",
                    "detail": (
                        "<p>Les exercices des formations utilisent des types de contenus H5P "
                        "développés par des tiers. Nous testons au clavier et avec axe-core "
                        "ceux des formations de démonstration, mais nous ne pouvons pas "
                        "garantir que tous les types de contenus H5P, ni les activités "
                        "ajoutées plus tard par les formateurs, soient entièrement "
                        "utilisables au clavier ou avec un lecteur d'écran.</p>"
                        "<p>Si une activité vous bloque, écrivez-nous : nous vous enverrons "
                        "ses consignes et ses questions sous une autre forme.</p>"
                    ),
                },
            ),
            (
                "non_compliance",
                {
                    "content": "Documents PDF",
                    "detail": (
                        "<p>Les attestations et les fiches de bonnes pratiques sont des PDF "
                        "balisés, produits selon le profil PDF/UA-1, pour être lus par les "
                        "lecteurs d'écran. Nous ne les avons pas encore contrôlés avec un "
                        "validateur PDF/UA. Sur une attestation, le code QR qui mène "
                        "à la page de vérification est une image ; son équivalent textuel "
                        "est l'adresse de vérification imprimée en clair juste en dessous, "
                        "avec l'identifiant de l'attestation.</p>"
                    ),
                },
            ),
            (
                "outside_scope",
                {
                    "content": "Lecteurs des services vidéo externes",
                    "detail": (
                        "<p>Une vidéo intégrée depuis un service externe s'affiche dans le "
                        "lecteur de ce service, que nous ne contrôlons pas : son utilisation "
                        "au clavier et avec un lecteur d'écran dépend du service.</p>"
                        "<p>Chaque vidéo publiée sur le portail a des sous-titres et une "
                        "transcription complète, dans un volet « Transcription » juste sous "
                        "la vidéo.</p>"
                    ),
                },
            ),
        ],
        "technologies": (
            "<ul><li>HTML</li><li>CSS</li><li>WAI-ARIA, en complément du HTML</li>"
            "<li>JavaScript, seulement pour les activités H5P et pour mesurer le temps passé "
            "sur une leçon ; le reste du portail fonctionne sans</li>"
            "<li>PDF, pour les attestations et les fiches de bonnes pratiques</li></ul>"
        ),
        "test_environment": (
            "<p>Les tests automatiques utilisent le navigateur Chromium, sur un écran de "
            "bureau et sur un écran de 320 pixels de large.</p>"
            "<p>Aucun test n'a encore été fait avec un lecteur d'écran (NVDA, JAWS, "
            "VoiceOver, TalkBack) ni avec un logiciel d'agrandissement. L'audit externe "
            "les couvrira.</p>"
        ),
        "evaluation_tools": (
            "<ul><li>axe-core, dans Chromium piloté par Playwright : les règles des WCAG "
            "2.0, 2.1 et 2.2 de niveaux A et AA, sur chaque type de page</li>"
            "<li>Parcours complets au clavier : lien d'évitement, filtres de la "
            "bibliothèque, module avec son quiz, activité H5P, téléchargement et "
            "vérification d'une attestation</li>"
            "<li>Affichage à 320 pixels de large sans défilement horizontal, dans les deux "
            "langues (critère WCAG 1.4.10)</li>"
            "<li>Réglages d'affichage du portail (grand texte, espacement, contraste "
            "élevé), vérifiés avec axe-core et à 320 pixels de large</li></ul>"
        ),
        "pages_checked": (
            "<ul><li>Accueil</li><li>À propos</li><li>Déclaration d'accessibilité</li>"
            "<li>Recherche</li><li>Bibliothèque de bonnes pratiques, avec ses filtres</li>"
            "<li>Fiche de bonne pratique</li><li>Comparaison de bonnes pratiques</li>"
            "<li>Liste des formations, formation, module, leçon et quiz</li>"
            "<li>Activité H5P</li><li>Tableau de bord de l'apprenant</li>"
            "<li>Attestations et leur vérification</li>"
            "<li>Espace du tuteur et suivi d'un groupe</li><li>Réglages d'affichage</li>"
            "<li>Connexion, inscription et mot de passe oublié</li>"
            "<li>Page introuvable</li></ul>"
        ),
        "recourse": (
            "<p>Si vous nous avez signalé un défaut d'accessibilité qui vous empêche "
            "d'accéder à un contenu ou à un service du portail, et que notre réponse ne vous "
            "satisfait pas, vous pouvez saisir le Défenseur des droits. C'est gratuit.</p>"
            "<ul>"
            f'<li>Écrire au Défenseur des droits avec son <a href="{DEFENSEUR_FORM}">'
            "formulaire en ligne</a></li>"
            f'<li>Rencontrer <a href="{DEFENSEUR_DELEGATES}">un délégué du Défenseur des '
            "droits dans votre région</a></li>"
            '<li>Téléphoner au <a href="tel:+33969390000">09 69 39 00 00</a></li>'
            "<li>Écrire par la poste, sans timbre : Défenseur des droits – Libre réponse "
            "71120 – 75342 Paris CEDEX 07</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "Accessibility statement",
        "intro": (
            "What we have checked, what does not yet work for everyone, and how to get help."
        ),
        "body": [
            (
                "paragraph",
                "<p>The Passerelles team wants everyone to be able to read the good practices "
                "and take the portal's courses, whatever their disability and however they "
                "browse. It is committed to making the portal accessible by following the "
                "standard set under article 47 of French law no. 2005-102 of "
                "11 February 2005.</p>",
            ),
            (
                "paragraph",
                "<p>This statement covers the whole portal: the public pages, the "
                "good-practice library, the courses and their activities, the learners' and "
                "tutors' areas, and the certificates issued as PDF files.</p>",
            ),
        ],
        "entity_name": "Passerelles",
        "standard": "the French accessibility standard RGAA, version 4.1.2",
        "target_level": "WCAG 2.2, level AA",
        "results": (
            "<p>No criterion-by-criterion audit has been carried out yet: the share of "
            "criteria met will be published after the planned external audit. Until then, "
            "compliance is stated as partial.</p>"
            "<p>The portal assesses itself on every change. Automated tests open an example "
            "of every page type in a real browser, in French and in English, as a visitor, "
            "a learner and a tutor, and fail on the slightest error they detect. Such tools "
            "only find some accessibility problems, though: they do not replace an "
            "audit.</p>"
        ),
        "limitations": [
            (
                "non_compliance",
                {
                    "content": "H5P interactive activities",
                    "detail": (
                        "<p>The courses' exercises use H5P content types written by third "
                        "parties. We test those in the demonstration courses with the "
                        "keyboard and with axe-core, but we cannot guarantee that every H5P "
                        "content type, or activities that trainers add later, can be fully "
                        "used with a keyboard or a screen reader.</p>"
                        "<p>If an activity stops you, write to us: we will send you its "
                        "instructions and questions in another form.</p>"
                    ),
                },
            ),
            (
                "non_compliance",
                {
                    "content": "PDF documents",
                    "detail": (
                        "<p>Certificates and good-practice case studies are tagged PDF "
                        "files, produced to the PDF/UA-1 profile so that screen readers can "
                        "read them. We have not yet checked them with a PDF/UA validator. "
                        "On a certificate, the QR code that leads to "
                        "the verification page is an image; its text equivalent is the "
                        "verification address printed in full just below it, with the "
                        "certificate's identifier.</p>"
                    ),
                },
            ),
            (
                "outside_scope",
                {
                    "content": "Players of external video services",
                    "detail": (
                        "<p>A video embedded from an external service plays in that "
                        "service's player, which we do not control: how well it works with "
                        "a keyboard or a screen reader depends on the service.</p>"
                        "<p>Every video published on the portal has captions and a full "
                        "transcript, in a “Transcript” panel just below the video.</p>"
                    ),
                },
            ),
        ],
        "technologies": (
            "<ul><li>HTML</li><li>CSS</li><li>WAI-ARIA, in addition to HTML</li>"
            "<li>JavaScript, only for H5P activities and to measure the time spent on a "
            "lesson; the rest of the portal works without it</li>"
            "<li>PDF, for certificates and good-practice sheets</li></ul>"
        ),
        "test_environment": (
            "<p>The automated tests use the Chromium browser, on a desktop screen and on a "
            "screen 320 pixels wide.</p>"
            "<p>No test has been made yet with a screen reader (NVDA, JAWS, VoiceOver, "
            "TalkBack) or with screen magnification software. The external audit will cover "
            "them.</p>"
        ),
        "evaluation_tools": (
            "<ul><li>axe-core, in Chromium driven by Playwright: the WCAG 2.0, 2.1 and 2.2 "
            "rules of levels A and AA, on every page type</li>"
            "<li>Complete keyboard journeys: skip link, library filters, a module with its "
            "quiz, an H5P activity, downloading and verifying a certificate</li>"
            "<li>Display at 320 pixels wide without horizontal scrolling, in both languages "
            "(WCAG success criterion 1.4.10)</li>"
            "<li>The portal's display settings (larger text, wider spacing, high contrast), "
            "checked with axe-core and at 320 pixels wide</li></ul>"
        ),
        "pages_checked": (
            "<ul><li>Home</li><li>About</li><li>Accessibility statement</li>"
            "<li>Search</li><li>Good-practice library, with its filters</li>"
            "<li>Good-practice case study</li><li>Comparison of case studies</li>"
            "<li>Course list, course, module, lesson and quiz</li>"
            "<li>H5P activity</li><li>Learner's dashboard</li>"
            "<li>Certificates and their verification</li>"
            "<li>Tutor's area and a cohort's progress</li><li>Display settings</li>"
            "<li>Log in, sign up and forgotten password</li>"
            "<li>Page not found</li></ul>"
        ),
        "recourse": (
            "<p>If you have told us about an accessibility problem that stops you from "
            "reaching content or a service on the portal, and our answer does not satisfy "
            "you, you can refer the matter to the Défenseur des droits, the French rights "
            "ombudsman. It is free of charge.</p>"
            "<ul>"
            f'<li>Write to the Défenseur des droits through its <a href="{DEFENSEUR_FORM}">'
            "online form</a> (in French)</li>"
            f'<li>Meet <a href="{DEFENSEUR_DELEGATES}">a delegate of the Défenseur des '
            "droits in your region</a></li>"
            '<li>Call <a href="tel:+33969390000">+33 9 69 39 00 00</a></li>'
            "<li>Write by post, without a stamp, to: Défenseur des droits – Libre réponse "
            "71120 – 75342 Paris CEDEX 07, France</li>"
            "</ul>"
        ),
    },
}
