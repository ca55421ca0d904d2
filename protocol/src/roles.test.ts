import { describe, expect, it } from 'vitest';
import { ROLES, can, isRole } from './roles.js';

describe('roles', () => {
	it('[R1] a facilitator may do everything', () => {
		for (const p of ['read', 'editContent', 'facilitate', 'share'] as const) {
			expect(can('facilitator', p)).toBe(true);
		}
	});
	it('[R2] a participant reads and edits content but does not facilitate', () => {
		expect(can('participant', 'read')).toBe(true);
		expect(can('participant', 'editContent')).toBe(true);
		expect(can('participant', 'facilitate')).toBe(false);
		expect(can('participant', 'share')).toBe(false);
	});
	it('[R3] a viewer only reads', () => {
		expect(can('viewer', 'read')).toBe(true);
		expect(can('viewer', 'editContent')).toBe(false);
		expect(can('viewer', 'facilitate')).toBe(false);
	});
	it('recognises exactly the three roles', () => {
		expect(ROLES.every(isRole)).toBe(true);
		for (const bad of ['admin', 'Viewer', '', null, 3, {}, '__proto__'])
			expect(isRole(bad)).toBe(false);
	});
});
