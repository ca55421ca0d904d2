/** Croatian messages of the cohort on the board side (dialog, invitation, sharing, suggestions); spread into `hr` (see `./index.ts`). */
export const hrCohortBoard = {
	'cohortBoard.open': 'Kohorta',
	'cohortBoard.title': 'Kohorta',
	'cohortBoard.close': 'Zatvori',
	'cohortBoard.intro':
		'Kohorta okuplja ploče gradova jednog programa: dijele knjižnicu dobre prakse i uspoređuju svoje nedostatke.',
	'cohortBoard.loading': 'Učitavanje kohorte…',
	'cohortBoard.retry': 'Pokušaj ponovno',
	'cohortBoard.list': 'Kohorte ove ploče',
	'cohortBoard.cityCount':
		'{count, plural, =0 {Još nema gradova} one {# grad} few {# grada} other {# gradova}}',
	'cohortBoard.asSeminar': 'Ova ploča sudjeluje kao seminarska ploča.',
	'cohortBoard.asCity': 'Ova ploča sudjeluje kao gradski plan puta: {city}.',
	'cohortBoard.openView': 'Otvori prikaz kohorte',
	'cohortBoard.openViewOf': 'Otvori prikaz kohorte „{title}“',
	'cohortBoard.notInCohort': 'Ova ploča još nije u kohorti.',
	'cohortBoard.askFacilitator': 'Moderator ove ploče može je dodati u kohortu.',

	'cohortBoard.create': 'Izradi kohortu',
	'cohortBoard.createIntro':
		'Pokrenite kohortu za svoj program s ovom pločom u njoj, a zatim iz prikaza kohorte pozovite ostale ploče.',
	'cohortBoard.cohortTitle': 'Naziv kohorte',
	'cohortBoard.titleRequired': 'Unesite naziv kohorte.',
	'cohortBoard.createSubmit': 'Izradi kohortu',
	'cohortBoard.creating': 'Izrada…',
	'cohortBoard.created': 'Kohorta „{title}“ je izrađena. Ostale ploče pozovite iz prikaza kohorte.',

	'cohortBoard.join': 'Pridruživanje s pomoću pozivnice',
	'cohortBoard.joinIntro': 'Koordinatori kohorte šalju poveznicu pozivnice.',
	'cohortBoard.invitation': 'Poveznica pozivnice',
	'cohortBoard.invitationHint':
		'Zalijepite cijelu poveznicu ili samo kod koji slijedi nakon „invite=“.',
	'cohortBoard.invitationRequired': 'Zalijepite poveznicu pozivnice.',
	'cohortBoard.invitationInvalid':
		'Ovo nije poveznica pozivnice. Zalijepite cijelu poveznicu koju ste primili.',
	'cohortBoard.joinSubmit': 'Pridruži se kohorti',
	'cohortBoard.joining': 'Pridruživanje…',
	'cohortBoard.joined': 'Ova se ploča pridružila kohorti „{title}“.',

	'cohortBoard.memberKind': 'Ova ploča je',
	'cohortBoard.memberCity': 'Plan puta jednog grada',
	'cohortBoard.memberSeminar': 'Seminarska ploča programa',
	'cohortBoard.seminarHint':
		'Moderatori seminarskih ploča koordiniraju kohortu: pozivaju gradove i odobravaju stavke knjižnice.',
	'cohortBoard.city': 'Grad',
	'cohortBoard.country': 'Država',
	'cohortBoard.population': 'Broj stanovnika',
	'cohortBoard.cityRequired': 'Unesite naziv grada.',
	'cohortBoard.population.under_20k': 'Manje od 20.000 stanovnika',
	'cohortBoard.population.20k_50k': 'Od 20.000 do 50.000 stanovnika',
	'cohortBoard.population.50k_100k': 'Od 50.000 do 100.000 stanovnika',
	'cohortBoard.population.100k_250k': 'Od 100.000 do 250.000 stanovnika',

	'cohortBoard.invite.title': 'Pridruživanje kohorti',
	'cohortBoard.invite.loading': 'Čitanje pozivnice…',
	'cohortBoard.invite.to': 'Pozvani ste da dodate ploču u kohortu „{title}“.',
	'cohortBoard.invite.cities': 'Gradovi u kohorti: {cities}.',
	'cohortBoard.invite.noCities': 'Još joj se nije pridružio nijedan grad.',
	'cohortBoard.invite.expires': 'Pozivnica vrijedi do {date}.',
	'cohortBoard.invite.board': 'Ploča koju dodajete',
	'cohortBoard.invite.boardHint':
		'Ploče koje ste u ovom pregledniku otvorili s pomoću poveznice za moderatore.',
	'cohortBoard.invite.noBoard':
		'Ploču u kohortu mogu dodati samo njezini moderatori. Najprije u ovom pregledniku otvorite svoju ploču s pomoću njezine poveznice za moderatore, a zatim ponovno otvorite ovu pozivnicu.',
	'cohortBoard.invite.joined': 'Ploča „{item}“ sada je u kohorti „{title}“.',
	'cohortBoard.invite.openView': 'Otvori prikaz kohorte',

	'cohortBoard.error.inviteExpired':
		'Ova je pozivnica istekla. Zatražite novu poveznicu od koordinatora kohorte.',
	'cohortBoard.error.inviteRevoked':
		'Ovu je pozivnicu zamijenila novija. Zatražite novu poveznicu od koordinatora kohorte.',
	'cohortBoard.error.inviteInvalid':
		'Ova pozivnica nije valjana. Provjerite jeste li zalijepili cijelu poveznicu.',
	'cohortBoard.error.cohortFull': 'Ova je kohorta popunjena: ne može primiti još jednu ploču.',
	'cohortBoard.error.forbidden': 'Vaša uloga na ovoj ploči to ne dopušta.',
	'cohortBoard.error.notMember': 'Ova ploča nije (više) u toj kohorti.',
	'cohortBoard.error.notPromotable':
		'U knjižnici se mogu podijeliti samo kartica uspjeha ili riješeni nedostatak.',
	'cohortBoard.error.linkRevoked':
		'Poveznica kojom je ova ploča otvorena više ne radi. Zatražite novu od moderatora.',
	'cohortBoard.error.notFound': 'Ono što ste tražili više ne postoji.',
	'cohortBoard.error.invalid': 'Neke vrijednosti nisu prihvaćene: {message}',
	'cohortBoard.error.offline':
		'Poslužitelj nije dostupan. Provjerite internetsku vezu i pokušajte ponovno.',
	'cohortBoard.error.other': 'Nešto je pošlo po zlu: {message}',

	'cohortBoard.promote': 'Podijeli u knjižnici',
	'cohortBoard.promote.title': 'Dijeljenje u knjižnici kohorte',
	'cohortBoard.promote.ofCard': 'Iz kartice uspjeha „{title}“',
	'cohortBoard.promote.ofGap': 'Iz riješenog nedostatka „{title}“',
	'cohortBoard.promote.introCard':
		'Dopunite ono što drugi gradovi trebaju znati. Polja koja ostavite prazna popunjavaju se iz kartice.',
	'cohortBoard.promote.introGap':
		'Dopunite ono što drugi gradovi trebaju znati. Polja koja ostavite prazna popunjavaju se iz nedostatka i mjera koje su ga riješile.',
	'cohortBoard.field.title': 'Naslov',
	'cohortBoard.field.summary': 'Sažetak',
	'cohortBoard.field.gapCategories': 'Vrste nedostataka koje rješava',
	'cohortBoard.field.costRange': 'Raspon troškova',
	'cohortBoard.field.costRangeHint': 'Na primjer „40.000 € godišnje“.',
	'cohortBoard.field.fundingUsed': 'Korišteno financiranje',
	'cohortBoard.field.timeframe': 'Vremenski okvir',
	'cohortBoard.field.contact': 'Kontakt',
	'cohortBoard.field.evidenceLevel': 'Dokazi',
	'cohortBoard.field.difficulty': 'Zahtjevnost prijenosa',
	'cohortBoard.field.lessons': 'Pouke i zamke',
	'cohortBoard.evidence.self_reported': 'Vlastito izvješće',
	'cohortBoard.evidence.peer_reviewed': 'Kolegijalno provjereno',
	'cohortBoard.evidence.evaluated': 'Neovisno evaluirano',
	'cohortBoard.difficulty.low': 'Niska',
	'cohortBoard.difficulty.medium': 'Srednja',
	'cohortBoard.difficulty.high': 'Visoka',
	'cohortBoard.promote.draft': 'Spremi kao nacrt',
	'cohortBoard.promote.submit': 'Pošalji na odobrenje',
	'cohortBoard.promote.sending': 'Slanje…',
	'cohortBoard.promote.savedDraft':
		'Praksa „{title}“ spremljena je kao nacrt u knjižnici. Dopunite je i pošaljite iz prikaza kohorte.',
	'cohortBoard.promote.submitted':
		'Praksa „{title}“ je poslana: koordinatori kohorte pregledat će je prije nego što je vide drugi gradovi.',
	'cohortBoard.promote.cancel': 'Odustani',

	'cohortBoard.suggestions': 'Prijedlozi iz kohorte',
	'cohortBoard.suggestions.loading': 'Traženje prijedloga…',
	'cohortBoard.suggestions.refresh': 'Osvježi prijedloge',
	'cohortBoard.suggestions.noCategory':
		'Dodijelite nedostatku kategoriju: prakse se predlažu prema vrsti nedostatka koji rješavaju.',
	'cohortBoard.suggestions.practices': 'Prakse iz knjižnice',
	'cohortBoard.suggestions.noPractices':
		'Nijedna odobrena praksa u knjižnici još ne rješava ovu vrstu nedostatka.',
	'cohortBoard.suggestions.found':
		'{count, plural, =0 {Nije pronađena nijedna praksa} one {Pronađena je # praksa} few {Pronađene su # prakse} other {Pronađeno je # praksi}}',
	'cohortBoard.suggestions.why': 'Zašto se predlaže',
	'cohortBoard.origin': 'Podrijetlo: {city}',
	'cohortBoard.originCountry': 'Podrijetlo: {city}, {country}',
	'cohortBoard.reason.category': 'Rješava nedostatke kategorije: {label}',
	'cohortBoard.reason.sector': 'Isti sektor: {label}',
	'cohortBoard.reason.stage': 'Ista etapa: {label}',
	'cohortBoard.reason.implemented':
		'Provedeno u {count, plural, one {# drugom gradu} few {# druga grada} other {# drugih gradova}}',
	'cohortBoard.reason.evidence': 'Dokazi: {label}',
	'cohortBoard.copy': 'Kopiraj na moju ploču',
	'cohortBoard.copying': 'Kopiranje…',
	'cohortBoard.copied': 'Kopirano na vašu ploču kao kartica mjere.',
	'cohortBoard.copiedAnnounce': 'Praksa „{title}“ kopirana je na vašu ploču kao kartica mjere.',
	'cohortBoard.suggestions.peers': 'Gradovi koji su riješili isti nedostatak',
	'cohortBoard.suggestions.noPeers':
		'Nijedan drugi grad u kohorti još nije riješio ovakav nedostatak.',
	'cohortBoard.peerGap': '{city}: „{gap}“',
	'cohortBoard.peerActions': 'Što su učinili',
	'cohortBoard.peerNoActions': 'S njim nije povezana nijedna mjera.',

	'cohortBoard.copiedFrom': 'Kopirano iz knjižnice kohorte',
	'cohortBoard.replication': 'Dokle ste stigli?',
	'cohortBoard.replicationHint': 'Drugi gradovi to vide u knjižnici.',
	'cohortBoard.replication.considering': 'U razmatranju',
	'cohortBoard.replication.adapting': 'U prilagodbi',
	'cohortBoard.replication.implemented': 'Provedeno',
	'cohortBoard.replication.dropped': 'Odbačeno',
} as const;
