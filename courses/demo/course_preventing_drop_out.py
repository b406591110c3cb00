"""Demo course: Preventing drop-out.

Facts from the Aquitaine drop-out prevention project (001) and the DIISP awareness work of
Lire et Écrire en Wallonie (004); the wording is the portal's own.
"""

from courses.demo.blocks import callout, choice, heading, question, quiz, reflection, text

# Module 1 -------------------------------------------------------------------------------

FOUR_FAMILIES = {
    "slug": "quatre-familles-de-causes",
    "slug_en": "four-families-of-causes",
    "minutes": 25,
    "fr": {
        "title": "Quatre familles de causes",
        "intro": (
            "Avant d'agir, il faut comprendre pourquoi des stagiaires quittent leur "
            "formation avant la fin."
        ),
        "body": [
            text(
                "Une rupture de parcours, c'est quand une personne arrête sa formation avant "
                "la fin. En Aquitaine, des acteurs institutionnels et des organismes de "
                "formation publics et privés ont voulu comprendre ce phénomène. Ils ont "
                "travaillé ensemble pour trouver des réponses concrètes.",
                "Leur travail est une bonne base pour tout formateur ou tuteur. Il montre que "
                "les départs ne sont pas une fatalité : on peut parfois les voir venir et "
                "agir à temps.",
            ),
            heading("Une démarche en trois mots"),
            text(
                "Le groupe de travail a choisi une méthode facile à retenir :",
                [
                    "participative : les partenaires de terrain réfléchissent ensemble, et "
                    "chacun apporte son expérience ;",
                    "inductive : on part des faits, avec des études qualitatives et "
                    "chiffrées, des études de cas et des retours d'expérience ;",
                    "pragmatique : on construit des outils, on les teste, puis on mesure "
                    "leurs effets.",
                ],
                "Cette méthode marche aussi à petite échelle. Dans une équipe, vous pouvez "
                "partir de situations réelles plutôt que d'idées toutes faites.",
            ),
            heading("Les quatre familles de causes"),
            text(
                "L'analyse des situations a fait apparaître quatre familles de causes. Pour "
                "chacune, voici un exemple possible :",
                [
                    "Le projet professionnel : il a été mal construit, surtout dans les "
                    "formations qui mènent à une qualification (par exemple, la personne "
                    "découvre le métier et s'aperçoit qu'il ne lui convient pas).",
                    "Le contenu de la formation : ce qui est enseigné, ou la façon de "
                    "l'enseigner, pose problème (par exemple, un rythme trop rapide).",
                    "Les conditions de participation : tout ce qui permet, ou non, de suivre "
                    "la formation (par exemple, un trajet trop long ou un logement perdu).",
                    "Les imprévus : des événements liés au contexte plutôt qu'au parcours "
                    "lui-même (par exemple, une maladie dans la famille).",
                ],
            ),
            callout(
                "key_point",
                "Une grille pour mieux écouter",
                "Ces familles ne servent pas à coller une étiquette sur une personne. Elles "
                "aident à poser les bonnes questions et à choisir le bon partenaire.",
                "Souvent, plusieurs causes se mêlent. Un problème de trajet peut cacher un "
                "doute sur le métier. Prenez le temps d'écouter la personne.",
                "Posez des questions ouvertes sur la formation, les trajets, la famille et le "
                "projet, puis laissez la personne répondre à son rythme.",
            ),
            reflection(
                "Pensez à une personne qui a quitté une formation que vous connaissez. Dans "
                "quelle famille de causes rangeriez-vous son départ ? Une seule famille "
                "suffit-elle ?",
                "Notez ce que vous saviez avant son départ, et ce que vous avez appris après.",
            ),
        ],
    },
    "en": {
        "title": "Four families of causes",
        "intro": (
            "Before acting, we need to understand why some trainees leave their course "
            "before the end."
        ),
        "body": [
            text(
                "A drop-out is when a person stops their training before the end. In "
                "Aquitaine, public bodies and public and private training providers wanted to "
                "understand why this happens. They worked together to find practical answers.",
                "Their work is a good starting point for any trainer or tutor. It shows that "
                "drop-outs are not bound to happen: sometimes you can see them coming and act "
                "in time.",
            ),
            heading("An approach in three words"),
            text(
                "The working group chose a method that is easy to remember:",
                [
                    "participative: partners in the field think together, and each one "
                    "brings their own experience;",
                    "inductive: you start from facts, with qualitative studies and studies "
                    "based on figures, case studies and feedback from experience;",
                    "pragmatic: you build tools, test them, then measure their effects.",
                ],
                "This method also works on a small scale. In a team, you can start from real "
                "situations rather than from ready-made ideas.",
            ),
            heading("The four families of causes"),
            text(
                "Looking closely at the situations brought out four families of causes. For "
                "each one, here is a possible example:",
                [
                    "The career plan: it was poorly built, above all on courses that lead to "
                    "a qualification (for example, the person discovers the job and realises "
                    "it does not suit them).",
                    "The content of the training: what is taught, or the way it is taught, "
                    "causes a problem (for example, a pace that is too fast).",
                    "The conditions for taking part: everything that makes it possible, or "
                    "not, to attend the course (for example, a journey that is too long or a "
                    "lost home).",
                    "Unforeseen events: things linked to circumstances rather than to the "
                    "course itself (for example, an illness in the family).",
                ],
            ),
            callout(
                "key_point",
                "A grid to listen better",
                "These families are not labels to stick on a person. They help you ask the "
                "right questions and choose the right partner.",
                "Often, several causes are mixed together. A transport problem can hide a "
                "doubt about the job. Take the time to listen to the person.",
                "Ask open questions about the course, journeys, family and plans, then let "
                "the person answer at their own pace.",
            ),
            reflection(
                "Think of a person you know who left a training course. In which family of "
                "causes would you place their departure? Is one family enough?",
                "Write down what you knew before they left, and what you learned afterwards.",
            ),
        ],
    },
}

