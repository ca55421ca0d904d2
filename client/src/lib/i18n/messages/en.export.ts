/** English messages of the export screens; spread into `en` (see `./en.ts`). */
export const enExport = {} as const;
