"""Demo course: distance tutoring. Facts from the SQHM document (seed 000) and the SQHM case
study; the wording is the portal's own."""

from courses.demo.blocks import (
    callout,
    choice,
    easy_read,
    h5p,
    heading,
    question,
    quiz,
    reflection,
    text,
)

# Module 1: training outside the walls.

_M1_WHY = {
    "slug": "pourquoi-se-former-pres-de-chez-soi",
    "slug_en": "why-train-close-to-home",
    "minutes": 25,
    "fr": {
        "title": "Pourquoi se former près de chez soi",
        "intro": (
            "Comprendre ce qu'une personne handicapée risque de perdre quand la "
            "formation l'oblige à partir loin."
        ),
        "easy_read_body": easy_read(
            "Cette leçon parle des personnes handicapées qui veulent se former.",
            "Souvent, la formation a lieu dans un centre. Ce centre est parfois loin de la "
            "maison.",
            "Alors la personne doit partir de chez elle. Elle part pendant toute la formation.",
            "En partant, elle peut perdre des choses importantes :",
            ["sa famille ;", "ses amis et ses voisins ;", "ses médecins et ses soins."],
            "C'est difficile. Beaucoup de personnes abandonnent. Elles n'ont pas de diplôme.",
            "Le projet SQHM a trouvé une autre solution. La formation vient près de la maison.",
            "La personne garde sa famille, ses amis et ses soins.",
            "Le formateur ne voit pas la personne tous les jours. Il l'aide à distance. D'autres "
            "professionnels l'aident aussi.",
        ),
        "body": [
            text(
                "Pour obtenir une qualification, une personne handicapée va souvent dans "
                "un centre de rééducation professionnelle. Ce centre peut être loin de chez "
                "elle. Elle doit alors quitter son domicile pendant toute la formation.",
                "Pour beaucoup de personnes, ce départ coûte trop cher. Le problème n'est "
                "pas seulement l'argent : elles risquent de perdre des appuis importants.",
                "Certaines personnes acceptent de partir. D'autres ne le peuvent pas, par "
                "exemple parce qu'elles s'occupent d'un enfant ou d'un parent.",
            ),
            heading("Ce que la personne risque de perdre"),
            text(
                "Le projet Se Qualifier Hors Les Murs (SQHM) part d'une idée simple. Pour "
                "se former, une personne ne devrait pas avoir à abandonner :",
                [
                    "sa famille et ses proches ;",
                    "son environnement social : ses amis, ses voisins, ses activités ;",
                    "son suivi de santé : ses médecins, ses soins, ses habitudes.",
                ],
                "Quand se former veut dire tout quitter, beaucoup de personnes renoncent. "
                "Elles restent alors sans qualification.",
            ),
            callout(
                "example",
                "Un exemple",
                "Prenons une personne qui voit un kinésithérapeute deux fois par semaine, "
                "près de chez elle. Partir loin l'obligerait à changer de soignant et à "
                "tout réorganiser. Si la formation vient à elle, ses soins continuent sans "
                "interruption.",
            ),
            heading("Amener la formation jusqu'à la personne"),
            text(
                "SQHM a renversé la logique. Au lieu de faire venir la personne au centre, "
                "le projet a amené la formation là où elle vit.",
                "Pour cela, SQHM a construit des réseaux locaux. Leur mission : apporter "
                "toutes les mesures et tout le soutien utiles pour que la personne retrouve "
                "sa place dans la vie sociale et professionnelle. Et cela, au plus près de "
                "son domicile.",
                "Pour vous, formateur ou tuteur, cela change beaucoup de choses. Vous ne voyez "
                "plus le stagiaire chaque jour dans une salle. Vous devez apprendre à "
                "l'accompagner de loin, avec d'autres professionnels. C'est le sujet de ce "
                "cours.",
            ),
            callout(
                "key_point",
                "À retenir",
                "Chaque personne reçoit une réponse personnelle, pensée pour elle. Le "
                "réseau tient compte de son état psychologique et de sa situation sociale. "
                "Il regarde aussi ses capacités et ses contraintes.",
            ),
            reflection(
                "Pensez à une personne que vous accompagnez ou que vous avez accompagnée. "
                "Qu'aurait-elle dû quitter pour suivre une formation loin de chez elle ?",
                "Pensez à la famille, aux amis, aux soins, au logement et aux transports.",
            ),
            heading("À vous de jouer"),
            h5p("sqhm-close-to-home", completion="passed"),
        ],
    },
    "en": {
        "title": "Why train close to home",
        "intro": (
            "Understand what a disabled person may lose when training means moving far away."
        ),
        "easy_read_body": easy_read(
            "This lesson is about disabled people who want to train.",
            "Often, the training takes place in a centre. Sometimes this centre is far from home.",
            "Then the person must leave home. They leave for the whole training.",
            "When they leave, they can lose important things:",
            ["their family;", "their friends and neighbours;", "their doctors and their care."],
            "This is hard. Many people give up. They get no qualification.",
            "The SQHM project found another way. The training comes close to the person's home.",
            "The person keeps their family, their friends and their care.",
            "The trainer does not see the person every day. The trainer helps from far away. "
            "Other professionals help too.",
        ),
        "body": [
            text(
                "To gain a qualification, a disabled person often goes to a vocational "
                "rehabilitation centre. This centre can be far from home. The person must "
                "then leave home for the whole length of the course.",
                "For many people, this move costs too much. The problem is not only money: "
                "they may lose important sources of support.",
                "Some people agree to move. Others cannot, for example because they look after a "
                "child or a parent.",
            ),
            heading("What the person may lose"),
            text(
                "The Se Qualifier Hors Les Murs project (SQHM, qualifying beyond the walls) "
                "starts from a simple idea. To train, a person should not have to give up:",
                [
                    "their family and the people close to them;",
                    "their social surroundings: their friends, their neighbours, their "
                    "activities;",
                    "their health care: their doctors, their treatment, their routines.",
                ],
                "When training means leaving everything behind, many people give up. They "
                "then remain without a qualification.",
            ),
            callout(
                "example",
                "An example",
                "Take a person who sees a physiotherapist twice a week, near home. Moving "
                "away would mean changing therapist and reorganising everything. If the "
                "training comes to the person, the care goes on without interruption.",
            ),
            heading("Bringing the training to the person"),
            text(
                "SQHM turned the logic around. Instead of bringing the person to the "
                "centre, the project brought the training to where the person lives.",
                "To do this, SQHM built local networks. Their mission: to provide all the "
                "measures and all the support a person needs to find their place again in "
                "social and working life. And to do so as close to home as possible.",
                "For you, as a trainer or tutor, this changes a lot. You no longer see the "
                "trainee every day in a classroom. You have to learn to support them from afar, "
                "together with other professionals. That is what this course is about.",
            ),
            callout(
                "key_point",
                "Key point",
                "Each person gets a personal response, designed for them. The network takes "
                "account of their psychological state and their social situation. It also "
                "looks at their abilities and their constraints.",
            ),
            reflection(
                "Think of a person you support or have supported. What would they have had "
                "to leave behind to follow a course far from home?",
                "Think about family, friends, care, housing and transport.",
            ),
            heading("Your turn"),
            h5p("sqhm-close-to-home", completion="passed"),
        ],
    },
}

