import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './client/svelte.config.js';

/** Imports a workspace may not make: the dependency direction protocol <- server, protocol <- client. */
const forbid = (patterns, message) => ({
	'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default ts.config(
	{
		ignores: [
			'**/dist/',
			'**/node_modules/',
			'test-results/',
			'playwright-report/',
			'data/',
			'coverage/',
		],
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.node } } },
	{ files: ['client/**'], languageOptions: { globals: { ...globals.browser } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig },
		},
	},
	{
		files: ['**/*.ts', '**/*.svelte'],
		plugins: { 'import-x': importX },
		settings: {
			'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
			'import-x/resolver-next': [
				createTypeScriptImportResolver({
					project: ['tsconfig.tests.json', 'client/tsconfig.json'],
					conditionNames: ['source', 'types', 'import', 'default'],
					noWarnOnMultipleProjects: true,
				}),
			],
		},
		rules: { 'import-x/no-cycle': 'error' },
	},
	{
		rules: {
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='only']",
					message: 'No focused tests.',
				},
			],
		},
	},
	{
		files: ['protocol/**'],
		rules: forbid(
			[
				'@groundwork/server',
				'@groundwork/client',
				'**/server/**',
				'**/client/**',
				'node:*',
				'express',
				'ws',
				'better-sqlite3',
				'svelte',
				'svelte/*',
			],
			'protocol/ depends on nothing app-specific: no server, client, transport or storage code.',
		),
	},
	{
		files: ['server/**'],
		rules: forbid(
			['@groundwork/client', '**/client/**', 'svelte', 'svelte/*'],
			'server/ never imports client/.',
		),
	},
	{
		files: ['client/src/**'],
		rules: forbid(
			['@groundwork/server', '**/server/**', 'node:*', 'express', 'ws', 'better-sqlite3'],
			'client/ never imports server/ or Node-only modules.',
		),
	},
);
