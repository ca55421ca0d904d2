/** English messages of the offline screens; spread into `en` (see `./en.ts`). */
export const enOffline = {} as const;
