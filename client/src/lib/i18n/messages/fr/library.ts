/** French messages of the library beyond the cohort view's list; spread into `fr`. */
export const frLibrary = {
	'library.edit': 'Modifier',
	'library.edit.title': 'Modifier « {title} »',
	'library.edit.intro':
		'Modifiez le contenu de la pratique. Seuls les champs que vous modifiez sont enregistrés ; le reste demeure inchangé.',
	'library.edit.approvalNote':
		'Cette pratique est approuvée. Lorsque vous enregistrerez vos modifications, elle repartira en approbation auprès des coordinateurs : tant qu’ils ne l’auront pas approuvée de nouveau, les autres villes ne la verront plus et elle sera retirée de la bibliothèque publique.',
	'library.edit.origin': 'Origine',
	'library.edit.resultsIntro':
		'Ce qui a été mesuré : une valeur et son unité, et l’année si vous la connaissez. Les lignes vides sont ignorées.',
	'library.edit.noResults': 'Aucun résultat pour l’instant.',
	'library.edit.result': 'Résultat {n}',
	'library.edit.addResult': 'Ajouter un résultat',
	'library.edit.removeResult': 'Supprimer le résultat {n}',
	'library.edit.resultRemoved': 'Résultat {n} supprimé.',
	'library.edit.valueHint': 'Un nombre, par exemple 12500 ou 3,5.',
	'library.edit.yearHint': 'Facultatif.',
	'library.edit.linksHint':
		'Une adresse web par ligne, commençant par http:// ou https://. {max} au maximum.',
	'library.edit.language': 'Langue de rédaction',
	'library.edit.languageHint': 'Un code de langue court, par exemple « fr », « hr » ou « pt-BR ».',
	'library.edit.save': 'Enregistrer les modifications',
	'library.edit.saving': 'Enregistrement…',
	'library.edit.cancel': 'Annuler',
	'library.edit.invalid':
		'{count, plural, one {# champ demande} other {# champs demandent}} votre attention avant l’enregistrement.',
	'library.edit.saved': 'Vos modifications de « {title} » ont été enregistrées.',
	'library.edit.savedForApproval':
		'Vos modifications de « {title} » ont été enregistrées. La pratique est repartie en approbation auprès des coordinateurs.',
	'library.edit.unchanged': 'Rien n’a été modifié dans « {title} ».',
	'library.edit.titleRequired': 'Veuillez donner un titre à la pratique.',
	'library.edit.cityRequired': 'Veuillez indiquer la ville d’origine.',
	'library.edit.tooLong': '{max} caractères au maximum.',
	'library.edit.metricRequired': 'Veuillez indiquer ce qui a été mesuré.',
	'library.edit.valueInvalid':
		'Veuillez saisir la valeur sous forme de nombre, par exemple 12500 ou 3,5.',
	'library.edit.yearInvalid':
		'Veuillez indiquer une année entre {min} et {max}, ou laisser le champ vide.',
	'library.edit.tooManyResults': 'Indiquez {max} résultats au maximum.',
	'library.edit.linkInvalid':
		'Ligne {line} : « {link} » est refusé. Seules les adresses web commençant par http:// ou https:// sont acceptées.',
	'library.edit.linkTooLong': 'Ligne {line} : cette adresse dépasse {max} caractères.',
	'library.edit.tooManyLinks': 'Indiquez {max} liens au maximum.',
	'library.edit.linkRefused': 'Lien {n} : {message}',
	'library.edit.languageInvalid':
		'Veuillez indiquer un code de langue comme « fr », « hr » ou « pt-BR » (deux ou trois lettres au début).',

	'library.open': 'Bibliothèque publique de bonnes pratiques',
	'library.openHint':
		'Ce que les villes des cohortes ont vu fonctionner, publié pour que tout le monde puisse le lire : aucun lien nécessaire.',
	'library.pageTitle': 'Bibliothèque publique de bonnes pratiques — Groundwork',
	'library.title': 'Bibliothèque publique de bonnes pratiques',
	'library.intro':
		'Ce que les villes des cohortes de Groundwork ont vu fonctionner, approuvé et publié par leurs coordinateurs. Faites une recherche, filtrez par secteur, levier, étape, type de lacune ou taille de ville, et ouvrez une pratique pour la lire en entier.',
	'library.results': 'Pratiques publiées',
	'library.loading': 'Chargement de la bibliothèque…',
	'library.loadError': 'La bibliothèque n’a pas pu être chargée : {message}',
	'library.retry': 'Réessayer',
	'library.count': '{count, plural, one {# pratique publiée} other {# pratiques publiées}}',
	'library.empty':
		'Aucune pratique n’a encore été publiée. Les coordinateurs des cohortes publient ici les pratiques approuvées de leurs villes.',
	'library.noneFound': 'Aucune pratique publiée ne correspond à ces filtres.',
} as const;
