export { SCHEMA_VERSION, PROTOCOL_VERSION } from './version.js';
export { CloseCode, FATAL_CLOSE_CODES } from './closeCodes.js';
export { ROLES, can, isRole } from './roles.js';
export type { Role, Permission } from './roles.js';
export { STAGES, isStageId } from './domain/stages.js';
export type { StageId } from './domain/stages.js';
export { SECTORS, CROSS_CUTTING_SECTOR, isSectorId } from './domain/sectors.js';
export type { SectorId } from './domain/sectors.js';
export { CARD_KINDS, isCardKind } from './domain/cardKinds.js';
export type { CardKind } from './domain/cardKinds.js';
export { TEMPLATES, TEMPLATE_IDS, isTemplateId } from './domain/templates.js';
export type { Template, TemplateId } from './domain/templates.js';
export {
	ROOT,
	META,
	CARD,
	metaMap,
	cardsMap,
	gapsMap,
	linksMap,
	framesMap,
	layoutMap,
	LINK,
	FRAME,
	CARD_RELATIONS,
	isCardRelation,
	createCardMap,
	cardText,
	initBoardMeta,
} from './doc/schema.js';
export type { CardFields, CardMap, BoardMeta, CardRelation } from './doc/schema.js';
export {
	GAP,
	GAP_RELATIONS,
	GAP_VALUE_FIELDS,
	MAX_COMMENT_LENGTH,
	gapCommentSchema,
	gapLinkId,
	isGapRelation,
	createGapMap,
	writeGapFields,
	readGapFields,
	readGapComments,
	removeGaps,
} from './doc/gaps.js';
export type { GapRelation, GapComment, NewGap } from './doc/gaps.js';
export {
	CARD_SIZE,
	CARD_GAP,
	HEADER_SIZE,
	DEFAULT_COLUMN_WIDTH,
	DEFAULT_ROW_HEIGHT,
	MIN_BAND_SIZE,
	MAX_BAND_SIZE,
	bandSizeKey,
	clampBandSize,
	storedBandSize,
	computeLayout,
	cellAt,
	cellOfCard,
	cellRect,
	slotsPerLine,
	slotPosition,
	rectsOverlap,
	frameHoldsCard,
	cardRect,
	freeSlot,
	snap,
	fittingBandSizes,
} from './doc/layout.js';
export type { Point, Rect, Band, BoardLayout, CellId, Axis, FrameBox } from './doc/layout.js';
export {
	readFrameBox,
	readCardPosition,
	lockedFrameBoxes,
	isCardHeld,
	heldCards,
} from './doc/itemLocks.js';
export { MIGRATIONS, migrateDoc, documentSchemaVersion } from './doc/migrations.js';
export type { Migration } from './doc/migrations.js';
export {
	MAX_PRESENCE_STATE_BYTES,
	CURSOR_THROTTLE_MS,
	MAX_SHARED_SELECTION,
	presenceStateSchema,
	decodeAwarenessUpdate,
	encodeAwarenessUpdate,
	parsePresenceState,
} from './doc/awareness.js';
export type { PresenceState, AwarenessEntry } from './doc/awareness.js';
export {
	MessageType,
	SyncType,
	parseMessage,
	encodeSyncStep1,
	encodeSyncStep2,
	encodeUpdateMessage,
	encodeAwarenessMessage,
} from './messages.js';
export type { SyncMessage, ParseResult } from './messages.js';
export {
	MAX_TITLE_LENGTH,
	BOARD_ID_PATTERN,
	createBoardRequestSchema,
	parseCreateBoardRequest,
	parseBody,
	zodIssues,
	updateBoardRequestSchema,
	parseUpdateBoardRequest,
	rotateLinksRequestSchema,
	parseRotateLinksRequest,
	isBoardId,
} from './api.js';
export type {
	CreateBoardRequest,
	BoardCreated,
	BoardInfo,
	ApiError,
	PerRole,
	UpdateBoardRequest,
	RotateLinksRequest,
	LinksRotated,
	BodyParseResult,
} from './api.js';
export { SessionEvent, MAX_ANNOUNCEMENT_LENGTH, announceSchema } from './events.js';
export type {
	SessionAuth,
	SessionWelcome,
	SessionStateMessage,
	BallotMessage,
	BreakoutAssignmentMessage,
	BreakoutRoomLink,
	BreakoutActivity,
	RosterPerson,
	Announcement,
	Ack,
	ServerToClientEvents,
	ClientToServerEvents,
} from './events.js';
export {
	ACTION_STATUSES,
	SPHERES_OF_INFLUENCE,
	FUNDING_SOURCES,
	FUNDING_STATUSES,
	MILESTONE_KINDS,
	GAP_CATEGORIES,
	SEVERITIES,
	LEVERS,
	PRIORITY_RANGE,
	MAX_SHORT_FIELD_LENGTH,
	MAX_LONG_FIELD_LENGTH,
	MAX_FUNDING_ENTRIES,
	CARD_FIELD_SCHEMAS,
	CARD_FIELD_KEYS,
	CARD_TEXT_FIELDS,
	ALL_CARD_FIELD_KEYS,
	fundingEntrySchema,
	isActionStatus,
	isSphereOfInfluence,
	isFundingSource,
	isFundingStatus,
	isMilestoneKind,
	isGapCategory,
	isSeverity,
	isLever,
	isCardTextField,
	isCardFieldKey,
	parseCardField,
} from './domain/cardFields.js';
export type {
	ActionStatus,
	SphereOfInfluence,
	FundingSource,
	FundingStatus,
	MilestoneKind,
	GapCategory,
	Severity,
	Lever,
	FundingEntry,
	CardFieldKey,
	CardFieldValues,
	AnyCardFieldValues,
	AnyCardFieldKey,
	CardTextField,
	CardFieldIssue,
	CardFieldResult,
} from './domain/cardFields.js';
export {
	GAP_ASSESSMENTS,
	GAP_STATUSES,
	GAP_VISIBILITIES,
	EVIDENCE_SOURCES,
	MAX_GAP_TITLE_LENGTH,
	MAX_GAP_LIST_ENTRIES,
	GAP_FIELD_SCHEMAS,
	GAP_FIELD_KEYS,
	GAP_TEXT_FIELDS,
	gapEvidenceSchema,
	peerSuggestionSchema,
	isGapAssessment,
	isGapStatus,
	isGapVisibility,
	isGapFieldKey,
	parseGapField,
} from './domain/gapFields.js';
export type {
	GapAssessment,
	GapStatus,
	GapVisibility,
	EvidenceSource,
	GapEvidence,
	PeerSuggestion,
	GapFieldKey,
	GapFieldValues,
	GapFieldResult,
} from './domain/gapFields.js';
export {
	GAP_CSV_COLUMNS,
	MAX_CSV_BYTES,
	MAX_CSV_ROWS,
	gapsToCsv,
	parseGapCsv,
} from './domain/gapCsv.js';
export type { GapCsvColumn, GapCsvRow, GapCsvIssue, GapCsvResult } from './domain/gapCsv.js';
export {
	MAX_PHASES,
	MAX_PHASE_TITLE,
	MAX_TIMER_SECONDS,
	MAX_VOTE_ITEMS,
	MAX_VOTES_PER_PERSON,
	MAX_HANDS,
	MAX_LOCKED_ITEMS,
	MAX_BREAKOUT_ROOMS,
	MAX_DRAFTS_PER_PERSON,
	MAX_DRAFT_LENGTH,
	BREAKOUT_ASSIGNMENTS,
	DEFAULT_AGENDA,
	COMMAND_PERMISSIONS,
	PARTICIPANT_KEY_PATTERN,
	phaseSchema,
	sessionCommandSchema,
	initialSessionState,
	timerRemainingMs,
} from './session.js';
export type {
	Phase,
	TimerState,
	RaisedHand,
	VoteTarget,
	PublicVote,
	SessionState,
	SessionCommand,
	SessionCommandType,
	Summons,
	BreakoutAssignment,
	BreakoutRoom,
	Breakouts,
	BreakoutParent,
	Draft,
} from './session.js';
export { cloneValue } from './history/clone.js';
export { CONTENT_ROOTS, rootMap } from './history/roots.js';
export type { ContentRoot } from './history/roots.js';
export {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	MAX_BACKUP_BYTES,
	MAX_BACKUP_DEPTH,
	boardBackupSchema,
	boardToBackup,
	parseBoardBackup,
	writeBackup,
} from './history/boardBackup.js';
export type { BackupValue, BoardBackup } from './history/boardBackup.js';
export { diffDocs, summarizeDiff, isEmptySummary } from './history/versionDiff.js';
export type { ItemChanges, DocDiff, ChangeCounts, ChangeSummary } from './history/versionDiff.js';
export { restoreVersion, restoreItems } from './history/restore.js';
export type { RestoredItems } from './history/restore.js';
export {
	VERSION_TRIGGERS,
	MAX_VERSION_LABEL,
	MAX_AUTO_VERSIONS,
	MAX_VERSION_EDITORS,
	saveVersionSchema,
	restoreRequestSchema,
} from './history/versions.js';
export type {
	VersionTrigger,
	VersionInfo,
	Editor,
	VersionList,
	SaveVersionRequest,
	RestoreRequest,
	RestoreResult,
} from './history/versions.js';
export {
	POPULATION_BANDS,
	EVIDENCE_LEVELS,
	DIFFICULTIES,
	MODERATION_STATUSES,
	REPLICATION_STATUSES,
	isReplicationStatus,
	formatInspiredBy,
	parseInspiredBy,
	practiceContentSchema,
	practiceResultSchema,
	replicationSchema,
} from './cohort/library.js';
export {
	MAX_COHORT_TITLE_LENGTH,
	MAX_COHORT_MEMBERS,
	MEMBER_KINDS,
	memberCitySchema,
	createCohortRequestSchema,
	joinCohortRequestSchema,
} from './cohort/cohorts.js';
export type {
	MemberKind,
	MemberCity,
	CohortMember,
	CohortRecord,
	CohortView,
	CreateCohortRequest,
	JoinCohortRequest,
	CohortInvitation,
	InvitationPreview,
} from './cohort/cohorts.js';
export {
	practiceSourceSchema,
	promoteRequestSchema,
	updatePracticeRequestSchema,
	practiceChangesSchema,
	libraryQuerySchema,
} from './cohort/api.js';
export type {
	PromoteRequest,
	UpdatePracticeRequest,
	PracticeChanges,
	LibraryQuery,
	PracticeView,
	LibraryAnswer,
	CopyAnswer,
	PeerGap,
	SuggestionsAnswer,
	ComparedCity,
	ComparisonAnswer,
	CohortChange,
} from './cohort/api.js';
export { readBoardDigest } from './cohort/boardDigest.js';
export type { BoardDigest, DigestCard, DigestGap } from './cohort/boardDigest.js';
export { practiceFromCard, practiceFromGap } from './cohort/promote.js';
export type {
	PopulationBand,
	EvidenceLevel,
	Difficulty,
	ModerationStatus,
	ReplicationStatus,
	PracticeContent,
	Practice,
} from './cohort/library.js';
export { matchPractices } from './cohort/matching.js';
export type { GapToMatch, PracticeMatch } from './cohort/matching.js';
export { canSeeGap, visibleGaps } from './cohort/visibility.js';
export type { Viewer, GapPlace } from './cohort/visibility.js';
export { gapMatrix, sharedGaps, roadmapProgress } from './cohort/comparison.js';
export type {
	ComparedGap,
	MatrixCell,
	GapMatrix,
	SharedGap,
	ComparedAction,
	ActionCounts,
} from './cohort/comparison.js';
export { isTimeZone, zoneOffsetMinutes, zonedInstant } from './programme/zonedTime.js';
export type { WallTime } from './programme/zonedTime.js';
export { escapeText, foldLine, toIcs } from './programme/ics.js';
export type { Calendar, CalendarEvent } from './programme/ics.js';
export {
	HONEYPOT_FIELD,
	registrationRequestSchema,
	checkRegistration,
} from './programme/registration.js';
export type { RegistrationRequest, RegistrationCheck } from './programme/registration.js';
export { cityJourney, cohortTotals } from './programme/journey.js';
export type { JourneySeminar, CityJourney } from './programme/journey.js';
export {
	MAX_SEMINARS,
	MAX_MATERIAL_LINKS,
	MAX_MATERIAL_FILES,
	MAX_SEMINAR_MINUTES,
	SEMINAR_FORMATS,
	REGISTRATION_STATUSES,
	MATERIAL_TYPES,
	webUrlSchema,
	wallDateSchema,
	wallClockSchema,
	timeZoneSchema,
	languageCodeSchema,
	programmeDetailsSchema,
	materialLinkSchema,
	seminarRequestSchema,
	seminarUpdateSchema,
	createProgrammeRequestSchema,
	registrationDecisionSchema,
	attendanceRequestSchema,
	passRequestSchema,
} from './programme/programmes.js';
export type {
	SeminarFormat,
	RegistrationStatus,
	ProgrammeDetails,
	MaterialLink,
	SeminarRequest,
	SeminarUpdate,
	CreateProgrammeRequest,
	ProgrammeRecord,
	Seminar,
	MaterialFile,
	SeminarArchive,
	Registration,
	Attendance,
	PublicSeminar,
	PublicProgramme,
	InvitationLink,
	CityInvitation,
	ManagedSeminar,
	ManagedProgramme,
	CreatedProgramme,
	PassResult,
	JourneyRow,
	JourneyView,
} from './programme/programmes.js';
export { invitationsToCsv, journeyToCsv, registrationsToCsv } from './programme/programmeCsv.js';