CHECK_LIST = {
    "slug": "check-list-de-securisation",
    "slug_en": "securing-check-list",
    "minutes": 25,
    "fr": {
        "title": "La check-list de sécurisation",
        "intro": (
            "Un outil simple pour repérer les difficultés avant le premier jour de formation."
        ),
        "body": [
            text(
                "En Aquitaine, l'action contre les ruptures commence avant l'entrée en "
                "formation. C'est le temps de la prévention et de l'anticipation. La "
                "check-list de sécurisation des parcours est l'un de ses outils principaux.",
                "Ce principe figure dans la charte des bonnes pratiques, au deuxième point, "
                "l'anticipation : faire le point sur la situation administrative de chaque "
                "participant avant le début, puis alerter le prescripteur concerné si besoin. "
                "Le prescripteur est l'organisme qui a orienté la personne vers la formation.",
            ),
            heading("À quoi sert la check-list ?"),
            text(
                "La check-list aide le formateur et la personne à faire le tour de sa "
                "situation ensemble. Elle permet de :",
                [
                    "repérer tôt un problème qui pourrait faire échouer la formation ;",
                    "prévenir le bon partenaire avant que la situation se bloque ;",
                    "montrer à la personne que l'on prend au sérieux sa vie en dehors de la "
                    "formation.",
                ],
            ),
            callout(
                "tip",
                "Des questions à poser avant le début",
                "Ce cours ne reprend pas le détail de la check-list aquitaine. Voici des "
                "questions que vous pouvez adapter aux personnes que vous accueillez :",
                [
                    "Les papiers et le statut pendant la formation sont-ils en ordre ?",
                    "Comment la personne viendra-t-elle sur le lieu de formation ?",
                    "Qui gardera les enfants pendant les heures de cours ?",
                    "Le logement est-il stable pour toute la durée de la formation ?",
                ],
                "Posez ces questions à l'oral, avec des mots simples, et remplissez la liste "
                "avec la personne. Gardez une trace de ce qui a été convenu, et de qui s'en "
                "occupe.",
            ),
            heading("Ce que disent les chiffres"),
            text(
                "Au total, 353 stagiaires ont rempli une check-list. Parmi eux, 25 ont rompu "
                "leur parcours, soit 7 %. Moins d'une personne sur dix a donc quitté sa "
                "formation avant la fin.",
                "Ce chiffre ne dit pas tout. Il n'est pas comparé ici à un groupe sans "
                "check-list. Il montre surtout que l'outil peut servir avec un grand nombre "
                "de stagiaires. Pour votre structure, l'intérêt est ailleurs : la check-list "
                "donne une occasion de parler de la vie de la personne avant que les "
                "problèmes arrivent.",
            ),
            callout(
                "warning",
                "Sécuriser, pas trier",
                "La check-list ne sert pas à écarter les personnes qui semblent fragiles. La "
                "charte demande au contraire de rendre l'entrée en formation moins "
                "sélective : c'est le principe de fluidité.",
                "En échange, un organisme qui a mis en place ce dispositif d'anticipation ne "
                "doit pas être pénalisé si une rupture arrive malgré tout.",
            ),
            reflection(
                "Que vérifiez-vous aujourd'hui avant qu'une personne commence sa formation ? "
                "Qu'ajouteriez-vous à votre liste ?",
                "Pensez aux trajets, à la garde des enfants, au logement et aux démarches "
                "administratives.",
            ),
        ],
    },
    "en": {
        "title": "The securing check-list",
        "intro": "A simple tool to spot difficulties before the first day of training.",
        "body": [
            text(
                "In Aquitaine, action against drop-out starts before the course begins. This "
                "is the stage of prevention and anticipation. The check-list that secures "
                "each trainee's path is one of its main tools.",
                "This principle is written into the good-practice charter, in its second "
                "point, anticipation: review each participant's administrative situation "
                "before the start, then alert the referring agency if needed. The referring "
                "agency is the body that sent the person to the training.",
            ),
            heading("What is the check-list for?"),
            text(
                "The check-list helps the trainer and the person go over their situation "
                "together. It makes it possible to:",
                [
                    "spot early a problem that could make the training fail;",
                    "warn the right partner before the situation gets stuck;",
                    "show the person that their life outside the course is taken seriously.",
                ],
            ),
            callout(
                "tip",
                "Questions to ask before the start",
                "This course does not reproduce the Aquitaine check-list in detail. Here are "
                "questions you can adapt to the people you welcome:",
                [
                    "Are the person's papers and status during the training in order?",
                    "How will the person get to the training site?",
                    "Who will look after the children during class hours?",
                    "Is the person's housing stable for the whole length of the course?",
                ],
                "Ask these questions out loud, in simple words, and fill in the list with "
                "the person. Keep a record of what was agreed, and of who is dealing with it.",
            ),
            heading("What the figures say"),
            text(
                "In all, 353 trainees filled in a check-list. Of these, 25 dropped out, or "
                "7%. So fewer than one person in ten left their course before the end.",
                "This figure does not tell the whole story. Here it is not compared with a "
                "group without a check-list. Above all, it shows that the tool can be used "
                "with a large number of trainees. For your organisation, the real value lies "
                "elsewhere: the check-list is a chance to talk about the person's life before "
                "problems arise.",
            ),
            callout(
                "warning",
                "Securing, not sorting",
                "The check-list is not there to turn away people who seem fragile. On the "
                "contrary, the charter asks for entry into training to be less selective: "
                "this is the principle of fluidity.",
                "In return, a provider that has set up this anticipation scheme should not be "
                "penalised if a drop-out happens anyway.",
            ),
            reflection(
                "What do you check today before a person starts their training? What would "
                "you add to your list?",
                "Think about journeys, childcare, housing and paperwork.",
            ),
        ],
    },
}

