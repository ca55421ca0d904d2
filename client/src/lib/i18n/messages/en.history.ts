/** English messages of the history screens; spread into `en` (see `./en.ts`). */
export const enHistory = {} as const;
