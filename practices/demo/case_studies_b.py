"""The other demo case studies: Work to Grow, Expertises Partagées and the DIISP.

Facts and figures come from the project documents; the wording is the portal's own.
"""

from datetime import date

from practices.demo.blocks import quote, section, timeline

WORK_TO_GROW = {
    "slug": "work-to-grow",
    "slug_en": "work-to-grow",
    "start": date(2014, 9, 1),
    "end": date(2016, 8, 31),
    "precision": "day",
    "places": [("FR", "", ""), ("SE", "", ""), ("RO", "", ""), ("GB", "", "")],
    "lead": "relience",
    "partners": [],
    "themes": ["social-economy", "staff-mobility"],
    "target_groups": ["social-work-educators"],
    "programme": "erasmus-plus",
    "reference": "",
    "contact": "",
    "website": "",
    "related": ["expertises-partagees"],
    "fr": {
        "title": "Work to Grow : l'économie sociale comme outil de formation professionnelle",
        "summary": (
            "De septembre 2014 à août 2016, l'association Relience a envoyé 36 éducateurs "
            "spécialisés se former chez des partenaires européens : 18 en Suède, 8 en "
            "Roumanie et 8 au Royaume-Uni. Ils y ont appris à monter des ateliers de "
            "formation professionnelle souples en s'appuyant sur l'économie sociale, pour "
            "des personnes que les formations classiques n'atteignent pas. Les participants "
            "obtiennent un certificat Europass et une partie du certificat européen en "
            "entreprise communautaire (ECCE)."
        ),
        "easy_read": (
            "Des éducateurs français sont partis apprendre en Suède, en Roumanie et au "
            "Royaume-Uni.\n"
            "Ils ont vu comment des entreprises sociales aident des personnes très en "
            "difficulté à apprendre un métier.\n"
            "De retour en France, ils ont partagé ce qu'ils ont appris avec leurs collègues."
        ),
        "key_figures": [
            (36, "", "éducateurs spécialisés en mobilité"),
            (18, "", "mobilités vers la Suède"),
            (8, "", "mobilités vers la Roumanie"),
            (8, "", "mobilités vers le Royaume-Uni"),
            (24, "mois", "durée du projet"),
        ],
        "body": [
            section(
                "context",
                "",
                "Les éducateurs spécialisés accompagnent des personnes très éloignées de la "
                "formation : dépendances de longue durée à l'alcool ou aux drogues, problèmes "
                "de santé, absence de logement, familles en crise, jeunes migrants non "
                "accompagnés, chômage de très longue durée. Les formations classiques, en "
                "institution, restent souvent fermées à ces personnes, qui ont peu de bases "
                "scolaires et pas d'expérience réelle du travail.",
                "Leur qualification ne prépare pas toujours les éducateurs à ces situations. "
                "Work to Grow leur offre une formation complémentaire à l'étranger pour "
                "découvrir d'autres façons d'accompagner et de former.",
            ),
            section(
                "method",
                "",
                "Des partenaires experts de chaque pays conçoivent et animent des modules de "
                "formation sur l'économie sociale : autonomisation (empowerment) et "
                "motivation, développement d'une entreprise sociale, réinsertion par le "
                "travail réel. Des visites de projets locaux complètent les cours.",
                "Les objectifs du projet sont les suivants :",
                [
                    "apprendre des partenaires et rapporter en France de bonnes pratiques pour "
                    "moderniser les dispositifs de formation ;",
                    "renforcer les compétences des équipes en découvrant d'autres systèmes "
                    "d'éducation et de formation ;",
                    "comprendre l'économie sociale, l'entreprise sociale et communautaire et "
                    "l'entrepreneuriat ;",
                    "apprendre à créer et à faire fonctionner une entreprise sociale et un "
                    "atelier de formation professionnelle ;",
                    "maîtriser des techniques d'autonomisation et de motivation ;",
                    "nourrir le plan de développement européen de l'association Relience.",
                ],
            ),
            section(
                "results",
                "",
                "Les participants reçoivent un certificat Europass et valident une partie du "
                "certificat européen en entreprise communautaire (ECCE), en cours "
                "d'accréditation par l'université Christ Church de Canterbury.",
                "De retour en France, ils transmettent leurs acquis à leurs collègues et "
                "partenaires locaux, et les remontent à la direction et au conseil "
                "d'administration pour orienter la stratégie. Les publics accompagnés "
                "bénéficient de services adaptés et de nouvelles possibilités d'accès à la "
                "formation et à l'emploi. Un rapport de projet complet est rédigé en commun.",
            ),
            section(
                "lessons",
                "",
                "À plus long terme, le projet veut faire de l'économie sociale une voie de "
                "sortie de l'exclusion ouverte à tous, quels que soient le parcours scolaire, "
                "les diplômes, la situation personnelle ou l'origine. Le but : créer des "
                "mini-entreprises d'essai servant d'ateliers de formation, où les personnes "
                "se fixent de nouveaux objectifs et progressent vers l'autonomie.",
            ),
        ],
    },
    "en": {
        "title": "Work to Grow: the social economy as a vocational-training tool",
        "summary": (
            "From September 2014 to August 2016, the association Relience sent 36 "
            "specialist social-work educators to train with European partners: 18 in "
            "Sweden, 8 in Romania and 8 in the United Kingdom. They learned to run flexible "
            "vocational-training workshops built on the social economy, for people that "
            "mainstream courses fail to reach. Participants earn a Europass certificate and "
            "part of the European Certificate in Community Enterprise (ECCE)."
        ),
        "easy_read": (
            "French educators went to learn in Sweden, Romania and the United Kingdom.\n"
            "They saw how social enterprises help people in great difficulty learn a "
            "trade.\n"
            "Back in France, they shared what they learned with their colleagues."
        ),
        "key_figures": [
            (36, "", "specialist educators on mobility"),
            (18, "", "mobilities to Sweden"),
            (8, "", "mobilities to Romania"),
            (8, "", "mobilities to the United Kingdom"),
            (24, "months", "length of the project"),
        ],
        "body": [
            section(
                "context",
                "",
                "Specialist educators support people who are very far from training: "
                "long-term drug or alcohol addiction, health problems, homelessness, families "
                "in crisis, unaccompanied young migrants, very long-term unemployment. "
                "Mainstream, institution-based courses are often closed to these people, who "
                "have little schooling and no real experience of work.",
                "The educators' own qualification does not always prepare them for these "
                "situations. Work to Grow gives them extra training abroad, to discover other "
                "ways of supporting and training people.",
            ),
            section(
                "method",
                "",
                "Expert partners in each country design and teach training modules on the "
                "social economy: empowerment and motivation, developing a social business, "
                "and rehabilitation through real work. Visits to local projects complete the "
                "courses.",
                "The project's objectives are:",
                [
                    "to learn from partners and bring good practice back to France to "
                    "modernise training schemes;",
                    "to build staff capacity by discovering other education and training systems;",
                    "to understand the social economy, social and community enterprise and "
                    "entrepreneurship;",
                    "to learn how to set up and run a social enterprise and a vocational "
                    "training workshop;",
                    "to master empowerment and motivation techniques;",
                    "to feed the European development plan of the association Relience.",
                ],
            ),
            section(
                "results",
                "",
                "Participants receive a Europass certificate and complete part of the "
                "European Certificate in Community Enterprise (ECCE), then being accredited "
                "by Canterbury Christ Church University.",
                "Back in France, they pass on what they learned to colleagues and local "
                "partners, and report to senior management and the board to inform strategy. "
                "The people they support gain adapted services and new ways into training and "
                "work. The participants write a full project report together.",
            ),
            section(
                "lessons",
                "",
                "In the longer term, the project aims to make the social economy a way out of "
                "exclusion that is open to all, whatever their schooling, qualifications, "
                "circumstances or origin. The goal: test-bed mini-enterprises that serve as "
                "training workshops, where people set themselves new goals and move towards "
                "independence.",
            ),
        ],
    },
}

