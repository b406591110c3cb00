"""The first demo case studies: SQHM and drop-out prevention in Aquitaine.

Facts and figures come from the project documents; the wording is the portal's own.
Each case study gives French (the source) and English with the same structure, so that
the English page is built as a wagtail-localize translation of the French one.
"""

from practices.demo.blocks import principles, section

SQHM = {
    "slug": "se-qualifier-hors-les-murs",
    "slug_en": "qualifying-beyond-the-walls",
    "start": None,
    "end": None,
    "precision": "day",
    "places": [("FR", "", "")],
    "lead": None,
    "partners": ["adia", "suez", "gihp-aquitaine", "retravailler"],
    "themes": ["distance-learning", "work-based-learning", "disability-inclusion"],
    "target_groups": ["disabled-people", "trainers-and-tutors"],
    "programme": "equal",
    "reference": "ECDB FR-2001-NAT-10359",
    "contact": "gonin.cf@ymca-cepiere.org\npaparelle.equal@ladapt.net",
    "website": "http://www.horslesmurs.org",
    "related": ["expertises-partagees"],
    "fr": {
        "title": "Se Qualifier Hors Les Murs (SQHM) : formation à distance et alternance",
        "summary": (
            "SQHM a permis à des personnes handicapées de se qualifier sans quitter leur "
            "lieu de vie, en associant la formation ouverte et à distance à l'alternance. "
            "Douze centres de rééducation professionnelle, deux entreprises nationales (ADIA "
            "et SUEZ) et deux réseaux de tuteurs de proximité (GIHP Aquitaine et "
            "Retravailler) ont travaillé ensemble autour de chaque stagiaire. À la fin du "
            "projet, autant de personnes avaient achevé leur parcours qu'un centre "
            "traditionnel en forme en une année."
        ),
        "easy_read": (
            "Des personnes handicapées veulent apprendre un métier.\n"
            "Elles ne veulent pas quitter leur maison, leur famille ou leurs soins.\n"
            "Avec SQHM, elles apprennent à distance et dans une entreprise près de chez elles.\n"
            "Trois personnes les aident : le centre de formation, un tuteur près de chez "
            "elles et l'entreprise."
        ),
        "key_figures": [
            (12, "", "centres de rééducation professionnelle associés"),
            (2, "", "entreprises nationales partenaires (ADIA et SUEZ)"),
            (2, "", "réseaux de tuteurs de proximité"),
            (4, "", "composantes de la méthode"),
        ],
        "body": [
            section(
                "context",
                "",
                "Entrer en formation qualifiante oblige souvent une personne handicapée à "
                "partir loin de chez elle, dans un centre de rééducation professionnelle. "
                "Beaucoup renoncent : il faudrait laisser sa famille, son environnement social "
                "ou le suivi médical dont on dépend.",
                "SQHM a pris le problème à l'envers : amener la formation jusqu'à la personne, "
                "au plus près de son domicile, en construisant des réseaux locaux capables de "
                "répondre à chaque demande.",
            ),
            section(
                "method",
                "Une triade autour du stagiaire",
                "Chaque parcours réunit trois acteurs : le centre de formation, qui assure les "
                "apprentissages à distance ; le tuteur de proximité, qui accompagne la personne "
                "sur place ; l'entreprise, où se déroule la partie pratique de l'alternance. "
                "Les réseaux tiennent compte de la dimension psychologique et sociale de "
                "chaque situation, comme des capacités et des contraintes de la personne.",
                "La méthode repose sur quatre composantes :",
                [
                    "bâtir des cultures communes : culture de réseau, ouverture à de nouveaux "
                    "publics handicapés, goût de l'expérimentation ;",
                    "adopter une stratégie commune pour produire des ressources de formation à "
                    "distance ;",
                    "associer les financeurs comme conseillers tout au long du projet ;",
                    "développer de nouvelles compétences chez les formateurs, responsables, "
                    "tuteurs en entreprise et tuteurs de proximité, pour la formation à "
                    "distance comme pour l'accompagnement.",
                ],
            ),
            section(
                "results",
                "",
                "Les personnes handicapées ont eu un meilleur accès à la formation et à la "
                "qualification, avec des parcours individualisés adaptés à leurs contraintes. "
                "La coopération entre acteurs a amélioré l'adéquation entre besoins et "
                "services, et chacun connaît désormais mieux les dispositifs des autres.",
                "En fin de projet, le nombre de personnes ayant achevé leur formation était "
                "à peu près égal à celui qu'un centre de rééducation professionnel classique "
                "forme chaque année.",
            ),
            section(
                "lessons",
                "",
                "Pour diffuser la démarche, le projet a formé des professionnels des centres "
                "de formation, y compris ceux qui ne travaillent qu'avec des personnes "
                "handicapées, à former « hors les murs ». Au niveau national, une série de "
                "rencontres avec des représentants ministériels a présenté les résultats, "
                "afin que ces pratiques inspirent les futurs critères de financement.",
            ),
        ],
    },
    "en": {
        "title": "Qualifying beyond the walls (SQHM): distance learning with work-based training",
        "summary": (
            "SQHM let disabled people gain a qualification without leaving the place where "
            "they live, by combining open and distance learning with work-based training "
            "(\u201calternance\u201d). Twelve vocational rehabilitation centres, two national "
            "companies (ADIA and SUEZ) and two networks of local tutors (GIHP Aquitaine and "
            "Retravailler) worked together around each trainee. By the end of the project, "
            "as many people had completed their course as a traditional centre trains in a "
            "year."
        ),
        "easy_read": (
            "Some disabled people want to learn a trade.\n"
            "They do not want to leave their home, their family or their care.\n"
            "With SQHM, they learn at a distance and in a company close to home.\n"
            "Three people help them: the training centre, a tutor near their home and the "
            "company."
        ),
        "key_figures": [
            (12, "", "vocational rehabilitation centres involved"),
            (2, "", "national partner companies (ADIA and SUEZ)"),
            (2, "", "networks of local tutors"),
            (4, "", "components of the method"),
        ],
        "body": [
            section(
                "context",
                "",
                "Starting a qualifying course often forces a disabled person to move far from "
                "home, to a vocational rehabilitation centre. Many give up: they would have to "
                "leave their family, their social surroundings or the health care they rely "
                "on.",
                "SQHM turned the problem around: bring the training to the person, as close "
                "to home as possible, by building local networks able to answer each request.",
            ),
            section(
                "method",
                "Three partners around each trainee",
                "Every course brings three actors together: the training centre, which "
                "teaches at a distance; the local tutor, who supports the person on the spot; "
                "and the company, where the practical half of the work-based training takes "
                "place. The networks take account of the psychological and social side of "
                "each situation, as well as the person's abilities and constraints.",
                "The method has four components:",
                [
                    "building shared cultures: working as a network, openness to new groups "
                    "of disabled people, a taste for experiment;",
                    "agreeing a common strategy for producing distance-learning resources;",
                    "involving the funders as advisers throughout the project;",
                    "developing new skills among trainers, managers, workplace tutors and "
                    "local tutors, both in distance teaching and in personal support.",
                ],
            ),
            section(
                "results",
                "",
                "Disabled people gained better access to training and qualifications, through "
                "individual courses fitted to their constraints. Cooperation between the "
                "actors matched needs and services better, and each now understands the "
                "others' schemes.",
                "At the end of the project, the number of people who had completed their "
                "training was roughly the number a traditional vocational rehabilitation "
                "centre trains each year.",
            ),
            section(
                "lessons",
                "",
                "To spread the approach, the project trained staff of training centres, "
                "including those who work only with disabled people, to teach \u201cbeyond "
                "their walls\u201d. At national level, a series of meetings with ministry "
                "representatives presented the results, so that these practices could shape "
                "future funding criteria.",
            ),
        ],
    },
}

