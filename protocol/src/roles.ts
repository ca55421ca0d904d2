/** The three roles a board link can carry. See SPEC.md [R1]-[R3]. */
export const ROLES = ['facilitator', 'participant', 'viewer'] as const;

/** A role on one board. */
export type Role = (typeof ROLES)[number];

/** What a connection may try to do on a board. */
export type Permission = 'read' | 'editContent' | 'facilitate' | 'share';

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
	facilitator: new Set(['read', 'editContent', 'facilitate', 'share']),
	participant: new Set(['read', 'editContent']),
	viewer: new Set(['read']),
};

/** True when `role` is `facilitator`, `participant` or `viewer`. */
export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The one permission check used by server and client alike. [R1]-[R3] */
export function can(role: Role, permission: Permission): boolean {
	return GRANTS[role].has(permission);
}
