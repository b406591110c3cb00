"""Demo course: social enterprise as a training tool. Facts from Work to Grow (seed 002) and
its case study; the wording is the portal's own."""

from courses.demo.blocks import callout, choice, heading, question, quiz, reflection, text

COURSE = {
    "slug": "entreprise-sociale",
    "slug_en": "social-enterprise",
    "level": "intermediate",
    "workload_hours": 4,
    "navigation": "free",
    "case_studies": ["work-to-grow"],
    "fr": {
        "title": "L'entreprise sociale, outil de formation",
        "intro": (
            "Comment une activité réelle, avec de vrais clients, peut aider des personnes "
            "très éloignées de l'emploi à apprendre un métier. Le cours s'appuie sur le "
            "projet européen Work to Grow."
        ),
        "audience": (
            "Ce cours s'adresse aux éducateurs spécialisés, aux formateurs et aux tuteurs "
            "qui accompagnent des personnes très éloignées de l'emploi. Il intéresse aussi "
            "les équipes qui veulent créer un atelier de formation."
        ),
        "outcomes": [
            "Expliquer ce qu'est l'économie sociale et pourquoi elle peut servir à former.",
            "Décrire comment le projet Work to Grow a formé des éducateurs spécialisés à "
            "l'étranger.",
            "Organiser un atelier de formation comme une petite entreprise, avec de vrais "
            "clients, des rôles et des règles de qualité.",
            "Confier aux stagiaires des responsabilités et des choix adaptés à leur situation.",
            "Repérer les compétences acquises et les faire reconnaître par écrit.",
        ],
        "prerequisites": (
            "Il est utile d'avoir déjà accompagné ou formé des personnes en difficulté. "
            "Aucune connaissance de l'économie sociale n'est demandée."
        ),
    },
    "en": {
        "title": "Social enterprise as a training tool",
        "intro": (
            "How real work, with real customers, can help people who are very far from "
            "employment learn a trade. The course builds on the European project Work to "
            "Grow."
        ),
        "audience": (
            "This course is for specialist educators, trainers and tutors who support people "
            "who are very far from employment. It is also useful for teams who want to set up "
            "a training workshop."
        ),
        "outcomes": [
            "Explain what the social economy is and why it can be used for training.",
            "Describe how the Work to Grow project trained specialist educators abroad.",
            "Organise a training workshop as a small business, with real customers, roles "
            "and quality rules.",
            "Give trainees responsibilities and choices that suit their situation.",
            "Identify the skills people have gained and have them recognised in writing.",
        ],
        "prerequisites": (
            "It helps to have already supported or trained people in difficulty. No "
            "knowledge of the social economy is needed."
        ),
    },
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "economie-sociale-outil-de-formation",
            "slug_en": "social-economy-as-a-training-tool",
            "fr": {
                "title": "L'économie sociale, un outil de formation",
                "intro": (
                    "Ce module explique ce qu'est l'économie sociale et pourquoi elle convient "
                    "aux personnes éloignées du travail. Il présente aussi ce que les "
                    "éducateurs de Work to Grow sont allés apprendre à l'étranger."
                ),
            },
            "en": {
                "title": "The social economy as a training tool",
                "intro": (
                    "This module explains what the social economy is and why it suits people "
                    "who are far from work. It also presents what the Work to Grow educators "
                    "went abroad to learn."
                ),
            },
            "lessons": [
                {
                    "slug": "qu-est-ce-que-l-economie-sociale",
                    "slug_en": "what-is-the-social-economy",
                    "minutes": 30,
                    "fr": {
                        "title": "Qu'est-ce que l'économie sociale ?",
                        "intro": (
                            "Une définition simple, et les raisons pour lesquelles elle aide "
                            "les personnes loin de l'emploi."
                        ),
                        "body": [
                            text(
                                "L'économie sociale regroupe des structures qui produisent des "
                                "biens ou des services, comme toute entreprise. Mais leur but "
                                "premier n'est pas de faire le plus de profit possible. Elles "
                                "servent d'abord un objectif social : créer des emplois, aider "
                                "des personnes à s'en sortir, rendre service au quartier.",
                                "On y trouve par exemple des associations, des coopératives, "
                                "des mutuelles et des entreprises sociales.",
                            ),
                            heading("Une entreprise pas comme les autres"),
                            text(
                                "Une entreprise sociale vend de vrais produits ou de vrais "
                                "services. Elle a des clients, des délais et des comptes à "
                                "tenir. Mais elle se sert de ce travail pour faire progresser "
                                "des personnes.",
                                [
                                    "Elle produit quelque chose d'utile, que des clients "
                                    "achètent.",
                                    "Elle réinvestit ses bénéfices dans son projet social.",
                                    "Elle associe souvent les personnes concernées aux décisions.",
                                ],
                            ),
                            heading("Pourquoi cela convient aux personnes éloignées du travail"),
                            text(
                                "Les éducateurs spécialisés accompagnent des personnes en "
                                "grande difficulté : dépendance de longue durée à l'alcool ou "
                                "aux drogues, problèmes de santé, absence de logement, "
                                "familles en crise, jeunes migrants non accompagnés, chômage "
                                "de très longue durée.",
                                "Les formations classiques, en salle et en institution, leur "
                                "restent souvent fermées. Ces personnes ont peu de bases "
                                "scolaires et pas de vraie expérience du travail. Dans un "
                                "atelier qui produit, elles apprennent en faisant. Elles "
                                "voient tout de suite à quoi sert ce qu'elles apprennent.",
                                "Le travail réel apporte aussi un cadre : des horaires, une "
                                "équipe, un client à satisfaire. Ce cadre aide à reprendre un "
                                "rythme. Il prépare à ce qu'on attendra plus tard sur un poste de "
                                "travail ordinaire.",
                            ),
                            callout(
                                "key_point",
                                "À retenir",
                                "Dans l'entreprise sociale, l'activité économique est un "
                                "moyen. Le but, c'est la personne : ce qu'elle apprend, ce "
                                "qu'elle devient, la place qu'elle trouve.",
                            ),
                            callout(
                                "example",
                                "Un exemple pour se représenter l'idée",
                                "Cet exemple est imaginé. Une association gère un atelier de "
                                "réparation de vélos. Les habitants y déposent leur vélo et "
                                "paient la réparation. Les stagiaires apprennent la mécanique sur "
                                "de vrais vélos, pour de vrais clients. Le formateur montre les "
                                "gestes, corrige et encourage. Peu à peu, certains stagiaires "
                                "accueillent eux-mêmes les clients et leur expliquent la "
                                "réparation.",
                            ),
                            reflection(
                                "Connaissez-vous une structure de l'économie sociale près de "
                                "chez vous ? Que produit-elle, et qui y apprend un métier ?",
                                "Pensez aux associations, aux ressourceries, aux jardins "
                                "solidaires ou aux restaurants d'insertion.",
                            ),
                        ],
                    },
                    "en": {
                        "title": "What is the social economy?",
                        "intro": (
                            "A simple definition, and the reasons why it helps people who "
                            "are far from employment."
                        ),
                        "body": [
                            text(
                                "The social economy brings together organisations that "
                                "produce goods or services, like any business. But their "
                                "first aim is not to make as much profit as possible. They "
                                "serve a social goal first: creating jobs, helping people get "
                                "back on their feet, being useful to the neighbourhood.",
                                "Examples include associations, cooperatives, mutual societies "
                                "and social enterprises.",
                            ),
                            heading("A business with a difference"),
                            text(
                                "A social enterprise sells real products or real services. It "
                                "has customers, deadlines and accounts to keep. But it uses "
                                "this work to help people make progress.",
                                [
                                    "It produces something useful that customers buy.",
                                    "It puts its profits back into its social project.",
                                    "It often involves the people concerned in decisions.",
                                ],
                            ),
                            heading("Why it suits people who are far from work"),
                            text(
                                "Specialist educators support people in great difficulty: "
                                "long-term addiction to alcohol or drugs, health problems, "
                                "homelessness, families in crisis, unaccompanied young "
                                "migrants, very long-term unemployment.",
                                "Mainstream courses, in a classroom and in an institution, "
                                "are often closed to them. These people have little schooling "
                                "and no real experience of work. In a workshop that produces "
                                "things, they learn by doing. They see straight away what "
                                "their learning is for.",
                                "Real work also brings a framework: working hours, a team, a "
                                "customer to satisfy. This framework helps people get back into a "
                                "routine. It prepares them for what will be expected later in an "
                                "ordinary job.",
                            ),
                            callout(
                                "key_point",
                                "Remember",
                                "In a social enterprise, the business activity is a means. "
                                "The goal is the person: what they learn, who they become, "
                                "the place they find.",
                            ),
                            callout(
                                "example",
                                "An example to picture the idea",
                                "This example is imagined. An association runs a bicycle repair "
                                "workshop. Local people drop off their bikes and pay for the "
                                "repair. Trainees learn mechanics on real bikes, for real "
                                "customers. The trainer shows how to do the work, corrects and "
                                "encourages. Little by little, some trainees welcome the "
                                "customers themselves and explain the repair to them.",
                            ),
                            reflection(
                                "Do you know a social-economy organisation near you? What "
                                "does it produce, and who learns a trade there?",
                                "Think of associations, reuse centres, community gardens or "
                                "work-integration restaurants.",
                            ),
                        ],
                    },
                },
                {
                    "slug": "work-to-grow-a-l-etranger",
                    "slug_en": "work-to-grow-abroad",
                    "minutes": 30,
                    "fr": {
                        "title": "Ce que les éducateurs de Work to Grow ont appris à l'étranger",
                        "intro": (
                            "Qui est parti, où, pour apprendre quoi, et ce qui s'est passé "
                            "au retour."
                        ),
                        "body": [
                            text(
                                "Work to Grow est un projet européen de mobilité, financé par "
                                "Erasmus+. Il a duré du 1er septembre 2014 au 31 août 2016. "
                                "L'association Relience, en France, l'a porté.",
                                "Son point de départ : les éducateurs spécialisés font face à "
                                "des situations pour lesquelles leur diplôme ne les a pas "
                                "toujours préparés. Le projet leur offre une formation en "
                                "plus, hors de France.",
                            ),
                            heading("Qui est parti, et où ?"),
                            text(
                                "36 éducateurs spécialisés, tous diplômés et expérimentés, ont "
                                "pris part aux mobilités. Les partenaires des trois pays se "
                                "connaissaient déjà bien : ils avaient travaillé ensemble dans "
                                "des projets précédents. Les éducateurs sont allés dans ces trois "
                                "pays :",
                                [
                                    "18 mobilités vers la Suède ;",
                                    "8 mobilités vers la Roumanie ;",
                                    "8 mobilités vers le Royaume-Uni.",
                                ],
                            ),
                            heading("Ce qu'ils ont appris"),
                            text(
                                "Dans chaque pays, des partenaires reconnus pour leur expertise "
                                "ont conçu et animé des modules sur l'économie sociale. Trois "
                                "thèmes revenaient :",
                                [
                                    "l'autonomisation (empowerment) et la motivation ;",
                                    "le développement d'une entreprise sociale ;",
                                    "la réinsertion par le travail réel.",
                                ],
                                "Des visites de projets locaux complétaient les cours. Les "
                                "éducateurs voyaient ainsi sur le terrain comment d'autres "
                                "pays forment et accompagnent.",
                            ),
                            callout(
                                "key_point",
                                "Le but de ces voyages",
                                "Découvrir d'autres systèmes de formation, et rapporter en "
                                "France de bonnes pratiques pour moderniser la formation "
                                "professionnelle. L'économie sociale sert ici d'outil pour "
                                "rendre la formation possible pour tous, tout au long de la "
                                "vie.",
                            ),
                            heading("Et au retour ?"),
                            text(
                                "De retour en France, les participants transmettent ce qu'ils ont "
                                "appris à leurs collègues et aux partenaires locaux. Ils font "
                                "aussi remonter leurs idées à la direction et au conseil "
                                "d'administration, pour orienter la stratégie de l'association. "
                                "Ensemble, ils rédigent un rapport de projet complet. Les "
                                "personnes accompagnées en profitent aussi : on leur propose des "
                                "services adaptés, pensés à partir de ce que les éducateurs ont "
                                "vu.",
                                "Le but à long terme : créer des mini-entreprises d'essai qui "
                                "servent d'ateliers de formation. Le module suivant montre "
                                "comment les faire fonctionner.",
                            ),
                            callout(
                                "tip",
                                "Partager ce qu'on a appris",
                                "Après une formation ou une visite, prenez un temps court avec "
                                "votre équipe. Racontez ce que vous avez vu, ce qui vous a "
                                "surpris, et une idée que vous aimeriez essayer chez vous. Une "
                                "idée testée en petit convainc souvent mieux qu'un long compte "
                                "rendu.",
                            ),
                        ],
                    },
                    "en": {
                        "title": "What the Work to Grow educators learned abroad",
                        "intro": (
                            "Who went, where, to learn what, and what happened once they "
                            "came back."
                        ),
                        "body": [
                            text(
                                "Work to Grow is a European mobility project, funded by "
                                "Erasmus+. It ran from 1 September 2014 to 31 August 2016. "
                                "The association Relience, in France, led it.",
                                "Its starting point: specialist educators face situations for "
                                "which their qualification has not always prepared them. The "
                                "project offers them extra training, outside France.",
                            ),
                            heading("Who went, and where?"),
                            text(
                                "36 specialist educators, all qualified and experienced, took "
                                "part in the mobilities. The partners in the three countries "
                                "already knew each other well: they had worked together on "
                                "earlier projects. The educators went to these three countries:",
                                [
                                    "18 mobilities to Sweden;",
                                    "8 mobilities to Romania;",
                                    "8 mobilities to the United Kingdom.",
                                ],
                            ),
                            heading("What they learned"),
                            text(
                                "In each country, partners known for their expertise designed "
                                "and taught modules on the social economy. Three themes came "
                                "back again and again:",
                                [
                                    "empowerment and motivation;",
                                    "developing a social business;",
                                    "rehabilitation through real work.",
                                ],
                                "Visits to local projects completed the courses. In this way "
                                "the educators saw on the ground how other countries train "
                                "and support people.",
                            ),
                            callout(
                                "key_point",
                                "The purpose of these trips",
                                "To discover other training systems, and bring good practice "
                                "back to France to modernise vocational training. Here the "
                                "social economy is a tool to make learning possible for "
                                "everyone, throughout life.",
                            ),
                            heading("And back home?"),
                            text(
                                "Back in France, the participants pass on what they learned to "
                                "their colleagues and to local partners. They also share their "
                                "ideas with senior management and the board, to guide the "
                                "association's strategy. Together, they write a full project "
                                "report. The people they support benefit too: they are offered "
                                "adapted services, designed from what the educators saw.",
                                "The long-term goal: to create test-bed mini-enterprises that "
                                "serve as training workshops. The next module shows how to "
                                "run them.",
                            ),
                            callout(
                                "tip",
                                "Sharing what you learned",
                                "After a course or a visit, take a short moment with your team. "
                                "Tell them what you saw, what surprised you, and one idea you "
                                "would like to try at home. An idea tried out on a small scale is "
                                "often more convincing than a long report.",
                            ),
                        ],
                    },
                },
                {
                    "slug": "verifier-ses-acquis-economie-sociale",
                    "slug_en": "check-your-understanding-social-economy",
                    "minutes": 10,
                    "fr": {
                        "title": "Vérifier ses acquis : l'économie sociale",
                        "intro": "Un court quiz sur les deux leçons du module.",
                        "body": [
                            text(
                                "Répondez à ces questions pour voir ce que vous avez retenu "
                                "sur l'économie sociale et sur Work to Grow. Relisez les "
                                "leçons si besoin."
                            ),
                            quiz(
                                "Quatre questions. Il faut 75 % de bonnes réponses pour réussir.",
                                75,
                                [
                                    question(
                                        "single",
                                        "Quel est le but premier d'une entreprise sociale ?",
                                        [
                                            choice(
                                                "Faire le plus de profit possible pour ses "
                                                "propriétaires.",
                                                False,
                                                "Non. Une entreprise sociale vend de vrais "
                                                "produits, mais le profit n'est pas son but "
                                                "premier.",
                                            ),
                                            choice(
                                                "Servir un objectif social, par exemple faire "
                                                "progresser des personnes.",
                                                True,
                                                "Oui. L'activité économique est un moyen ; le "
                                                "but, c'est la personne.",
                                            ),
                                            choice(
                                                "Remplacer tous les centres de formation "
                                                "classiques.",
                                                False,
                                                "Non. Elle offre une autre voie à ceux que les "
                                                "formations classiques n'atteignent pas, sans "
                                                "les remplacer.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "multiple",
                                        "Pourquoi un atelier qui produit vraiment convient-il "
                                        "aux personnes éloignées du travail ? Plusieurs "
                                        "réponses sont possibles.",
                                        [
                                            choice(
                                                "On y apprend en faisant, sans avoir besoin de "
                                                "solides bases scolaires.",
                                                True,
                                                "Oui. Le geste s'apprend sur le poste de "
                                                "travail, pas d'abord dans un livre.",
                                            ),
                                            choice(
                                                "On voit tout de suite à quoi sert ce qu'on "
                                                "apprend.",
                                                True,
                                                "Oui. Le lien entre l'effort et le résultat "
                                                "est visible, ce qui motive.",
                                            ),
                                            choice(
                                                "Le travail est fait pour de vrais clients.",
                                                True,
                                                "Oui. Un vrai client donne du sens et du "
                                                "poids au travail bien fait.",
                                            ),
                                            choice(
                                                "Il n'y a ni règles ni délais à respecter.",
                                                False,
                                                "Non. Une entreprise sociale a des clients, "
                                                "des délais et des comptes à tenir.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "Dans Work to Grow, ce sont les personnes "
                                        "accompagnées qui sont parties se former à "
                                        "l'étranger.",
                                        [
                                            choice(
                                                "Vrai",
                                                False,
                                                "Non. Ce sont 36 éducateurs spécialisés qui "
                                                "sont partis ; les personnes accompagnées "
                                                "profitent ensuite de ce qu'ils ont appris.",
                                            ),
                                            choice(
                                                "Faux",
                                                True,
                                                "Exact. Les mobilités concernaient les "
                                                "éducateurs, qui ont ensuite adapté leurs "
                                                "pratiques en France.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "Que font les participants de Work to Grow à leur "
                                        "retour en France ?",
                                        [
                                            choice(
                                                "Ils gardent ce qu'ils ont appris pour leur "
                                                "propre pratique.",
                                                False,
                                                "Non. Le projet compte sur le partage : ce "
                                                "qui reste dans une seule tête profite à peu "
                                                "de monde.",
                                            ),
                                            choice(
                                                "Ils transmettent leurs acquis à leurs "
                                                "collègues et partenaires, et nourrissent la "
                                                "stratégie de l'association.",
                                                True,
                                                "Oui. Ils partagent sur le terrain et font "
                                                "remonter leurs idées à la direction et au "
                                                "conseil d'administration.",
                                            ),
                                            choice(
                                                "Ils ouvrent chacun leur propre entreprise "
                                                "sociale.",
                                                False,
                                                "Non. Le but est de faire évoluer les "
                                                "ateliers de formation de l'association, pas "
                                                "de créer des entreprises personnelles.",
                                            ),
                                        ],
                                    ),
                                ],
                            ),
                        ],
                    },
                    "en": {
                        "title": "Check your understanding: the social economy",
                        "intro": "A short quiz on the two lessons of the module.",
                        "body": [
                            text(
                                "Answer these questions to see what you remember about the "
                                "social economy and about Work to Grow. Read the lessons "
                                "again if needed."
                            ),
                            quiz(
                                "Four questions. You need 75% correct answers to pass.",
                                75,
                                [
                                    question(
                                        "single",
                                        "What is the first aim of a social enterprise?",
                                        [
                                            choice(
                                                "To make as much profit as possible for its "
                                                "owners.",
                                                False,
                                                "No. A social enterprise sells real products, "
                                                "but profit is not its first aim.",
                                            ),
                                            choice(
                                                "To serve a social goal, for example helping "
                                                "people make progress.",
                                                True,
                                                "Yes. The business activity is a means; the "
                                                "goal is the person.",
                                            ),
                                            choice(
                                                "To replace all mainstream training centres.",
                                                False,
                                                "No. It offers another path to those that "
                                                "mainstream courses do not reach, without "
                                                "replacing them.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "multiple",
                                        "Why does a workshop that really produces things suit "
                                        "people who are far from work? Several answers are "
                                        "possible.",
                                        [
                                            choice(
                                                "People learn by doing, without needing strong "
                                                "schooling.",
                                                True,
                                                "Yes. The skill is learned at the workstation, "
                                                "not first from a book.",
                                            ),
                                            choice(
                                                "People see straight away what their learning "
                                                "is for.",
                                                True,
                                                "Yes. The link between effort and result is "
                                                "visible, and that motivates.",
                                            ),
                                            choice(
                                                "The work is done for real customers.",
                                                True,
                                                "Yes. A real customer gives meaning and weight "
                                                "to work done well.",
                                            ),
                                            choice(
                                                "There are no rules and no deadlines.",
                                                False,
                                                "No. A social enterprise has customers, "
                                                "deadlines and accounts to keep.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "In Work to Grow, it was the people being supported "
                                        "who went abroad for training.",
                                        [
                                            choice(
                                                "True",
                                                False,
                                                "No. It was 36 specialist educators who went; "
                                                "the people they support then benefit from "
                                                "what they learned.",
                                            ),
                                            choice(
                                                "False",
                                                True,
                                                "Right. The mobilities were for the "
                                                "educators, who then adapted their practice in "
                                                "France.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "What do the Work to Grow participants do when they "
                                        "come back to France?",
                                        [
                                            choice(
                                                "They keep what they learned for their own "
                                                "practice.",
                                                False,
                                                "No. The project relies on sharing: what stays "
                                                "in one head helps few people.",
                                            ),
                                            choice(
                                                "They pass on what they learned to colleagues "
                                                "and partners, and feed the association's "
                                                "strategy.",
                                                True,
                                                "Yes. They share in the field and bring their "
                                                "ideas to senior management and the board.",
                                            ),
                                            choice(
                                                "They each open their own social enterprise.",
                                                False,
                                                "No. The aim is to improve the association's "
                                                "training workshops, not to start personal "
                                                "businesses.",
                                            ),
                                        ],
                                    ),
                                ],
                            ),
                        ],
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "atelier-mini-entreprise",
            "slug_en": "workshop-as-a-mini-enterprise",
            "fr": {
                "title": "Faire tourner un atelier comme une mini-entreprise",
                "intro": (
                    "Ce module montre comment organiser un atelier de formation qui fonctionne "
                    "comme une petite entreprise : de vrais clients, des rôles clairs, de la "
                    "qualité et de l'argent à gérer. Le formateur y devient chef d'atelier."
                ),
            },
            "en": {
                "title": "Running a workshop as a mini-enterprise",
                "intro": (
                    "This module shows how to organise a training workshop that works like a "
                    "small business: real customers, clear roles, quality and money to "
                    "manage. The trainer becomes the workshop lead."
                ),
            },
            "lessons": [
                {
                    "slug": "clients-et-roles",
                    "slug_en": "customers-and-roles",
                    "minutes": 30,
                    "fr": {
                        "title": "De vrais clients, des rôles clairs",
                        "intro": (
                            "Pourquoi travailler pour de vrais clients, et comment répartir "
                            "les rôles dans l'équipe."
                        ),
                        "body": [
                            text(
                                "Work to Grow vise un modèle précis : la mini-entreprise "
                                "d'essai qui sert d'atelier de formation. L'atelier produit "
                                "pour de bon, mais son premier produit, c'est ce que les "
                                "personnes apprennent. L'un des modules suivis par les "
                                "éducateurs portait justement sur la réinsertion par le "
                                "travail réel.",
                                "Concrètement, une mini-entreprise de formation ressemble à une "
                                "petite entreprise ordinaire : elle a des clients, des commandes, "
                                "des horaires. La différence tient au rythme et à "
                                "l'accompagnement, adaptés à chaque stagiaire.",
                            ),
                            heading("Pourquoi de vrais clients ?"),
                            text(
                                "Un exercice en salle n'a pas le même poids qu'une commande. "
                                "Quand un client attend son travail, le stagiaire sait que ce "
                                "qu'il fait compte.",
                                [
                                    "Le client donne un vrai retour : il est content, ou il "
                                    "demande une correction.",
                                    "Les délais sont réels : il faut s'organiser pour livrer "
                                    "à temps.",
                                    "Le stagiaire peut montrer avec fierté ce qu'il a produit.",
                                ],
                            ),
                            callout(
                                "warning",
                                "Attention à la pression",
                                "De vrais clients, c'est aussi de la pression. Au début, "
                                "choisissez des commandes simples, avec des délais larges. Dites "
                                "aux clients qu'ils travaillent avec un atelier de formation : "
                                "ils seront plus patients. Prévoyez aussi une solution de secours "
                                "si l'équipe ne peut pas finir à temps.",
                            ),
                            heading("Des rôles comme dans une entreprise"),
                            text(
                                "Dans une mini-entreprise, chacun a un rôle. Les rôles restent "
                                "simples et peuvent changer d'une semaine à l'autre :",
                                [
                                    "accueillir les clients et prendre les commandes ;",
                                    "préparer le matériel et ranger le poste de travail ;",
                                    "produire ;",
                                    "vérifier la qualité avant de livrer ;",
                                    "tenir le carnet de commandes ou la caisse.",
                                ],
                                "Changer de rôle permet à chacun de découvrir plusieurs "
                                "métiers et de trouver ce qu'il aime faire.",
                            ),
                            callout(
                                "example",
                                "Exemple imaginé : un atelier traiteur",
                                "Six stagiaires préparent des plateaux-repas pour les réunions "
                                "d'une mairie. Cette semaine, un stagiaire prend les commandes au "
                                "téléphone. Deux autres cuisinent. Une stagiaire contrôle les "
                                "plateaux, et deux personnes livrent. La semaine suivante, les "
                                "rôles tournent. Le vendredi, l'équipe lit ensemble les retours "
                                "de la mairie.",
                            ),
                            reflection(
                                "Dans votre structure, quelle activité pourrait avoir de vrais "
                                "clients ? Quels rôles pourriez-vous confier aux stagiaires ?",
                                "Partez de ce que votre équipe sait déjà faire et de ce dont "
                                "le quartier a besoin.",
                            ),
                        ],
                    },
                    "en": {
                        "title": "Real customers, clear roles",
                        "intro": (
                            "Why work for real customers, and how to share out the roles in "
                            "the team."
                        ),
                        "body": [
                            text(
                                "Work to Grow aims at a clear model: the test-bed "
                                "mini-enterprise that serves as a training workshop. The "
                                "workshop really produces things, but its first product is "
                                "what people learn. One of the modules the educators followed "
                                "was precisely about rehabilitation through real work.",
                                "In practice, a training mini-enterprise looks like a small "
                                "ordinary business: it has customers, orders and working hours. "
                                "The difference lies in the pace and the support, adapted to each "
                                "trainee.",
                            ),
                            heading("Why real customers?"),
                            text(
                                "A classroom exercise does not carry the same weight as an "
                                "order. When a customer is waiting for the work, the trainee "
                                "knows that what they do matters.",
                                [
                                    "The customer gives real feedback: they are happy, or they "
                                    "ask for a correction.",
                                    "Deadlines are real: trainees must get organised to "
                                    "deliver on time.",
                                    "The trainee can proudly show what they have made.",
                                ],
                            ),
                            callout(
                                "warning",
                                "Watch the pressure",
                                "Real customers also mean pressure. At first, choose simple "
                                "orders with generous deadlines. Tell customers they are working "
                                "with a training workshop: they will be more patient. Also plan a "
                                "back-up solution in case the team cannot finish on time.",
                            ),
                            heading("Roles, as in a company"),
                            text(
                                "In a mini-enterprise, everyone has a role. The roles stay "
                                "simple and can change from one week to the next:",
                                [
                                    "welcoming customers and taking orders;",
                                    "preparing materials and tidying the workstation;",
                                    "producing;",
                                    "checking quality before delivery;",
                                    "keeping the order book or the till.",
                                ],
                                "Changing roles lets everyone discover several trades and "
                                "find what they like doing.",
                            ),
                            callout(
                                "example",
                                "An imagined example: a catering workshop",
                                "Six trainees prepare meal trays for meetings at a town hall. "
                                "This week, one trainee takes the orders by phone. Two others "
                                "cook. One trainee checks the trays, and two people deliver them. "
                                "The following week, the roles rotate. On Friday, the team reads "
                                "the town hall's feedback together.",
                            ),
                            reflection(
                                "In your organisation, which activity could have real "
                                "customers? Which roles could you give to trainees?",
                                "Start from what your team can already do and from what the "
                                "neighbourhood needs.",
                            ),
                        ],
                    },
                },
                {
                    "slug": "qualite-argent-chef-d-atelier",
                    "slug_en": "quality-money-workshop-lead",
                    "minutes": 30,
                    "fr": {
                        "title": "La qualité, l'argent et le chef d'atelier",
                        "intro": (
                            "Comment satisfaire les clients tout en faisant progresser les "
                            "stagiaires."
                        ),
                        "body": [
                            text(
                                "Une mini-entreprise de formation doit tenir deux promesses à "
                                "la fois. Elle doit satisfaire ses clients. Et elle doit "
                                "faire progresser ses stagiaires. Cette leçon montre comment "
                                "tenir les deux.",
                            ),
                            heading("La qualité, une affaire d'équipe"),
                            text(
                                "La qualité s'apprend. Donnez des repères simples, que tout le "
                                "monde peut comprendre, même sans savoir bien lire :",
                                [
                                    "une fiche avec des photos du travail bien fait ;",
                                    "une liste courte de points à vérifier avant de livrer ;",
                                    "un temps d'échange en fin de journée : ce qui a marché, "
                                    "ce qui est à refaire.",
                                ],
                                "Quand un travail n'est pas au niveau, on le refait ensemble, "
                                "sans honte : c'est ainsi que la qualité progresse.",
                            ),
                            heading("L'argent, un outil pour apprendre"),
                            text(
                                "L'argent fait partie de toute entreprise. En parler avec les "
                                "stagiaires les aide à comprendre le travail. Combien coûte "
                                "le matériel ? À quel prix vendre ? Que fait-on des recettes ?",
                                "Dans une entreprise sociale, les bénéfices repartent dans le "
                                "projet. Expliquez ces choix simplement, avec des chiffres ronds. "
                                "Un stagiaire qui calcule le prix d'un plateau apprend aussi à "
                                "compter, à lire un tableau et à parler avec un client.",
                            ),
                            callout(
                                "warning",
                                "Vérifier les règles avant d'ouvrir",
                                "Les règles sur la vente, la rémunération des stagiaires et "
                                "les assurances dépendent du statut de votre structure. "
                                "Vérifiez-les avec votre direction avant d'accueillir des "
                                "clients.",
                            ),
                            heading("Le formateur devient chef d'atelier"),
                            text(
                                "Dans la mini-entreprise, le formateur ne fait pas cours "
                                "devant un tableau. Il organise le travail, montre les gestes, "
                                "contrôle la qualité et rassure. Il garde un œil sur le client "
                                "et un œil sur chaque stagiaire.",
                                "Ce rôle demande de savoir quand intervenir et quand laisser "
                                "faire. Une erreur sans danger, repérée avant la livraison, "
                                "devient une occasion d'apprendre. Le chef d'atelier prend aussi "
                                "le temps de parler avec chacun de ses progrès, en dehors du "
                                "rythme des commandes.",
                            ),
                            callout(
                                "tip",
                                "Une journée type",
                                [
                                    "Le matin, présentez les commandes du jour et répartissez "
                                    "les rôles.",
                                    "Pendant le travail, passez à chaque poste et posez des "
                                    "questions avant de corriger.",
                                    "Le soir, faites un bilan court avec toute l'équipe.",
                                ],
                            ),
                        ],
                    },
                    "en": {
                        "title": "Quality, money and the workshop lead",
                        "intro": (
                            "How to satisfy customers while helping trainees make progress."
                        ),
                        "body": [
                            text(
                                "A training mini-enterprise must keep two promises at once. "
                                "It must satisfy its customers. And it must help its trainees "
                                "make progress. This lesson shows how to keep both.",
                            ),
                            heading("Quality is a team matter"),
                            text(
                                "Quality is something people learn. Give simple guides that "
                                "everyone can understand, even without reading well:",
                                [
                                    "a sheet with photos of work done well;",
                                    "a short list of points to check before delivery;",
                                    "a talk at the end of the day: what worked, what needs "
                                    "redoing.",
                                ],
                                "When a piece of work is not up to standard, the team redoes it "
                                "together, without shame: that is how quality improves.",
                            ),
                            heading("Money as a learning tool"),
                            text(
                                "Money is part of every business. Talking about it with "
                                "trainees helps them understand the work. How much do the "
                                "materials cost? At what price should we sell? What do we do "
                                "with the takings?",
                                "In a social enterprise, profits go back into the project. "
                                "Explain these choices simply, with round figures. A trainee who "
                                "works out the price of a tray also learns to count, to read a "
                                "table and to talk with a customer.",
                            ),
                            callout(
                                "warning",
                                "Check the rules before opening",
                                "The rules on selling, paying trainees and insurance depend "
                                "on the legal status of your organisation. Check them with "
                                "your management before you welcome customers.",
                            ),
                            heading("The trainer becomes the workshop lead"),
                            text(
                                "In the mini-enterprise, the trainer does not teach in front "
                                "of a board. They organise the work, show how to do things, "
                                "check quality and reassure. They keep one eye on the "
                                "customer and one eye on each trainee.",
                                "This role means knowing when to step in and when to let people "
                                "get on. A harmless mistake, spotted before delivery, becomes a "
                                "chance to learn. The workshop lead also takes time to talk with "
                                "each person about their progress, away from the pace of orders.",
                            ),
                            callout(
                                "tip",
                                "A typical day",
                                [
                                    "In the morning, present the day's orders and share out "
                                    "the roles.",
                                    "During the work, visit each workstation and ask "
                                    "questions before correcting.",
                                    "In the evening, hold a short review with the whole team.",
                                ],
                            ),
                        ],
                    },
                },
                {
                    "slug": "verifier-ses-acquis-mini-entreprise",
                    "slug_en": "check-your-understanding-mini-enterprise",
                    "minutes": 10,
                    "fr": {
                        "title": "Vérifier ses acquis : l'atelier mini-entreprise",
                        "intro": "Cinq questions pour faire le point sur le module.",
                        "body": [
                            text(
                                "Ce quiz reprend les clients, les rôles, la qualité, l'argent "
                                "et le rôle du chef d'atelier. Prenez votre temps."
                            ),
                            quiz(
                                "Cinq questions. Le quiz est réussi à partir de 75 % de "
                                "bonnes réponses.",
                                75,
                                [
                                    question(
                                        "single",
                                        "Quel est le premier produit d'une mini-entreprise "
                                        "de formation ?",
                                        [
                                            choice(
                                                "Le chiffre d'affaires.",
                                                False,
                                                "Non. Les ventes comptent, mais elles servent "
                                                "le projet de formation.",
                                            ),
                                            choice(
                                                "Ce que les stagiaires apprennent.",
                                                True,
                                                "Oui. L'atelier produit pour de bon, mais son "
                                                "but est de faire progresser les personnes.",
                                            ),
                                            choice(
                                                "La publicité pour la structure.",
                                                False,
                                                "Non. Une bonne image peut en découler, mais "
                                                "ce n'est pas le but de l'atelier.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "multiple",
                                        "Qu'apportent de vrais clients aux stagiaires ? "
                                        "Plusieurs réponses sont possibles.",
                                        [
                                            choice(
                                                "Un retour concret sur leur travail.",
                                                True,
                                                "Oui. Le client dit s'il est content ou s'il "
                                                "faut corriger.",
                                            ),
                                            choice(
                                                "Des délais réels, qui apprennent à s'organiser.",
                                                True,
                                                "Oui. Livrer à temps s'apprend face à une "
                                                "vraie attente.",
                                            ),
                                            choice(
                                                "La fierté de montrer ce qu'ils ont produit.",
                                                True,
                                                "Oui. Un travail acheté et utilisé donne "
                                                "confiance.",
                                            ),
                                            choice(
                                                "L'assurance de ne jamais se tromper.",
                                                False,
                                                "Non. Les erreurs restent possibles ; le chef "
                                                "d'atelier aide à les repérer avant la "
                                                "livraison.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "Faire tourner les rôles d'une semaine à l'autre aide "
                                        "les stagiaires à découvrir plusieurs métiers.",
                                        [
                                            choice(
                                                "Vrai",
                                                True,
                                                "Oui. Accueil, production, contrôle, caisse : "
                                                "chacun essaie et trouve ce qu'il aime.",
                                            ),
                                            choice(
                                                "Faux",
                                                False,
                                                "Non. Changer de rôle ouvre au contraire sur "
                                                "plusieurs tâches et plusieurs métiers.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "Un stagiaire fait une petite erreur sans danger sur "
                                        "une commande. Que fait le chef d'atelier ?",
                                        [
                                            choice(
                                                "Il refait le travail lui-même sans rien dire.",
                                                False,
                                                "Non. Le client est servi, mais le stagiaire "
                                                "n'apprend rien de son erreur.",
                                            ),
                                            choice(
                                                "Il aide le stagiaire à repérer l'erreur et à "
                                                "la corriger avant la livraison.",
                                                True,
                                                "Oui. Le client reçoit un travail correct, et "
                                                "l'erreur devient une occasion d'apprendre.",
                                            ),
                                            choice(
                                                "Il retire le stagiaire de l'atelier.",
                                                False,
                                                "Non. Une petite erreur fait partie de "
                                                "l'apprentissage ; sanctionner décourage.",
                                            ),
                                            choice(
                                                "Il livre la commande telle quelle pour gagner "
                                                "du temps.",
                                                False,
                                                "Non. Le client mérite un travail de qualité, "
                                                "même dans un atelier de formation.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "On peut accueillir des clients sans vérifier les "
                                        "règles de vente et d'assurance de sa structure.",
                                        [
                                            choice(
                                                "Vrai",
                                                False,
                                                "Non. Ces règles dépendent du statut de la "
                                                "structure ; il faut les vérifier avec la "
                                                "direction.",
                                            ),
                                            choice(
                                                "Faux",
                                                True,
                                                "Exact. Avant d'ouvrir, on vérifie la vente, "
                                                "la rémunération et les assurances.",
                                            ),
                                        ],
                                    ),
                                ],
                            ),
                        ],
                    },
                    "en": {
                        "title": "Check your understanding: the mini-enterprise workshop",
                        "intro": "Five questions to take stock of the module.",
                        "body": [
                            text(
                                "This quiz covers customers, roles, quality, money and the "
                                "role of the workshop lead. Take your time."
                            ),
                            quiz(
                                "Five questions. You pass the quiz with 75% correct answers "
                                "or more.",
                                75,
                                [
                                    question(
                                        "single",
                                        "What is the first product of a training mini-enterprise?",
                                        [
                                            choice(
                                                "Its turnover.",
                                                False,
                                                "No. Sales matter, but they serve the "
                                                "training project.",
                                            ),
                                            choice(
                                                "What the trainees learn.",
                                                True,
                                                "Yes. The workshop really produces things, "
                                                "but its aim is to help people make progress.",
                                            ),
                                            choice(
                                                "Advertising for the organisation.",
                                                False,
                                                "No. A good image may follow, but it is not "
                                                "the purpose of the workshop.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "multiple",
                                        "What do real customers bring to trainees? Several "
                                        "answers are possible.",
                                        [
                                            choice(
                                                "Concrete feedback on their work.",
                                                True,
                                                "Yes. The customer says whether they are "
                                                "happy or something needs fixing.",
                                            ),
                                            choice(
                                                "Real deadlines, which teach them to get "
                                                "organised.",
                                                True,
                                                "Yes. Delivering on time is learned when "
                                                "someone is really waiting.",
                                            ),
                                            choice(
                                                "The pride of showing what they have made.",
                                                True,
                                                "Yes. Work that is bought and used builds "
                                                "confidence.",
                                            ),
                                            choice(
                                                "The certainty of never making a mistake.",
                                                False,
                                                "No. Mistakes can still happen; the workshop "
                                                "lead helps spot them before delivery.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "Rotating roles from one week to the next helps "
                                        "trainees discover several trades.",
                                        [
                                            choice(
                                                "True",
                                                True,
                                                "Yes. Welcome, production, checking, till: "
                                                "everyone tries and finds what they like.",
                                            ),
                                            choice(
                                                "False",
                                                False,
                                                "No. Changing roles actually opens up several "
                                                "tasks and several trades.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "A trainee makes a small, harmless mistake on an "
                                        "order. What does the workshop lead do?",
                                        [
                                            choice(
                                                "Redoes the work themselves without a word.",
                                                False,
                                                "No. The customer is served, but the trainee "
                                                "learns nothing from the mistake.",
                                            ),
                                            choice(
                                                "Helps the trainee spot the mistake and fix it "
                                                "before delivery.",
                                                True,
                                                "Yes. The customer gets correct work, and the "
                                                "mistake becomes a chance to learn.",
                                            ),
                                            choice(
                                                "Removes the trainee from the workshop.",
                                                False,
                                                "No. A small mistake is part of learning; "
                                                "punishing it discourages.",
                                            ),
                                            choice(
                                                "Delivers the order as it is to save time.",
                                                False,
                                                "No. The customer deserves quality work, even "
                                                "from a training workshop.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "You can welcome customers without checking your "
                                        "organisation's rules on selling and insurance.",
                                        [
                                            choice(
                                                "True",
                                                False,
                                                "No. These rules depend on the organisation's "
                                                "status; check them with management.",
                                            ),
                                            choice(
                                                "False",
                                                True,
                                                "Right. Before opening, check the rules on "
                                                "selling, pay and insurance.",
                                            ),
                                        ],
                                    ),
                                ],
                            ),
                        ],
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "autonomisation",
            "slug_en": "empowerment",
            "fr": {
                "title": "L'autonomisation : donner le pouvoir d'agir",
                "intro": (
                    "Ce module porte sur l'autonomisation (empowerment) : confier aux "
                    "stagiaires des responsabilités et des choix, et faire reconnaître leurs "
                    "compétences."
                ),
            },
            "en": {
                "title": "Empowerment: giving people the power to act",
                "intro": (
                    "This module is about empowerment: giving trainees responsibilities and "
                    "choices, and having their skills recognised."
                ),
            },
            "lessons": [
                {
                    "slug": "responsabilites-et-choix",
                    "slug_en": "responsibility-and-choice",
                    "minutes": 30,
                    "fr": {
                        "title": "Des responsabilités et des choix",
                        "intro": (
                            "Comment aider une personne à reprendre la main, pas à pas, dans "
                            "l'atelier."
                        ),
                        "body": [
                            text(
                                "L'autonomisation, ou empowerment, était l'un des thèmes de "
                                "formation de Work to Grow, avec la motivation. L'idée : la "
                                "personne n'est pas seulement aidée. Elle reprend peu à peu la "
                                "main sur sa vie et sur son parcours.",
                                "Le projet parle d'un chemin vers l'indépendance. Dans "
                                "l'atelier, les personnes se fixent de nouveaux objectifs. "
                                "Elles sont accompagnées pour apprendre à s'aider elles-mêmes.",
                                "Pour le formateur, cela change la posture : il ne décide plus de "
                                "tout. Il crée les conditions pour que la personne essaie, se "
                                "trompe parfois, et réussisse.",
                            ),
                            heading("Confier des responsabilités, marche après marche"),
                            text(
                                "Une responsabilité trop lourde décourage. Une responsabilité "
                                "trop légère n'apprend rien. Avancez par petites marches :",
                                [
                                    "d'abord, une tâche simple dont le stagiaire est seul "
                                    "responsable ;",
                                    "ensuite, une tâche qui compte pour toute l'équipe, comme "
                                    "vérifier la qualité ;",
                                    "plus tard, un rôle de référent : accueillir un nouveau "
                                    "venu, présenter l'atelier à un client.",
                                ],
                            ),
                            callout(
                                "example",
                                "Exemple imaginé : l'atelier couture",
                                "Une stagiaire très timide commence par ranger les tissus "
                                "chaque soir. Trois semaines plus tard, elle contrôle les "
                                "ourlets avant la livraison. Un jour, c'est elle qui montre "
                                "les gestes à une nouvelle arrivée.",
                            ),
                            heading("Laisser choisir"),
                            text(
                                "Choisir, cela s'apprend aussi. Beaucoup de personnes "
                                "accompagnées ont eu peu de choix dans leur vie. Proposez des "
                                "choix réels, même petits :",
                                [
                                    "quel poste occuper cette semaine ;",
                                    "quel objectif travailler ce mois-ci ;",
                                    "comment organiser une commande avec l'équipe.",
                                ],
                                "Un choix réel, c'est un choix dont vous acceptez le résultat. Si "
                                "vous décidez à la place de la personne à la fin, elle le "
                                "sentira. Au début, proposez seulement deux options : trop de "
                                "choix peut inquiéter.",
                            ),
                            callout(
                                "tip",
                                "Motiver sans pousser",
                                "Rappelez à la personne ce qu'elle a déjà réussi. Fixez avec elle "
                                "un objectif à sa portée. Fêtez les progrès, même modestes. "
                                "Demandez-lui aussi ce qui l'aide à avancer : chacun a ses "
                                "propres raisons de s'engager.",
                            ),
                            reflection(
                                "Pensez à une personne que vous accompagnez. Quelle "
                                "responsabilité nouvelle pourriez-vous lui confier le mois "
                                "prochain ? Quel choix pourriez-vous lui laisser ?",
                                "Choisissez une marche à peine plus haute que ce qu'elle fait "
                                "déjà.",
                            ),
                        ],
                    },
                    "en": {
                        "title": "Responsibility and choice",
                        "intro": (
                            "How to help a person take back control, step by step, in the "
                            "workshop."
                        ),
                        "body": [
                            text(
                                "Empowerment was one of the training themes of Work to Grow, "
                                "together with motivation. The idea: the person is not only "
                                "helped. Little by little, they take back control of their "
                                "life and their path.",
                                "The project speaks of a road to independence. In the "
                                "workshop, people set themselves new goals. They are coached "
                                "to learn to help themselves.",
                                "For the trainer, this changes their stance: they no longer "
                                "decide everything. They create the conditions for the person to "
                                "try, sometimes get it wrong, and succeed.",
                            ),
                            heading("Giving responsibility, one step at a time"),
                            text(
                                "Too much responsibility discourages. Too little teaches "
                                "nothing. Move forward in small steps:",
                                [
                                    "first, a simple task that the trainee alone is "
                                    "responsible for;",
                                    "next, a task that matters to the whole team, such as "
                                    "checking quality;",
                                    "later, a reference role: welcoming a newcomer, "
                                    "presenting the workshop to a customer.",
                                ],
                            ),
                            callout(
                                "example",
                                "An imagined example: the sewing workshop",
                                "A very shy trainee starts by tidying away the fabric every "
                                "evening. Three weeks later, she checks the hems before "
                                "delivery. One day, she is the one who shows a newcomer how "
                                "to do the work.",
                            ),
                            heading("Letting people choose"),
                            text(
                                "Choosing is something people learn, too. Many of the people "
                                "we support have had few choices in their lives. Offer real "
                                "choices, even small ones:",
                                [
                                    "which workstation to take this week;",
                                    "which goal to work on this month;",
                                    "how to organise an order with the team.",
                                ],
                                "A real choice is one whose outcome you accept. If you decide for "
                                "the person in the end, they will feel it. At first, offer only "
                                "two options: too many choices can be worrying.",
                            ),
                            callout(
                                "tip",
                                "Motivating without pushing",
                                "Remind the person of what they have already achieved. Set a goal "
                                "within their reach together. Celebrate progress, even small "
                                "progress. Also ask them what helps them move forward: everyone "
                                "has their own reasons to get involved.",
                            ),
                            reflection(
                                "Think of a person you support. What new responsibility could "
                                "you give them next month? What choice could you leave to "
                                "them?",
                                "Pick a step only slightly higher than what they already do.",
                            ),
                        ],
                    },
                },
                {
                    "slug": "reconnaitre-les-competences",
                    "slug_en": "recognising-skills",
                    "minutes": 30,
                    "fr": {
                        "title": "Reconnaître les compétences",
                        "intro": (
                            "Rendre visible ce que la personne a appris, à l'exemple des "
                            "certificats obtenus dans Work to Grow."
                        ),
                        "body": [
                            text(
                                "Apprendre ne suffit pas. Ce qu'on a appris doit aussi être "
                                "vu, nommé et reconnu. Pour une personne qui a peu de "
                                "diplômes, une trace écrite compte beaucoup. Elle ose en "
                                "parler à un employeur ou à un organisme de formation.",
                                "La reconnaissance change aussi le regard des autres : la "
                                "famille, les collègues ou un futur employeur voient ce que la "
                                "personne sait faire.",
                            ),
                            heading("L'exemple de Work to Grow"),
                            text(
                                "Les éducateurs de Work to Grow ont eux-mêmes vu leurs acquis "
                                "reconnus. Les participants ont obtenu :",
                                [
                                    "un certificat Europass, un format européen qui aide à "
                                    "faire lire ses compétences d'un pays à l'autre ;",
                                    "une partie du certificat européen en entreprise "
                                    "communautaire (ECCE), alors en cours d'accréditation par "
                                    "l'université Christ Church de Canterbury.",
                                ],
                                "Une formation faite en grande partie sur le terrain, hors "
                                "des murs de l'école, peut donc laisser une trace écrite.",
                            ),
                            callout(
                                "key_point",
                                "Le lien avec les stagiaires",
                                "Ce que les éducateurs ont vécu vaut aussi pour les personnes "
                                "qu'ils accompagnent. Une compétence apprise à l'atelier mérite, "
                                "elle aussi, d'être écrite et reconnue. Le projet voit l'économie "
                                "sociale comme une voie ouverte à tous, quels que soient les "
                                "acquis scolaires.",
                            ),
                            heading("Dans votre atelier"),
                            text(
                                "Vous pouvez reconnaître les compétences dès les premiers "
                                "jours, avec des outils simples :",
                                [
                                    "un carnet de compétences, rempli avec le stagiaire, avec "
                                    "des mots simples et des photos ;",
                                    "une attestation de l'atelier qui liste les tâches "
                                    "maîtrisées ;",
                                    "un CV Europass, préparé ensemble, pour présenter ses "
                                    "compétences à un employeur.",
                                ],
                                "Nommez chaque compétence avec les mots du métier : accueillir un "
                                "client, suivre une fiche qualité, tenir une caisse. Mettez le "
                                "document à jour avec le stagiaire, par exemple à chaque fin de "
                                "mois.",
                            ),
                            callout(
                                "tip",
                                "Parler des compétences, pas des manques",
                                "Dans les bilans, commencez par ce que la personne sait faire. "
                                "Ensuite seulement, parlez de ce qui reste à apprendre.",
                            ),
                            callout(
                                "warning",
                                "Demander l'accord de la personne",
                                "Demandez toujours son accord avant d'écrire ou de transmettre "
                                "un document qui la concerne. C'est son parcours, et ce sont "
                                "ses informations.",
                            ),
                            reflection(
                                "Quelles compétences un stagiaire de votre atelier a-t-il "
                                "acquises ce mois-ci ? Comment pourriez-vous les écrire avec lui "
                                "?",
                                "Utilisez des verbes d'action : accueillir, préparer, vérifier, "
                                "ranger.",
                            ),
                        ],
                    },
                    "en": {
                        "title": "Recognising skills",
                        "intro": (
                            "Making visible what the person has learned, following the "
                            "example of the certificates earned in Work to Grow."
                        ),
                        "body": [
                            text(
                                "Learning is not enough. What people have learned must also be "
                                "seen, named and recognised. For someone with few "
                                "qualifications, a written record matters a lot. They dare to "
                                "talk about it to an employer or a training provider.",
                                "Recognition also changes how others see the person: family, "
                                "colleagues or a future employer see what they can do.",
                            ),
                            heading("The Work to Grow example"),
                            text(
                                "The Work to Grow educators had their own learning "
                                "recognised. The participants earned:",
                                [
                                    "a Europass certificate, a European format that helps "
                                    "make one's skills readable from one country to another;",
                                    "part of the European Certificate in Community Enterprise "
                                    "(ECCE), then being accredited by Canterbury Christ Church "
                                    "University.",
                                ],
                                "So training done largely in the field, outside the walls of "
                                "a school, can leave a written record.",
                            ),
                            callout(
                                "key_point",
                                "The link with trainees",
                                "What the educators experienced also applies to the people they "
                                "support. A skill learned in the workshop also deserves to be "
                                "written down and recognised. The project sees the social economy "
                                "as a path open to everyone, whatever their prior learning.",
                            ),
                            heading("In your workshop"),
                            text(
                                "You can recognise skills from the very first days, with "
                                "simple tools:",
                                [
                                    "a skills booklet, filled in with the trainee, using "
                                    "simple words and photos;",
                                    "a workshop certificate listing the tasks mastered;",
                                    "a Europass CV, prepared together, to present one's "
                                    "skills to an employer.",
                                ],
                                "Name each skill with the words of the trade: welcoming a "
                                "customer, following a quality sheet, keeping a till. Update the "
                                "document with the trainee, for example at the end of each month.",
                            ),
                            callout(
                                "tip",
                                "Talk about skills, not gaps",
                                "In reviews, start with what the person can do. Only then "
                                "talk about what is left to learn.",
                            ),
                            callout(
                                "warning",
                                "Ask for the person's consent",
                                "Always ask for their consent before writing or passing on a "
                                "document about them. It is their path, and their "
                                "information.",
                            ),
                            reflection(
                                "Which skills has a trainee in your workshop gained this month? "
                                "How could you write them down together?",
                                "Use action verbs: welcome, prepare, check, tidy.",
                            ),
                        ],
                    },
                },
                {
                    "slug": "verifier-ses-acquis-autonomisation",
                    "slug_en": "check-your-understanding-empowerment",
                    "minutes": 10,
                    "fr": {
                        "title": "Vérifier ses acquis : l'autonomisation",
                        "intro": "Un dernier quiz pour clore le cours.",
                        "body": [
                            text(
                                "Ces questions portent sur les responsabilités, les choix et la "
                                "reconnaissance des compétences. Bonne chance !"
                            ),
                            quiz(
                                "Cinq questions sur l'autonomisation. Visez au moins 75 % de "
                                "bonnes réponses.",
                                75,
                                [
                                    question(
                                        "single",
                                        "Que veut dire l'autonomisation (empowerment) dans "
                                        "un atelier ?",
                                        [
                                            choice(
                                                "Laisser le stagiaire se débrouiller seul, "
                                                "sans aide.",
                                                False,
                                                "Non. L'autonomisation se fait avec un "
                                                "accompagnement, pas dans l'abandon.",
                                            ),
                                            choice(
                                                "Aider la personne à reprendre peu à peu la "
                                                "main sur son parcours.",
                                                True,
                                                "Oui. La personne gagne en pouvoir d'agir, "
                                                "pas à pas, avec du soutien.",
                                            ),
                                            choice(
                                                "Faire à la place du stagiaire pour lui éviter "
                                                "l'échec.",
                                                False,
                                                "Non. Faire à sa place l'empêche d'apprendre "
                                                "et de prendre confiance.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "multiple",
                                        "Parmi ces propositions, lesquelles sont de vrais "
                                        "choix laissés au stagiaire ? Plusieurs réponses sont "
                                        "possibles.",
                                        [
                                            choice(
                                                "Choisir son poste de la semaine.",
                                                True,
                                                "Oui. C'est un choix simple, dont le "
                                                "formateur peut accepter le résultat.",
                                            ),
                                            choice(
                                                "Choisir l'objectif à travailler ce mois-ci.",
                                                True,
                                                "Oui. Choisir son objectif aide à s'y engager.",
                                            ),
                                            choice(
                                                "Donner son avis, que le formateur remplace "
                                                "toujours par sa propre décision.",
                                                False,
                                                "Non. Si le formateur décide toujours à la "
                                                "fin, ce n'est pas un vrai choix.",
                                            ),
                                            choice(
                                                "Décider avec l'équipe comment organiser une "
                                                "commande.",
                                                True,
                                                "Oui. Organiser le travail ensemble, c'est un "
                                                "choix réel et partagé.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "Les participants de Work to Grow ont obtenu un "
                                        "certificat Europass et une partie de l'ECCE.",
                                        [
                                            choice(
                                                "Vrai",
                                                True,
                                                "Oui. Leur formation à l'étranger a été "
                                                "reconnue par ces deux certificats.",
                                            ),
                                            choice(
                                                "Faux",
                                                False,
                                                "Non. Les participants ont bien reçu un "
                                                "certificat Europass et validé une partie de "
                                                "l'ECCE.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "Une stagiaire très timide arrive à l'atelier. Quelle "
                                        "première responsabilité lui confier ?",
                                        [
                                            choice(
                                                "Présenter l'atelier à un groupe de clients "
                                                "dès le premier jour.",
                                                False,
                                                "Non. La marche est trop haute : elle risque "
                                                "de se décourager.",
                                            ),
                                            choice(
                                                "Une tâche simple dont elle est seule "
                                                "responsable, comme ranger le matériel.",
                                                True,
                                                "Oui. Une première marche à sa portée lui "
                                                "permet de réussir et de prendre confiance.",
                                            ),
                                            choice(
                                                "Aucune responsabilité pendant plusieurs mois.",
                                                False,
                                                "Non. Une responsabilité trop légère "
                                                "n'apprend rien ; mieux vaut une petite tâche "
                                                "dès le début.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "Dans un bilan, il vaut mieux commencer par ce que la "
                                        "personne ne sait pas encore faire.",
                                        [
                                            choice(
                                                "Vrai",
                                                False,
                                                "Non. Commencer par les manques décourage ; "
                                                "on part de ce que la personne sait faire.",
                                            ),
                                            choice(
                                                "Faux",
                                                True,
                                                "Exact. On nomme d'abord les compétences, "
                                                "puis ce qui reste à apprendre.",
                                            ),
                                        ],
                                    ),
                                ],
                            ),
                        ],
                    },
                    "en": {
                        "title": "Check your understanding: empowerment",
                        "intro": "A final quiz to close the course.",
                        "body": [
                            text(
                                "These questions are about responsibility, choice and the "
                                "recognition of skills. Good luck!"
                            ),
                            quiz(
                                "Five questions on empowerment. Aim for at least 75% correct "
                                "answers.",
                                75,
                                [
                                    question(
                                        "single",
                                        "What does empowerment mean in a workshop?",
                                        [
                                            choice(
                                                "Leaving the trainee to cope alone, without help.",
                                                False,
                                                "No. Empowerment comes with support, not with "
                                                "abandonment.",
                                            ),
                                            choice(
                                                "Helping the person take back control of "
                                                "their path, little by little.",
                                                True,
                                                "Yes. The person gains the power to act, step "
                                                "by step, with support.",
                                            ),
                                            choice(
                                                "Doing things for the trainee to spare them "
                                                "failure.",
                                                False,
                                                "No. Doing things for them stops them learning "
                                                "and gaining confidence.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "multiple",
                                        "Which of these are real choices left to the trainee? "
                                        "Several answers are possible.",
                                        [
                                            choice(
                                                "Choosing their workstation for the week.",
                                                True,
                                                "Yes. It is a simple choice whose outcome the "
                                                "trainer can accept.",
                                            ),
                                            choice(
                                                "Choosing the goal to work on this month.",
                                                True,
                                                "Yes. Choosing one's own goal helps one commit "
                                                "to it.",
                                            ),
                                            choice(
                                                "Giving an opinion that the trainer always "
                                                "replaces with their own decision.",
                                                False,
                                                "No. If the trainer always decides in the end, "
                                                "it is not a real choice.",
                                            ),
                                            choice(
                                                "Deciding with the team how to organise an order.",
                                                True,
                                                "Yes. Organising the work together is a real, "
                                                "shared choice.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "The Work to Grow participants earned a Europass "
                                        "certificate and part of the ECCE.",
                                        [
                                            choice(
                                                "True",
                                                True,
                                                "Yes. Their training abroad was recognised by "
                                                "these two certificates.",
                                            ),
                                            choice(
                                                "False",
                                                False,
                                                "No. The participants did receive a Europass "
                                                "certificate and complete part of the ECCE.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "A very shy trainee joins the workshop. What first "
                                        "responsibility should you give her?",
                                        [
                                            choice(
                                                "Presenting the workshop to a group of "
                                                "customers on the first day.",
                                                False,
                                                "No. The step is too high: she may lose heart.",
                                            ),
                                            choice(
                                                "A simple task she alone is responsible for, "
                                                "such as tidying the materials.",
                                                True,
                                                "Yes. A first step within her reach lets her "
                                                "succeed and gain confidence.",
                                            ),
                                            choice(
                                                "No responsibility at all for several months.",
                                                False,
                                                "No. Too little responsibility teaches "
                                                "nothing; a small task from the start is "
                                                "better.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "In a review, it is better to start with what the "
                                        "person cannot do yet.",
                                        [
                                            choice(
                                                "True",
                                                False,
                                                "No. Starting with the gaps discourages; start "
                                                "from what the person can do.",
                                            ),
                                            choice(
                                                "False",
                                                True,
                                                "Right. Name the skills first, then what is "
                                                "left to learn.",
                                            ),
                                        ],
                                    ),
                                ],
                            ),
                        ],
                    },
                },
            ],
        },
    ],
}