_M1_HOW = {
    "slug": "associer-distance-et-alternance",
    "slug_en": "combining-distance-and-work-linked-training",
    "minutes": 25,
    "fr": {
        "title": "Associer la formation à distance et l'alternance",
        "intro": (
            "Voir comment la formation ouverte et à distance et le travail en entreprise "
            "se complètent."
        ),
        "easy_read_body": easy_read(
            "Dans le projet SQHM, la formation a deux parties.",
            "Première partie : la personne apprend à distance. Elle apprend chez elle, ou près de "
            "chez elle.",
            "Deuxième partie : la personne travaille dans une entreprise. L'entreprise est près "
            "de chez elle.",
            "Les deux parties vont ensemble :",
            [
                "au travail, la personne utilise ce qu'elle a appris ;",
                "en formation, elle pose des questions sur son travail.",
            ],
            "Trois acteurs aident la personne :",
            ["le centre de formation ;", "le tuteur de proximité ;", "l'entreprise."],
            "Avant de commencer, vérifiez une chose. La personne doit pouvoir utiliser les cours "
            "à distance.",
            "Par exemple, une personne aveugle a besoin de documents adaptés. Son ordinateur doit "
            "pouvoir les lire à voix haute.",
        ),
        "body": [
            text(
                "Dans SQHM, le parcours du stagiaire a deux parties qui avancent ensemble :",
                [
                    "la formation ouverte et à distance : la personne apprend la théorie "
                    "avec des ressources préparées par un centre de formation, sans partir "
                    "loin ;",
                    "l'alternance : la personne pratique le métier dans une entreprise "
                    "proche de chez elle.",
                ],
                "Ce qu'elle apprend à distance, elle le met en pratique au travail. Ce "
                "qu'elle vit au travail lui donne des questions pour sa formation.",
                "Les deux parties se nourrissent l'une l'autre. Par exemple, une règle de "
                "sécurité étudiée dans un cours à distance prend tout son sens quand on la voit "
                "appliquée sur le lieu de travail.",
            ),
            heading("Trois acteurs autour d'une personne"),
            text(
                "Le parcours repose sur trois acteurs : le centre de formation, le tuteur "
                "de proximité et l'entreprise. Le module suivant présente le rôle de "
                "chacun.",
                "Dans SQHM, ces acteurs venaient de réseaux variés. Il y avait douze "
                "centres de rééducation professionnelle. Il y avait deux entreprises "
                "nationales, ADIA et SUEZ, avec leurs propres réseaux. Il y avait enfin "
                "deux réseaux de tuteurs de proximité : GIHP Aquitaine, spécialisé dans "
                "l'accompagnement des personnes aveugles, et Retravailler.",
            ),
            heading("Les quatre piliers de la méthode"),
            text(
                "Pour que cela fonctionne, SQHM a travaillé sur quatre points :",
                [
                    "bâtir une culture commune : travailler en réseau, s'ouvrir à de "
                    "nouveaux publics handicapés, oser expérimenter ;",
                    "produire ensemble les ressources de formation à distance, avec une "
                    "stratégie partagée ;",
                    "associer les financeurs, qui ont conseillé le projet ;",
                    "former les formateurs, les responsables, les tuteurs en entreprise et "
                    "les tuteurs de proximité à la distance et à l'accompagnement.",
                ],
            ),
            callout(
                "tip",
                "Conseil",
                "Avant de commencer, vérifiez que la personne peut utiliser les ressources "
                "à distance. Un stagiaire aveugle, par exemple, a besoin de documents que "
                "son lecteur d'écran peut lire. Un essai le premier jour évite des semaines "
                "de difficultés.",
            ),
            heading("Ce que cela a changé"),
            text(
                "Les personnes handicapées ont eu un meilleur accès à la formation et à la "
                "qualification. Leurs parcours étaient individualisés et adaptés à leurs "
                "contraintes.",
                "À la fin du projet, le nombre de personnes ayant terminé leur formation "
                "était à peu près égal au nombre de stagiaires qu'un centre classique forme "
                "en une année. La coopération a aussi aidé chaque acteur à mieux connaître "
                "les dispositifs des autres.",
                "Le projet a aussi formé des professionnels des centres à travailler hors les "
                "murs. Il a présenté ses résultats à des représentants des ministères, pour "
                "inspirer les futurs financements.",
            ),
        ],
    },
    "en": {
        "title": "Combining distance training and work-linked training",
        "intro": "See how open and distance training and work in a company complement each other.",
        "easy_read_body": easy_read(
            "In the SQHM project, the training has two parts.",
            "Part one: the person learns at a distance. They learn at home, or close to home.",
            "Part two: the person works in a company. The company is close to their home.",
            "The two parts go together:",
            [
                "at work, the person uses what they learned;",
                "in training, they ask questions about their work.",
            ],
            "Three people or groups help the person:",
            ["the training centre;", "the local tutor;", "the company."],
            "Before you start, check one thing. The person must be able to use the distance "
            "lessons.",
            "For example, a blind person needs adapted documents. Their computer must be able to "
            "read them aloud.",
        ),
        "body": [
            text(
                "In SQHM, the trainee's course has two parts that move forward together:",
                [
                    "open and distance training: the person learns the theory with "
                    "resources prepared by a training centre, without moving far away;",
                    "work-linked training (alternance in French): the person practises the "
                    "trade in a company close to home.",
                ],
                "What the person learns at a distance, they put into practice at work. What "
                "they experience at work gives them questions for their training.",
                "The two parts feed each other. For example, a safety rule studied in a distance "
                "lesson makes full sense when you see it applied at the workplace.",
            ),
            heading("Three actors around one person"),
            text(
                "The course rests on three actors: the training centre, the local tutor and "
                "the company. The next module presents the role of each one.",
                "In SQHM, these actors came from varied networks. There were twelve "
                "vocational rehabilitation centres. There were two national companies, ADIA "
                "and SUEZ, with their own networks. Lastly, there were two networks of local "
                "tutors: GIHP Aquitaine, which specialised in supporting blind people, and "
                "Retravailler.",
            ),
            heading("The four pillars of the method"),
            text(
                "To make this work, SQHM worked on four points:",
                [
                    "building a shared culture: working as a network, opening up to new "
                    "groups of disabled people, daring to experiment;",
                    "producing the distance-training resources together, with a shared strategy;",
                    "involving the funders, who advised the project;",
                    "training trainers, managers, workplace tutors and local tutors in "
                    "distance training and in personal support.",
                ],
            ),
            callout(
                "tip",
                "Tip",
                "Before starting, check that the person can use the distance resources. A "
                "blind trainee, for example, needs documents that their screen reader can "
                "read. A trial on the first day saves weeks of difficulty.",
            ),
            heading("What it changed"),
            text(
                "Disabled people gained better access to training and qualifications. Their "
                "courses were individualised and fitted to their constraints.",
                "At the end of the project, the number of people who had completed their "
                "training was roughly equal to the number of trainees a traditional centre "
                "trains in one year. Cooperation also helped each actor to better understand "
                "the others' schemes.",
                "The project also trained centre staff to work outside the walls. It presented "
                "its results to ministry representatives, to help shape future funding.",
            ),
        ],
    },
}

