import { describe, expect, it } from 'vitest';
import { exportFileName, fileStem } from './download.js';

describe('export file names', () => {
	it('reduces titles to letters, digits and dashes', () => {
		expect(fileStem('Seminar 2: Łódź & Tartu')).toBe('Seminar-2-Łodz-Tartu');
		expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
		expect(fileStem('   ')).toBe('board');
		expect(fileStem('x'.repeat(100))).toHaveLength(60);
	});

	it('names a part of the board and its format', () => {
		expect(exportFileName('Spring seminar', 'board', 'svg')).toBe('Spring-seminar-board.svg');
		expect(exportFileName('Spring seminar', 'frame-Quick wins!', 'png')).toBe(
			'Spring-seminar-frame-Quick-wins.png',
		);
	});
});
