/** Polish messages of the library beyond the cohort view's list; spread into `pl` (see `./index.ts`). */
export const plLibrary = {
	'library.edit': 'Edytuj',
	'library.edit.title': 'Edycja: „{title}”',
	'library.edit.intro':
		'Tutaj można zmienić treść praktyki. Zapisywane są tylko zmienione pola; pozostałe pozostają bez zmian.',
	'library.edit.approvalNote':
		'Ta praktyka jest zatwierdzona. Po zapisaniu zmian wróci do koordynatorów do zatwierdzenia: dopóki nie zatwierdzą jej ponownie, pozostałe miasta nie będą jej widzieć, a praktyka zniknie z biblioteki publicznej.',
	'library.edit.origin': 'Pochodzenie',
	'library.edit.resultsIntro':
		'Co zmierzono: wartość i jednostka, a jeśli jest znany – także rok. Puste wiersze są pomijane.',
	'library.edit.noResults': 'Brak wyników.',
	'library.edit.result': 'Wynik {n}',
	'library.edit.addResult': 'Dodaj wynik',
	'library.edit.removeResult': 'Usuń wynik {n}',
	'library.edit.resultRemoved': 'Usunięto wynik {n}.',
	'library.edit.valueHint': 'Liczba, na przykład 12500 lub 3,5.',
	'library.edit.yearHint': 'Opcjonalnie.',
	'library.edit.linksHint':
		'Jeden adres internetowy w wierszu, zaczynający się od http:// lub https://. Maksymalna liczba adresów: {max}.',
	'library.edit.language': 'Język tekstu',
	'library.edit.languageHint': 'Krótki kod języka, na przykład „pl”, „hr” lub „pt-BR”.',
	'library.edit.save': 'Zapisz zmiany',
	'library.edit.saving': 'Zapisywanie…',
	'library.edit.cancel': 'Anuluj',
	'library.edit.invalid':
		'{count, plural, one {# pole wymaga} few {# pola wymagają} many {# pól wymaga} other {# pola wymaga}} poprawienia przed zapisaniem.',
	'library.edit.saved': 'Zapisano zmiany w praktyce „{title}”.',
	'library.edit.savedForApproval':
		'Zapisano zmiany w praktyce „{title}”. Praktyka wróciła do koordynatorów do zatwierdzenia.',
	'library.edit.unchanged': 'W praktyce „{title}” niczego nie zmieniono.',
	'library.edit.titleRequired': 'Proszę nadać praktyce tytuł.',
	'library.edit.cityRequired': 'Proszę podać miasto, z którego pochodzi praktyka.',
	'library.edit.tooLong': 'Maksymalna liczba znaków: {max}.',
	'library.edit.metricRequired': 'Proszę podać, co zmierzono.',
	'library.edit.valueInvalid': 'Proszę podać wartość jako liczbę, na przykład 12500 lub 3,5.',
	'library.edit.yearInvalid': 'Proszę podać rok od {min} do {max} albo pozostawić pole puste.',
	'library.edit.tooManyResults': 'Maksymalna liczba wyników: {max}.',
	'library.edit.linkInvalid':
		'Wiersz {line}: adres „{link}” nie jest akceptowany. Można podawać tylko adresy internetowe zaczynające się od http:// lub https://.',
	'library.edit.linkTooLong': 'Wiersz {line}: ten adres ma więcej niż {max} znaków.',
	'library.edit.tooManyLinks': 'Maksymalna liczba linków: {max}.',
	'library.edit.linkRefused': 'Link {n}: {message}',
	'library.edit.languageInvalid':
		'Proszę podać kod języka, np. „pl”, „hr” lub „pt-BR” (na początku dwie lub trzy litery).',

	'library.open': 'Publiczna biblioteka dobrych praktyk',
	'library.openHint':
		'Rozwiązania, które sprawdziły się w miastach kohort, opublikowane i dostępne dla wszystkich: link nie jest potrzebny.',
	'library.pageTitle': 'Publiczna biblioteka dobrych praktyk – Groundwork',
	'library.title': 'Publiczna biblioteka dobrych praktyk',
	'library.intro':
		'Rozwiązania, które sprawdziły się w miastach kohort Groundwork, zatwierdzone i opublikowane przez ich koordynatorów. Bibliotekę można przeszukiwać i filtrować według sektora, dźwigni, etapu, rodzaju luki lub wielkości miasta, a każdą praktykę otworzyć, aby przeczytać ją w całości.',
	'library.results': 'Opublikowane praktyki',
	'library.loading': 'Wczytywanie biblioteki…',
	'library.loadError': 'Nie udało się wczytać biblioteki: {message}',
	'library.retry': 'Spróbuj ponownie',
	'library.count':
		'{count, plural, one {# opublikowana praktyka} few {# opublikowane praktyki} many {# opublikowanych praktyk} other {# opublikowanej praktyki}}',
	'library.empty':
		'Nie opublikowano jeszcze żadnej praktyki. Koordynatorzy kohort publikują tutaj zatwierdzone praktyki swoich miast.',
	'library.noneFound': 'Żadna opublikowana praktyka nie pasuje do tych filtrów.',
} as const;