EXPERTISES_PARTAGEES = {
    "slug": "expertises-partagees",
    "slug_en": "shared-expertise",
    "start": None,
    "end": None,
    "precision": "day",
    "places": [("FR", "Normandie", "Normandy")],
    "lead": "crrhp",
    "partners": ["aramis", "geiq-peps", "ars-normandie", "agefiph"],
    "themes": ["disability-inclusion", "work-based-learning", "local-partnerships"],
    "target_groups": ["young-people-medical-educational", "sheltered-workers", "disabled-people"],
    "programme": None,
    "reference": "",
    "contact": "Laurent Barro, chargé de projets, association ARAMIS",
    "website": "",
    "related": ["se-qualifier-hors-les-murs", "work-to-grow"],
    "fr": {
        "title": "Expertises partagées : sécuriser le passage du milieu protégé à l'entreprise",
        "summary": (
            "Piloté par le Centre régional de ressources Handicap & Profession (CRRHP, créé "
            "par l'association ARAMIS) avec le GEIQ PEP'S et ses 80 entreprises adhérentes, "
            "le projet repère tôt, dans les instituts médico-éducatifs et les ESAT de "
            "Normandie, les personnes qui souhaitent travailler en milieu ordinaire, puis "
            "construit avec elles un parcours sécurisé : le retour en ESAT reste toujours "
            "possible, et un outil de suivi partagé évite de raconter son histoire à chaque "
            "nouvel interlocuteur."
        ),
        "easy_read": (
            "Des jeunes et des adultes handicapés travaillent ou apprennent dans un "
            "établissement spécialisé.\n"
            "Certains veulent travailler dans une entreprise ordinaire.\n"
            "Le projet les aide à préparer ce passage, à leur rythme.\n"
            "S'ils le veulent, ils peuvent revenir dans leur établissement.\n"
            "Ils n'ont pas besoin de raconter leur histoire plusieurs fois."
        ),
        "key_figures": [
            (80, "", "entreprises adhérentes du GEIQ PEP'S"),
            (16, "ans", "âge d'entrée en IM Pro, section visée en priorité"),
            (20, "ans", "âge de sortie de l'IM Pro"),
        ],
        "body": [
            section(
                "context",
                "",
                "Le GEIQ Propreté Normandie, devenu GEIQ PEP'S, forme des demandeurs d'emploi "
                "et des personnes en reconversion en les mettant à disposition de ses "
                "entreprises adhérentes. Sous le pilotage du CRRHP, il se rapproche des "
                "instituts médico-éducatifs dotés d'une section d'initiation et de première "
                "formation professionnelle (SIPFP), et des établissements et services d'aide "
                "par le travail (ESAT), pour repérer les personnes désireuses de rejoindre le "
                "milieu ordinaire.",
                "Le milieu ordinaire de travail souffre souvent d'une image dégradée dans les "
                "établissements médico-sociaux ; le projet veut aussi la corriger.",
            ),
            section(
                "method",
                "Ce qui est innovant",
                "Le projet commence avant la sortie de l'établissement spécialisé, dans une "
                "logique de préprofessionnalisation, pour sécuriser le parcours dans la "
                "durée. Il s'adresse aussi aux professionnels des établissements – "
                "conseillers en insertion, éducateurs spécialisés, chefs de service – pour "
                "faire évoluer les ateliers de préprofessionnalisation en propreté.",
                "Les entreprises adhérentes montent en compétences sur le handicap : respect "
                "de l'obligation d'emploi de travailleurs handicapés, diversification des "
                "recrutements, évolution des pratiques. Des sessions d'information sur les "
                "différents handicaps peuvent être proposées au GEIQ et aux organismes de "
                "formation qu'il sollicite, pour un accueil bienveillant.",
            ),
            quote(
                "Nous laissons toujours à la personne le temps de construire son parcours. Si "
                "l'insertion ne se passe pas comme prévu, le retour en ESAT reste possible, "
                "et l'outil de suivi partagé lui évite de raconter son histoire encore et "
                "encore.",
                "D'après Laurent Barro, chargé de projets chez ARAMIS",
            ),
            timeline(
                "Calendrier",
                [
                    (
                        "Lancement",
                        "Prise de contact avec les établissements, présentation de "
                        "la démarche et adhésion des établissements et services médico-sociaux, "
                        "repérage des publics.",
                    ),
                    (
                        "Milieu du projet",
                        "Premiers parcours personnalisés, bancs d'essai et "
                        "stages, ateliers de préprofessionnalisation, implication des "
                        "entreprises adhérentes, sensibilisations mutuelles au handicap.",
                    ),
                    (
                        "Fin du projet",
                        "Bilan, perspectives de pérennisation et colloque d'échange de pratiques.",
                    ),
                ],
            ),
            section(
                "lessons",
                "",
                "Le projet se déploie en Normandie, avec l'ambition d'essaimer sur d'autres "
                "territoires.",
            ),
        ],
    },
    "en": {
        "title": "Shared expertise: a safe path from sheltered work to ordinary companies",
        "summary": (
            "Led by the regional resource centre on disability and work (CRRHP, set up by "
            "the association ARAMIS) with GEIQ PEP'S and its 80 member companies, the "
            "project identifies early, in medical-educational institutes and sheltered "
            "workshops (ESAT) in Normandy, the people who wish to work in ordinary "
            "companies, then builds a secure path with them: returning to the ESAT always "
            "remains possible, and a shared follow-up tool spares them from retelling their "
            "story to every new adviser."
        ),
        "easy_read": (
            "Some young people and adults with a disability work or learn in a specialised "
            "centre.\n"
            "Some of them want to work in an ordinary company.\n"
            "The project helps them prepare for this step, at their own pace.\n"
            "If they wish, they can go back to their centre.\n"
            "They do not need to tell their story several times."
        ),
        "key_figures": [
            (80, "", "member companies of GEIQ PEP'S"),
            (16, "years", "entry age of the IM Pro section, the first target"),
            (20, "years", "leaving age of the IM Pro section"),
        ],
        "body": [
            section(
                "context",
                "",
                "GEIQ Propreté Normandie, now GEIQ PEP'S, trains job seekers and people "
                "changing career by placing them with its member companies. Under the "
                "CRRHP's lead, it works with medical-educational institutes that have an "
                "introductory vocational-training section (SIPFP), and with sheltered "
                "workshops (ESAT), to find people who want to join ordinary employment.",
                "Ordinary workplaces often have a poor image in medical and social "
                "institutions; the project also sets out to change that.",
            ),
            section(
                "method",
                "What is new",
                "The project starts before people leave the specialised institution, as "
                "pre-vocational preparation, to secure their path over time. It also works "
                "with the institutions' staff \u2013 integration advisers, specialist educators, "
                "heads of department \u2013 to update the pre-vocational cleaning workshops.",
                "Member companies build their skills on disability: meeting the legal quota "
                "for employing disabled workers, widening recruitment and changing "
                "practices. Information sessions on different disabilities can be offered to "
                "the GEIQ and the training providers it uses, so that newcomers are welcomed "
                "with care.",
            ),
            quote(
                "We always give the person the time they need to build their path. If the "
                "move into work does not go as planned, going back to the ESAT remains "
                "possible, and the shared follow-up tool spares them from telling their story "
                "again and again.",
                "After Laurent Barro, project officer at ARAMIS",
            ),
            timeline(
                "Timeline",
                [
                    (
                        "Launch",
                        "First contacts with the institutions, presentation of the "
                        "approach and sign-up of the medical and social services, identification "
                        "of the people concerned.",
                    ),
                    (
                        "Mid-project",
                        "First personalised paths, work trials and placements, "
                        "pre-vocational workshops, involvement of member companies, mutual "
                        "awareness-raising on disability.",
                    ),
                    (
                        "End of project",
                        "Review, plans for continuing the work and a "
                        "conference to exchange practice.",
                    ),
                ],
            ),
            section(
                "lessons",
                "",
                "The project runs in Normandy, with the aim of spreading to other regions.",
            ),
        ],
    },
}

