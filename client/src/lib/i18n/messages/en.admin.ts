/** English messages of the admin screens; spread into `en` (see `./en.ts`). */
export const enAdmin = {} as const;
