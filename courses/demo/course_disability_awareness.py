"""Demo course: disability awareness. Facts from the SQHM and Expertises Partagées seed
documents (000, 003) and their case studies; the wording is the portal's own."""

from courses.demo.blocks import (
    callout,
    choice,
    easy_read,
    heading,
    question,
    quiz,
    quote,
    reflection,
    text,
)

COURSE = {
    "slug": "handicap-comprendre-et-accueillir",
    "slug_en": "disability-awareness",
    "level": "introductory",
    "workload_hours": 4,
    "navigation": "free",
    "case_studies": ["se-qualifier-hors-les-murs", "expertises-partagees"],
    "fr": {
        "title": "Handicap : comprendre et accueillir",
        "intro": (
            "Mieux connaître les formes de handicap, accompagner le passage entre milieu "
            "protégé et entreprise ordinaire, et bien accueillir une personne handicapée. "
            "Le cours s'appuie sur deux projets : SQHM et Expertises partagées."
        ),
        "audience": (
            "Formateurs, tuteurs de proximité, tuteurs en entreprise et éducateurs qui "
            "accompagnent ou vont accueillir des personnes en situation de handicap."
        ),
        "outcomes": [
            "Distinguer les grandes familles de handicap et expliquer ce qu'est un "
            "aménagement raisonnable.",
            "Décrire les étapes d'un parcours entre établissement spécialisé et entreprise "
            "ordinaire, retour compris.",
            "Utiliser un outil de suivi partagé pour que la personne n'ait pas à répéter son "
            "histoire.",
            "Préparer une équipe, un poste de travail et une formation à l'arrivée d'une "
            "personne handicapée.",
            "Parler des besoins d'une personne avec respect, sans chercher à connaître son "
            "diagnostic.",
        ],
        "prerequisites": (
            "Aucun prérequis : le cours s'adresse aussi à celles et ceux qui découvrent le sujet."
        ),
    },
    "en": {
        "title": "Disability: understanding and welcoming",
        "intro": (
            "Learn more about the forms of disability, support the move between sheltered "
            "work and ordinary companies, and welcome a disabled person well. The course "
            "draws on two projects: SQHM and Shared expertise."
        ),
        "audience": (
            "Trainers, local tutors, workplace tutors and educators who support disabled "
            "people or are about to welcome one."
        ),
        "outcomes": [
            "Tell apart the main families of disability and explain what a reasonable "
            "accommodation is.",
            "Describe the stages of a path between a specialised institution and an ordinary "
            "company, including the way back.",
            "Use a shared follow-up tool so that the person does not have to repeat their story.",
            "Prepare a team, a workstation and a training course for the arrival of a "
            "disabled person.",
            "Talk about a person's needs with respect, without trying to learn their diagnosis.",
        ],
        "prerequisites": (
            "No prerequisites: the course is also meant for people who are new to the subject."
        ),
    },
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "formes-de-handicap-et-amenagements",
            "slug_en": "kinds-of-disability-and-accommodation",
            "fr": {
                "title": "Les formes de handicap et l'aménagement raisonnable",
                "intro": (
                    "Le handicap prend des formes très variées. Ce module donne des repères "
                    "simples et montre comment adapter le travail ou la formation."
                ),
            },
            "en": {
                "title": "Kinds of disability and reasonable accommodation",
                "intro": (
                    "Disability takes many different forms. This module gives simple "
                    "landmarks and shows how to adapt work or training."
                ),
            },
            "lessons": [
                {
                    "slug": "les-familles-de-handicap",
                    "slug_en": "families-of-disability",
                    "minutes": 30,
                    "fr": {
                        "title": "Les grandes familles de handicap",
                        "intro": "Des repères pour comprendre, sans mettre d'étiquette.",
                        "easy_read_body": easy_read(
                            "Il existe beaucoup de handicaps différents.",
                            "Deux personnes avec le même handicap peuvent avoir des besoins "
                            "différents.",
                            "Voici six grandes familles de handicap :",
                            [
                                "le handicap moteur : bouger ou marcher est difficile ;",
                                "le handicap visuel : la personne ne voit pas, ou voit mal ;",
                                "le handicap auditif : la personne n'entend pas, ou entend mal ;",
                                "le handicap mental : comprendre ou apprendre est plus "
                                "difficile ;",
                                "le handicap psychique : il vient d'une maladie psychique ;",
                                "les troubles cognitifs et les maladies chroniques, comme la "
                                "dyslexie ou le diabète.",
                            ],
                            "Beaucoup de handicaps ne se voient pas.",
                            "Ne jugez jamais une personne sur son apparence.",
                            "Dites « une personne handicapée ». Ne dites pas « un handicapé ».",
                            "Vous ne savez pas quel mot utiliser ? Demandez à la personne.",
                        ),
                        "body": [
                            text(
                                "Le mot handicap recouvre des réalités très différentes. Deux "
                                "personnes qui ont le même handicap n'ont pas forcément les "
                                "mêmes besoins. Les repères de cette leçon servent à "
                                "comprendre, pas à ranger les gens dans des cases.",
                                "On parle souvent de « personne en situation de handicap ». "
                                "Cette expression rappelle une idée importante : le handicap "
                                "naît de la rencontre entre une personne et un environnement "
                                "qui ne lui est pas adapté. Un escalier sans ascenseur crée "
                                "une situation de handicap pour une personne en fauteuil "
                                "roulant. Une rampe la fait disparaître.",
                            ),
                            heading("Six grandes familles"),
                            text(
                                "Voici les familles que l'on cite le plus souvent :",
                                [
                                    "le handicap moteur : il touche les mouvements, la "
                                    "marche, l'usage des mains ou la station debout ;",
                                    "le handicap visuel : la personne est aveugle ou voit mal ;",
                                    "le handicap auditif : la personne est sourde ou entend mal ;",
                                    "le handicap mental, ou intellectuel : la personne a plus "
                                    "de mal à comprendre, à raisonner ou à apprendre ;",
                                    "le handicap psychique : il vient d'une maladie psychique, "
                                    "comme une dépression sévère ou des troubles bipolaires ; "
                                    "ses effets peuvent changer d'un jour à l'autre ;",
                                    "les troubles cognitifs et les maladies chroniques : "
                                    "troubles dys, troubles de l'attention, épilepsie, diabète "
                                    "et bien d'autres.",
                                ],
                                "Une même personne peut avoir plusieurs handicaps à la fois.",
                            ),
                            callout(
                                "key_point",
                                "Beaucoup de handicaps ne se voient pas",
                                "Un handicap psychique, une maladie chronique ou un trouble dys "
                                "ne se voient pas au premier regard. Une personne peut sembler "
                                "aller bien et avoir pourtant besoin d'un aménagement. Ne jugez "
                                "jamais un besoin sur l'apparence.",
                            ),
                            heading("Un exemple : la déficience visuelle dans SQHM"),
                            text(
                                "Dans le projet Se Qualifier Hors Les Murs (SQHM), un des "
                                "réseaux de tuteurs de proximité, le GIHP Aquitaine, était "
                                "spécialisé dans l'accompagnement des personnes aveugles. Les "
                                "stagiaires suivaient leur formation à distance, près de chez "
                                "eux. Le tuteur connaissait les outils et les façons de faire "
                                "utiles à une personne qui ne voit pas. Ce savoir-faire rendait "
                                "la formation possible.",
                            ),
                            callout(
                                "tip",
                                "Les mots justes",
                                "Dites « une personne handicapée » ou « une personne en "
                                "situation de handicap ». Évitez « un handicapé », qui réduit "
                                "la personne à son handicap. Si vous ne savez pas quel mot "
                                "employer, demandez à la personne ce qu'elle préfère.",
                            ),
                            reflection(
                                "Pensez à une personne que vous avez accompagnée. Qu'est-ce "
                                "qui, dans son lieu de formation ou de travail, créait pour "
                                "elle une situation de handicap ?",
                                "Pensez aux lieux, aux horaires, aux documents, au bruit et aux "
                                "transports.",
                            ),
                        ],
                    },
                    "en": {
                        "title": "The main families of disability",
                        "intro": "Landmarks to understand, without putting labels on people.",
                        "easy_read_body": easy_read(
                            "There are many different disabilities.",
                            "Two people with the same disability can have different needs.",
                            "Here are six main families of disability:",
                            [
                                "physical disability: moving or walking is hard;",
                                "visual impairment: the person cannot see, or sees badly;",
                                "hearing impairment: the person cannot hear, or hears badly;",
                                "intellectual disability: understanding or learning is harder;",
                                "psychiatric disability: it comes from a mental illness;",
                                "cognitive disorders and chronic illnesses, such as dyslexia or "
                                "diabetes.",
                            ],
                            "Many disabilities cannot be seen.",
                            "Never judge a person by how they look.",
                            "Say “a disabled person”. Do not say “a handicapped”.",
                            "You do not know which word to use? Ask the person.",
                        ),
                        "body": [
                            text(
                                "The word disability covers very different realities. Two "
                                "people with the same disability do not always have the same "
                                "needs. The landmarks in this lesson are there to help you "
                                "understand, not to put people in boxes.",
                                "People often speak of “a person in a situation of "
                                "disability”. This phrase carries an important idea: "
                                "disability arises where a person meets an environment that "
                                "is not adapted to them. A staircase with no lift creates a "
                                "disabling situation for a wheelchair user. A ramp makes it "
                                "disappear.",
                            ),
                            heading("Six main families"),
                            text(
                                "These are the families most often named:",
                                [
                                    "physical disability: it affects movement, walking, the "
                                    "use of the hands or standing;",
                                    "visual impairment: the person is blind or has poor sight;",
                                    "hearing impairment: the person is deaf or hard of hearing;",
                                    "intellectual disability: the person finds it harder to "
                                    "understand, to reason or to learn;",
                                    "psychiatric disability: it comes from a mental illness, "
                                    "such as severe depression or bipolar disorder; its effects "
                                    "can change from one day to the next;",
                                    "cognitive disorders and chronic illnesses: dyslexia and "
                                    "related disorders, attention disorders, epilepsy, diabetes "
                                    "and many others.",
                                ],
                                "One person can have several disabilities at the same time.",
                            ),
                            callout(
                                "key_point",
                                "Many disabilities cannot be seen",
                                "A psychiatric disability, a chronic illness or dyslexia cannot "
                                "be seen at first sight. A person may seem well and still need "
                                "an accommodation. Never judge a need by appearances.",
                            ),
                            heading("An example: visual impairment in SQHM"),
                            text(
                                "In the project Se Qualifier Hors Les Murs (SQHM), one of the "
                                "networks of local tutors, GIHP Aquitaine, specialised in "
                                "supporting blind people. The trainees followed their course "
                                "at a distance, close to home. The tutor knew the tools and "
                                "the ways of working that help a person who cannot see. This "
                                "know-how made the training possible.",
                            ),
                            callout(
                                "tip",
                                "The right words",
                                "Say “a disabled person” or “a person with a disability”. "
                                "Avoid speaking of someone as “a handicapped”, which reduces "
                                "the person to their disability. If you do not know which word "
                                "to use, ask the person what they prefer.",
                            ),
                            reflection(
                                "Think of a person you have supported. What, in their place of "
                                "training or work, created a disabling situation for them?",
                                "Think about places, timetables, documents, noise and transport.",
                            ),
                        ],
                    },
                },
                {
                    "slug": "l-amenagement-raisonnable",
                    "slug_en": "reasonable-accommodation",
                    "minutes": 30,
                    "fr": {
                        "title": "Adapter le travail et la formation : l'aménagement raisonnable",
                        "intro": (
                            "Changer ce qui doit l'être pour que la personne puisse travailler "
                            "et apprendre."
                        ),
                        "body": [
                            text(
                                "Un aménagement raisonnable est un changement apporté au poste, "
                                "à l'organisation ou à la formation. Il permet à une personne "
                                "handicapée de travailler ou d'apprendre à égalité avec les "
                                "autres. Le mot raisonnable veut dire que le changement doit "
                                "rester possible pour l'employeur ou l'organisme de formation, "
                                "sans charge excessive.",
                                "En France comme dans le reste de l'Union européenne, la loi "
                                "demande aux employeurs de prendre ces mesures. Refuser un "
                                "aménagement raisonnable sans bonne raison peut être une "
                                "discrimination.",
                            ),
                            heading("Des exemples concrets"),
                            text(
                                "Un aménagement ne coûte pas toujours cher. Souvent, c'est une "
                                "idée simple :",
                                [
                                    "décaler les horaires pour éviter les transports aux heures "
                                    "de pointe ;",
                                    "installer un logiciel qui lit l'écran à voix haute pour "
                                    "une personne aveugle ;",
                                    "donner les consignes par écrit et à l'oral ;",
                                    "prévoir des pauses plus fréquentes ;",
                                    "placer le poste près de la sortie ou dans un coin calme ;",
                                    "allonger le temps prévu pour une évaluation.",
                                ],
                            ),
                            callout(
                                "example",
                                "Former près de chez soi : un aménagement de toute la formation",
                                "SQHM a adapté la formation elle-même. Au lieu de partir dans "
                                "un centre de rééducation professionnelle loin de chez eux, "
                                "les stagiaires apprenaient à distance et pratiquaient dans une "
                                "entreprise proche. Ils gardaient ainsi leur famille, leur "
                                "entourage et leurs soins. Chaque parcours était construit "
                                "selon les besoins et les contraintes de la personne.",
                            ),
                            heading("Trouver le bon aménagement"),
                            text(
                                "Le meilleur aménagement se trouve avec la personne. C'est elle "
                                "qui sait le mieux ce qui l'aide. Suivez trois étapes :",
                                [
                                    "demander : qu'est-ce qui est difficile pour vous dans "
                                    "cette tâche ?",
                                    "essayer : mettre en place une solution pendant quelques "
                                    "jours ;",
                                    "faire le point : garder, changer ou abandonner la solution.",
                                ],
                                "Des spécialistes peuvent vous aider : le médecin du travail, "
                                "les services d'appui au handicap, ou en France l'Agefiph, qui "
                                "conseille les entreprises et peut financer certaines "
                                "adaptations.",
                            ),
                            callout(
                                "warning",
                                "Un aménagement n'est pas un privilège",
                                "Les collègues ne comprennent pas toujours pourquoi une "
                                "personne a des horaires ou un outil différents. Expliquez que "
                                "l'aménagement compense un obstacle. Il ne donne pas "
                                "d'avantage. Vous n'avez pas à dire de quel handicap il s'agit.",
                            ),
                        ],
                    },
                    "en": {
                        "title": "Adapting work and training: reasonable accommodation",
                        "intro": (
                            "Change what needs changing so that the person can work and learn."
                        ),
                        "body": [
                            text(
                                "A reasonable accommodation is a change made to the job, to "
                                "the organisation of work or to the training. It lets a "
                                "disabled person work or learn on an equal footing with "
                                "others. The word reasonable means that the change must stay "
                                "within reach of the employer or training provider, without an "
                                "excessive burden.",
                                "In France, as in the rest of the European Union, the law asks "
                                "employers to take these measures. Refusing a reasonable "
                                "accommodation without good reason can be discrimination.",
                            ),
                            heading("Concrete examples"),
                            text(
                                "An accommodation is not always expensive. Often it is a simple "
                                "idea:",
                                [
                                    "shifting working hours to avoid rush-hour transport;",
                                    "installing software that reads the screen aloud for a "
                                    "blind person;",
                                    "giving instructions both in writing and out loud;",
                                    "planning more frequent breaks;",
                                    "placing the workstation near the exit or in a quiet corner;",
                                    "allowing more time for an assessment.",
                                ],
                            ),
                            callout(
                                "example",
                                "Training close to home: adapting the whole course",
                                "SQHM adapted the training itself. Instead of moving to a "
                                "vocational rehabilitation centre far from home, the trainees "
                                "learned at a distance and practised in a nearby company. So "
                                "they kept their family, their social circle and their health "
                                "care. Each path was built around the person's needs and "
                                "constraints.",
                            ),
                            heading("Finding the right accommodation"),
                            text(
                                "The best accommodation is found with the person. They know "
                                "best what helps them. Follow three steps:",
                                [
                                    "ask: what is difficult for you in this task?",
                                    "try: put a solution in place for a few days;",
                                    "review: keep, change or drop the solution.",
                                ],
                                "Specialists can help you: the occupational doctor, disability "
                                "support services, or in France Agefiph, which advises "
                                "companies and can fund some adaptations.",
                            ),
                            callout(
                                "warning",
                                "An accommodation is not a privilege",
                                "Colleagues do not always understand why a person has "
                                "different hours or a different tool. Explain that the "
                                "accommodation makes up for an obstacle. It does not give an "
                                "advantage. You do not have to say which disability is "
                                "involved.",
                            ),
                        ],
                    },
                },
                {
                    "slug": "verifier-ses-acquis-formes-de-handicap",
                    "slug_en": "check-your-understanding-kinds-of-disability",
                    "minutes": 10,
                    "fr": {
                        "title": "Vérifier ses acquis",
                        "intro": "Un court quiz sur les formes de handicap et les aménagements.",
                        "body": [
                            text(
                                "Ces cinq questions reprennent les deux leçons du module. "
                                "Lisez bien chaque réponse : les explications comptent autant "
                                "que le score.",
                            ),
                            quiz(
                                "Il faut 75 % de bonnes réponses pour valider ce module.",
                                75,
                                [
                                    question(
                                        "single",
                                        "Que veut dire l'expression « personne en situation "
                                        "de handicap » ?",
                                        [
                                            choice(
                                                "Le handicap naît de la rencontre entre la "
                                                "personne et un environnement mal adapté.",
                                                True,
                                                "Exact : en changeant l'environnement, on "
                                                "peut réduire ou supprimer la situation de "
                                                "handicap.",
                                            ),
                                            choice(
                                                "La personne est handicapée seulement au travail.",
                                                False,
                                                "Non : une situation de handicap peut "
                                                "apparaître partout où l'environnement ne "
                                                "convient pas, pas seulement au travail.",
                                            ),
                                            choice(
                                                "Le handicap est passager et va disparaître.",
                                                False,
                                                "Non : l'expression ne dit rien de la durée "
                                                "du handicap ; elle souligne le rôle de "
                                                "l'environnement.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "multiple",
                                        "Lesquels de ces exemples sont des aménagements "
                                        "raisonnables ?",
                                        [
                                            choice(
                                                "Un logiciel qui lit l'écran à voix haute "
                                                "pour une personne aveugle.",
                                                True,
                                                "Oui : cet outil compense la déficience "
                                                "visuelle et coûte peu.",
                                            ),
                                            choice(
                                                "Des consignes données à la fois par écrit et "
                                                "à l'oral.",
                                                True,
                                                "Oui : ce changement simple aide beaucoup de "
                                                "personnes, avec ou sans handicap.",
                                            ),
                                            choice(
                                                "Des horaires décalés pour éviter la foule "
                                                "dans les transports.",
                                                True,
                                                "Oui : changer l'organisation est aussi un "
                                                "aménagement, pas seulement changer le "
                                                "matériel.",
                                            ),
                                            choice(
                                                "Demander à la personne d'expliquer son "
                                                "diagnostic à toute l'équipe.",
                                                False,
                                                "Non : ce n'est pas un aménagement, c'est une "
                                                "atteinte à sa vie privée ; elle n'a pas à "
                                                "dire de quel handicap il s'agit.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "Une personne qui n'a pas l'air malade ni handicapée "
                                        "n'a pas besoin d'aménagement.",
                                        [
                                            choice(
                                                "Vrai",
                                                False,
                                                "Non : beaucoup de handicaps ne se voient "
                                                "pas, comme un handicap psychique ou une "
                                                "maladie chronique.",
                                            ),
                                            choice(
                                                "Faux",
                                                True,
                                                "Exact : on ne juge pas un besoin sur "
                                                "l'apparence ; c'est la personne qui sait ce "
                                                "qui l'aide.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "Qui est le mieux placé pour trouver le bon aménagement ?",
                                        [
                                            choice(
                                                "La personne concernée, avec l'aide de "
                                                "spécialistes si besoin.",
                                                True,
                                                "Exact : elle connaît ses besoins ; le "
                                                "médecin du travail ou un service d'appui "
                                                "peut compléter.",
                                            ),
                                            choice(
                                                "Le collègue le plus ancien de l'équipe.",
                                                False,
                                                "Non : l'ancienneté ne dit rien des besoins "
                                                "de la personne handicapée.",
                                            ),
                                            choice(
                                                "Le formateur seul, sans en parler à la personne.",
                                                False,
                                                "Non : décider sans la personne mène souvent "
                                                "à des solutions inutiles.",
                                            ),
                                            choice(
                                                "Personne : mieux vaut laisser la personne se "
                                                "débrouiller.",
                                                False,
                                                "Non : laisser faire, c'est laisser "
                                                "l'obstacle en place, et refuser un "
                                                "aménagement peut être une discrimination.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "Dans SQHM, qu'est-ce qui permettait aux stagiaires de "
                                        "garder leur famille et leurs soins ?",
                                        [
                                            choice(
                                                "Une formation à distance, avec la pratique "
                                                "dans une entreprise proche de chez eux.",
                                                True,
                                                "Exact : la formation venait à la personne, "
                                                "au lieu de l'obliger à partir.",
                                            ),
                                            choice(
                                                "Un internat dans un centre de rééducation "
                                                "professionnelle.",
                                                False,
                                                "Non : c'est justement le départ loin de "
                                                "chez soi que SQHM voulait éviter.",
                                            ),
                                            choice(
                                                "Une formation seulement en ligne, sans "
                                                "entreprise.",
                                                False,
                                                "Non : SQHM associait la distance et "
                                                "l'alternance ; l'entreprise faisait partie "
                                                "de la triade.",
                                            ),
                                        ],
                                    ),
                                ],
                            ),
                        ],
                    },
                    "en": {
                        "title": "Check your understanding",
                        "intro": "A short quiz on kinds of disability and accommodations.",
                        "body": [
                            text(
                                "These five questions go back over the two lessons of the "
                                "module. Read each answer carefully: the explanations matter "
                                "as much as the score.",
                            ),
                            quiz(
                                "You need 75% correct answers to complete this module.",
                                75,
                                [
                                    question(
                                        "single",
                                        "What does the phrase “person in a situation of "
                                        "disability” mean?",
                                        [
                                            choice(
                                                "Disability arises where the person meets "
                                                "an environment that is poorly adapted.",
                                                True,
                                                "Right: by changing the environment, you can "
                                                "reduce or remove the disabling situation.",
                                            ),
                                            choice(
                                                "The person is disabled only at work.",
                                                False,
                                                "No: a disabling situation can arise wherever "
                                                "the environment does not suit, not only at "
                                                "work.",
                                            ),
                                            choice(
                                                "The disability is temporary and will go away.",
                                                False,
                                                "No: the phrase says nothing about how long "
                                                "the disability lasts; it stresses the role "
                                                "of the environment.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "multiple",
                                        "Which of these examples are reasonable accommodations?",
                                        [
                                            choice(
                                                "Software that reads the screen aloud for a "
                                                "blind person.",
                                                True,
                                                "Yes: this tool makes up for the visual "
                                                "impairment and costs little.",
                                            ),
                                            choice(
                                                "Instructions given both in writing and out loud.",
                                                True,
                                                "Yes: this simple change helps many people, "
                                                "with or without a disability.",
                                            ),
                                            choice(
                                                "Shifted working hours to avoid crowded "
                                                "transport.",
                                                True,
                                                "Yes: changing the organisation is also an "
                                                "accommodation, not only changing equipment.",
                                            ),
                                            choice(
                                                "Asking the person to explain their "
                                                "diagnosis to the whole team.",
                                                False,
                                                "No: this is not an accommodation but an "
                                                "intrusion into their private life; they do "
                                                "not have to say which disability they have.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "A person who does not look ill or disabled does "
                                        "not need an accommodation.",
                                        [
                                            choice(
                                                "True",
                                                False,
                                                "No: many disabilities cannot be seen, such "
                                                "as a psychiatric disability or a chronic "
                                                "illness.",
                                            ),
                                            choice(
                                                "False",
                                                True,
                                                "Right: you do not judge a need by "
                                                "appearances; the person knows what helps "
                                                "them.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "Who is best placed to find the right accommodation?",
                                        [
                                            choice(
                                                "The person concerned, with help from "
                                                "specialists if needed.",
                                                True,
                                                "Right: they know their needs; the "
                                                "occupational doctor or a support service "
                                                "can add to that.",
                                            ),
                                            choice(
                                                "The longest-serving colleague in the team.",
                                                False,
                                                "No: length of service tells you nothing "
                                                "about the disabled person's needs.",
                                            ),
                                            choice(
                                                "The trainer alone, without talking to the "
                                                "person.",
                                                False,
                                                "No: deciding without the person often leads "
                                                "to useless solutions.",
                                            ),
                                            choice(
                                                "Nobody: it is better to let the person manage.",
                                                False,
                                                "No: doing nothing leaves the obstacle in "
                                                "place, and refusing an accommodation can be "
                                                "discrimination.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "In SQHM, what allowed trainees to keep their family "
                                        "and their health care?",
                                        [
                                            choice(
                                                "Distance learning, with practice in a "
                                                "company close to home.",
                                                True,
                                                "Right: the training came to the person "
                                                "instead of forcing them to move away.",
                                            ),
                                            choice(
                                                "A boarding place in a vocational "
                                                "rehabilitation centre.",
                                                False,
                                                "No: moving far from home is exactly what "
                                                "SQHM wanted to avoid.",
                                            ),
                                            choice(
                                                "A course entirely online, with no company.",
                                                False,
                                                "No: SQHM combined distance learning with "
                                                "work-based training; the company was part "
                                                "of the triad.",
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
            "slug": "du-milieu-protege-au-milieu-ordinaire",
            "slug_en": "from-sheltered-to-ordinary-work",
            "fr": {
                "title": "Du milieu protégé au milieu ordinaire, et retour",
                "intro": (
                    "Comment préparer le passage d'un établissement spécialisé vers une "
                    "entreprise ordinaire, sans fermer la porte du retour."
                ),
            },
            "en": {
                "title": "From sheltered to ordinary work, and back",
                "intro": (
                    "How to prepare the move from a specialised institution to an ordinary "
                    "company, without closing the door to coming back."
                ),
            },
            "lessons": [
                {
                    "slug": "ime-esat-geiq-qui-fait-quoi",
                    "slug_en": "ime-esat-geiq-who-does-what",
                    "minutes": 30,
                    "fr": {
                        "title": "IME, ESAT, GEIQ : qui fait quoi ?",
                        "intro": "Les lieux et les acteurs d'un parcours vers l'entreprise.",
                        "body": [
                            text(
                                "On parle de milieu protégé pour les établissements où des "
                                "personnes handicapées apprennent ou travaillent avec un "
                                "encadrement adapté. On parle de milieu ordinaire pour les "
                                "entreprises et les administrations ouvertes à tous. Le projet "
                                "Expertises partagées, en Normandie, aide des personnes à "
                                "passer de l'un à l'autre. Ce passage n'est pas un saut dans le "
                                "vide : il se prépare pas à pas, avec plusieurs partenaires.",
                            ),
                            heading("Les établissements spécialisés"),
                            text(
                                [
                                    "L'institut médico-éducatif (IME) accueille des enfants et "
                                    "des jeunes handicapés. Certains IME ont une section pour "
                                    "les 16-20 ans : la section d'initiation et de première "
                                    "formation professionnelle (SIPFP), souvent appelée IM Pro. "
                                    "Les jeunes y découvrent un métier.",
                                    "L'établissement ou service d'aide par le travail (ESAT) "
                                    "permet à des adultes handicapés de travailler dans un "
                                    "cadre adapté, avec un soutien médico-social.",
                                ],
                            ),
                            heading("Le GEIQ et le centre de ressources"),
                            text(
                                "Un groupement d'employeurs pour l'insertion et la "
                                "qualification (GEIQ) réunit des entreprises. Il forme des "
                                "demandeurs d'emploi ou des personnes qui changent de métier, "
                                "et les met à disposition de ses entreprises adhérentes. Le "
                                "GEIQ PEP'S, autrefois GEIQ Propreté Normandie, compte 80 "
                                "entreprises adhérentes.",
                                "Le Centre régional de ressources Handicap & Profession "
                                "(CRRHP), créé par l'association ARAMIS, pilote le projet. "
                                "L'ARS Normandie et l'Agefiph en sont partenaires.",
                            ),
                            callout(
                                "key_point",
                                "Commencer avant la sortie",
                                "Le projet n'attend pas la fin du séjour en établissement. Il "
                                "repère tôt les jeunes d'IME et les travailleurs d'ESAT qui "
                                "veulent aller vers l'entreprise. Ils ont ainsi le temps de se "
                                "préparer : ateliers de préprofessionnalisation en propreté, "
                                "bancs d'essai, stages.",
                            ),
                            callout(
                                "example",
                                "Changer le regard sur l'entreprise",
                                "Dans les établissements médico-sociaux, l'entreprise "
                                "ordinaire a souvent une mauvaise image. Le projet veut la "
                                "démystifier. Il associe donc les professionnels des "
                                "établissements : conseillers en insertion, éducateurs "
                                "spécialisés, chefs de service. Ensemble, ils font évoluer les "
                                "ateliers de préprofessionnalisation.",
                            ),
                            reflection(
                                "Quelle image les personnes que vous accompagnez ont-elles de "
                                "l'entreprise ordinaire ? D'où vient cette image ?",
                                "Pensez à ce qu'elles ont entendu, vécu ou vu autour d'elles.",
                            ),
                        ],
                    },
                    "en": {
                        "title": "IME, ESAT, GEIQ: who does what?",
                        "intro": "The places and the actors on a path towards a company.",
                        "body": [
                            text(
                                "Sheltered work means institutions where disabled people learn "
                                "or work with adapted supervision. Ordinary work means "
                                "companies and public services open to everyone. The project "
                                "Shared expertise, in Normandy, helps people move from one to "
                                "the other. This move is not a leap in the dark: it is prepared "
                                "step by step, with several partners.",
                            ),
                            heading("Specialised institutions"),
                            text(
                                [
                                    "The medical-educational institute (IME) takes in disabled "
                                    "children and young people. Some IMEs have a section for "
                                    "16 to 20-year-olds: the introductory vocational-training "
                                    "section (SIPFP), often called IM Pro. Young people discover "
                                    "a trade there.",
                                    "The sheltered workshop, or work-support institution "
                                    "(ESAT), lets disabled adults work in an adapted setting, "
                                    "with medical and social support.",
                                ],
                            ),
                            heading("The GEIQ and the resource centre"),
                            text(
                                "An employers' group for integration and qualification (GEIQ) "
                                "brings companies together. It trains job seekers or people "
                                "changing career, and places them with its member companies. "
                                "GEIQ PEP'S, formerly GEIQ Propreté Normandie, has 80 member "
                                "companies.",
                                "The regional resource centre on disability and work (CRRHP), "
                                "set up by the association ARAMIS, leads the project. ARS "
                                "Normandie, the regional health agency, and Agefiph are "
                                "partners.",
                            ),
                            callout(
                                "key_point",
                                "Starting before people leave",
                                "The project does not wait until the stay in the institution "
                                "ends. It spots early the young people in IMEs and the workers "
                                "in ESATs who want to move towards a company. This gives them "
                                "time to prepare: pre-vocational cleaning workshops, work "
                                "trials, placements.",
                            ),
                            callout(
                                "example",
                                "Changing how companies are seen",
                                "In medical and social institutions, ordinary companies often "
                                "have a poor image. The project wants to demystify them. So it "
                                "involves the institutions' staff: integration advisers, "
                                "specialist educators, heads of department. Together, they "
                                "update the pre-vocational workshops.",
                            ),
                            reflection(
                                "What image do the people you support have of ordinary "
                                "companies? Where does this image come from?",
                                "Think about what they have heard, lived through or seen "
                                "around them.",
                            ),
                        ],
                    },
                },
                {
                    "slug": "un-parcours-securise",
                    "slug_en": "a-secure-path",
                    "minutes": 30,
                    "fr": {
                        "title": "Un parcours sécurisé : le droit au retour et le suivi partagé",
                        "intro": "Deux garanties qui rendent le passage moins risqué.",
                        "body": [
                            text(
                                "Quitter un ESAT pour une entreprise ordinaire est un grand "
                                "pas. La personne laisse des repères, des collègues, un rythme "
                                "connu. La peur d'échouer peut bloquer le projet. Expertises "
                                "partagées répond à cette peur par deux garanties et une "
                                "règle : laisser à la personne le temps dont elle a besoin "
                                "pour construire son parcours.",
                            ),
                            heading("Le droit au retour"),
                            text(
                                "Si l'intégration dans l'entreprise ne se passe pas comme "
                                "prévu, la personne peut retourner en ESAT. Cette possibilité "
                                "existe toujours. Elle change tout : essayer n'est plus un pari "
                                "risqué.",
                                "Le projet encadre aussi chaque intégration en entreprise. Le "
                                "bien-être de la personne passe en premier.",
                            ),
                            callout(
                                "key_point",
                                "Un retour n'est pas un échec",
                                "Revenir en ESAT après un essai, c'est aussi apprendre. La "
                                "personne sait mieux ce qu'elle veut, ce qu'elle aime, ce qui "
                                "reste difficile. Présentez le retour comme une étape du "
                                "parcours, jamais comme une faute.",
                            ),
                            heading("L'outil de suivi partagé"),
                            text(
                                "Une personne handicapée rencontre souvent beaucoup de "
                                "professionnels. À chaque fois, elle doit raconter son "
                                "histoire et son parcours. C'est long, fatigant et parfois "
                                "douloureux.",
                                "Expertises partagées prévoit un outil de suivi commun à tous "
                                "les acteurs : le centre de formation, le GEIQ PEP'S, "
                                "l'établissement et l'entreprise adhérente. L'outil montre les "
                                "progrès de la personne. Chacun y trouve l'essentiel, et la "
                                "personne n'a plus besoin de tout répéter.",
                            ),
                            callout(
                                "tip",
                                "Bien remplir un outil de suivi partagé",
                                [
                                    "Parlez-en d'abord avec la personne et demandez son accord.",
                                    "Écrivez des faits et des progrès, pas des jugements.",
                                    "Notez seulement ce qui aide les autres à l'accompagner.",
                                    "Relisez avec la personne ce que vous avez écrit.",
                                ],
                            ),
                            text(
                                "Dans SQHM, la même idée guidait la triade : centre de "
                                "formation, tuteur de proximité et entreprise. En travaillant "
                                "ensemble, ces acteurs ont mieux ajusté les services aux "
                                "besoins de chacun. Ils ont aussi mieux compris ce que "
                                "faisaient les autres.",
                            ),
                            reflection(
                                "Combien de fois une personne que vous accompagnez a-t-elle dû "
                                "raconter son parcours cette année ? Qu'est-ce qui aurait pu "
                                "lui éviter ces répétitions ?",
                                "Comptez les rendez-vous, les dossiers et les nouveaux "
                                "interlocuteurs.",
                            ),
                        ],
                    },
                    "en": {
                        "title": "A secure path: the right to return and shared follow-up",
                        "intro": "Two guarantees that make the move less risky.",
                        "body": [
                            text(
                                "Leaving an ESAT for an ordinary company is a big step. The "
                                "person leaves behind landmarks, colleagues, a familiar pace. "
                                "Fear of failing can block the plan. Shared expertise answers "
                                "this fear with two guarantees and one rule: give the person "
                                "the time they need to build their path.",
                            ),
                            heading("The right to return"),
                            text(
                                "If the move into the company does not go as planned, the "
                                "person can go back to the ESAT. This option is always there. "
                                "It changes everything: trying is no longer a risky bet.",
                                "The project also supervises each move into a company. The "
                                "person's well-being comes first.",
                            ),
                            callout(
                                "key_point",
                                "Going back is not a failure",
                                "Returning to the ESAT after a trial is also a way of "
                                "learning. The person knows better what they want, what they "
                                "like and what is still hard. Present the return as a stage "
                                "of the path, never as a fault.",
                            ),
                            heading("The shared follow-up tool"),
                            text(
                                "A disabled person often meets many professionals. Each time, "
                                "they have to tell their story and their path. It is long, "
                                "tiring and sometimes painful.",
                                "Shared expertise plans a follow-up tool common to all the "
                                "actors: the training centre, GEIQ PEP'S, the institution and "
                                "the member company. The tool shows the person's progress. "
                                "Everyone finds the essentials there, and the person no "
                                "longer needs to repeat everything.",
                            ),
                            callout(
                                "tip",
                                "Filling in a shared follow-up tool well",
                                [
                                    "Talk about it with the person first and ask for their "
                                    "consent.",
                                    "Write facts and progress, not judgements.",
                                    "Note only what helps the others to support the person.",
                                    "Read back what you wrote together with the person.",
                                ],
                            ),
                            text(
                                "In SQHM, the same idea guided the triad: training centre, "
                                "local tutor and company. By working together, these actors "
                                "matched services to each person's needs better. They also "
                                "understood better what the others were doing.",
                            ),
                            reflection(
                                "How many times has a person you support had to tell their "
                                "story this year? What could have spared them this "
                                "repetition?",
                                "Count the appointments, the files and the new people they met.",
                            ),
                        ],
                    },
                },
                {
                    "slug": "verifier-ses-acquis-parcours",
                    "slug_en": "check-your-understanding-pathways",
                    "minutes": 10,
                    "fr": {
                        "title": "Vérifier ses acquis",
                        "intro": "Un court quiz sur le passage entre milieu protégé et ordinaire.",
                        "body": [
                            text(
                                "Ces questions portent sur les acteurs du parcours, le droit "
                                "au retour et le suivi partagé. Prenez le temps de lire les "
                                "explications après chaque réponse.",
                            ),
                            quiz(
                                "Validez le module avec au moins 75 % de bonnes réponses.",
                                75,
                                [
                                    question(
                                        "single",
                                        "Qu'est-ce qu'un ESAT ?",
                                        [
                                            choice(
                                                "Un établissement où des adultes handicapés "
                                                "travaillent dans un cadre adapté, avec un "
                                                "soutien médico-social.",
                                                True,
                                                "Exact : l'ESAT fait partie du milieu protégé.",
                                            ),
                                            choice(
                                                "Une entreprise ordinaire qui emploie des "
                                                "personnes handicapées.",
                                                False,
                                                "Non : une entreprise ordinaire fait partie "
                                                "du milieu ordinaire, pas du milieu protégé.",
                                            ),
                                            choice(
                                                "Une école pour les enfants de moins de 16 ans.",
                                                False,
                                                "Non : les enfants et les jeunes handicapés "
                                                "sont plutôt accueillis en IME ; l'ESAT "
                                                "accueille des adultes.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "multiple",
                                        "Que prévoit Expertises partagées pour sécuriser le "
                                        "parcours ?",
                                        [
                                            choice(
                                                "La possibilité de retourner en ESAT si "
                                                "l'intégration se passe mal.",
                                                True,
                                                "Oui : ce droit au retour enlève une grande "
                                                "part du risque.",
                                            ),
                                            choice(
                                                "Un outil de suivi partagé entre tous les "
                                                "acteurs.",
                                                True,
                                                "Oui : il montre les progrès et évite à la "
                                                "personne de répéter son histoire.",
                                            ),
                                            choice(
                                                "Laisser à la personne le temps nécessaire "
                                                "pour construire son parcours.",
                                                True,
                                                "Oui : c'est la règle que le projet suit "
                                                "toujours.",
                                            ),
                                            choice(
                                                "Un délai de trois mois pour réussir, sinon "
                                                "le parcours s'arrête.",
                                                False,
                                                "Non : le projet ne fixe pas de délai "
                                                "couperet ; il respecte le rythme de la "
                                                "personne.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "Un retour en ESAT après un essai en entreprise doit "
                                        "être vu comme un échec.",
                                        [
                                            choice(
                                                "Vrai",
                                                False,
                                                "Non : le retour est une étape du parcours ; "
                                                "la personne a appris sur elle-même et sur le "
                                                "travail.",
                                            ),
                                            choice(
                                                "Faux",
                                                True,
                                                "Exact : le droit au retour fait partie du "
                                                "projet, et un essai apprend toujours "
                                                "quelque chose.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "À quoi sert surtout l'outil de suivi partagé ?",
                                        [
                                            choice(
                                                "À suivre les progrès de la personne sans "
                                                "qu'elle ait à raconter son histoire à chaque "
                                                "nouvel interlocuteur.",
                                                True,
                                                "Exact : tous les acteurs y trouvent "
                                                "l'essentiel, et la personne est épargnée.",
                                            ),
                                            choice(
                                                "À informer l'entreprise du diagnostic "
                                                "médical de la personne.",
                                                False,
                                                "Non : l'outil suit les progrès ; le "
                                                "diagnostic appartient à la personne.",
                                            ),
                                            choice(
                                                "À remplacer les rencontres avec la personne.",
                                                False,
                                                "Non : l'outil complète les échanges, il ne "
                                                "les remplace pas ; on le remplit avec la "
                                                "personne.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "Pourquoi le projet commence-t-il avant la sortie de "
                                        "l'IME ou de l'ESAT ?",
                                        [
                                            choice(
                                                "Pour que la personne ait le temps de se "
                                                "préparer, par des ateliers, des bancs "
                                                "d'essai et des stages.",
                                                True,
                                                "Exact : un repérage précoce permet une "
                                                "préparation progressive.",
                                            ),
                                            choice(
                                                "Pour libérer vite des places dans les "
                                                "établissements.",
                                                False,
                                                "Non : le but est de sécuriser le parcours de "
                                                "la personne, pas de vider les "
                                                "établissements.",
                                            ),
                                            choice(
                                                "Pour que l'entreprise choisisse seule ses "
                                                "futurs salariés.",
                                                False,
                                                "Non : le projet associe la personne, "
                                                "l'établissement, le GEIQ et l'entreprise.",
                                            ),
                                        ],
                                    ),
                                ],
                            ),
                        ],
                    },
                    "en": {
                        "title": "Check your understanding",
                        "intro": "A short quiz on the move between sheltered and ordinary work.",
                        "body": [
                            text(
                                "These questions cover the actors on the path, the right to "
                                "return and shared follow-up. Take the time to read the "
                                "explanations after each answer.",
                            ),
                            quiz(
                                "Complete the module with at least 75% correct answers.",
                                75,
                                [
                                    question(
                                        "single",
                                        "What is an ESAT?",
                                        [
                                            choice(
                                                "An institution where disabled adults work "
                                                "in an adapted setting, with medical and "
                                                "social support.",
                                                True,
                                                "Right: the ESAT is part of sheltered work.",
                                            ),
                                            choice(
                                                "An ordinary company that employs disabled "
                                                "people.",
                                                False,
                                                "No: an ordinary company belongs to ordinary "
                                                "work, not to sheltered work.",
                                            ),
                                            choice(
                                                "A school for children under 16.",
                                                False,
                                                "No: disabled children and young people are "
                                                "usually taken in by an IME; the ESAT takes "
                                                "in adults.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "multiple",
                                        "What does Shared expertise provide to secure the path?",
                                        [
                                            choice(
                                                "The option of going back to the ESAT if the "
                                                "move goes badly.",
                                                True,
                                                "Yes: this right to return takes away a large "
                                                "part of the risk.",
                                            ),
                                            choice(
                                                "A follow-up tool shared by all the actors.",
                                                True,
                                                "Yes: it shows progress and spares the person "
                                                "from repeating their story.",
                                            ),
                                            choice(
                                                "Giving the person the time they need to "
                                                "build their path.",
                                                True,
                                                "Yes: this is the rule the project always "
                                                "follows.",
                                            ),
                                            choice(
                                                "A three-month deadline to succeed, or the "
                                                "path stops.",
                                                False,
                                                "No: the project sets no hard deadline; it "
                                                "respects the person's pace.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "Going back to the ESAT after a trial in a company "
                                        "should be seen as a failure.",
                                        [
                                            choice(
                                                "True",
                                                False,
                                                "No: the return is a stage of the path; the "
                                                "person has learned about themselves and "
                                                "about work.",
                                            ),
                                            choice(
                                                "False",
                                                True,
                                                "Right: the right to return is part of the "
                                                "project, and a trial always teaches "
                                                "something.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "What is the shared follow-up tool mainly for?",
                                        [
                                            choice(
                                                "Following the person's progress without "
                                                "them having to tell their story to each new "
                                                "adviser.",
                                                True,
                                                "Right: all the actors find the essentials "
                                                "there, and the person is spared.",
                                            ),
                                            choice(
                                                "Telling the company the person's medical "
                                                "diagnosis.",
                                                False,
                                                "No: the tool follows progress; the "
                                                "diagnosis belongs to the person.",
                                            ),
                                            choice(
                                                "Replacing meetings with the person.",
                                                False,
                                                "No: the tool adds to conversations, it does "
                                                "not replace them; you fill it in with the "
                                                "person.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "Why does the project start before the person leaves "
                                        "the IME or the ESAT?",
                                        [
                                            choice(
                                                "So that the person has time to prepare, "
                                                "through workshops, work trials and "
                                                "placements.",
                                                True,
                                                "Right: spotting people early allows a "
                                                "step-by-step preparation.",
                                            ),
                                            choice(
                                                "To free up places in the institutions quickly.",
                                                False,
                                                "No: the aim is to secure the person's path, "
                                                "not to empty the institutions.",
                                            ),
                                            choice(
                                                "So that the company can choose its future "
                                                "employees on its own.",
                                                False,
                                                "No: the project involves the person, the "
                                                "institution, the GEIQ and the company.",
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
            "slug": "accueillir-un-collegue-ou-un-stagiaire",
            "slug_en": "welcoming-a-colleague-or-trainee",
            "fr": {
                "title": "Accueillir un collègue ou un stagiaire handicapé",
                "intro": (
                    "Préparer l'équipe, le poste et la formation, puis parler des besoins avec "
                    "respect."
                ),
            },
            "en": {
                "title": "Welcoming a disabled colleague or trainee",
                "intro": (
                    "Prepare the team, the workstation and the training, then talk about "
                    "needs with respect."
                ),
            },
            "lessons": [
                {
                    "slug": "preparer-l-equipe-et-le-poste",
                    "slug_en": "preparing-the-team-and-the-workstation",
                    "minutes": 30,
                    "fr": {
                        "title": "Préparer l'équipe et le poste de travail",
                        "intro": "Ce qui se prépare avant le premier jour, et ce qui s'ajuste "
                        "ensuite.",
                        "body": [
                            text(
                                "Un bon accueil se prépare. Les premiers jours comptent "
                                "beaucoup : la personne découvre un lieu, des collègues, des "
                                "règles. Si rien n'est prêt, elle peut se sentir de trop. Si "
                                "tout est pensé avec elle, elle peut se concentrer sur son "
                                "travail.",
                            ),
                            heading("Préparer l'équipe"),
                            text(
                                "L'équipe n'a pas besoin de connaître le handicap de la "
                                "personne. Elle a besoin de savoir comment bien travailler "
                                "avec elle. Avant l'arrivée :",
                                [
                                    "présentez la personne par son métier, son rôle et ses "
                                    "compétences ;",
                                    "avec son accord, expliquez les aménagements prévus et "
                                    "leur raison d'être ;",
                                    "désignez un collègue référent, disponible pour les "
                                    "questions du quotidien ;",
                                    "répondez calmement aux peurs et aux idées reçues.",
                                ],
                            ),
                            callout(
                                "example",
                                "Des sessions d'information sur les handicaps",
                                "Dans Expertises partagées, des sessions d'information sur les "
                                "différents handicaps peuvent être proposées au GEIQ PEP'S et "
                                "aux organismes de formation avec lesquels il travaille. Le but "
                                "est un accueil bienveillant. Le projet prévoit aussi des "
                                "sensibilisations mutuelles : l'entreprise apprend du secteur "
                                "médico-social, et l'inverse.",
                            ),
                            heading("Adapter le poste de travail"),
                            text(
                                "Faites le tour du poste avec la personne, si possible avant "
                                "son premier jour. Regardez ensemble :",
                                [
                                    "l'accès : les portes, les marches, le parking, les "
                                    "toilettes ;",
                                    "le matériel : la hauteur du plan de travail, l'écran, les "
                                    "outils ;",
                                    "l'environnement : le bruit, la lumière, les passages ;",
                                    "l'organisation : les horaires, les pauses, la façon de "
                                    "donner les consignes.",
                                ],
                                "Notez ce qui doit changer. Fixez une date pour faire le point "
                                "après quelques semaines.",
                            ),
                            callout(
                                "warning",
                                "Ne pas décider à la place de la personne",
                                "Avec les meilleures intentions, on prépare parfois un poste "
                                "sans demander l'avis de la personne. Le résultat peut être "
                                "inutile, voire gênant. Demandez toujours son avis avant "
                                "d'acheter ou de changer quoi que ce soit.",
                            ),
                            reflection(
                                "Dans votre structure, qui pourrait être le collègue référent "
                                "d'une personne nouvellement accueillie ? Que devrait-il "
                                "savoir, et que n'a-t-il pas besoin de savoir ?",
                                "Séparez ce qui aide à travailler ensemble de ce qui relève de "
                                "la vie privée.",
                            ),
                        ],
                    },
                    "en": {
                        "title": "Preparing the team and the workstation",
                        "intro": "What to prepare before the first day, and what to adjust "
                        "afterwards.",
                        "body": [
                            text(
                                "A good welcome is prepared. The first days matter a lot: the "
                                "person discovers a place, colleagues, rules. If nothing is "
                                "ready, they may feel unwanted. If everything has been thought "
                                "through with them, they can focus on their work.",
                            ),
                            heading("Preparing the team"),
                            text(
                                "The team does not need to know about the person's "
                                "disability. It needs to know how to work well with them. "
                                "Before the arrival:",
                                [
                                    "introduce the person through their trade, their role and "
                                    "their skills;",
                                    "with their consent, explain the planned accommodations "
                                    "and why they are there;",
                                    "name a contact colleague, available for everyday questions;",
                                    "answer fears and preconceived ideas calmly.",
                                ],
                            ),
                            callout(
                                "example",
                                "Information sessions on disabilities",
                                "In Shared expertise, information sessions on the different "
                                "disabilities can be offered to GEIQ PEP'S and to the training "
                                "providers it works with. The aim is a caring welcome. The "
                                "project also plans mutual awareness-raising: companies learn "
                                "from the medical and social sector, and the other way round.",
                            ),
                            heading("Adapting the workstation"),
                            text(
                                "Walk round the workstation with the person, before their "
                                "first day if possible. Look together at:",
                                [
                                    "access: doors, steps, parking, toilets;",
                                    "equipment: the height of the work surface, the screen, the "
                                    "tools;",
                                    "surroundings: noise, light, people passing by;",
                                    "organisation: hours, breaks, the way instructions are given.",
                                ],
                                "Write down what needs to change. Set a date to review things "
                                "after a few weeks.",
                            ),
                            callout(
                                "warning",
                                "Do not decide for the person",
                                "With the best intentions, people sometimes prepare a "
                                "workstation without asking the person's opinion. The result "
                                "can be useless, or even a nuisance. Always ask for their "
                                "opinion before buying or changing anything.",
                            ),
                            reflection(
                                "In your organisation, who could be the contact colleague for "
                                "a newly arrived person? What should they know, and what do "
                                "they not need to know?",
                                "Separate what helps people work together from what belongs "
                                "to private life.",
                            ),
                        ],
                    },
                },
                {
                    "slug": "adapter-la-formation-et-parler-des-besoins",
                    "slug_en": "adapting-training-and-talking-about-needs",
                    "minutes": 30,
                    "fr": {
                        "title": "Adapter la formation et parler des besoins sans être intrusif",
                        "intro": "Ajuster les apprentissages et poser les bonnes questions.",
                        "body": [
                            text(
                                "Un stagiaire handicapé apprend comme les autres : en "
                                "pratiquant, en se trompant, en recevant des retours. Mais "
                                "certains chemins lui restent fermés si la formation n'est pas "
                                "adaptée. Le rôle du formateur et du tuteur est d'ouvrir "
                                "d'autres chemins vers les mêmes compétences.",
                            ),
                            heading("Adapter la formation"),
                            text(
                                [
                                    "Variez les supports : écrit, oral, images, démonstrations.",
                                    "Découpez les tâches en petites étapes et vérifiez chaque "
                                    "étape.",
                                    "Si besoin, laissez plus de temps pour apprendre et pour "
                                    "les évaluations.",
                                    "Donnez des documents lisibles : gros caractères, phrases "
                                    "courtes, fichiers qu'un lecteur d'écran peut lire.",
                                    "Gardez le même objectif que pour les autres : on adapte "
                                    "le chemin, pas le métier visé.",
                                ],
                            ),
                            callout(
                                "example",
                                "Une triade qui s'ajuste",
                                "Dans SQHM, le centre de formation, le tuteur de proximité et "
                                "l'entreprise adaptaient le parcours ensemble. Les réseaux "
                                "tenaient compte des capacités de chaque stagiaire, mais aussi "
                                "de sa situation psychologique et sociale. Le tuteur de "
                                "proximité voyait sur place ce que le centre, à distance, ne "
                                "pouvait pas voir.",
                            ),
                            heading("Parler des besoins sans être intrusif"),
                            text(
                                "La personne décide de ce qu'elle dit sur son handicap. Elle "
                                "n'a pas à donner son diagnostic, ni à son employeur, ni à son "
                                "formateur. Ce qui compte pour vous, ce sont ses besoins pour "
                                "travailler et apprendre.",
                                "Posez des questions ouvertes sur le travail, pas sur la santé :",
                                [
                                    "Qu'est-ce qui vous aide à bien travailler ?",
                                    "Y a-t-il des tâches ou des moments de la journée plus "
                                    "difficiles pour vous ?",
                                    "Comment préférez-vous recevoir les consignes ?",
                                    "Qu'est-ce qui a bien marché dans vos stages ou emplois "
                                    "précédents ?",
                                ],
                            ),
                            quote(
                                "Nothing about us without us.",
                                "Devise du mouvement international des personnes "
                                "handicapées, souvent citée en anglais : « Rien sur nous sans "
                                "nous ».",
                                language="en",
                            ),
                            callout(
                                "warning",
                                "Ce qu'il faut éviter",
                                [
                                    "demander « Qu'est-ce que vous avez ? » ;",
                                    "parler du handicap de la personne devant d'autres sans "
                                    "son accord ;",
                                    "s'adresser à l'accompagnateur ou à l'interprète plutôt "
                                    "qu'à la personne ;",
                                    "revenir sur le sujet à chaque rencontre.",
                                ],
                            ),
                            callout(
                                "tip",
                                "Garder la confidentialité",
                                "Ce que la personne vous confie reste entre vous, sauf si elle "
                                "vous autorise à le partager. Si une information doit "
                                "circuler, par exemple dans un outil de suivi partagé, dites-"
                                "lui ce qui sera écrit et qui pourra le lire.",
                            ),
                        ],
                    },
                    "en": {
                        "title": "Adapting training and talking about needs without prying",
                        "intro": "Adjust the learning and ask the right questions.",
                        "body": [
                            text(
                                "A disabled trainee learns like everyone else: by practising, "
                                "by making mistakes, by getting feedback. But some paths stay "
                                "closed to them if the training is not adapted. The role of "
                                "the trainer and the tutor is to open other paths to the same "
                                "skills.",
                            ),
                            heading("Adapting the training"),
                            text(
                                [
                                    "Vary the media: writing, speech, pictures, demonstrations.",
                                    "Break tasks into small steps and check each step.",
                                    "If needed, allow more time for learning and for assessments.",
                                    "Give out readable documents: large print, short "
                                    "sentences, files that a screen reader can read.",
                                    "Keep the same goal as for the others: you adapt the path, "
                                    "not the trade aimed for.",
                                ],
                            ),
                            callout(
                                "example",
                                "A triad that adjusts",
                                "In SQHM, the training centre, the local tutor and the "
                                "company adapted the path together. The networks took account "
                                "of each trainee's abilities, but also of their psychological "
                                "and social situation. The local tutor saw on the spot what "
                                "the distant centre could not see.",
                            ),
                            heading("Talking about needs without prying"),
                            text(
                                "The person decides what they say about their disability. "
                                "They do not have to give their diagnosis, neither to their "
                                "employer nor to their trainer. What matters for you is what "
                                "they need in order to work and learn.",
                                "Ask open questions about the work, not about health:",
                                [
                                    "What helps you work well?",
                                    "Are there tasks or times of day that are harder for you?",
                                    "How do you prefer to receive instructions?",
                                    "What worked well in your previous placements or jobs?",
                                ],
                            ),
                            quote(
                                "Nothing about us without us.",
                                "Motto of the international disability rights movement.",
                                language="en",
                            ),
                            callout(
                                "warning",
                                "What to avoid",
                                [
                                    "asking “What is wrong with you?”;",
                                    "talking about the person's disability in front of others "
                                    "without their consent;",
                                    "speaking to the companion or the interpreter rather than "
                                    "to the person;",
                                    "bringing the subject up again at every meeting.",
                                ],
                            ),
                            callout(
                                "tip",
                                "Keeping things confidential",
                                "What the person tells you stays between you, unless they "
                                "allow you to share it. If some information has to be passed "
                                "on, for example in a shared follow-up tool, tell them what "
                                "will be written and who will be able to read it.",
                            ),
                        ],
                    },
                },
                {
                    "slug": "verifier-ses-acquis-accueil",
                    "slug_en": "check-your-understanding-welcome",
                    "minutes": 10,
                    "fr": {
                        "title": "Vérifier ses acquis",
                        "intro": "Un court quiz sur l'accueil d'un collègue ou d'un stagiaire.",
                        "body": [
                            text(
                                "Ce dernier quiz porte sur la préparation de l'équipe et du "
                                "poste, l'adaptation de la formation et la façon de parler des "
                                "besoins.",
                            ),
                            quiz(
                                "Avec 75 % de bonnes réponses, le module est validé.",
                                75,
                                [
                                    question(
                                        "single",
                                        "Avant l'arrivée d'un nouveau collègue handicapé, "
                                        "que doit savoir l'équipe ?",
                                        [
                                            choice(
                                                "Comment bien travailler avec lui et, avec "
                                                "son accord, les aménagements prévus.",
                                                True,
                                                "Exact : l'équipe a besoin de savoir "
                                                "travailler ensemble, pas de connaître le "
                                                "handicap.",
                                            ),
                                            choice(
                                                "Le nom exact de son handicap et ses traitements.",
                                                False,
                                                "Non : ces informations relèvent de sa vie "
                                                "privée ; c'est à lui de décider s'il les "
                                                "partage.",
                                            ),
                                            choice(
                                                "Rien : mieux vaut ne rien préparer pour ne "
                                                "pas le mettre à part.",
                                                False,
                                                "Non : un accueil non préparé peut donner à "
                                                "la personne le sentiment d'être de trop.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "multiple",
                                        "Quelles questions respectent la vie privée de la "
                                        "personne ?",
                                        [
                                            choice(
                                                "Qu'est-ce qui vous aide à bien travailler ?",
                                                True,
                                                "Oui : cette question porte sur le travail et "
                                                "laisse la personne libre de sa réponse.",
                                            ),
                                            choice(
                                                "Comment préférez-vous recevoir les consignes ?",
                                                True,
                                                "Oui : elle vise un besoin concret, sans "
                                                "parler de santé.",
                                            ),
                                            choice(
                                                "Qu'est-ce que vous avez exactement ?",
                                                False,
                                                "Non : cette question cherche le diagnostic, "
                                                "que la personne n'a pas à donner.",
                                            ),
                                            choice(
                                                "Depuis quand êtes-vous malade ?",
                                                False,
                                                "Non : elle porte sur la santé, pas sur les "
                                                "besoins pour travailler ou apprendre.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "Adapter une formation veut dire baisser le niveau "
                                        "attendu dans le métier.",
                                        [
                                            choice(
                                                "Vrai",
                                                False,
                                                "Non : on adapte les supports, le rythme et "
                                                "les étapes, mais l'objectif reste le même.",
                                            ),
                                            choice(
                                                "Faux",
                                                True,
                                                "Exact : on adapte le chemin, pas le métier visé.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "Vous pensez acheter un siège adapté pour un "
                                        "stagiaire. Que faites-vous d'abord ?",
                                        [
                                            choice(
                                                "Je demande au stagiaire ce dont il a "
                                                "besoin et je vérifie avec lui.",
                                                True,
                                                "Exact : c'est la personne qui sait ce qui "
                                                "l'aide ; décider sans elle risque de ne "
                                                "servir à rien.",
                                            ),
                                            choice(
                                                "J'achète le modèle le plus cher, pour être sûr.",
                                                False,
                                                "Non : le prix ne garantit pas que le siège "
                                                "réponde à ses besoins.",
                                            ),
                                            choice(
                                                "J'attends qu'il se plaigne.",
                                                False,
                                                "Non : beaucoup de personnes n'osent pas se "
                                                "plaindre ; il vaut mieux en parler avant.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "Une stagiaire sourde vient avec une interprète en "
                                        "langue des signes. À qui parlez-vous ?",
                                        [
                                            choice(
                                                "À la stagiaire, en la regardant.",
                                                True,
                                                "Exact : l'interprète traduit, mais c'est "
                                                "avec la stagiaire que vous échangez.",
                                            ),
                                            choice(
                                                "À l'interprète, qui transmettra.",
                                                False,
                                                "Non : s'adresser à l'interprète met la "
                                                "stagiaire à l'écart de sa propre "
                                                "conversation.",
                                            ),
                                            choice(
                                                "À personne : je donne tout par écrit pour "
                                                "aller plus vite.",
                                                False,
                                                "Non : l'écrit peut aider, mais la "
                                                "stagiaire est venue avec une interprète "
                                                "pour échanger avec vous.",
                                            ),
                                        ],
                                    ),
                                ],
                            ),
                        ],
                    },
                    "en": {
                        "title": "Check your understanding",
                        "intro": "A short quiz on welcoming a colleague or a trainee.",
                        "body": [
                            text(
                                "This last quiz covers preparing the team and the "
                                "workstation, adapting the training and the way to talk about "
                                "needs.",
                            ),
                            quiz(
                                "With 75% correct answers, the module is complete.",
                                75,
                                [
                                    question(
                                        "single",
                                        "Before a new disabled colleague arrives, what does "
                                        "the team need to know?",
                                        [
                                            choice(
                                                "How to work well with him and, with his "
                                                "consent, the planned accommodations.",
                                                True,
                                                "Right: the team needs to know how to work "
                                                "together, not what the disability is.",
                                            ),
                                            choice(
                                                "The exact name of his disability and his "
                                                "treatments.",
                                                False,
                                                "No: this information belongs to his private "
                                                "life; it is up to him whether to share it.",
                                            ),
                                            choice(
                                                "Nothing: it is better not to prepare "
                                                "anything so as not to single him out.",
                                                False,
                                                "No: an unprepared welcome can make the "
                                                "person feel unwanted.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "multiple",
                                        "Which questions respect the person's private life?",
                                        [
                                            choice(
                                                "What helps you work well?",
                                                True,
                                                "Yes: this question is about the work and "
                                                "leaves the person free in their answer.",
                                            ),
                                            choice(
                                                "How do you prefer to receive instructions?",
                                                True,
                                                "Yes: it targets a concrete need, without "
                                                "talking about health.",
                                            ),
                                            choice(
                                                "What exactly is wrong with you?",
                                                False,
                                                "No: this question is after the diagnosis, "
                                                "which the person does not have to give.",
                                            ),
                                            choice(
                                                "How long have you been ill?",
                                                False,
                                                "No: it is about health, not about what is "
                                                "needed to work or learn.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "true_false",
                                        "Adapting a training course means lowering the level "
                                        "expected in the trade.",
                                        [
                                            choice(
                                                "True",
                                                False,
                                                "No: you adapt the media, the pace and the "
                                                "steps, but the goal stays the same.",
                                            ),
                                            choice(
                                                "False",
                                                True,
                                                "Right: you adapt the path, not the trade "
                                                "aimed for.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "You are thinking of buying an adapted chair for a "
                                        "trainee. What do you do first?",
                                        [
                                            choice(
                                                "I ask the trainee what he needs and check "
                                                "with him.",
                                                True,
                                                "Right: the person knows what helps them; "
                                                "deciding without them may be of no use.",
                                            ),
                                            choice(
                                                "I buy the most expensive model, to be safe.",
                                                False,
                                                "No: the price does not guarantee that the "
                                                "chair meets his needs.",
                                            ),
                                            choice(
                                                "I wait for him to complain.",
                                                False,
                                                "No: many people do not dare to complain; it "
                                                "is better to talk about it beforehand.",
                                            ),
                                        ],
                                    ),
                                    question(
                                        "single",
                                        "A deaf trainee comes with a sign-language "
                                        "interpreter. Who do you speak to?",
                                        [
                                            choice(
                                                "To the trainee, looking at her.",
                                                True,
                                                "Right: the interpreter translates, but your "
                                                "conversation is with the trainee.",
                                            ),
                                            choice(
                                                "To the interpreter, who will pass it on.",
                                                False,
                                                "No: speaking to the interpreter shuts the "
                                                "trainee out of her own conversation.",
                                            ),
                                            choice(
                                                "To nobody: I give everything in writing to "
                                                "save time.",
                                                False,
                                                "No: writing can help, but the trainee came "
                                                "with an interpreter in order to talk with "
                                                "you.",
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