DIISP = {
    "slug": "sensibilisation-partenaires-diisp",
    "slug_en": "raising-partner-awareness-diisp",
    "start": date(2008, 1, 1),
    "end": date(2008, 12, 31),
    "precision": "day",
    "places": [("BE", "Wallonie", "Wallonia")],
    "lead": "lire-et-ecrire-wallonie",
    "partners": ["region-wallonne"],
    "themes": ["basic-skills", "local-partnerships"],
    "target_groups": ["low-schooling-job-seekers"],
    "programme": "walloon-region-diisp",
    "reference": "",
    "contact": "",
    "website": "",
    "related": ["prevenir-les-ruptures-de-parcours-aquitaine"],
    "fr": {
        "title": "Sensibiliser les partenaires à la formation des adultes peu scolarisés (DIISP)",
        "summary": (
            "En 2008, une convention entre la Région wallonne et Lire et Écrire en Wallonie a "
            "mobilisé les partenaires des dispositifs intégrés d'insertion "
            "socioprofessionnelle (DIISP) pour ouvrir davantage la formation aux demandeurs "
            "d'emploi peu scolarisés : inventaire de l'offre locale, travail sur l'accueil "
            "et les pratiques pédagogiques, analyse des obstacles comme la mobilité ou la "
            "garde d'enfants, passerelles entre opérateurs."
        ),
        "easy_read": (
            "Certaines personnes cherchent un emploi et lisent ou écrivent difficilement.\n"
            "Il est dur pour elles d'entrer en formation.\n"
            "En 2008, Lire et Écrire a rencontré les organismes de formation et d'emploi de "
            "Wallonie.\n"
            "Ensemble, ils ont cherché comment mieux accueillir ces personnes."
        ),
        "key_figures": [
            (12, "mois", "durée de la convention"),
            (7, "", "types d'actions menées"),
            (18, "", "catégories de partenaires associés"),
        ],
        "body": [
            section(
                "context",
                "",
                "Les DIISP ont été créés pour organiser partenariats, filières et passerelles "
                "entre opérateurs, afin que le parcours du demandeur d'emploi soit le plus "
                "cohérent possible et mène à un emploi durable et de qualité.",
                "Du 1er janvier au 31 décembre 2008, la convention visait deux buts : bâtir des "
                "partenariats de sensibilisation pour augmenter l'offre de formation, et des "
                "partenariats de formation qui tiennent compte des besoins propres aux "
                "demandeurs d'emploi peu scolarisés et de leur entrée en formation. Toutes "
                "les régionales de Lire et Écrire y ont pris part, selon leurs moyens et leur "
                "bassin.",
            ),
            section(
                "method",
                "Les actions menées",
                "Sept types d'actions, individuelles ou collectives, ont été conduits :",
                [
                    "inventorier l'offre de formation du bassin sous-régional ;",
                    "travailler avec les partenaires sur l'entrée en formation, l'accueil, "
                    "l'adaptation des pratiques pédagogiques, les filières et passerelles, "
                    "l'après-formation et la mobilisation des personnes en difficulté de "
                    "lecture et d'écriture ;",
                    "analyser les obstacles à l'accès à la formation : mobilité, garde "
                    "d'enfants et autres freins ;",
                    "organiser des partenariats en amont pour mieux préparer la formation ;",
                    "mettre des stagiaires en relation avec des organismes de formation, pour "
                    "leur orientation ou l'après-formation ;",
                    "tenir des séances d'information, collectives ou individuelles, pour les "
                    "personnes en difficulté de lecture et d'écriture ;",
                    "participer aux événements organisés par les partenaires du DIISP.",
                ],
            ),
            section(
                "results",
                "Un large réseau de partenaires",
                "Le travail s'est fait en lien étroit avec les entreprises de formation par le "
                "travail (EFT) et les organismes d'insertion socioprofessionnelle (OISP), mais "
                "aussi les régies des quartiers, les agences locales pour l'emploi (ALE), le "
                "Forem Conseil et le Forem Formation, les CEFO, les comités subrégionaux de "
                "l'emploi et de la formation, les maisons de l'emploi, les centres de "
                "compétences, les commissions consultatives sous-régionales, les missions "
                "régionales, l'Onem, l'IFAPME, l'enseignement de promotion sociale, les CEFA, "
                "les CPAS et les syndicats.",
                "À l'échelle du bassin et des localités, cette stratégie a permis de repérer "
                "les synergies possibles pour soutenir les personnes en difficulté de lecture "
                "et d'écriture ; un partenariat étroit existe désormais avec la plupart des "
                "opérateurs du DIISP.",
            ),
        ],
    },
    "en": {
        "title": "Raising partner awareness of training for adults with little schooling (DIISP)",
        "summary": (
            "In 2008, an agreement between the Walloon Region and Lire et Écrire en Wallonie "
            "brought together the partners of the integrated socio-professional integration "
            "schemes (DIISP) to open training further to job seekers with little schooling: "
            "a survey of the local training offer, work on reception and teaching practice, "
            "analysis of barriers such as transport and childcare, and bridges between "
            "providers."
        ),
        "easy_read": (
            "Some people look for a job and find reading or writing hard.\n"
            "It is difficult for them to start a training course.\n"
            "In 2008, Lire et Écrire met the training and job services of Wallonia.\n"
            "Together, they looked for better ways to welcome these people."
        ),
        "key_figures": [
            (12, "months", "length of the agreement"),
            (7, "", "kinds of action carried out"),
            (18, "", "kinds of partner organisation involved"),
        ],
        "body": [
            section(
                "context",
                "",
                "The DIISP were created to organise partnerships, pathways and bridges between "
                "providers, so that each job seeker's path is as coherent as possible and "
                "leads to lasting, good-quality work.",
                "From 1 January to 31 December 2008, the agreement had two aims: to build "
                "awareness partnerships that increase the training on offer, and training "
                "partnerships that take into account the particular needs of job seekers with "
                "little schooling and their entry into training. All the regional branches of "
                "Lire et Écrire took part, according to their means and their area.",
            ),
            section(
                "method",
                "What was done",
                "Seven kinds of action, individual or collective, were carried out:",
                [
                    "surveying the training offer of the sub-regional area;",
                    "working with partners on entry into training, reception, adapting "
                    "teaching practice, pathways and bridges, after-training support and "
                    "reaching people who struggle with reading and writing;",
                    "analysing barriers to training: transport, childcare and other obstacles;",
                    "setting up partnerships ahead of training to prepare for it better;",
                    "putting trainees in touch with training providers, for guidance or for "
                    "after-training;",
                    "holding group or individual information sessions for people who "
                    "struggle with reading and writing;",
                    "taking part in events run by the DIISP partners.",
                ],
            ),
            section(
                "results",
                "A wide network of partners",
                "The work was done in close contact with work-based training enterprises "
                "(EFT) and socio-professional integration bodies (OISP), and also "
                "neighbourhood agencies, local employment agencies (ALE), Forem Conseil and "
                "Forem Formation, the CEFO, the sub-regional employment and training "
                "committees, job centres, skills centres, sub-regional advisory committees, "
                "regional missions, Onem, IFAPME, adult education, the CEFA, the public "
                "social-welfare centres (CPAS) and the trade unions.",
                "At area and local level, the strategy identified possible synergies to "
                "support people who struggle with reading and writing; a close partnership "
                "now exists with most of the organisations involved in the DIISP.",
            ),
        ],
    },
}

CASE_STUDIES_B = [WORK_TO_GROW, EXPERTISES_PARTAGEES, DIISP]