DROP_OUT_AQUITAINE = {
    "slug": "prevenir-les-ruptures-de-parcours-aquitaine",
    "slug_en": "preventing-training-drop-out-aquitaine",
    "start": None,
    "end": None,
    "precision": "day",
    "places": [("FR", "Aquitaine (Gironde)", "Aquitaine (Gironde)")],
    "lead": None,
    "partners": ["insup", "mps", "region-aquitaine"],
    "themes": ["drop-out-prevention", "local-partnerships"],
    "target_groups": ["vocational-trainees", "trainers-and-tutors"],
    "programme": None,
    "reference": "",
    "contact": "",
    "website": "",
    "related": ["sensibilisation-partenaires-diisp"],
    "fr": {
        "title": "Prévenir les ruptures de parcours de formation en Aquitaine",
        "summary": (
            "Des acteurs institutionnels et des organismes de formation d'Aquitaine ont "
            "étudié pourquoi des stagiaires abandonnent leur formation, puis ont construit et "
            "testé des outils pour l'éviter : une charte de dix bonnes pratiques, une "
            "check-list de sécurisation des parcours et des groupes de parole. Sur 353 "
            "stagiaires ayant rempli la check-list, 25 ont rompu leur parcours (7 %) ; aucun "
            "participant aux groupes de parole n'a abandonné."
        ),
        "easy_read": (
            "Parfois, une personne arrête sa formation avant la fin.\n"
            "Les partenaires ont cherché pourquoi.\n"
            "Ils ont créé une liste de questions à vérifier avant de commencer.\n"
            "Ils ont créé des groupes pour parler des difficultés.\n"
            "Aucune personne venue dans ces groupes n'a arrêté sa formation."
        ),
        "key_figures": [
            (353, "", "stagiaires ayant rempli la check-list de sécurisation"),
            (25, "", "ruptures de parcours parmi eux"),
            (7, "%", "taux de rupture"),
            (0, "", "abandon parmi les participants aux groupes de parole"),
            (3, "", "sites avec groupes de parole"),
            (10, "", "principes dans la charte des bonnes pratiques"),
        ],
        "body": [
            section(
                "method",
                "Une démarche en trois temps",
                "Le projet a suivi une démarche participative, portée par un groupe d'acteurs "
                "institutionnels et d'organismes publics et privés de formation initiale, "
                "professionnelle et continue ; inductive, nourrie d'études qualitatives et "
                "quantitatives, d'études de cas et de retours d'expérience ; et pragmatique, "
                "avec des objectifs directement liés à la méthode :",
                [
                    "connaître et faire connaître les bonnes pratiques ;",
                    "repérer, mesurer et comprendre les causes des ruptures ;",
                    "construire des outils de prévention et de réponse rapide ;",
                    "expérimenter ces outils et évaluer leurs effets.",
                ],
            ),
            section(
                "context",
                "Quatre familles de causes",
                "L'analyse qualitative distingue les ruptures liées :",
                [
                    "à la construction du projet, surtout dans les parcours qualifiants ;",
                    "au contenu même de la formation ;",
                    "aux conditions de participation à la formation ;",
                    "à des imprévus, dus au contexte plus qu'à la structure du parcours.",
                ],
            ),
            section(
                "method",
                "Un schéma d'intervention",
                "Deux temps structurent l'action. La prévention et l'anticipation s'appuient "
                "sur la charte des bonnes pratiques et la check-list de sécurisation des "
                "parcours. La régulation et le traitement reposent sur les groupes de parole "
                "et une plateforme de traitement des ruptures.",
                "Chaque partenaire de la formation professionnelle – la Région, les "
                "prescripteurs et les organismes de formation – est invité à signer la "
                "charte. Beaucoup de ses engagements existent déjà chez l'un ou l'autre : il "
                "s'agit de les généraliser.",
            ),
            principles(
                "La charte des bonnes pratiques",
                "Dix engagements, un pour chaque cause possible de rupture ; la charte restait "
                "à finaliser avec les services du Conseil régional.",
                [
                    (
                        "Fluidité",
                        "Rendre l'entrée en formation moins sélective, sans pénaliser "
                        "l'organisme en cas de rupture s'il a mis en place le dispositif "
                        "d'anticipation.",
                    ),
                    (
                        "Anticipation",
                        "Vérifier la situation administrative de chaque "
                        "participant avant l'entrée en formation, avec la check-list, et alerter "
                        "le prescripteur si besoin.",
                    ),
                    (
                        "Réalité",
                        "Garder l'immersion en entreprise au cœur de la construction du projet.",
                    ),
                    (
                        "Prévention",
                        "Organiser groupes de parole, permanences, ligne "
                        "téléphonique et accompagnement en cas de difficulté.",
                    ),
                    (
                        "Réversibilité",
                        "Se servir des groupes de parole pour écouter, et "
                        "remettre en question, la formation proposée.",
                    ),
                    (
                        "Réactivité",
                        "Signaler simplement et en temps réel une rupture au "
                        "prescripteur et au financeur, après relances.",
                    ),
                    (
                        "Neutralité",
                        "Faire intervenir une personne extérieure, qui garantit "
                        "l'anonymat du soutien tout en travaillant étroitement avec le "
                        "formateur.",
                    ),
                    (
                        "Traçabilité",
                        "Relier la formation à l'ensemble du parcours de la personne.",
                    ),
                    (
                        "Décentration",
                        "Créer des passerelles entre institutions pour que la "
                        "personne, et non les intervenants, soit au centre de son parcours.",
                    ),
                    (
                        "Proximité",
                        "Réunir régulièrement les intervenants de chaque bassin "
                        "dans une commission technique des parcours, pour traiter les "
                        "difficultés et faire circuler l'information.",
                    ),
                ],
            ),
            section(
                "method",
                "Les groupes de parole",
                "Installés à INSUP Cenon, MPS Artigues et INSUP Ambarès, ils visent à soutenir "
                "les stagiaires et à entretenir leur motivation, à repérer l'origine des "
                "difficultés d'apprentissage, à offrir un soutien pédagogique et psychologique "
                "individuel, à prévenir les difficultés d'intégration en entreprise et à "
                "régler les tensions dans le groupe.",
                "Ils combinent ateliers collectifs co-animés avec les responsables "
                "pédagogiques, permanences hebdomadaires sur rendez-vous, ligne téléphonique et "
                "travail en réseau. Après une rupture, le formateur ou la personne elle-même "
                "signale la situation, l'intervenante cherche des solutions, et une "
                "commission se réunit régulièrement pour suivre les cas.",
            ),
            section(
                "results",
                "",
                "Sur les 353 stagiaires qui ont rempli la check-list, 25 ont rompu leur "
                "parcours, soit 7 %. Aucun participant aux groupes de parole n'a abandonné sa "
                "formation.",
                "La parole s'y est libérée : les stagiaires ont pu dire leurs doutes sur la "
                "formation, leur projet et leur vie. Des problèmes de logement ont été résolus, "
                "des situations individuelles ont été prises en charge, parfois jusqu'à une "
                "orientation vers un suivi psychothérapeutique. Les formateurs ont vu leurs "
                "stagiaires sous un autre jour, ont ajusté la formation aux critiques "
                "exprimées et ont trouvé un relais quand une situation les inquiétait.",
            ),
        ],
    },
    "en": {
        "title": "Preventing training drop-out in Aquitaine",
        "summary": (
            "Public bodies and training providers in Aquitaine studied why trainees leave "
            "their course early, then built and tested tools to prevent it: a charter of ten "
            "good practices, a check-list that secures each trainee's path, and speaking "
            "groups. Of 353 trainees who filled in the check-list, 25 dropped out (7%); no "
            "one who joined a speaking group left their course."
        ),
        "easy_read": (
            "Sometimes a person stops their training before the end.\n"
            "The partners looked for the reasons.\n"
            "They made a list of things to check before the training starts.\n"
            "They set up groups where people talk about their problems.\n"
            "Nobody who came to these groups stopped their training."
        ),
        "key_figures": [
            (353, "", "trainees who filled in the securing check-list"),
            (25, "", "drop-outs among them"),
            (7, "%", "drop-out rate"),
            (0, "", "drop-outs among speaking-group participants"),
            (3, "", "sites running speaking groups"),
            (10, "", "principles in the good-practice charter"),
        ],
        "body": [
            section(
                "method",
                "An approach in three parts",
                "The project was participative, driven by a group of public bodies and public "
                "and private providers of initial, vocational and continuing training; "
                "inductive, drawing on qualitative and quantitative studies, case studies and "
                "feedback; and pragmatic, with objectives tied directly to the method:",
                [
                    "know good practices and make them known;",
                    "identify, measure and understand the causes of drop-out;",
                    "build tools to prevent drop-out and respond quickly;",
                    "try these tools out and evaluate their effects.",
                ],
            ),
            section(
                "context",
                "Four families of causes",
                "The qualitative analysis separates drop-outs linked to:",
                [
                    "how the trainee's plan was built, above all on qualifying courses;",
                    "the content of the training itself;",
                    "the conditions for taking part in the training;",
                    "unforeseen events, due to circumstances more than to the course design.",
                ],
            ),
            section(
                "method",
                "An intervention scheme",
                "The action has two stages. Prevention and anticipation rely on the "
                "good-practice charter and the check-list. Regulation and treatment rely on "
                "the speaking groups and a platform that handles drop-outs.",
                "Every partner in vocational training \u2013 the Region, the referring "
                "agencies and the training providers \u2013 is asked to sign the charter. Many "
                "of its commitments already exist somewhere: the aim is to make them general.",
            ),
            principles(
                "The good-practice charter",
                "Ten commitments, one for each possible cause of drop-out; the charter was "
                "still to be finalised with the Regional Council's services.",
                [
                    (
                        "Fluidity",
                        "Make entry to training less selective, without penalising "
                        "the provider for a drop-out if it has set up the anticipation scheme.",
                    ),
                    (
                        "Anticipation",
                        "Check each participant's administrative situation before "
                        "the course starts, with the check-list, and alert the referring agency "
                        "when needed.",
                    ),
                    (
                        "Reality",
                        "Keep time spent in a company at the heart of building the "
                        "trainee's plan.",
                    ),
                    (
                        "Prevention",
                        "Run speaking groups, drop-in sessions, a telephone line "
                        "and support when difficulties arise.",
                    ),
                    (
                        "Reversibility",
                        "Use the speaking groups to listen to, and question, "
                        "the training on offer.",
                    ),
                    (
                        "Responsiveness",
                        "Report a drop-out simply and in real time to the "
                        "referring agency and the funder, after follow-up attempts.",
                    ),
                    (
                        "Neutrality",
                        "Bring in an outside person who keeps support anonymous "
                        "while working closely with the trainer.",
                    ),
                    ("Traceability", "Link the training to the person's whole path."),
                    (
                        "Decentring",
                        "Build bridges between institutions so that the person, "
                        "not the professionals, is at the centre of the path.",
                    ),
                    (
                        "Proximity",
                        "Regularly gather the professionals of each local area in a "
                        "technical committee on training paths, to deal with difficulties and "
                        "share information.",
                    ),
                ],
            ),
            section(
                "method",
                "The speaking groups",
                "Set up at INSUP Cenon, MPS Artigues and INSUP Ambarès, they aim to support "
                "trainees and keep them motivated, find where learning difficulties come from, "
                "give individual teaching and psychological support, prevent problems in the "
                "workplace and settle tensions within the group.",
                "They combine group workshops led jointly with the course managers, weekly "
                "drop-in appointments, a telephone line and networking. After a drop-out, the "
                "trainer or the trainee reports it, the group facilitator looks for solutions, "
                "and a committee meets regularly to follow each case.",
            ),
            section(
                "results",
                "",
                "Of the 353 trainees who filled in the check-list, 25 dropped out, or 7%. No "
                "one who took part in a speaking group left their course.",
                "People spoke more freely: trainees could voice doubts about the course, their "
                "plans and their lives. Housing problems were solved and individual situations "
                "taken in hand, sometimes leading to psychotherapeutic care. Trainers saw their "
                "trainees in a new light, adjusted the course to the criticism voiced, and "
                "found support when a situation worried them.",
            ),
        ],
    },
}

CASE_STUDIES_A = [SQHM, DROP_OUT_AQUITAINE]
