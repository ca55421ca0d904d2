/**
 * French messages of a programme's public side (issue 11): its page and seminars, registration,
 * invitation links and a city's journey; spread into `fr` (see `./index.ts`).
 */
export const frProgramme = {
	'programme.title': 'Programme',
	'programme.pageTitle': '{title} — Groundwork',
	'programme.pageTitleLoading': 'Programme — Groundwork',
	'programme.loading': 'Chargement du programme…',
	'programme.loaded': 'Le programme « {title} » est chargé.',
	'programme.retry': 'Réessayer',
	'programme.notFoundTitle': 'Programme introuvable',
	'programme.organiser': 'Organisé par {organiser}',
	'programme.languages': '{count, plural, one {Langue} other {Langues}} : {languages}',
	'programme.calendar': 'Ajouter tout le programme à votre agenda',
	'programme.newTab': ' (s’ouvre dans un nouvel onglet)',

	'programme.error.notFound': 'Ce programme n’existe pas ou a été supprimé.',
	'programme.error.offline': 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
	'programme.error.other':
		'Une erreur s’est produite sur le serveur. Veuillez réessayer dans un instant.',

	'programme.seminars.title': 'Séminaires',
	'programme.seminars.stage': 'Séminaires de l’étape « {stage} »',
	'programme.seminars.none': 'Aucun séminaire n’est encore prévu.',
	'programme.seminar.held': 'Terminé',
	'programme.seminar.ongoing': 'En cours',
	'programme.seminar.when': 'Date et heure',
	'programme.seminar.whenInZone': '{when} (fuseau horaire {zone})',
	'programme.seminar.yourTime': 'Votre heure locale : {when} ({zone})',
	'programme.seminar.duration': 'Durée',
	'programme.seminar.format': 'Format',
	'programme.seminar.online': 'En ligne',
	'programme.seminar.onSite': 'Sur place',
	'programme.seminar.agenda': 'Ordre du jour',
	'programme.seminar.materials': 'Documents',
	'programme.seminar.fileSize': '({size})',
	'programme.seminar.calendar': 'Ajouter à l’agenda',
	'programme.seminar.calendarFor': 'Ajouter à l’agenda : {title}',

	'programme.register.title': 'Inscrire votre ville',
	'programme.register.intro':
		'Faites savoir aux coordinateurs que votre ville souhaite participer. Ils examinent les inscriptions et écrivent aux villes retenues.',
	'programme.register.closed': 'Les inscriptions à ce programme sont closes.',
	'programme.register.requiredNote':
		'Tous les champs sont obligatoires, sauf ce que votre ville espère apprendre.',
	'programme.register.cityLegend': 'Votre ville',
	'programme.register.contactLegend': 'Personne de contact',
	'programme.register.populationChoose': 'Choisissez la taille de votre ville',
	'programme.register.contactName': 'Nom',
	'programme.register.email': 'Adresse e-mail',
	'programme.register.role': 'Fonction au sein de la ville',
	'programme.register.hopes': 'Qu’est-ce que votre ville espère apprendre ?',
	'programme.register.hopesHint':
		'Facultatif : quelques phrases aident les coordinateurs à préparer le programme.',
	'programme.register.trap': 'Laissez ce champ vide',
	'programme.register.consent':
		'J’accepte que les coordinateurs de ce programme ({organiser}) me contactent à son sujet.',
	'programme.register.privacy':
		'Nous recueillons votre ville, votre nom, votre adresse e-mail et votre fonction, ainsi que ce que vous écrivez ici. Seuls les coordinateurs du programme y ont accès, et ils ne s’en servent que pour organiser ce programme. Pour obtenir une copie de vos données ou les faire supprimer, écrivez à {organiser}.',
	'programme.register.submit': 'Envoyer l’inscription',
	'programme.register.sendingButton': 'Envoi…',
	'programme.register.sending': 'Envoi de votre inscription…',
	'programme.register.problem': 'Il y a un problème',
	'programme.register.error.cityRequired': 'Veuillez indiquer le nom de votre ville.',
	'programme.register.error.countryRequired': 'Veuillez indiquer votre pays.',
	'programme.register.error.population': 'Veuillez choisir la taille de votre ville.',
	'programme.register.error.contactNameRequired':
		'Veuillez indiquer le nom de la personne de contact.',
	'programme.register.error.emailRequired': 'Veuillez indiquer une adresse e-mail.',
	'programme.register.error.email':
		'Veuillez indiquer une adresse e-mail de la forme nom@example.org.',
	'programme.register.error.roleRequired':
		'Veuillez indiquer la fonction de la personne de contact au sein de la ville.',
	'programme.register.error.consent':
		'Veuillez accepter que l’on vous contacte : les coordinateurs en ont besoin pour vous répondre.',
	'programme.register.error.tooLong':
		'Ce texte dépasse la longueur autorisée par le formulaire. Veuillez le raccourcir.',
	'programme.register.error.invalid': 'Veuillez vérifier ce champ.',
	'programme.register.error.refused':
		'L’inscription n’a pas été acceptée. Veuillez vérifier le formulaire et l’envoyer de nouveau.',
	'programme.register.error.closed':
		'Les inscriptions à ce programme viennent de fermer. Votre inscription n’a pas été envoyée.',
	'programme.register.error.rateLimited':
		'Trop d’inscriptions ont été envoyées depuis votre connexion. Veuillez patienter dix minutes et réessayer.',

	'programme.registered.pageTitle': 'Inscription reçue — Groundwork',
	'programme.registered.title': 'Merci pour votre inscription',
	'programme.registered.receivedFor':
		'L’inscription de votre ville à « {title} » a bien été reçue.',
	'programme.registered.received': 'L’inscription de votre ville a bien été reçue.',
	'programme.registered.nextTitle': 'La suite',
	'programme.registered.next':
		'Les coordinateurs du programme examinent les inscriptions. Si votre ville est retenue, ils envoient à la personne de contact un e-mail avec les liens d’invitation de votre ville : un vers le tableau de feuille de route de votre ville, et un pour chaque séminaire.',
	'programme.registered.meanwhile':
		'En attendant, la page du programme présente ses séminaires, que vous pouvez ajouter à votre agenda.',
	'programme.registered.back': 'Retour au programme',

	'programme.enter.pageTitle': 'Ouverture de votre tableau — Groundwork',
	'programme.enter.title': 'Votre invitation',
	'programme.enter.opening': 'Ouverture de votre tableau…',
	'programme.enter.toProgramme': 'Aller à la page du programme',
	'programme.enter.error.invalid': 'Ce lien d’invitation n’est pas valide.',
	'programme.enter.error.expired':
		'Ce lien d’invitation a expiré : demandez un nouveau lien au coordinateur du programme.',
	'programme.enter.error.revoked':
		'Ce lien a été remplacé ou retiré : demandez votre lien actuel au coordinateur du programme.',

	'programme.journey.title': 'Le parcours de votre ville',
	'programme.journey.intro':
		'Où en est {city} dans le programme : les séminaires suivis et l’avancement de sa feuille de route.',
	'programme.journey.loadError':
		'Le parcours de votre ville n’a pas pu être chargé pour le moment.',
	'programme.journey.caption':
		'Séminaires suivis et avancement de la feuille de route, ville par ville',
	'programme.journey.city': 'Ville',
	'programme.journey.attended': 'Présente à {attended} sur {held} à ce jour',
	'programme.journey.noneHeld': 'Aucun séminaire encore tenu',
	'programme.journey.actionsPlanned': 'Actions prévues',
	'programme.journey.actionsInProgress': 'Actions en cours',
	'programme.journey.actionsCompleted': 'Actions terminées',
	'programme.journey.gapsOpen': 'Lacunes ouvertes',
	'programme.journey.gapsResolved': 'Lacunes résolues',
	'programme.journey.reached': 'Étape atteinte',
	'programme.journey.notStarted': 'Pas encore commencé',
	'programme.journey.activity': 'Activité du tableau',
	'programme.journey.activityChanged':
		'{cards, plural, one {# carte} other {# cartes}}, dernière modification {when}',
	'programme.journey.activityUntouched':
		'{cards, plural, one {# carte} other {# cartes}}, aucune modification pour l’instant',
	'programme.journey.board': 'Tableau',
	'programme.journey.openBoard': 'Ouvrir le tableau',
	'programme.journey.openBoardOf': 'Ouvrir le tableau de {city}',
	'programme.journey.together':
		'Toutes les villes ensemble ({count, plural, one {# ville} other {# villes}})',
	'programme.journey.togetherTitle': 'Ce que la cohorte a accompli ensemble',
	'programme.journey.togetherSummary':
		'Dans l’ensemble du programme ({cities, plural, one {# ville} other {# villes}}) : {completed, plural, one {# action terminée} other {# actions terminées}}, {inProgress, plural, one {# action en cours} other {# actions en cours}} et {resolved, plural, one {# lacune résolue} other {# lacunes résolues}}.',

	'programme.home.cities': 'Les programmes de votre ville',
	'programme.home.citiesHint':
		'Les programmes que votre ville a rejoints dans ce navigateur par son lien d’invitation : chacun s’ouvre sur le parcours de votre ville.',
	'programme.home.cityEntry': '{title} ({city})',
} as const;
