import type { PowerSaveBlocker } from 'electron';

/** A kiosk that lets the screen go dark looks switched off; the page never asks for a wake lock itself. */
export function setupKeepScreenOn(powerSaveBlocker: Pick<PowerSaveBlocker, 'start'>): number {
  return powerSaveBlocker.start('prevent-display-sleep');
}