_M1_QUIZ = {
    "slug": "quiz-se-former-hors-les-murs",
    "slug_en": "quiz-training-outside-the-walls",
    "minutes": 10,
    "fr": {
        "title": "Vérifier ses acquis : se former hors les murs",
        "intro": "Cinq questions sur la formation hors les murs et sur la méthode SQHM.",
        "body": [
            text(
                "Ce quiz reprend les deux leçons du module : pourquoi se former près de chez "
                "soi, et comment associer distance et alternance. Après chaque réponse, "
                "lisez le message : il explique pourquoi elle est juste ou fausse.",
            ),
            quiz(
                "Choisissez la ou les bonnes réponses. Il faut 75 % de bonnes réponses pour "
                "réussir.",
                75,
                [
                    question(
                        "single",
                        "Pourquoi SQHM amène-t-il la formation près du domicile de la personne ?",
                        [
                            choice(
                                "Pour que la personne garde sa famille, sa vie sociale et "
                                "ses soins.",
                                True,
                                "Exact : se former ne doit pas obliger la personne à "
                                "quitter ce qui compte pour elle.",
                            ),
                            choice(
                                "Parce que les centres de rééducation professionnelle "
                                "allaient fermer.",
                                False,
                                "Non : douze centres ont participé au projet. Ils ont "
                                "appris à former en dehors de leurs murs.",
                            ),
                            choice(
                                "Pour que la personne n'ait plus besoin d'accompagnement.",
                                False,
                                "Non : à distance, l'accompagnement reste essentiel. C'est "
                                "justement le travail du tuteur de proximité.",
                            ),
                            choice(
                                "Pour raccourcir la durée de la formation.",
                                False,
                                "Non : le but n'est pas d'aller plus vite. Le but est de "
                                "se former sans tout quitter.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Dans un parcours SQHM, que fait le stagiaire ? (plusieurs "
                        "réponses possibles)",
                        [
                            choice(
                                "Il apprend la théorie avec des ressources de formation à "
                                "distance.",
                                True,
                                "Oui : c'est la partie formation ouverte et à distance, "
                                "préparée par un centre.",
                            ),
                            choice(
                                "Il pratique le métier dans une entreprise proche de chez lui.",
                                True,
                                "Oui : c'est la partie alternance, qui relie la théorie au "
                                "travail réel.",
                            ),
                            choice(
                                "Il vit au centre de formation pendant tout son parcours.",
                                False,
                                "Non : c'est ce que SQHM voulait éviter. La personne reste "
                                "chez elle.",
                            ),
                            choice(
                                "Il apprend seul, sans aucun contact avec des professionnels.",
                                False,
                                "Non : le centre, le tuteur de proximité et l'entreprise "
                                "l'entourent tout au long du parcours.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "Le réseau local ne regarde que les compétences professionnelles de "
                        "la personne.",
                        [
                            choice(
                                "Vrai",
                                False,
                                "Non : le réseau tient aussi compte de l'état "
                                "psychologique, de la situation sociale et des contraintes "
                                "de la personne.",
                            ),
                            choice(
                                "Faux",
                                True,
                                "Bien vu : le réseau regarde la personne dans son "
                                "ensemble, pas seulement son métier.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "Quel résultat SQHM a-t-il obtenu à la fin du projet ?",
                        [
                            choice(
                                "Autant de personnes ont terminé leur formation qu'un "
                                "centre classique en forme en un an.",
                                True,
                                "Exact : c'est le résultat chiffré du projet, obtenu sans "
                                "faire déménager les stagiaires.",
                            ),
                            choice(
                                "Toutes les personnes ont été embauchées par ADIA ou SUEZ.",
                                False,
                                "Non : le projet ne dit rien de tel. Son résultat chiffré "
                                "porte sur les formations terminées.",
                            ),
                            choice(
                                "Les centres ont arrêté de travailler avec les entreprises.",
                                False,
                                "Non : c'est l'inverse. La coopération entre centres, "
                                "tuteurs et entreprises s'est renforcée.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Lesquels de ces points font partie des quatre piliers de la "
                        "méthode SQHM ? (plusieurs réponses possibles)",
                        [
                            choice(
                                "Bâtir une culture commune de travail en réseau.",
                                True,
                                "Oui : des professionnels de mondes différents doivent "
                                "apprendre à travailler ensemble.",
                            ),
                            choice(
                                "Associer les financeurs comme conseillers.",
                                True,
                                "Oui : les financeurs ont conseillé le projet pendant son "
                                "développement.",
                            ),
                            choice(
                                "Former les professionnels à la distance et à l'accompagnement.",
                                True,
                                "Oui : formateurs et tuteurs ont dû apprendre de nouvelles "
                                "façons de travailler.",
                            ),
                            choice(
                                "Réserver la formation aux personnes qui habitent près "
                                "d'un centre.",
                                False,
                                "Non : SQHM fait l'inverse. La formation va vers la "
                                "personne, là où elle vit.",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    "en": {
        "title": "Check your understanding: training outside the walls",
        "intro": "Five questions on training outside the walls and on the SQHM method.",
        "body": [
            text(
                "This quiz covers the two lessons of the module: why train close to home, "
                "and how to combine distance and work-linked training. After each answer, "
                "read the message: it explains why the answer is right or wrong.",
            ),
            quiz(
                "Choose the right answer or answers. You need 75% correct answers to pass.",
                75,
                [
                    question(
                        "single",
                        "Why does SQHM bring the training close to the person's home?",
                        [
                            choice(
                                "So that the person keeps their family, social life and care.",
                                True,
                                "Correct: training should not force the person to leave "
                                "what matters to them.",
                            ),
                            choice(
                                "Because the vocational rehabilitation centres were about "
                                "to close.",
                                False,
                                "No: twelve centres took part in the project. They learned "
                                "to train outside their walls.",
                            ),
                            choice(
                                "So that the person no longer needs any support.",
                                False,
                                "No: at a distance, support remains essential. That is "
                                "precisely the local tutor's job.",
                            ),
                            choice(
                                "To shorten the length of the course.",
                                False,
                                "No: the aim is not to go faster. The aim is to train "
                                "without leaving everything behind.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "In an SQHM course, what does the trainee do? (several answers possible)",
                        [
                            choice(
                                "They learn the theory with distance-training resources.",
                                True,
                                "Yes: this is the open and distance training part, "
                                "prepared by a centre.",
                            ),
                            choice(
                                "They practise the trade in a company close to home.",
                                True,
                                "Yes: this is the work-linked part, which connects theory "
                                "to real work.",
                            ),
                            choice(
                                "They live at the training centre for the whole course.",
                                False,
                                "No: this is what SQHM wanted to avoid. The person stays at home.",
                            ),
                            choice(
                                "They learn alone, with no contact with professionals.",
                                False,
                                "No: the centre, the local tutor and the company surround "
                                "them throughout the course.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "The local network looks only at the person's job skills.",
                        [
                            choice(
                                "True",
                                False,
                                "No: the network also takes account of the person's "
                                "psychological state, social situation and constraints.",
                            ),
                            choice(
                                "False",
                                True,
                                "Well spotted: the network looks at the whole person, not "
                                "only at their trade.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "What result did SQHM achieve by the end of the project?",
                        [
                            choice(
                                "As many people completed their training as a traditional "
                                "centre trains in a year.",
                                True,
                                "Correct: this is the project's measured result, achieved "
                                "without making trainees move house.",
                            ),
                            choice(
                                "Every person was hired by ADIA or SUEZ.",
                                False,
                                "No: the project says nothing of the kind. Its measured "
                                "result concerns completed courses.",
                            ),
                            choice(
                                "The centres stopped working with companies.",
                                False,
                                "No: it is the opposite. Cooperation between centres, "
                                "tutors and companies grew stronger.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Which of these points are among the four pillars of the SQHM "
                        "method? (several answers possible)",
                        [
                            choice(
                                "Building a shared culture of working as a network.",
                                True,
                                "Yes: professionals from different worlds have to learn "
                                "to work together.",
                            ),
                            choice(
                                "Involving the funders as advisers.",
                                True,
                                "Yes: the funders advised the project while it was being "
                                "developed.",
                            ),
                            choice(
                                "Training professionals in distance work and personal support.",
                                True,
                                "Yes: trainers and tutors had to learn new ways of working.",
                            ),
                            choice(
                                "Keeping training for people who live near a centre.",
                                False,
                                "No: SQHM does the opposite. The training goes to the "
                                "person, where they live.",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
}

# Module 2: the triad training centre / local tutor / company.

_M2_ROLES = {
    "slug": "trois-roles-complementaires",
    "slug_en": "three-complementary-roles",
    "minutes": 25,
    "fr": {
        "title": "Trois rôles complémentaires",
        "intro": "Découvrir ce que chaque membre de la triade apporte au stagiaire.",
        "body": [
            text(
                "Un stagiaire formé à distance n'est pas seul. Trois acteurs l'entourent : "
                "le centre de formation, le tuteur de proximité et l'entreprise. On parle "
                "de triade.",
                "Le stagiaire, lui, reste au centre de la triade. Les trois acteurs travaillent "
                "pour son projet, pas à sa place.",
                "Chacun a un rôle différent. Aucun ne peut remplacer les deux autres.",
            ),
            heading("Le centre de formation"),
            text(
                "Le centre est responsable des apprentissages. Il prépare les ressources de "
                "formation à distance. Il suit les progrès du stagiaire et corrige ses "
                "travaux.",
                "C'est vers lui que l'on se tourne pour les questions sur le contenu du cours.",
                "Dans SQHM, douze centres de rééducation professionnelle ont appris à "
                "former hors de leurs murs. Leurs formateurs ont développé de nouvelles "
                "compétences pour enseigner à distance.",
            ),
            heading("Le tuteur de proximité"),
            text(
                "Le tuteur de proximité est proche du stagiaire, au sens propre : il peut "
                "le rencontrer en personne. Il l'aide à s'organiser, à garder le rythme et "
                "à faire face aux difficultés de la vie quotidienne.",
                "Il n'est pas forcément un spécialiste du métier. Sa force, c'est sa présence et "
                "sa connaissance du terrain local.",
                "Dans SQHM, les tuteurs de proximité venaient de deux réseaux : GIHP "
                "Aquitaine, spécialisé auprès des personnes aveugles, et Retravailler.",
            ),
            heading("L'entreprise"),
            text(
                "L'entreprise accueille le stagiaire pour la partie pratique de "
                "l'alternance. Un tuteur en entreprise lui montre les gestes du métier. Il "
                "l'aide aussi à trouver sa place dans l'équipe.",
                "Deux entreprises nationales, ADIA et SUEZ, ont participé à SQHM en "
                "mobilisant leurs propres réseaux.",
                "Le tuteur en entreprise n'a pas à tout savoir sur la formation à distance. Il "
                "doit surtout savoir qui appeler quand une question dépasse son rôle.",
            ),
            callout(
                "example",
                "Une triade au travail",
                "Imaginons une stagiaire aveugle qui se forme à distance. Le centre lui "
                "envoie des cours qu'elle peut lire avec son lecteur d'écran. Sa tutrice de "
                "proximité la rencontre chaque semaine et l'aide à planifier son travail. "
                "En entreprise, son tuteur aménage son poste avec elle.",
            ),
            reflection(
                "Dans la triade, quel est votre rôle ? Qu'attendez-vous des deux autres acteurs ?",
                "Notez une chose que vous faites bien et une chose que vous aimeriez mieux "
                "partager.",
            ),
        ],
    },
    "en": {
        "title": "Three complementary roles",
        "intro": "Find out what each member of the triad brings to the trainee.",
        "body": [
            text(
                "A trainee who learns at a distance is not alone. Three actors surround "
                "them: the training centre, the local tutor and the company. Together they "
                "are called the triad.",
                "The trainee stays at the centre of the triad. The three actors work for the "
                "trainee's plan, not in the trainee's place.",
                "Each one has a different role. None of them can replace the other two.",
            ),
            heading("The training centre"),
            text(
                "The centre is in charge of learning. It prepares the distance-training "
                "resources. It follows the trainee's progress and marks their work.",
                "It is the one to turn to for questions about the content of the course.",
                "In SQHM, twelve vocational rehabilitation centres learned to train outside "
                "their walls. Their trainers developed new skills for teaching at a "
                "distance.",
            ),
            heading("The local tutor"),
            text(
                "The local tutor is close to the trainee in the literal sense: they can meet "
                "the trainee in person. They help the trainee to get organised, to keep up "
                "the pace and to cope with the difficulties of daily life.",
                "They are not necessarily an expert in the trade. Their strength is their "
                "presence and their knowledge of the local area.",
                "In SQHM, the local tutors came from two networks: GIHP Aquitaine, which "
                "specialised in working with blind people, and Retravailler.",
            ),
            heading("The company"),
            text(
                "The company hosts the trainee for the practical part of the work-linked "
                "training. A workplace tutor shows them how the job is done. The workplace "
                "tutor also helps them find their place in the team.",
                "Two national companies, ADIA and SUEZ, took part in SQHM by drawing on "
                "their own networks.",
                "The workplace tutor does not need to know everything about distance training. "
                "Above all, they need to know who to call when a question goes beyond their "
                "role.",
            ),
            callout(
                "example",
                "A triad at work",
                "Imagine a blind trainee who is learning at a distance. The centre sends her "
                "lessons that she can read with her screen reader. Her local tutor meets "
                "her every week and helps her plan her work. In the company, her tutor "
                "adapts her workstation with her.",
            ),
            reflection(
                "In the triad, what is your role? What do you expect from the other two actors?",
                "Write down one thing you do well and one thing you would like to share better.",
            ),
        ],
    },
}

_M2_AGREE = {
    "slug": "s-accorder-et-communiquer",
    "slug_en": "agreeing-and-communicating",
    "minutes": 25,
    "fr": {
        "title": "Se mettre d'accord et communiquer",
        "intro": (
            "Poser des règles communes et faire circuler l'information entre les trois acteurs."
        ),
        "body": [
            text(
                "Une triade ne fonctionne que si ses membres se parlent. Sans accord clair, "
                "chacun pense que l'autre s'occupe du problème. Le stagiaire se retrouve "
                "alors seul.",
                "SQHM l'a montré : la coopération entre acteurs aide à mieux ajuster les "
                "services aux besoins de chaque personne. Elle aide aussi chacun à "
                "comprendre les dispositifs des autres.",
            ),
            heading("S'accorder dès le départ"),
            text(
                "Avant le début du parcours, réunissez les trois acteurs et le stagiaire. "
                "Écrivez ensemble quelques points simples :",
                [
                    "qui fait quoi, et qui appeler en cas de problème ;",
                    "le calendrier : les périodes à distance et les périodes en entreprise ;",
                    "les adaptations dont la personne a besoin, en formation comme au travail ;",
                    "le rythme des points d'étape et leur forme : téléphone, vidéo ou rencontre.",
                ],
            ),
            callout(
                "tip",
                "Une page suffit",
                "Un document court est lu et relu. Un document long reste dans un tiroir. "
                "Donnez-en une copie au stagiaire, dans un format qu'il peut lire.",
                "Relisez-le ensemble quand la situation change.",
            ),
            heading("Faire circuler l'information"),
            text(
                "Pendant le parcours, chaque acteur voit une partie de la situation. Le "
                "formateur voit les travaux rendus. Le tuteur de proximité voit le moral et "
                "la vie quotidienne. Le tuteur en entreprise voit le travail.",
                "Partagez ce que vous voyez, surtout quand quelque chose change. Un court "
                "message suffit souvent.",
                "Convenez aussi d'un moyen simple pour échanger entre professionnels : un appel, "
                "un courriel, un cahier de suivi partagé. L'important est que chacun sache où "
                "trouver l'information.",
            ),
            callout(
                "warning",
                "Respecter la vie privée",
                "Ne partagez que ce qui est utile au parcours. Les informations sur la santé "
                "ou la vie privée appartiennent au stagiaire. Demandez-lui son accord avant "
                "d'en parler aux autres.",
            ),
            heading("Parler la même langue"),
            text(
                "SQHM a misé sur une culture commune entre les partenaires. Un centre, une "
                "association et une entreprise n'ont pas les mêmes habitudes ni les mêmes "
                "mots. Évitez le jargon de votre métier : un sigle connu au centre peut "
                "être inconnu en entreprise. En cas de doute, expliquez.",
                "Et si un partenaire emploie un mot que vous ne connaissez pas, osez lui "
                "demander ce qu'il veut dire.",
            ),
        ],
    },
    "en": {
        "title": "Agreeing and communicating",
        "intro": "Set shared rules and keep information flowing between the three actors.",
        "body": [
            text(
                "A triad only works if its members talk to each other. Without a clear "
                "agreement, each one thinks someone else is dealing with the problem. The "
                "trainee then ends up alone.",
                "SQHM showed it: cooperation between the actors helps to match services "
                "better to each person's needs. It also helps each one to understand the "
                "others' schemes.",
            ),
            heading("Agreeing from the start"),
            text(
                "Before the course begins, bring the three actors and the trainee together. "
                "Write down a few simple points together:",
                [
                    "who does what, and who to call if there is a problem;",
                    "the timetable: the distance periods and the periods in the company;",
                    "the adjustments the person needs, in training as well as at work;",
                    "how often progress reviews take place and in what form: phone, video "
                    "or meeting.",
                ],
            ),
            callout(
                "tip",
                "One page is enough",
                "A short document gets read again and again. A long document stays in a "
                "drawer. Give the trainee a copy, in a format they can read.",
                "Read it again together when the situation changes.",
            ),
            heading("Keeping information flowing"),
            text(
                "During the course, each actor sees part of the situation. The trainer sees "
                "the work handed in. The local tutor sees the trainee's morale and daily "
                "life. The workplace tutor sees the work.",
                "Share what you see, especially when something changes. A short message is "
                "often enough.",
                "Also agree on a simple way for the professionals to exchange: a call, an email, "
                "a shared follow-up notebook. What matters is that everyone knows where to find "
                "the information.",
            ),
            callout(
                "warning",
                "Respecting privacy",
                "Share only what is useful for the course. Information about health or "
                "private life belongs to the trainee. Ask for their agreement before "
                "talking about it with the others.",
            ),
            heading("Speaking the same language"),
            text(
                "SQHM relied on a shared culture between the partners. A centre, an "
                "association and a company do not have the same habits or the same words. "
                "Avoid the jargon of your trade: an acronym everyone knows at the centre may "
                "be unknown in the company. If in doubt, explain.",
                "And if a partner uses a word you do not know, dare to ask what it means.",
            ),
        ],
    },
}

_M2_QUIZ = {
    "slug": "quiz-la-triade",
    "slug_en": "quiz-the-triad",
    "minutes": 10,
    "fr": {
        "title": "Vérifier ses acquis : la triade",
        "intro": "Cinq questions sur les rôles et la communication dans la triade.",
        "body": [
            text(
                "Ce quiz porte sur les rôles du centre, du tuteur de proximité et de "
                "l'entreprise, et sur la façon de se coordonner. Certaines questions "
                "décrivent une situation concrète : demandez-vous ce que vous feriez.",
            ),
            quiz(
                "Lisez chaque question avec attention. Le quiz est réussi à partir de 75 % "
                "de bonnes réponses.",
                75,
                [
                    question(
                        "single",
                        "Qui rencontre le stagiaire en personne, près de chez lui, pour "
                        "l'aider à organiser sa formation ?",
                        [
                            choice(
                                "Le tuteur de proximité.",
                                True,
                                "Exact : sa présence sur place est ce qui manque le plus "
                                "dans une formation à distance.",
                            ),
                            choice(
                                "Le formateur du centre.",
                                False,
                                "Non : le formateur suit surtout les apprentissages, et le "
                                "plus souvent à distance.",
                            ),
                            choice(
                                "Le tuteur en entreprise.",
                                False,
                                "Pas tout à fait : il accompagne le stagiaire au travail, "
                                "pas dans l'organisation de sa formation.",
                            ),
                            choice(
                                "Le financeur.",
                                False,
                                "Non : dans SQHM, les financeurs conseillaient le projet. "
                                "Ils ne suivaient pas les stagiaires.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Quels points est-il utile d'écrire dans l'accord de départ ? "
                        "(plusieurs réponses possibles)",
                        [
                            choice(
                                "La personne à appeler en cas de problème.",
                                True,
                                "Oui : quand un souci arrive, chacun sait tout de suite "
                                "vers qui se tourner.",
                            ),
                            choice(
                                "Le calendrier des périodes à distance et en entreprise.",
                                True,
                                "Oui : un calendrier partagé évite les oublis et les "
                                "doubles rendez-vous.",
                            ),
                            choice(
                                "Les aménagements dont le stagiaire a besoin.",
                                True,
                                "Oui : les trois acteurs doivent connaître les "
                                "adaptations prévues pour la personne.",
                            ),
                            choice(
                                "Tout le dossier médical du stagiaire.",
                                False,
                                "Non : la santé relève de la vie privée. On ne partage "
                                "que l'utile, avec l'accord de la personne.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "Quand tout va bien, le tuteur de proximité peut remplacer le "
                        "centre de formation.",
                        [
                            choice(
                                "Vrai",
                                False,
                                "Non : chaque acteur a son rôle. Le centre reste "
                                "responsable des apprentissages, même quand tout va bien.",
                            ),
                            choice(
                                "Faux",
                                True,
                                "Bien vu : aucun membre de la triade ne remplace les deux autres.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "Le tuteur en entreprise trouve le stagiaire très fatigué depuis "
                        "une semaine. Que doit-il faire ?",
                        [
                            choice(
                                "En parler au stagiaire, puis aux autres membres de la "
                                "triade avec son accord.",
                                True,
                                "Exact : partager tôt une observation permet d'agir avant "
                                "que la situation s'aggrave.",
                            ),
                            choice(
                                "Attendre la fin de la période en entreprise.",
                                False,
                                "Non : attendre laisse le problème grandir. Une "
                                "information utile se partage vite.",
                            ),
                            choice(
                                "Conseiller au stagiaire d'arrêter sa formation.",
                                False,
                                "Non : ce n'est pas à lui seul de décider. La triade "
                                "cherche d'abord une adaptation avec la personne.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Selon l'expérience de SQHM, à quoi sert la coopération entre les "
                        "acteurs ? (plusieurs réponses possibles)",
                        [
                            choice(
                                "À mieux ajuster les services aux besoins de la personne.",
                                True,
                                "Oui : c'est l'un des bénéfices observés dans le projet.",
                            ),
                            choice(
                                "À mieux connaître les dispositifs des autres partenaires.",
                                True,
                                "Oui : en travaillant ensemble, chacun découvre ce que les "
                                "autres proposent.",
                            ),
                            choice(
                                "À travailler chacun de son côté sans informer les autres.",
                                False,
                                "Non : c'est le contraire de la coopération. Le stagiaire "
                                "risque alors de se retrouver seul.",
                            ),
                            choice(
                                "À prendre les décisions à la place du stagiaire.",
                                False,
                                "Non : le stagiaire participe aux décisions qui concernent "
                                "son parcours.",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    "en": {
        "title": "Check your understanding: the triad",
        "intro": "Five questions on roles and communication in the triad.",
        "body": [
            text(
                "This quiz covers the roles of the centre, the local tutor and the company, "
                "and how they coordinate. Some questions describe a real-life situation: "
                "ask yourself what you would do.",
            ),
            quiz(
                "Read each question carefully. You pass the quiz with 75% correct answers "
                "or more.",
                75,
                [
                    question(
                        "single",
                        "Who meets the trainee in person, near their home, to help them "
                        "organise their training?",
                        [
                            choice(
                                "The local tutor.",
                                True,
                                "Correct: their presence on the spot is what a distance "
                                "course lacks most.",
                            ),
                            choice(
                                "The centre's trainer.",
                                False,
                                "No: the trainer mainly follows the learning, and usually "
                                "at a distance.",
                            ),
                            choice(
                                "The workplace tutor.",
                                False,
                                "Not quite: they support the trainee at work, not in "
                                "organising their training.",
                            ),
                            choice(
                                "The funder.",
                                False,
                                "No: in SQHM, the funders advised the project. They did "
                                "not follow the trainees.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Which points are useful to write down in the initial agreement? "
                        "(several answers possible)",
                        [
                            choice(
                                "The person to call if there is a problem.",
                                True,
                                "Yes: when a difficulty arises, everyone knows straight "
                                "away who to turn to.",
                            ),
                            choice(
                                "The timetable of distance and company periods.",
                                True,
                                "Yes: a shared timetable avoids forgotten or double appointments.",
                            ),
                            choice(
                                "The adjustments the trainee needs.",
                                True,
                                "Yes: all three actors need to know the adjustments "
                                "planned for the person.",
                            ),
                            choice(
                                "The trainee's entire medical file.",
                                False,
                                "No: health is part of private life. Share only what is "
                                "useful, with the person's agreement.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "When all is going well, the local tutor can replace the training centre.",
                        [
                            choice(
                                "True",
                                False,
                                "No: each actor has their role. The centre remains in "
                                "charge of learning, even when all is going well.",
                            ),
                            choice(
                                "False",
                                True,
                                "Well spotted: no member of the triad replaces the other two.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "The workplace tutor has found the trainee very tired for a week. "
                        "What should they do?",
                        [
                            choice(
                                "Talk to the trainee, then to the other members of the "
                                "triad with their agreement.",
                                True,
                                "Correct: sharing an observation early makes it possible "
                                "to act before things get worse.",
                            ),
                            choice(
                                "Wait until the end of the period in the company.",
                                False,
                                "No: waiting lets the problem grow. Useful information "
                                "should be shared quickly.",
                            ),
                            choice(
                                "Advise the trainee to stop their training.",
                                False,
                                "No: it is not for them alone to decide. The triad first "
                                "looks for an adjustment with the person.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "According to the SQHM experience, what is cooperation between the "
                        "actors for? (several answers possible)",
                        [
                            choice(
                                "Matching services better to the person's needs.",
                                True,
                                "Yes: this is one of the benefits seen in the project.",
                            ),
                            choice(
                                "Getting to know the other partners' schemes better.",
                                True,
                                "Yes: by working together, each one discovers what the "
                                "others offer.",
                            ),
                            choice(
                                "Each working on their own without informing the others.",
                                False,
                                "No: that is the opposite of cooperation. The trainee then "
                                "risks ending up alone.",
                            ),
                            choice(
                                "Taking decisions in the trainee's place.",
                                False,
                                "No: the trainee takes part in the decisions about their "
                                "own course.",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
}

# Module 3: keeping a distant trainee engaged.

_M3_CONTACT = {
    "slug": "garder-un-contact-regulier",
    "slug_en": "keeping-in-regular-contact",
    "minutes": 25,
    "fr": {
        "title": "Garder un contact régulier",
        "intro": (
            "Organiser des échanges simples et réguliers avec un stagiaire qui se forme "
            "loin du centre."
        ),
        "body": [
            text(
                "À distance, le stagiaire ne croise pas son formateur dans un couloir. Il "
                "ne peut pas poser une question à la fin d'un cours. Sans contact prévu, il "
                "peut vite se sentir seul.",
                "Le contact régulier est donc au cœur du tutorat à distance. Il montre à "
                "la personne qu'on pense à elle et qu'on suit ses progrès.",
                "Le contact ne sert pas seulement à parler des cours. Il permet aussi de partager "
                "une réussite, de féliciter, de rassurer. Un stagiaire qui se sent reconnu garde "
                "plus facilement sa motivation.",
            ),
            heading("Fixer un rythme"),
            text(
                "Choisissez un rythme avec le stagiaire, puis tenez-le. Par exemple :",
                [
                    "un appel court chaque semaine avec le tuteur de proximité ;",
                    "un échange avec le formateur à chaque étape du cours ;",
                    "un point avec toute la triade à chaque passage entre distance et entreprise.",
                ],
                "Un appel prévu qui n'a pas lieu envoie un mauvais message. Si vous devez "
                "le déplacer, prévenez et proposez une autre date.",
                "Notez chaque contact en deux lignes : la date, ce qui a été dit, ce qui est "
                "prévu. Ces notes aident toute la triade à suivre le parcours.",
            ),
            heading("Préparer un appel"),
            callout(
                "tip",
                "Un appel en quatre temps",
                [
                    "Prendre des nouvelles : comment allez-vous cette semaine ?",
                    "Faire le point sur le travail : qu'avez-vous fini, où bloquez-vous ?",
                    "Chercher ensemble une solution ou une aide.",
                    "Fixer le prochain objectif et la date du prochain contact.",
                ],
            ),
            heading("Choisir le bon moyen"),
            text(
                "Adaptez le moyen de contact à la personne. Une personne aveugle préférera "
                "peut-être le téléphone ou les messages vocaux. Une personne sourde "
                "préférera peut-être les messages écrits, ou un appel vidéo avec un "
                "interprète en langue des signes. Demandez-lui ce qui lui convient, au lieu "
                "de le deviner.",
                "Pensez aussi aux rencontres en personne. Le tuteur de proximité est là "
                "pour cela : une visite vaut parfois mieux que dix messages.",
                "Enfin, vérifiez que le stagiaire a le matériel nécessaire : un téléphone, un "
                "ordinateur, une connexion qui fonctionne. Sans cela, aucun contact ne tient.",
            ),
            reflection(
                "Comment prenez-vous contact aujourd'hui avec les personnes que vous "
                "suivez ? Ce moyen leur convient-il vraiment ?",
                "Vous pouvez poser la question à une personne lors de votre prochain échange.",
            ),
        ],
    },
    "en": {
        "title": "Keeping in regular contact",
        "intro": (
            "Organise simple, regular exchanges with a trainee who learns far from the centre."
        ),
        "body": [
            text(
                "At a distance, the trainee does not bump into their trainer in a corridor. "
                "They cannot ask a question at the end of a lesson. Without planned "
                "contact, they can quickly feel alone.",
                "Regular contact is therefore at the heart of distance tutoring. It shows "
                "the person that someone is thinking of them and following their progress.",
                "Contact is not only for talking about lessons. It is also a chance to share a "
                "success, to congratulate, to reassure. A trainee who feels recognised keeps "
                "their motivation more easily.",
            ),
            heading("Setting a rhythm"),
            text(
                "Choose a rhythm with the trainee, then stick to it. For example:",
                [
                    "a short call every week with the local tutor;",
                    "an exchange with the trainer at each stage of the course;",
                    "a review with the whole triad at each switch between distance and "
                    "company periods.",
                ],
                "A planned call that does not happen sends the wrong message. If you have "
                "to move it, warn the trainee and offer another date.",
                "Note each contact in two lines: the date, what was said, what is planned. These "
                "notes help the whole triad follow the course.",
            ),
            heading("Preparing a call"),
            callout(
                "tip",
                "A call in four steps",
                [
                    "Ask how they are: how are you this week?",
                    "Review the work: what have you finished, where are you stuck?",
                    "Look together for a solution or for help.",
                    "Set the next goal and the date of the next contact.",
                ],
            ),
            heading("Choosing the right channel"),
            text(
                "Adapt the way you keep in touch to the person. A blind person may prefer "
                "the phone or voice messages. A deaf person may prefer written messages, or "
                "a video call with a sign language interpreter. Ask them what suits them, "
                "instead of guessing.",
                "Think about face-to-face meetings too. That is what the local tutor is "
                "there for: a visit is sometimes worth more than ten messages.",
                "Lastly, check that the trainee has the equipment needed: a phone, a computer, a "
                "connection that works. Without these, no contact can last.",
            ),
            reflection(
                "How do you get in touch today with the people you support? Does this way "
                "really suit them?",
                "You can ask one person this question during your next exchange.",
            ),
        ],
    },
}

_M3_SIGNS = {
    "slug": "reperer-les-signes-et-s-adapter",
    "slug_en": "spotting-the-signs-and-adapting",
    "minutes": 25,
    "fr": {
        "title": "Repérer les signes et s'adapter",
        "intro": (
            "Reconnaître tôt les signes de décrochage et ajuster le parcours avec la triade."
        ),
        "body": [
            text(
                "Un stagiaire décroche rarement d'un seul coup. Le plus souvent, de petits "
                "signes apparaissent pendant plusieurs semaines. À distance, ces signes "
                "sont plus difficiles à voir. Les trois acteurs doivent donc rester "
                "attentifs.",
                "Repérer tôt laisse le temps de réagir. Plus on attend, plus il est difficile de "
                "raccrocher la personne à sa formation.",
            ),
            heading("Les signes à surveiller"),
            text(
                "Soyez attentif aux changements, par exemple :",
                [
                    "des travaux rendus en retard, ou plus rendus du tout ;",
                    "des appels manqués, des messages sans réponse ;",
                    "des absences ou des retards en entreprise ;",
                    "des paroles de découragement, comme : je n'y arrive pas ;",
                    "de la fatigue, des soucis de santé ou de famille.",
                ],
                "Un seul signe ne veut pas dire que la personne va abandonner. Plusieurs "
                "signes en même temps demandent d'agir vite.",
                "Notez ce que vous observez, avec la date. Ces notes rendent les échanges avec "
                "la triade plus clairs et plus justes.",
            ),
            callout(
                "example",
                "Deux signes qui se rejoignent",
                "Un stagiaire rend ses travaux en retard depuis deux semaines. Son tuteur "
                "en entreprise le trouve fatigué. Chacun, de son côté, pense que ce n'est "
                "pas grave. En mettant ces deux informations ensemble, la triade comprend "
                "que quelque chose ne va pas. Le tuteur de proximité appelle le stagiaire "
                "le jour même.",
            ),
            heading("S'adapter plutôt qu'abandonner"),
            text(
                "Quand un signe apparaît, commencez par écouter. Demandez à la personne ce "
                "qui se passe, sans la juger. Puis cherchez ensemble une adaptation :",
                [
                    "alléger le programme pendant quelques semaines ;",
                    "changer l'horaire des appels ou des périodes en entreprise ;",
                    "ajouter une visite du tuteur de proximité ;",
                    "proposer des ressources dans un autre format, plus facile à utiliser.",
                ],
                "SQHM a construit des parcours individualisés, adaptés aux contraintes de "
                "chaque personne. Ajuster le parcours en cours de route prolonge cette "
                "démarche.",
                "Après une adaptation, faites le point quelques semaines plus tard : aide-t-elle "
                "vraiment la personne ?",
            ),
            callout(
                "warning",
                "Ne restez pas seul",
                "Si la situation vous dépasse, parlez-en aux autres membres de la triade. "
                "Un problème de santé ou un problème social peut demander l'aide d'un autre "
                "professionnel. Le réseau local est fait pour cela.",
            ),
            reflection(
                "Repensez à un stagiaire qui a abandonné ou a failli abandonner. Quels "
                "signes étaient visibles avant ? Qui les avait vus ?",
                "Notez ce que la triade aurait pu faire plus tôt.",
            ),
        ],
    },
    "en": {
        "title": "Spotting the signs and adapting",
        "intro": (
            "Recognise the signs of disengagement early and adjust the course with the triad."
        ),
        "body": [
            text(
                "A trainee rarely disengages all at once. Most often, small signs appear "
                "over several weeks. At a distance, these signs are harder to see. So all "
                "three actors need to stay alert.",
                "Spotting early leaves time to react. The longer you wait, the harder it is to "
                "reconnect the person with their training.",
            ),
            heading("Signs to watch for"),
            text(
                "Watch out for changes, for example:",
                [
                    "work handed in late, or no longer handed in at all;",
                    "missed calls, messages left unanswered;",
                    "absences or lateness in the company;",
                    "words of discouragement, such as: I can't do it;",
                    "tiredness, health worries or family worries.",
                ],
                "A single sign does not mean the person is going to give up. Several signs "
                "at the same time call for quick action.",
                "Write down what you observe, with the date. These notes make exchanges with the "
                "triad clearer and fairer.",
            ),
            callout(
                "example",
                "Two signs that come together",
                "A trainee has been handing in work late for two weeks. Their workplace "
                "tutor finds them tired. Each one, on their own, thinks it is not serious. "
                "By putting these two pieces of information together, the triad realises "
                "that something is wrong. The local tutor calls the trainee the same day.",
            ),
            heading("Adapting rather than giving up"),
            text(
                "When a sign appears, start by listening. Ask the person what is going on, "
                "without judging them. Then look together for an adjustment:",
                [
                    "lighten the programme for a few weeks;",
                    "change the time of the calls or of the periods in the company;",
                    "add a visit from the local tutor;",
                    "offer resources in another format, easier to use.",
                ],
                "SQHM built individual courses, fitted to each person's constraints. "
                "Adjusting the course along the way carries this approach further.",
                "After an adjustment, check in a few weeks later: is it really helping the "
                "person?",
            ),
            callout(
                "warning",
                "Do not stay alone with it",
                "If the situation is too much for you, talk to the other members of the "
                "triad. A health problem or a social problem may call for help from another "
                "professional. That is what the local network is for.",
            ),
            reflection(
                "Think back to a trainee who dropped out or nearly dropped out. What signs "
                "could be seen beforehand? Who had seen them?",
                "Write down what the triad could have done earlier.",
            ),
        ],
    },
}

_M3_QUIZ = {
    "slug": "quiz-garder-le-lien",
    "slug_en": "quiz-keeping-trainees-engaged",
    "minutes": 10,
    "fr": {
        "title": "Vérifier ses acquis : garder le lien",
        "intro": "Cinq questions sur le contact régulier et le repérage du décrochage.",
        "body": [
            text(
                "Ce dernier quiz porte sur le lien avec un stagiaire à distance : garder le "
                "contact, repérer les signes, adapter le parcours. Si vous hésitez, relisez "
                "les deux leçons avant de répondre.",
            ),
            quiz(
                "Selon la question, une ou plusieurs réponses sont justes. Visez au moins "
                "75 % de bonnes réponses.",
                75,
                [
                    question(
                        "single",
                        "Pourquoi le contact régulier compte-t-il autant dans une formation "
                        "à distance ?",
                        [
                            choice(
                                "Parce que le stagiaire ne croise pas ses formateurs et "
                                "peut vite se sentir seul.",
                                True,
                                "Exact : les échanges prévus remplacent les rencontres du "
                                "quotidien d'un centre.",
                            ),
                            choice(
                                "Parce qu'il permet de contrôler les horaires du stagiaire.",
                                False,
                                "Non : le but n'est pas de surveiller. Le but est de "
                                "soutenir la personne et de suivre ses progrès.",
                            ),
                            choice(
                                "Parce qu'il remplace les ressources de formation.",
                                False,
                                "Non : le contact accompagne les ressources. Il ne les "
                                "remplace pas.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Lesquels de ces faits peuvent être des signes de décrochage ? "
                        "(plusieurs réponses possibles)",
                        [
                            choice(
                                "Des appels manqués et des messages restés sans réponse.",
                                True,
                                "Oui : quand le contact se perd, il faut chercher à "
                                "comprendre pourquoi.",
                            ),
                            choice(
                                "Des travaux rendus de plus en plus tard.",
                                True,
                                "Oui : un retard qui s'installe peut cacher une difficulté.",
                            ),
                            choice(
                                "Des retards répétés dans l'entreprise.",
                                True,
                                "Oui : le tuteur en entreprise voit des signes que le "
                                "centre ne voit pas.",
                            ),
                            choice(
                                "Le stagiaire pose beaucoup de questions sur le cours.",
                                False,
                                "Non : poser des questions est plutôt un signe "
                                "d'engagement. La personne cherche à comprendre.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "Un seul travail rendu en retard prouve que le stagiaire va abandonner.",
                        [
                            choice(
                                "Vrai",
                                False,
                                "Non : un signe isolé n'est pas une preuve. C'est "
                                "l'accumulation de plusieurs signes qui doit alerter.",
                            ),
                            choice(
                                "Faux",
                                True,
                                "Bien vu : restez attentif, mais ne tirez pas de "
                                "conclusion trop vite.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "Au téléphone, un stagiaire vous dit qu'il n'y arrive plus. Que "
                        "faites-vous d'abord ?",
                        [
                            choice(
                                "Je l'écoute et je lui demande ce qui se passe, sans le juger.",
                                True,
                                "Exact : écouter d'abord permet de comprendre la "
                                "difficulté avant de chercher une solution.",
                            ),
                            choice(
                                "Je lui rappelle qu'il s'est engagé à suivre la formation.",
                                False,
                                "Non : un rappel au règlement risque de le décourager "
                                "encore plus.",
                            ),
                            choice(
                                "J'attends le prochain bilan prévu pour en parler.",
                                False,
                                "Non : un signe de découragement demande une réponse rapide.",
                            ),
                            choice(
                                "Je mets fin à son parcours.",
                                False,
                                "Non : c'est le moment de chercher une adaptation avec la "
                                "triade, pas d'arrêter.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Quelles adaptations peut-on proposer à un stagiaire en difficulté ? "
                        "(plusieurs réponses possibles)",
                        [
                            choice(
                                "Alléger son programme pendant quelque temps.",
                                True,
                                "Oui : un rythme plus léger peut l'aider à passer un cap "
                                "difficile.",
                            ),
                            choice(
                                "Prévoir une visite du tuteur de proximité.",
                                True,
                                "Oui : une rencontre en personne rassure souvent plus "
                                "qu'un message.",
                            ),
                            choice(
                                "Couper les contacts pour le laisser tranquille.",
                                False,
                                "Non : couper le lien augmente le risque d'abandon.",
                            ),
                            choice(
                                "Lui proposer les ressources dans un format plus adapté.",
                                True,
                                "Oui : un format mieux adapté peut lever un obstacle concret.",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    "en": {
        "title": "Check your understanding: keeping trainees engaged",
        "intro": "Five questions on regular contact and on spotting disengagement.",
        "body": [
            text(
                "This last quiz is about the link with a distant trainee: keeping in touch, "
                "spotting the signs, adapting the course. If you hesitate, read the two "
                "lessons again before answering.",
            ),
            quiz(
                "Depending on the question, one or more answers are right. Aim for at least "
                "75% correct answers.",
                75,
                [
                    question(
                        "single",
                        "Why does regular contact matter so much in distance training?",
                        [
                            choice(
                                "Because the trainee does not run into their trainers and "
                                "can quickly feel alone.",
                                True,
                                "Correct: planned exchanges replace the everyday meetings "
                                "of a centre.",
                            ),
                            choice(
                                "Because it makes it possible to check the trainee's hours.",
                                False,
                                "No: the aim is not to keep watch. The aim is to support "
                                "the person and follow their progress.",
                            ),
                            choice(
                                "Because it replaces the training resources.",
                                False,
                                "No: contact goes along with the resources. It does not "
                                "replace them.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Which of these facts can be signs of disengagement? (several "
                        "answers possible)",
                        [
                            choice(
                                "Missed calls and messages left without reply.",
                                True,
                                "Yes: when contact fades, you need to try to understand why.",
                            ),
                            choice(
                                "Work handed in later and later.",
                                True,
                                "Yes: delays that become a habit can hide a difficulty.",
                            ),
                            choice(
                                "Repeated lateness at the company.",
                                True,
                                "Yes: the workplace tutor sees signs that the centre does "
                                "not see.",
                            ),
                            choice(
                                "The trainee asks lots of questions about the course.",
                                False,
                                "No: asking questions is rather a sign of engagement. The "
                                "person is trying to understand.",
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        "A single piece of work handed in late proves that the trainee is "
                        "going to give up.",
                        [
                            choice(
                                "True",
                                False,
                                "No: one sign on its own is not proof. It is several signs "
                                "building up that should raise the alarm.",
                            ),
                            choice(
                                "False",
                                True,
                                "Well spotted: stay alert, but do not jump to conclusions.",
                            ),
                        ],
                    ),
                    question(
                        "single",
                        "On the phone, a trainee tells you they cannot cope any more. What "
                        "do you do first?",
                        [
                            choice(
                                "I listen and ask what is going on, without judging them.",
                                True,
                                "Correct: listening first helps you understand the "
                                "difficulty before looking for a solution.",
                            ),
                            choice(
                                "I remind them that they committed to the course.",
                                False,
                                "No: a reminder of the rules may discourage them even more.",
                            ),
                            choice(
                                "I wait for the next planned review to talk about it.",
                                False,
                                "No: a sign of discouragement calls for a quick response.",
                            ),
                            choice(
                                "I end their course.",
                                False,
                                "No: this is the moment to look for an adjustment with "
                                "the triad, not to stop.",
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        "Which adjustments can be offered to a trainee in difficulty? "
                        "(several answers possible)",
                        [
                            choice(
                                "Lightening their programme for a while.",
                                True,
                                "Yes: a lighter pace can help them through a difficult patch.",
                            ),
                            choice(
                                "Planning a visit from the local tutor.",
                                True,
                                "Yes: a face-to-face meeting is often more reassuring "
                                "than a message.",
                            ),
                            choice(
                                "Cutting off contact to leave them in peace.",
                                False,
                                "No: cutting the link increases the risk of dropping out.",
                            ),
                            choice(
                                "Offering them the resources in a better-suited format.",
                                True,
                                "Yes: a better-suited format can remove a practical obstacle.",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
}

COURSE = {
    "slug": "tutorat-a-distance",
    "slug_en": "distance-tutoring",
    "level": "introductory",
    "workload_hours": 3,
    "navigation": "sequential",
    "case_studies": ["se-qualifier-hors-les-murs"],
    "fr": {
        "title": "Le tutorat à distance",
        "intro": (
            "Accompagner une personne handicapée qui se forme à distance et en alternance, "
            "près de chez elle. Le cours s'appuie sur l'expérience du projet Se Qualifier "
            "Hors Les Murs (SQHM)."
        ),
        "audience": (
            "Formateurs de centres, tuteurs de proximité, tuteurs en entreprise et "
            "éducateurs qui suivent, ou vont suivre, un stagiaire formé à distance."
        ),
        "outcomes": [
            "Expliquer pourquoi une formation proche du domicile aide des personnes "
            "handicapées à se qualifier.",
            "Décrire le rôle du centre de formation, du tuteur de proximité et de "
            "l'entreprise dans la triade.",
            "Organiser des contacts réguliers avec un stagiaire à distance et avec les "
            "autres membres de la triade.",
            "Repérer les signes de décrochage et adapter l'accompagnement avec les partenaires.",
        ],
        "prerequisites": (
            "Aucun prérequis : il suffit d'accompagner une personne en formation, ou de se "
            "préparer à le faire."
        ),
    },
    "en": {
        "title": "Distance tutoring",
        "intro": (
            "Supporting a disabled person who trains at a distance and in a company, close "
            "to home. The course draws on the experience of the Se Qualifier Hors Les Murs "
            "(SQHM) project."
        ),
        "audience": (
            "Centre trainers, local tutors, workplace tutors and educators who support, or "
            "will support, a trainee learning at a distance."
        ),
        "outcomes": [
            "Explain why training close to home helps disabled people gain a qualification.",
            "Describe the role of the training centre, the local tutor and the company in "
            "the triad.",
            "Organise regular contact with a distant trainee and with the other members of "
            "the triad.",
            "Spot the signs of disengagement and adapt the support together with the partners.",
        ],
        "prerequisites": (
            "None: you only need to be supporting a person in training, or getting ready to do so."
        ),
    },
    "modules": [
        {
            "slug": "se-former-hors-les-murs",
            "slug_en": "training-outside-the-walls",
            "fr": {
                "title": "Se former hors les murs",
                "intro": (
                    "Pourquoi et comment la formation à distance, associée à l'alternance, "
                    "permet à des personnes handicapées de se qualifier près de chez elles."
                ),
            },
            "en": {
                "title": "Training outside the walls",
                "intro": (
                    "Why and how distance training, combined with work-linked training, "
                    "lets disabled people gain a qualification close to home."
                ),
            },
            "lessons": [_M1_WHY, _M1_HOW, _M1_QUIZ],
        },
        {
            "slug": "la-triade",
            "slug_en": "the-triad",
            "fr": {
                "title": "La triade centre, tuteur, entreprise",
                "intro": (
                    "Qui fait quoi autour du stagiaire, comment se mettre d'accord et "
                    "comment communiquer."
                ),
            },
            "en": {
                "title": "The centre, tutor and company triad",
                "intro": "Who does what around the trainee, how to agree and how to communicate.",
            },
            "lessons": [_M2_ROLES, _M2_AGREE, _M2_QUIZ],
        },
        {
            "slug": "garder-le-lien",
            "slug_en": "keeping-trainees-engaged",
            "fr": {
                "title": "Garder le lien avec un stagiaire à distance",
                "intro": (
                    "Maintenir des contacts réguliers, repérer les signes de décrochage et "
                    "adapter l'accompagnement."
                ),
            },
            "en": {
                "title": "Keeping a distant trainee engaged",
                "intro": (
                    "Keep in regular contact, spot the signs of disengagement and adapt the "
                    "support."
                ),
            },
            "lessons": [_M3_CONTACT, _M3_SIGNS, _M3_QUIZ],
        },
    ],
}
