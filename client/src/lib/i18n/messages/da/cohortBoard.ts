/** Danish messages of the cohort on the board side (see `../en.cohortBoard.ts`). */
export const daCohortBoard = {
	'cohortBoard.open': 'Kohorte',
	'cohortBoard.title': 'Kohorte',
	'cohortBoard.close': 'Luk',
	'cohortBoard.intro':
		'En kohorte samler tavlerne fra byerne i ét program: de deler et bibliotek med god praksis og sammenligner deres mangler.',
	'cohortBoard.loading': 'Indlæser kohorten…',
	'cohortBoard.retry': 'Prøv igen',
	'cohortBoard.list': 'Tavlens kohorter',
	'cohortBoard.cityCount': '{count, plural, =0 {Ingen byer endnu} one {# by} other {# byer}}',
	'cohortBoard.asSeminar': 'Denne tavle deltager som seminartavle.',
	'cohortBoard.asCity': 'Denne tavle deltager som køreplanen for {city}.',
	'cohortBoard.openView': 'Åbn kohortevisningen',
	'cohortBoard.openViewOf': 'Åbn kohortevisningen for »{title}«',
	'cohortBoard.notInCohort': 'Denne tavle er endnu ikke med i en kohorte.',
	'cohortBoard.askFacilitator': 'En facilitator for denne tavle kan føje den til en kohorte.',

	'cohortBoard.create': 'Opret en kohorte',
	'cohortBoard.createIntro':
		'Start en kohorte for dit program med denne tavle i, og invitér derefter de andre tavler fra kohortevisningen.',
	'cohortBoard.cohortTitle': 'Kohortens navn',
	'cohortBoard.titleRequired': 'Giv kohorten et navn.',
	'cohortBoard.createSubmit': 'Opret kohorte',
	'cohortBoard.creating': 'Opretter…',
	'cohortBoard.created':
		'Kohorten »{title}« er oprettet. Invitér de andre tavler fra kohortevisningen.',

	'cohortBoard.join': 'Tilslut tavlen med en invitation',
	'cohortBoard.joinIntro': 'Kohortens koordinatorer sender et invitationslink.',
	'cohortBoard.invitation': 'Invitationslink',
	'cohortBoard.invitationHint': 'Indsæt hele linket eller kun koden efter »invite=«.',
	'cohortBoard.invitationRequired': 'Indsæt invitationslinket.',
	'cohortBoard.invitationInvalid':
		'Dette er ikke et invitationslink. Indsæt hele det link, du har modtaget.',
	'cohortBoard.joinSubmit': 'Tilslut tavlen til kohorten',
	'cohortBoard.joining': 'Tilslutter…',
	'cohortBoard.joined': 'Tavlen er nu tilsluttet kohorten »{title}«.',

	'cohortBoard.memberKind': 'Denne tavle er',
	'cohortBoard.memberCity': 'En bys køreplan',
	'cohortBoard.memberSeminar': 'En seminartavle i programmet',
	'cohortBoard.seminarHint':
		'Facilitatorerne for seminartavler koordinerer kohorten: de inviterer byer og godkender elementer i biblioteket.',
	'cohortBoard.city': 'By',
	'cohortBoard.country': 'Land',
	'cohortBoard.population': 'Indbyggertal',
	'cohortBoard.cityRequired': 'Angiv byens navn.',
	'cohortBoard.population.under_20k': 'Under 20.000 indbyggere',
	'cohortBoard.population.20k_50k': '20.000 til 50.000 indbyggere',
	'cohortBoard.population.50k_100k': '50.000 til 100.000 indbyggere',
	'cohortBoard.population.100k_250k': '100.000 til 250.000 indbyggere',

	'cohortBoard.invite.title': 'Tilslut dig en kohorte',
	'cohortBoard.invite.loading': 'Læser invitationen…',
	'cohortBoard.invite.to': 'Du er inviteret til at føje en tavle til kohorten »{title}«.',
	'cohortBoard.invite.cities': 'Byer i kohorten: {cities}.',
	'cohortBoard.invite.noCities': 'Ingen by er tilsluttet endnu.',
	'cohortBoard.invite.expires': 'Invitationen gælder indtil {date}.',
	'cohortBoard.invite.board': 'Tavle, der skal tilføjes',
	'cohortBoard.invite.boardHint': 'De tavler, du har åbnet i denne browser med et facilitatorlink.',
	'cohortBoard.invite.noBoard':
		'Kun en tavles facilitatorer kan føje den til en kohorte. Åbn først din tavle med dens facilitatorlink i denne browser, og åbn så invitationen igen.',
	'cohortBoard.invite.joined': '»{item}« er nu med i kohorten »{title}«.',
	'cohortBoard.invite.openView': 'Åbn kohortevisningen',

	'cohortBoard.error.inviteExpired':
		'Invitationen er udløbet. Bed kohortens koordinatorer om et nyt link.',
	'cohortBoard.error.inviteRevoked':
		'Invitationen er erstattet af en nyere. Bed kohortens koordinatorer om det nye link.',
	'cohortBoard.error.inviteInvalid':
		'Invitationen er ikke gyldig. Tjek, at du har indsat hele linket.',
	'cohortBoard.error.cohortFull': 'Kohorten er fuld: der er ikke plads til flere tavler.',
	'cohortBoard.error.forbidden': 'Din rolle på denne tavle giver ikke lov til dette.',
	'cohortBoard.error.notMember': 'Tavlen er ikke (længere) med i den kohorte.',
	'cohortBoard.error.notPromotable':
		'Kun et succeskort eller en løst mangel kan deles i biblioteket.',
	'cohortBoard.error.linkRevoked':
		'Det link, tavlen blev åbnet med, virker ikke længere. Bed en facilitator om det nye.',
	'cohortBoard.error.notFound': 'Det, du bad om, findes ikke længere.',
	'cohortBoard.error.invalid': 'Nogle af værdierne blev afvist: {message}',
	'cohortBoard.error.offline': 'Serveren kunne ikke nås. Tjek din forbindelse, og prøv igen.',
	'cohortBoard.error.other': 'Noget gik galt: {message}',

	'cohortBoard.promote': 'Del i biblioteket',
	'cohortBoard.promote.title': 'Del i kohortens bibliotek',
	'cohortBoard.promote.ofCard': 'Fra succeskortet »{title}«',
	'cohortBoard.promote.ofGap': 'Fra den løste mangel »{title}«',
	'cohortBoard.promote.introCard':
		'Udfyld det, andre byer har brug for at vide. Felter, du lader stå tomme, udfyldes ud fra kortet.',
	'cohortBoard.promote.introGap':
		'Udfyld det, andre byer har brug for at vide. Felter, du lader stå tomme, udfyldes ud fra manglen og de tiltag, der løste den.',
	'cohortBoard.field.title': 'Titel',
	'cohortBoard.field.summary': 'Resumé',
	'cohortBoard.field.gapCategories': 'Typer af mangler, det afhjælper',
	'cohortBoard.field.costRange': 'Omkostningsniveau',
	'cohortBoard.field.costRangeHint': 'For eksempel »40.000 € om året«.',
	'cohortBoard.field.fundingUsed': 'Anvendt finansiering',
	'cohortBoard.field.timeframe': 'Tidsramme',
	'cohortBoard.field.contact': 'Kontakt',
	'cohortBoard.field.evidenceLevel': 'Dokumentation',
	'cohortBoard.field.difficulty': 'Hvor svært det er at overføre',
	'cohortBoard.field.lessons': 'Erfaringer og faldgruber',
	'cohortBoard.evidence.self_reported': 'Egenrapporteret',
	'cohortBoard.evidence.peer_reviewed': 'Fagfællebedømt',
	'cohortBoard.evidence.evaluated': 'Uafhængigt evalueret',
	'cohortBoard.difficulty.low': 'Lav',
	'cohortBoard.difficulty.medium': 'Middel',
	'cohortBoard.difficulty.high': 'Høj',
	'cohortBoard.promote.draft': 'Gem som kladde',
	'cohortBoard.promote.submit': 'Send til godkendelse',
	'cohortBoard.promote.sending': 'Sender…',
	'cohortBoard.promote.savedDraft':
		'»{title}« er gemt som kladde i biblioteket. Gør det færdigt, og send det til godkendelse fra kohortevisningen.',
	'cohortBoard.promote.submitted':
		'»{title}« er sendt til godkendelse: kohortens koordinatorer gennemgår det, før de andre byer kan se det.',
	'cohortBoard.promote.cancel': 'Annuller',

	'cohortBoard.suggestions': 'Forslag fra kohorten',
	'cohortBoard.suggestions.loading': 'Leder efter forslag…',
	'cohortBoard.suggestions.refresh': 'Opdater forslag',
	'cohortBoard.suggestions.noCategory':
		'Giv manglen en kategori: praksiseksempler foreslås ud fra den type mangel, de afhjælper.',
	'cohortBoard.suggestions.practices': 'Praksiseksempler fra biblioteket',
	'cohortBoard.suggestions.noPractices':
		'Der er endnu intet godkendt praksiseksempel i biblioteket, der afhjælper denne type mangel.',
	'cohortBoard.suggestions.found':
		'{count, plural, =0 {Intet praksiseksempel fundet} one {# praksiseksempel fundet} other {# praksiseksempler fundet}}',
	'cohortBoard.suggestions.why': 'Hvorfor det foreslås',
	'cohortBoard.origin': 'Fra {city}',
	'cohortBoard.originCountry': 'Fra {city}, {country}',
	'cohortBoard.reason.category': 'Afhjælper mangler inden for {label}',
	'cohortBoard.reason.sector': 'Samme sektor: {label}',
	'cohortBoard.reason.stage': 'Samme etape: {label}',
	'cohortBoard.reason.implemented':
		'Implementeret i {count, plural, one {# anden by} other {# andre byer}}',
	'cohortBoard.reason.evidence': 'Dokumentation: {label}',
	'cohortBoard.copy': 'Kopiér til min tavle',
	'cohortBoard.copying': 'Kopierer…',
	'cohortBoard.copied': 'Kopieret til din tavle som et tiltagskort.',
	'cohortBoard.copiedAnnounce': '»{title}« er kopieret til din tavle som et tiltagskort.',
	'cohortBoard.suggestions.peers': 'Byer, der har løst den samme mangel',
	'cohortBoard.suggestions.noPeers':
		'Ingen anden by i kohorten har endnu løst en mangel som denne.',
	'cohortBoard.peerGap': '{city}: »{gap}«',
	'cohortBoard.peerActions': 'Hvad de gjorde',
	'cohortBoard.peerNoActions': 'Der er ikke knyttet noget tiltag til den.',

	'cohortBoard.copiedFrom': 'Kopieret fra kohortens bibliotek',
	'cohortBoard.replication': 'Hvor langt er du nået?',
	'cohortBoard.replicationHint': 'De andre byer kan se dette i biblioteket.',
	'cohortBoard.replication.considering': 'Overvejer det',
	'cohortBoard.replication.adapting': 'Tilpasser det',
	'cohortBoard.replication.implemented': 'Implementeret',
	'cohortBoard.replication.dropped': 'Opgivet',
} as const;
