import { randomInt } from 'node:crypto';
import { RESUME_CODE_LENGTH } from '../../../shared/checklist-schema.ts';

/**
 * A fresh resume code: random digits from the OS's secure generator. Codes stand only for a list of
 * tutorial ids, so guessing one reveals nothing about anyone; random (not counting up) keeps codes
 * from telling how many visitors came before.
 */
export function newResumeCode(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < RESUME_CODE_LENGTH; i++) code += String(random(10));
  return code;
}
