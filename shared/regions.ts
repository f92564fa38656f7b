import { z } from 'zod';

/** A centre's region decides which hotlines it prints. `generic` is for anywhere else. */
export const REGIONS = ['HK', 'CN', 'US', 'US-NYC', 'UK', 'ID', 'generic'] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;
