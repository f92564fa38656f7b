import { randomInt } from 'node:crypto';
import { RECOVERY_ALPHABET, RECOVERY_CODE_LENGTH, RECOVERY_GROUP } from '../../../shared/staff.ts';

/** A new recovery code: 12 letters drawn uniformly (randomInt, no modulo bias) from the unambiguous alphabet. */
export function newRecoveryCode(): { bare: string; shown: string } {
  let bare = '';
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i++) bare += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  const groups = bare.match(new RegExp(`.{${RECOVERY_GROUP}}`, 'g')) ?? [bare];
  return { bare, shown: groups.join('-') };
}