QUIZ_CAUSES = {
    "slug": "quiz-causes-et-check-list",
    "slug_en": "quiz-causes-and-check-list",
    "minutes": 10,
    "fr": {
        "title": "Vérifier ses acquis : les causes et la check-list",
        "intro": "Quelques questions pour faire le point sur le premier module.",
        "body": [
            text(
                "Ce quiz porte sur les quatre familles de causes de rupture et sur la "
                "check-list de sécurisation. Il faut 75 % de bonnes réponses pour le réussir. "
                "Si une réponse vous surprend, relisez la leçon qui en parle."
            ),
            quiz(
                "Cinq questions sur les causes des ruptures et sur la check-list.",
                75,
                [
                    question(
                        "single",
                        "Pendant un stage en entreprise, une stagiaire découvre que le métier "
                        "choisi ne lui convient pas. À quelle famille de causes ce risque de "
                        "rupture appartient-il surtout ?",
                        [
                            choice(
                                "La construction du projet professionnel",
                                True,
                                "Oui. Le projet a été construit sans assez confronter la "
                                "personne à la réalité du métier.",
                            ),
                            choice(
                                "Le contenu de la formation",
                                False,
                                "Non. Le problème ne vient pas de ce qui est enseigné, mais "
                                "du choix du métier lui-même.",
                            ),
                            choice(
                                "Un imprévu lié au contexte",
                                False,
                                "Non. Un imprévu vient de l'extérieur, comme une maladie. "
                                "Ici, c'est le projet qui est en cause.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Lesquelles de ces familles de causes ont été repérées dans le projet "
                        "aquitain ?",
                        [
                            choice(
                                "Les conditions de participation à la formation",
                                True,
                                "Exact. Un trajet trop long ou un logement perdu peuvent "
                                "empêcher de suivre la formation.",
                            ),
                            choice(
                                "Le contenu même de la formation",
                                True,
                                "Exact. Ce qui est enseigné, et la façon de l'enseigner, "
                                "peut provoquer un départ.",
                            ),
                            choice(
                                "Le manque de volonté de la personne",
                                False,
                                "Non. L'analyse ne cherche pas une faute chez la personne : "
                                "elle regarde le projet, la formation, les conditions et le "
                                "contexte.",
                            ),
                            choice(
                                "Les imprévus dus au contexte",
                                True,
                                "Exact. Certains départs viennent d'événements extérieurs "
                                "plutôt que du parcours lui-même.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "La check-list de sécurisation sert à refuser l'entrée aux personnes "
                        "qui risquent d'abandonner.",
                        [
                            choice(
                                "Vrai",
                                False,
                                "Non. La charte demande au contraire une entrée moins "
                                "sélective : la check-list sert à sécuriser le parcours, pas "
                                "à trier.",
                            ),
                            choice(
                                "Faux",
                                True,
                                "Bonne réponse. La check-list aide à repérer les difficultés "
                                "pour les traiter, pas pour écarter la personne.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "Avant l'entrée en formation, la check-list montre qu'un stagiaire n'a "
                        "pas encore réglé sa situation administrative. Que prévoit la charte ?",
                        [
                            choice(
                                "Alerter le prescripteur concerné",
                                True,
                                "Oui. C'est le principe d'anticipation : le prescripteur "
                                "peut aider à régler la situation avant qu'elle bloque la "
                                "formation.",
                            ),
                            choice(
                                "Attendre la fin de la formation pour en parler",
                                False,
                                "Non. Attendre laisse le problème grandir. Le but est d'agir "
                                "avant qu'il fasse échouer le parcours.",
                            ),
                            choice(
                                "Annuler son inscription sans lui en parler",
                                False,
                                "Non. Ce serait exclure la personne sans chercher de "
                                "solution, et sans l'associer à la décision.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "En Aquitaine, moins d'une personne sur dix parmi celles qui ont "
                        "rempli la check-list a rompu son parcours.",
                        [
                            choice(
                                "Vrai",
                                True,
                                "Exact. Il y a eu 25 ruptures sur 353 stagiaires, soit 7 %.",
                            ),
                            choice(
                                "Faux",
                                False,
                                "Non. Sur 353 stagiaires qui ont rempli la check-list, 25 "
                                "ont rompu leur parcours : c'est 7 %, donc moins d'une "
                                "personne sur dix.",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    "en": {
        "title": "Check your understanding: the causes and the check-list",
        "intro": "A few questions to review the first module.",
        "body": [
            text(
                "This quiz covers the four families of drop-out causes and the securing "
                "check-list. You need 75% correct answers to pass. If an answer surprises "
                "you, read the lesson about it again."
            ),
            quiz(
                "Five questions on the causes of drop-out and on the check-list.",
                75,
                [
                    question(
                        "single",
                        "During a work placement, a trainee discovers that the job she chose "
                        "does not suit her. Which family of causes does this drop-out risk "
                        "mainly belong to?",
                        [
                            choice(
                                "How the career plan was built",
                                True,
                                "Yes. The plan was built without testing it enough against "
                                "the reality of the job.",
                            ),
                            choice(
                                "The content of the training",
                                False,
                                "No. The problem does not come from what is taught, but from "
                                "the choice of job itself.",
                            ),
                            choice(
                                "An unforeseen event linked to circumstances",
                                False,
                                "No. An unforeseen event comes from outside, like an illness. "
                                "Here, it is the plan that is at stake.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Which of these families of causes were identified in the Aquitaine "
                        "project?",
                        [
                            choice(
                                "The conditions for taking part in the training",
                                True,
                                "Correct. A journey that is too long or a lost home can stop "
                                "someone from attending the course.",
                            ),
                            choice(
                                "The content of the training itself",
                                True,
                                "Correct. What is taught, and the way it is taught, can lead "
                                "to a departure.",
                            ),
                            choice(
                                "The person's lack of willpower",
                                False,
                                "No. The analysis does not look for a fault in the person: "
                                "it looks at the plan, the training, the conditions and the "
                                "circumstances.",
                            ),
                            choice(
                                "Unforeseen events due to circumstances",
                                True,
                                "Correct. Some departures come from outside events rather "
                                "than from the course itself.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "The securing check-list is used to refuse entry to people who might "
                        "drop out.",
                        [
                            choice(
                                "True",
                                False,
                                "No. On the contrary, the charter asks for a less selective "
                                "entry: the check-list is there to secure the path, not to "
                                "sort people.",
                            ),
                            choice(
                                "False",
                                True,
                                "Right answer. The check-list helps to spot difficulties so "
                                "they can be dealt with, not to turn the person away.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "Before the course starts, the check-list shows that a trainee has not "
                        "yet sorted out his administrative situation. What does the charter "
                        "say to do?",
                        [
                            choice(
                                "Alert the referring agency concerned",
                                True,
                                "Yes. This is the principle of anticipation: the referring "
                                "agency can help sort out the situation before it blocks the "
                                "training.",
                            ),
                            choice(
                                "Wait until the end of the course to talk about it",
                                False,
                                "No. Waiting lets the problem grow. The aim is to act before "
                                "it makes the path fail.",
                            ),
                            choice(
                                "Cancel his enrolment without telling him",
                                False,
                                "No. That would shut the person out without looking for a "
                                "solution, and without involving him in the decision.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "In Aquitaine, fewer than one person in ten among those who filled in "
                        "the check-list dropped out.",
                        [
                            choice(
                                "True",
                                True,
                                "Correct. There were 25 drop-outs out of 353 trainees, or 7%.",
                            ),
                            choice(
                                "False",
                                False,
                                "No. Of the 353 trainees who filled in the check-list, 25 "
                                "dropped out: that is 7%, so fewer than one person in ten.",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
}

# Module 2 -------------------------------------------------------------------------------

SCHEME_AND_CHARTER = {
    "slug": "schema-et-charte",
    "slug_en": "scheme-and-charter",
    "minutes": 30,
    "fr": {
        "title": "Le schéma d'intervention et la charte en dix points",
        "intro": "Deux temps pour agir, et dix engagements partagés par tous les partenaires.",
        "body": [
            text(
                "Le projet aquitain organise son action en deux temps. Chaque temps a ses "
                "propres outils.",
                [
                    "Prévention et anticipation : la charte des bonnes pratiques et la "
                    "check-list de sécurisation des parcours.",
                    "Régulation et traitement : les groupes de parole et une plateforme de "
                    "traitement des ruptures.",
                ],
                "Le premier temps cherche à éviter la rupture. Le second aide à réagir quand "
                "une difficulté apparaît, ou quand la rupture a déjà eu lieu.",
            ),
            heading("Une charte pour tous les partenaires"),
            text(
                "Chaque partenaire du projet est invité à adhérer à la charte. La Région, les "
                "prescripteurs et les organismes de formation ont tous un rôle à jouer.",
                "Ces engagements ne sont pas forcément nouveaux : certains partenaires les "
                "appliquent déjà. La charte aide à les partager et à les rendre visibles. "
                "Elle restait encore à finaliser avec les services du Conseil régional. "
                "Adhérer à la charte, c'est accepter de travailler ensemble plutôt que chacun "
                "de son côté.",
            ),
            heading("Les dix principes"),
            text(
                "Chaque principe répond à une cause possible de rupture :",
                [
                    "Fluidité : rendre l'entrée en formation moins sélective.",
                    "Anticipation : vérifier la situation administrative avant l'entrée, "
                    "grâce à la check-list.",
                    "Réalité : garder l'immersion en entreprise au cœur du projet.",
                    "Prévention : proposer groupes de parole, permanences, ligne "
                    "téléphonique et accompagnement.",
                    "Réversibilité : écouter ce que les stagiaires disent de la formation "
                    "dans les groupes de parole, et se remettre en question.",
                    "Réactivité : signaler vite une rupture au prescripteur et au financeur, "
                    "après des relances.",
                    "Neutralité : faire appel à une personne extérieure, qui garantit "
                    "l'anonymat du soutien et travaille avec le formateur.",
                    "Traçabilité : relier la formation à tout le parcours de la personne.",
                    "Décentration : créer des passerelles entre institutions, pour que la "
                    "personne soit au centre de son parcours.",
                    "Proximité : réunir régulièrement les intervenants de chaque bassin dans "
                    "une commission technique des parcours.",
                ],
            ),
            callout(
                "example",
                "La réactivité au quotidien",
                "Un stagiaire ne vient plus depuis plusieurs jours. Le formateur l'appelle et "
                "lui laisse un message, puis recommence. Sans réponse, il prévient le "
                "prescripteur par une procédure simple, sans attendre la fin du mois. Il "
                "note aussi la date de chaque relance : le prescripteur sait ainsi ce qui a "
                "déjà été tenté.",
                "Plus l'alerte est rapide, plus il reste de chances de trouver une solution "
                "avec la personne.",
            ),
            reflection(
                "Parmi les dix principes, lequel est déjà bien appliqué dans votre "
                "structure ? Lequel manque le plus ?",
                "Choisissez un principe à renforcer et une première action simple pour y arriver.",
            ),
        ],
    },
    "en": {
        "title": "The intervention scheme and the ten-point charter",
        "intro": "Two stages for action, and ten commitments shared by all the partners.",
        "body": [
            text(
                "The Aquitaine project organises its action in two stages. Each stage has its "
                "own tools.",
                [
                    "Prevention and anticipation: the good-practice charter and the "
                    "check-list that secures each trainee's path.",
                    "Regulation and treatment: the speaking groups and a platform that "
                    "handles drop-outs.",
                ],
                "The first stage tries to avoid drop-out. The second helps you react when a "
                "difficulty appears, or when the drop-out has already happened.",
            ),
            heading("A charter for all the partners"),
            text(
                "Every partner in the project is invited to sign up to the charter. The "
                "Region, the referring agencies and the training providers all have a part "
                "to play.",
                "These commitments are not always new: some partners already apply them. The "
                "charter helps to share them and make them visible. It was still to be "
                "finalised with the Regional Council's services. Signing up to the charter "
                "means agreeing to work together rather than each on their own.",
            ),
            heading("The ten principles"),
            text(
                "Each principle answers a possible cause of drop-out:",
                [
                    "Fluidity: make entry into training less selective.",
                    "Anticipation: check the administrative situation before the start, "
                    "using the check-list.",
                    "Reality: keep time spent in a company at the heart of the plan.",
                    "Prevention: offer speaking groups, drop-in sessions, a telephone line "
                    "and support.",
                    "Reversibility: listen to what trainees say about the course in the "
                    "speaking groups, and question your own practice.",
                    "Responsiveness: report a drop-out quickly to the referring agency and "
                    "the funder, after follow-up attempts.",
                    "Neutrality: call on an outside person, who keeps support anonymous and "
                    "works with the trainer.",
                    "Traceability: link the training to the person's whole path.",
                    "Decentring: build bridges between institutions, so that the person is "
                    "at the centre of their own path.",
                    "Proximity: regularly gather the professionals of each local area in a "
                    "technical committee on training paths.",
                ],
            ),
            callout(
                "example",
                "Responsiveness in daily practice",
                "A trainee has not come for several days. The trainer calls him and leaves a "
                "message, then tries again. With no answer, the trainer alerts the referring "
                "agency through a simple procedure, without waiting for the end of the month. "
                "The trainer also writes down the date of each attempt: that way, the "
                "referring agency knows what has already been tried.",
                "The faster the alert, the better the chance of finding a solution with the "
                "person.",
            ),
            reflection(
                "Of the ten principles, which one is already well applied where you work? "
                "Which one is most lacking?",
                "Choose one principle to strengthen and a first simple step to get there.",
            ),
        ],
    },
}

SPEAKING_GROUPS = {
    "slug": "groupes-de-parole",
    "slug_en": "speaking-groups",
    "minutes": 25,
    "fr": {
        "title": "Les groupes de parole et l'action après une rupture",
        "intro": (
            "Un espace pour dire les difficultés, et une méthode pour agir quand un "
            "stagiaire part."
        ),
        "body": [
            text(
                "Des groupes de parole ont été mis en place sur trois sites : INSUP Cenon, "
                "MPS Artigues et INSUP Ambarès. Ils poursuivent plusieurs objectifs :",
                [
                    "soutenir les stagiaires et les aider à rester motivés ;",
                    "trouver d'où viennent les difficultés d'apprentissage ;",
                    "offrir un soutien pédagogique et psychologique individuel ;",
                    "prévenir les problèmes d'intégration en entreprise ;",
                    "régler les tensions au sein du groupe.",
                ],
            ),
            heading("Comment ils fonctionnent"),
            text(
                "Le dispositif associe des ateliers collectifs, animés avec les responsables "
                "pédagogiques, des permanences chaque semaine sur rendez-vous, une ligne "
                "téléphonique et un travail en réseau.",
                "L'intervenante vient de l'extérieur. Son soutien reste anonyme, ce qui aide "
                "certains stagiaires à parler plus librement. Elle travaille pourtant en lien "
                "étroit avec le formateur.",
            ),
            heading("Ce qui a changé"),
            text(
                "Dans les groupes, la parole s'est libérée. Les stagiaires ont parlé de la "
                "formation, de leur projet et de leurs doutes sur l'avenir. Pour certains, "
                "prendre la parole est resté difficile.",
                "Dans l'ensemble, les formateurs ont réagi de façon très positive. Ils ont vu "
                "leurs stagiaires sous un autre angle et ont ajusté la formation après "
                "certaines critiques. Le groupe leur a aussi servi de relais quand une "
                "situation les inquiétait.",
                "Aucun participant aux groupes de parole n'a rompu son parcours. Des "
                "problèmes de logement ont été résolus, et des suivis psychothérapeutiques "
                "ont parfois commencé. Pour d'autres stagiaires, un soutien ponctuel et des "
                "paroles rassurantes ont été utiles à certains moments de la formation.",
            ),
            callout(
                "warning",
                "Lire ce résultat avec prudence",
                "Zéro abandon parmi les participants, c'est très encourageant. Mais ce "
                "résultat vient de trois sites seulement, et d'autres facteurs ont pu jouer. "
                "Il ne garantit pas le même effet partout.",
            ),
            heading("Après une rupture"),
            text(
                "Le projet prévoit aussi d'intervenir après la rupture. Le formateur, ou la "
                "personne elle-même, signale le départ. L'intervenante des groupes de parole "
                "cherche des solutions avec elle. Une commission de suivi se réunit "
                "régulièrement pour faire le point.",
                "Une rupture n'est donc pas toujours la fin de l'histoire. Parfois, la "
                "personne reprend sa formation. Parfois, on l'aide à trouver un parcours "
                "mieux adapté.",
            ),
            callout(
                "tip",
                "Quand un stagiaire ne vient plus",
                "Quelques gestes simples aident à garder le lien, sans mettre la personne sous "
                "pression :",
                [
                    "Appelez vite, avec un message calme et sans reproche.",
                    "Proposez un rendez-vous court, à un moment qui lui convient.",
                    "Notez vos relances et prévenez les bons partenaires.",
                ],
            ),
        ],
    },
    "en": {
        "title": "Speaking groups and action after a drop-out",
        "intro": (
            "A space to talk about difficulties, and a method for acting when a trainee leaves."
        ),
        "body": [
            text(
                "Speaking groups were set up at three sites: INSUP Cenon, MPS Artigues and "
                "INSUP Ambarès. They have several aims:",
                [
                    "support trainees and help them stay motivated;",
                    "find where learning difficulties come from;",
                    "give individual teaching and psychological support;",
                    "prevent problems with fitting into the workplace;",
                    "settle tensions within the group.",
                ],
            ),
            heading("How they work"),
            text(
                "The scheme combines group workshops, led jointly with the course managers, "
                "weekly drop-in sessions by appointment, a telephone line and networking.",
                "The facilitator comes from outside. Her support stays anonymous, which helps "
                "some trainees speak more freely. Yet she works closely with the trainer.",
            ),
            heading("What changed"),
            text(
                "In the groups, people spoke more freely. Trainees talked about the course, "
                "their plans and their doubts about the future. For some, speaking up "
                "remained hard.",
                "On the whole, trainers reacted very positively. They saw their trainees from "
                "a new angle and adjusted the course after some criticism. The group also "
                "gave them support when a situation worried them.",
                "No one who took part in the speaking groups dropped out. Housing problems "
                "were solved, and psychotherapeutic care sometimes began. Other trainees "
                "needed occasional support and reassurance at certain moments of the course.",
            ),
            callout(
                "warning",
                "Read this result with care",
                "No drop-outs among the participants is very encouraging. But this result "
                "comes from only three sites, and other factors may have played a part. It "
                "does not guarantee the same effect everywhere.",
            ),
            heading("After a drop-out"),
            text(
                "The project also plans action after the drop-out. The trainer, or the "
                "person themselves, reports the departure. The speaking-group facilitator "
                "looks for solutions with the person. A follow-up committee meets regularly "
                "to review each case.",
                "So a drop-out is not always the end of the story. Sometimes the person goes "
                "back to the course. Sometimes they are helped to find a path that suits them "
                "better.",
            ),
            callout(
                "tip",
                "When a trainee stops coming",
                "A few simple steps help keep the link, without putting pressure on the person:",
                [
                    "Call quickly, with a calm message and no blame.",
                    "Offer a short meeting, at a time that suits them.",
                    "Keep a note of your follow-up calls and alert the right partners.",
                ],
            ),
        ],
    },
}

QUIZ_CHARTER = {
    "slug": "quiz-charte-et-groupes-de-parole",
    "slug_en": "quiz-charter-and-speaking-groups",
    "minutes": 10,
    "fr": {
        "title": "Vérifier ses acquis : la charte et les groupes de parole",
        "intro": "Quelques questions pour faire le point sur le deuxième module.",
        "body": [
            text(
                "Ce quiz porte sur le schéma d'intervention, la charte en dix points et les "
                "groupes de parole. Pour le réussir, il faut au moins 75 % de bonnes "
                "réponses."
            ),
            quiz(
                "Cinq questions sur la charte, les groupes de parole et la réaction rapide.",
                75,
                [
                    question(
                        "single",
                        "Que prévoit le principe de neutralité de la charte ?",
                        [
                            choice(
                                "Une intervention extérieure qui garantit l'anonymat du "
                                "soutien, en lien étroit avec le formateur",
                                True,
                                "Oui. Une personne extérieure aide les stagiaires à parler, "
                                "tout en travaillant avec le formateur.",
                            ),
                            choice(
                                "Le formateur ne doit jamais parler des difficultés avec ses "
                                "stagiaires",
                                False,
                                "Non. La neutralité ne coupe pas le formateur des "
                                "stagiaires : elle ajoute un soutien extérieur.",
                            ),
                            choice(
                                "La Région décide seule de la suite du parcours",
                                False,
                                "Non. La charte engage tous les partenaires, et elle place la "
                                "personne au centre de son parcours.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Quels effets ont été observés dans les groupes de parole ?",
                        [
                            choice(
                                "La parole des stagiaires s'est libérée",
                                True,
                                "Exact. Les stagiaires ont pu dire leurs doutes sur la "
                                "formation, leur projet et leur avenir.",
                            ),
                            choice(
                                "Les formateurs ont ajusté la formation après des critiques",
                                True,
                                "Exact. C'est le principe de réversibilité : écouter les "
                                "stagiaires pour améliorer la formation.",
                            ),
                            choice(
                                "Des problèmes de logement ont été résolus",
                                True,
                                "Exact. Régler ces problèmes a permis à des stagiaires de "
                                "rester en formation.",
                            ),
                            choice(
                                "Tous les stagiaires ont parlé facilement dès la première séance",
                                False,
                                "Non. Pour certains, prendre la parole est resté difficile, "
                                "malgré les encouragements.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "La charte demande à chaque partenaire d'inventer des pratiques "
                        "entièrement nouvelles.",
                        [
                            choice(
                                "Vrai",
                                False,
                                "Non. Beaucoup d'engagements de la charte existent déjà chez "
                                "certains partenaires : il s'agit de les partager.",
                            ),
                            choice(
                                "Faux",
                                True,
                                "Bonne réponse. La charte reprend souvent des pratiques déjà "
                                "en place et les rend communes à tous.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "Un stagiaire ne vient plus depuis plusieurs jours, malgré vos "
                        "relances. Selon le principe de réactivité, que faites-vous ?",
                        [
                            choice(
                                "Je signale vite la rupture au prescripteur et au financeur, "
                                "par une procédure simple",
                                True,
                                "Oui. Une alerte rapide laisse plus de chances de trouver une "
                                "solution avec la personne.",
                            ),
                            choice(
                                "J'attends la fin de la session pour faire le bilan",
                                False,
                                "Non. Attendre fait perdre un temps précieux : la charte "
                                "demande un signalement en temps réel.",
                            ),
                            choice(
                                "Je retire son nom de la liste sans prévenir personne",
                                False,
                                "Non. Sans signalement, aucun partenaire ne peut aider la "
                                "personne à reprendre son parcours.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "Dans le projet aquitain, aucun participant aux groupes de parole n'a "
                        "abandonné sa formation.",
                        [
                            choice(
                                "Vrai",
                                True,
                                "Exact. C'est un résultat très encourageant, observé sur "
                                "trois sites.",
                            ),
                            choice(
                                "Faux",
                                False,
                                "Non. Le projet indique qu'aucun participant aux groupes de "
                                "parole n'a rompu son parcours.",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    "en": {
        "title": "Check your understanding: the charter and the speaking groups",
        "intro": "A few questions to review the second module.",
        "body": [
            text(
                "This quiz covers the intervention scheme, the ten-point charter and the "
                "speaking groups. To pass, you need at least 75% correct answers."
            ),
            quiz(
                "Five questions on the charter, the speaking groups and quick reaction.",
                75,
                [
                    question(
                        "single",
                        "What does the charter's principle of neutrality provide for?",
                        [
                            choice(
                                "An outside person who keeps support anonymous, working "
                                "closely with the trainer",
                                True,
                                "Yes. An outside person helps trainees to speak, while "
                                "working with the trainer.",
                            ),
                            choice(
                                "The trainer must never talk about difficulties with the trainees",
                                False,
                                "No. Neutrality does not cut the trainer off from the "
                                "trainees: it adds outside support.",
                            ),
                            choice(
                                "The Region alone decides what happens next on the path",
                                False,
                                "No. The charter commits all the partners, and it puts the "
                                "person at the centre of their path.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Which effects were seen in the speaking groups?",
                        [
                            choice(
                                "Trainees spoke more freely",
                                True,
                                "Correct. Trainees could voice their doubts about the course, "
                                "their plans and their future.",
                            ),
                            choice(
                                "Trainers adjusted the course after criticism",
                                True,
                                "Correct. This is the principle of reversibility: listening "
                                "to trainees to improve the training.",
                            ),
                            choice(
                                "Housing problems were solved",
                                True,
                                "Correct. Sorting out these problems allowed some trainees "
                                "to stay on their course.",
                            ),
                            choice(
                                "All trainees spoke easily from the very first session",
                                False,
                                "No. For some, speaking up remained hard, even when they "
                                "were encouraged.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "The charter asks each partner to invent completely new practices.",
                        [
                            choice(
                                "True",
                                False,
                                "No. Many of the charter's commitments already exist in some "
                                "partners: the aim is to share them.",
                            ),
                            choice(
                                "False",
                                True,
                                "Right answer. The charter often takes up practices already "
                                "in place and makes them common to all.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "A trainee has not come for several days, despite your follow-up "
                        "calls. Under the principle of responsiveness, what do you do?",
                        [
                            choice(
                                "I quickly report the drop-out to the referring agency and "
                                "the funder, through a simple procedure",
                                True,
                                "Yes. A quick alert leaves a better chance of finding a "
                                "solution with the person.",
                            ),
                            choice(
                                "I wait until the end of the session to take stock",
                                False,
                                "No. Waiting wastes precious time: the charter asks for "
                                "reporting in real time.",
                            ),
                            choice(
                                "I take his name off the list without telling anyone",
                                False,
                                "No. Without a report, no partner can help the person get "
                                "back on their path.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "In the Aquitaine project, no one who took part in the speaking "
                        "groups left their training.",
                        [
                            choice(
                                "True",
                                True,
                                "Correct. This is a very encouraging result, seen at three sites.",
                            ),
                            choice(
                                "False",
                                False,
                                "No. The project reports that no speaking-group participant "
                                "dropped out.",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
}

# Module 3 -------------------------------------------------------------------------------

REMOVING_BARRIERS = {
    "slug": "lever-les-obstacles",
    "slug_en": "removing-barriers",
    "minutes": 25,
    "fr": {
        "title": "Lever les obstacles à l'entrée en formation",
        "intro": (
            "Connaître l'offre locale et repérer ce qui empêche une personne d'entrer en "
            "formation."
        ),
        "body": [
            text(
                "Des adultes qui lisent et écrivent difficilement n'arrivent parfois jamais "
                "jusqu'à la formation. Le risque de rupture commence donc avant même le "
                "premier jour.",
                "Du 1er janvier au 31 décembre 2008, une convention entre la Région wallonne "
                "et Lire et Écrire en Wallonie a visé les demandeurs d'emploi peu "
                "scolarisés. Elle avait deux buts : augmenter l'offre de formation, et "
                "construire des partenariats qui tiennent compte de leurs besoins et de leur "
                "entrée en formation.",
            ),
            heading("Savoir ce qui existe près de chez soi"),
            text(
                "Première action : faire l'inventaire de l'offre de formation dans le bassin "
                "sous-régional. Toutes les régionales de Lire et Écrire y ont participé, selon "
                "leurs moyens et leur territoire.",
                "Cet inventaire est une base solide. Pour orienter une personne, il faut "
                "savoir quelles formations existent près de chez elle, et lesquelles peuvent "
                "l'accueillir.",
            ),
            callout(
                "tip",
                "Faire votre propre inventaire",
                "Vous pouvez tenir une liste simple des formations de votre territoire. Pour "
                "chacune, notez :",
                [
                    "ce qu'elle propose, et pour qui ;",
                    "les conditions d'entrée, par exemple un test écrit ;",
                    "les horaires et le moyen d'y aller ;",
                    "le nom d'une personne à contacter.",
                ],
                "Mettez cette liste à jour régulièrement, et partagez-la avec vos collègues.",
            ),
            heading("Les obstacles concrets"),
            text(
                "Le projet a aussi analysé ce qui rend la formation difficile d'accès. La "
                "mobilité et la garde d'enfants en font partie. Une personne sans voiture, "
                "loin des transports, ou seule avec ses enfants, peut renoncer avant de "
                "commencer.",
                "Lire et Écrire a travaillé avec les partenaires sur les conditions d'entrée, "
                "l'accueil et l'adaptation des pratiques pédagogiques. Des séances "
                "d'information, collectives ou individuelles, ont été proposées aux personnes "
                "en difficulté de lecture et d'écriture.",
                "Ces obstacles ne disent rien des capacités de la personne. Ils tiennent à un "
                "horaire, à un lieu ou à un formulaire. Sur ces points, votre structure peut "
                "souvent agir.",
            ),
            callout(
                "example",
                "Un accueil qui ne passe pas par l'écrit",
                "Lors d'une inscription, vous pouvez lire les documents à voix haute, "
                "expliquer avec des mots simples et utiliser des images. Vous remplissez le "
                "formulaire ensemble. La personne comprend ce qu'elle signe et ose poser ses "
                "questions. Si la personne le souhaite, un proche peut aussi l'accompagner.",
            ),
            reflection(
                "Une personne qui lit difficilement veut s'inscrire dans votre structure. À "
                "quelles étapes risque-t-elle de bloquer ?",
                "Suivez son chemin pas à pas : l'information, le trajet, l'inscription, le "
                "premier jour.",
            ),
        ],
    },
    "en": {
        "title": "Removing barriers to entering training",
        "intro": (
            "Knowing the local offer and spotting what keeps a person from starting a "
            "training course."
        ),
        "body": [
            text(
                "Some adults who find reading and writing hard never even reach a training "
                "course. So the risk of drop-out starts before the very first day.",
                "From 1 January to 31 December 2008, an agreement between the Walloon Region "
                "and Lire et Écrire en Wallonie focused on job seekers with little schooling. "
                "It had two aims: to increase the training on offer, and to build "
                "partnerships that take into account their needs and their entry into "
                "training.",
            ),
            heading("Knowing what exists nearby"),
            text(
                "First action: survey the training offer in the sub-regional area. All the "
                "regional branches of Lire et Écrire took part, according to their means and "
                "their area.",
                "This survey is a solid base. To guide a person, you need to know which "
                "courses exist near where they live, and which ones can welcome them.",
            ),
            callout(
                "tip",
                "Make your own survey",
                "You can keep a simple list of the courses in your area. For each one, note:",
                [
                    "what it offers, and for whom;",
                    "the entry conditions, for example a written test;",
                    "the timetable and how to get there;",
                    "the name of a contact person.",
                ],
                "Update this list regularly, and share it with your colleagues.",
            ),
            heading("Practical barriers"),
            text(
                "The project also analysed what makes training hard to access. Transport and "
                "childcare are part of it. A person without a car, far from public transport, "
                "or alone with their children, may give up before starting.",
                "Lire et Écrire worked with partners on entry conditions, reception and "
                "adapting teaching practice. Group or individual information sessions were "
                "offered to people who struggle with reading and writing.",
                "These barriers say nothing about the person's abilities. They come from a "
                "timetable, a place or a form. On these points, your organisation can often "
                "act.",
            ),
            callout(
                "example",
                "A welcome that does not rely on writing",
                "When someone enrols, you can read the documents aloud, explain in simple "
                "words and use pictures. You fill in the form together. The person "
                "understands what they sign and dares to ask questions. If the person wishes, "
                "someone close to them can also come along.",
            ),
            reflection(
                "A person who finds reading hard wants to enrol where you work. At which "
                "steps might they get stuck?",
                "Follow their path step by step: the information, the journey, the "
                "enrolment, the first day.",
            ),
        ],
    },
}

BRIDGES = {
    "slug": "passerelles-entre-operateurs",
    "slug_en": "bridges-between-providers",
    "minutes": 25,
    "fr": {
        "title": "Construire des passerelles entre opérateurs",
        "intro": "Relier les organismes entre eux pour que la personne ne se perde pas en chemin.",
        "body": [
            text(
                "Les DIISP sont les dispositifs intégrés d'insertion socioprofessionnelle de "
                "Wallonie. Ils ont été créés pour organiser des partenariats, des filières et "
                "des passerelles entre les opérateurs.",
                "Leur but est simple : que le parcours du demandeur d'emploi soit le plus "
                "harmonieux possible et mène à un emploi durable et de qualité. Pour un "
                "adulte qui lit difficilement, chaque nouveau guichet et chaque nouveau "
                "formulaire peut être un obstacle.",
            ),
            heading("Un large réseau de partenaires"),
            text(
                "Lire et Écrire a travaillé en lien étroit avec de nombreux acteurs, par "
                "exemple :",
                [
                    "les entreprises de formation par le travail (EFT) et les organismes "
                    "d'insertion socioprofessionnelle (OISP) ;",
                    "le Forem Conseil et le Forem Formation ;",
                    "les CPAS, les agences locales pour l'emploi (ALE) et les maisons de "
                    "l'emploi ;",
                    "l'enseignement de promotion sociale, l'IFAPME et les syndicats.",
                ],
                "Les actions visaient ces partenaires un par un ou en groupe. Cette liste "
                "montre une chose : aucun organisme ne peut tout faire seul. Chacun tient une "
                "partie du parcours.",
            ),
            heading("Préparer avant, accompagner après"),
            text(
                "Des partenariats ont été construits en amont, pour mieux préparer la "
                "formation. Des stagiaires ont été mis en relation avec des organismes de "
                "formation, pour leur orientation ou pour l'après-formation. Lire et Écrire a "
                "aussi participé aux événements organisés par les partenaires du DIISP.",
                "Aujourd'hui, un partenariat étroit existe avec la plupart des opérateurs "
                "concernés. Des pistes de collaboration ont été repérées pour soutenir les "
                "personnes en difficulté de lecture et d'écriture.",
            ),
            callout(
                "key_point",
                "Le même esprit qu'en Aquitaine",
                "La charte aquitaine parle de décentration : créer des passerelles entre "
                "institutions pour mettre la personne au centre. Le DIISP suit la même idée. "
                "Un passage mal préparé d'un organisme à l'autre peut, lui aussi, faire "
                "perdre une personne.",
                "Pensez au moment du passage : qui accueille la personne ? Sait-elle où aller "
                "et à qui parler ?",
            ),
            callout(
                "tip",
                "Réussir un passage de relais",
                "Quand une personne change d'organisme, ce moment est fragile. Vous pouvez "
                "l'aider ainsi :",
                [
                    "Avec son accord, présentez-la vous-même au nouveau partenaire.",
                    "Proposez de l'accompagner au premier rendez-vous si c'est utile.",
                    "Gardez le contact quelques semaines après le passage.",
                ],
            ),
            reflection(
                "Avec quel partenaire de votre territoire aimeriez-vous construire une "
                "passerelle ? Que pourriez-vous lui proposer ?",
                "Partez d'une situation réelle où une personne a eu du mal à passer d'un "
                "organisme à l'autre.",
            ),
        ],
    },
    "en": {
        "title": "Building bridges between providers",
        "intro": "Linking organisations together so that the person does not get lost on the way.",
        "body": [
            text(
                "The DIISP are Wallonia's integrated socio-professional integration schemes. "
                "They were created to organise partnerships, pathways and bridges between "
                "providers.",
                "Their aim is simple: that the job seeker's path should be as smooth as "
                "possible and lead to lasting, good-quality work. For an adult who finds "
                "reading hard, every new office and every new form can be a barrier.",
            ),
            heading("A wide network of partners"),
            text(
                "Lire et Écrire worked closely with many organisations, for example:",
                [
                    "work-based training enterprises (EFT) and socio-professional "
                    "integration bodies (OISP);",
                    "Forem Conseil and Forem Formation;",
                    "the public social-welfare centres (CPAS), local employment agencies "
                    "(ALE) and job centres;",
                    "adult education, IFAPME and the trade unions.",
                ],
                "The actions were aimed at these partners one by one or as a group. This list "
                "shows one thing: no organisation can do everything alone. Each one holds a "
                "part of the path.",
            ),
            heading("Preparing before, supporting after"),
            text(
                "Partnerships were built ahead of time, to prepare the training better. "
                "Trainees were put in touch with training providers, for guidance or for "
                "after the training. Lire et Écrire also took part in events run by the DIISP "
                "partners.",
                "Today, a close partnership exists with most of the providers involved. Ways "
                "of working together were identified to support people who struggle with "
                "reading and writing.",
            ),
            callout(
                "key_point",
                "The same spirit as in Aquitaine",
                "The Aquitaine charter speaks of decentring: building bridges between "
                "institutions to put the person at the centre. The DIISP follows the same "
                "idea. A poorly prepared move from one organisation to another can also make "
                "a person drop out.",
                "Think about the moment of the move: who welcomes the person? Do they know "
                "where to go and whom to speak to?",
            ),
            callout(
                "tip",
                "Making a smooth handover",
                "When a person moves to another organisation, this is a fragile moment. You "
                "can help like this:",
                [
                    "With their agreement, introduce them yourself to the new partner.",
                    "Offer to go with them to the first appointment if it helps.",
                    "Keep in touch for a few weeks after the move.",
                ],
            ),
            reflection(
                "Which partner in your area would you like to build a bridge with? What could "
                "you offer them?",
                "Start from a real situation where a person found it hard to move from one "
                "organisation to another.",
            ),
        ],
    },
}

QUIZ_LITERACY = {
    "slug": "quiz-adultes-peu-scolarises",
    "slug_en": "quiz-adults-with-low-literacy",
    "minutes": 10,
    "fr": {
        "title": "Vérifier ses acquis : atteindre les adultes peu scolarisés",
        "intro": "Quelques questions pour faire le point sur le troisième module.",
        "body": [
            text(
                "Ce dernier quiz porte sur le travail de Lire et Écrire en Wallonie : "
                "l'inventaire de l'offre, les obstacles à l'accès et les passerelles entre "
                "opérateurs. Le seuil de réussite est de 75 %."
            ),
            quiz(
                "Cinq questions sur l'accès à la formation des adultes peu scolarisés.",
                75,
                [
                    question(
                        "single",
                        "Quel public la convention DIISP de 2008 visait-elle ?",
                        [
                            choice(
                                "Les demandeurs d'emploi peu scolarisés",
                                True,
                                "Oui. La convention cherchait à ouvrir la formation aux "
                                "personnes en difficulté de lecture et d'écriture.",
                            ),
                            choice(
                                "Les jeunes diplômés de l'université",
                                False,
                                "Non. Le projet visait au contraire des adultes qui ont peu "
                                "fréquenté l'école.",
                            ),
                            choice(
                                "Les chefs d'entreprise qui recrutent",
                                False,
                                "Non. Les employeurs ne sont pas le public visé : la "
                                "convention s'adressait aux demandeurs d'emploi.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Quelles actions faisaient partie du travail mené dans le cadre du "
                        "DIISP ?",
                        [
                            choice(
                                "Faire l'inventaire de l'offre de formation du bassin",
                                True,
                                "Exact. Connaître l'offre locale permet d'orienter chaque "
                                "personne vers une formation proche et adaptée.",
                            ),
                            choice(
                                "Analyser les obstacles comme la mobilité et la garde d'enfants",
                                True,
                                "Exact. Ces obstacles pratiques peuvent empêcher une "
                                "personne d'entrer en formation.",
                            ),
                            choice(
                                "Organiser des séances d'information pour les personnes en "
                                "difficulté de lecture et d'écriture",
                                True,
                                "Exact. Ces séances, collectives ou individuelles, aidaient "
                                "les personnes à connaître les formations possibles.",
                            ),
                            choice(
                                "Imposer un test écrit à l'entrée de toutes les formations",
                                False,
                                "Non. Un test écrit pour tous fermerait la porte aux "
                                "personnes que le projet voulait justement accueillir.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "Pour bien orienter une personne, il suffit de connaître les "
                        "formations de sa propre structure.",
                        [
                            choice(
                                "Vrai",
                                False,
                                "Non. Il faut connaître l'offre de tout le territoire : c'est "
                                "le sens de l'inventaire fait dans chaque bassin.",
                            ),
                            choice(
                                "Faux",
                                True,
                                "Bonne réponse. Une vue d'ensemble de l'offre locale permet "
                                "de proposer la formation la plus adaptée.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "À quoi servent les passerelles entre opérateurs ?",
                        [
                            choice(
                                "Rendre le parcours plus harmonieux et mener vers un emploi "
                                "durable et de qualité",
                                True,
                                "Oui. Les passerelles évitent que la personne se perde en "
                                "passant d'un organisme à l'autre.",
                            ),
                            choice(
                                "Réduire le nombre de stagiaires dans chaque organisme",
                                False,
                                "Non. Le but n'est pas de réduire les effectifs, mais de "
                                "mieux relier les étapes du parcours.",
                            ),
                            choice(
                                "Remplacer le formateur par un autre professionnel",
                                False,
                                "Non. Les passerelles relient les organismes entre eux, "
                                "elles ne remplacent personne.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "Lire les documents à voix haute et remplir le formulaire avec la "
                        "personne peut faciliter son entrée en formation.",
                        [
                            choice(
                                "Vrai",
                                True,
                                "Exact. Un accueil qui ne repose pas sur l'écrit aide les "
                                "adultes peu scolarisés à franchir la porte.",
                            ),
                            choice(
                                "Faux",
                                False,
                                "Non. Quand l'inscription passe seulement par l'écrit, elle "
                                "peut décourager une personne qui lit difficilement.",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    "en": {
        "title": "Check your understanding: reaching adults with low literacy",
        "intro": "A few questions to review the third module.",
        "body": [
            text(
                "This last quiz covers the work of Lire et Écrire en Wallonie: the survey of "
                "the training offer, the barriers to access and the bridges between "
                "providers. The pass mark is 75%."
            ),
            quiz(
                "Five questions on access to training for adults with little schooling.",
                75,
                [
                    question(
                        "single",
                        "Which group of people did the 2008 DIISP agreement focus on?",
                        [
                            choice(
                                "Job seekers with little schooling",
                                True,
                                "Yes. The agreement aimed to open training to people who "
                                "struggle with reading and writing.",
                            ),
                            choice(
                                "Young university graduates",
                                False,
                                "No. On the contrary, the project focused on adults who "
                                "spent little time at school.",
                            ),
                            choice(
                                "Business owners who are hiring",
                                False,
                                "No. Employers were not the target group: the agreement was "
                                "aimed at job seekers.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Which actions were part of the work carried out within the DIISP?",
                        [
                            choice(
                                "Surveying the training offer of the area",
                                True,
                                "Correct. Knowing the local offer makes it possible to guide "
                                "each person to a nearby, suitable course.",
                            ),
                            choice(
                                "Analysing barriers such as transport and childcare",
                                True,
                                "Correct. These practical barriers can stop a person from "
                                "starting a course.",
                            ),
                            choice(
                                "Holding information sessions for people who struggle with "
                                "reading and writing",
                                True,
                                "Correct. These group or individual sessions helped people "
                                "learn about the courses open to them.",
                            ),
                            choice(
                                "Requiring a written test to enter every course",
                                False,
                                "No. A written test for everyone would shut out the very "
                                "people the project wanted to welcome.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "To guide a person well, it is enough to know the courses of your own "
                        "organisation.",
                        [
                            choice(
                                "True",
                                False,
                                "No. You need to know the offer of the whole area: that is "
                                "the point of the survey made in each local area.",
                            ),
                            choice(
                                "False",
                                True,
                                "Right answer. An overview of the local offer lets you "
                                "suggest the most suitable course.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "What are bridges between providers for?",
                        [
                            choice(
                                "Making the path smoother and leading to lasting, good-quality "
                                "work",
                                True,
                                "Yes. Bridges stop the person from getting lost when moving "
                                "from one organisation to another.",
                            ),
                            choice(
                                "Reducing the number of trainees in each organisation",
                                False,
                                "No. The aim is not to cut numbers, but to link the steps of "
                                "the path better.",
                            ),
                            choice(
                                "Replacing the trainer with another professional",
                                False,
                                "No. Bridges link organisations together; they do not "
                                "replace anyone.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "Reading documents aloud and filling in the form with the person can "
                        "make it easier for them to start training.",
                        [
                            choice(
                                "True",
                                True,
                                "Correct. A welcome that does not rely on writing helps "
                                "adults with little schooling through the door.",
                            ),
                            choice(
                                "False",
                                False,
                                "No. When enrolment relies only on writing, it can put off a "
                                "person who finds reading hard.",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
}

COURSE = {
    "slug": "prevenir-les-ruptures",
    "slug_en": "preventing-drop-out",
    "level": "intermediate",
    "workload_hours": 3,
    "navigation": "sequential",
    # The fifth outcome (building bridges with local partners) matches the ESCO skill
    # "establish collaborative relations".
    "outcome_skills": "\n\n\n\nhttp://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d",
    "case_studies": [
        "prevenir-les-ruptures-de-parcours-aquitaine",
        "sensibilisation-partenaires-diisp",
    ],
    "fr": {
        "title": "Prévenir les ruptures de parcours",
        "intro": (
            "Pourquoi des stagiaires quittent-ils leur formation avant la fin ? Ce cours "
            "s'appuie sur deux projets, en Aquitaine et en Wallonie, pour repérer les "
            "risques tôt et agir à temps."
        ),
        "audience": (
            "Formateurs, tuteurs, référents de parcours et éducateurs qui accompagnent des "
            "adultes en formation professionnelle, en particulier des personnes fragiles ou "
            "peu scolarisées."
        ),
        "outcomes": [
            "Distinguer les quatre familles de causes de rupture repérées en Aquitaine.",
            "Utiliser une check-list de sécurisation avant l'entrée en formation et alerter "
            "le bon partenaire.",
            "Expliquer les dix principes de la charte et le rôle des groupes de parole.",
            "Réagir vite quand un stagiaire décroche, en lien avec les autres intervenants.",
            "Repérer les obstacles qui éloignent les adultes peu scolarisés de la formation "
            "et construire des passerelles avec les partenaires locaux.",
        ],
        "prerequisites": (
            "Aucun prérequis n'est nécessaire. Une première expérience auprès de stagiaires "
            "aide à faire le lien avec sa pratique."
        ),
    },
    "en": {
        "title": "Preventing drop-out",
        "intro": (
            "Why do some trainees leave their course before the end? This course draws on "
            "two projects, in Aquitaine and in Wallonia, to spot risks early and act in time."
        ),
        "audience": (
            "Trainers, tutors, case workers and educators who support adults in vocational "
            "training, especially people who are vulnerable or have little schooling."
        ),
        "outcomes": [
            "Tell apart the four families of drop-out causes identified in Aquitaine.",
            "Use a securing check-list before a course starts and alert the right partner.",
            "Explain the ten principles of the charter and the role of the speaking groups.",
            "React quickly when a trainee starts to drift away, together with the other "
            "professionals.",
            "Spot the barriers that keep adults with little schooling away from training and "
            "build bridges with local partners.",
        ],
        "prerequisites": (
            "No prior knowledge is needed. Some experience of working with trainees helps "
            "you link the course to your own practice."
        ),
    },
    "modules": [
        {
            "slug": "causes-et-check-list",
            "slug_en": "causes-and-check-list",
            "fr": {
                "title": "Comprendre les ruptures et sécuriser l'entrée",
                "intro": (
                    "Les quatre familles de causes de rupture, et un outil pour repérer les "
                    "difficultés avant le début de la formation."
                ),
            },
            "en": {
                "title": "Understanding drop-out and securing the start",
                "intro": (
                    "The four families of drop-out causes, and a tool to spot difficulties "
                    "before the course begins."
                ),
            },
            "lessons": [FOUR_FAMILIES, CHECK_LIST, QUIZ_CAUSES],
        },
        {
            "slug": "charte-et-groupes-de-parole",
            "slug_en": "charter-and-speaking-groups",
            "fr": {
                "title": "La charte, les groupes de parole et la réaction en temps réel",
                "intro": (
                    "Comment les partenaires aquitains s'engagent ensemble, et comment ils "
                    "réagissent quand un stagiaire décroche."
                ),
            },
            "en": {
                "title": "The charter, speaking groups and real-time response",
                "intro": (
                    "How the Aquitaine partners commit together, and how they react when a "
                    "trainee starts to drift away."
                ),
            },
            "lessons": [SCHEME_AND_CHARTER, SPEAKING_GROUPS, QUIZ_CHARTER],
        },
        {
            "slug": "adultes-peu-scolarises",
            "slug_en": "adults-with-low-literacy",
            "fr": {
                "title": "Atteindre les adultes peu scolarisés",
                "intro": (
                    "En Wallonie, Lire et Écrire a travaillé avec les partenaires de "
                    "l'insertion pour ouvrir la formation aux personnes qui lisent et "
                    "écrivent difficilement."
                ),
            },
            "en": {
                "title": "Reaching adults with low literacy",
                "intro": (
                    "In Wallonia, Lire et Écrire worked with integration partners to open "
                    "training to people who find reading and writing hard."
                ),
            },
            "lessons": [REMOVING_BARRIERS, BRIDGES, QUIZ_LITERACY],
        },
    ],
}
