import { playNotes } from '../Help/chime.ts';

/**
 * The practice call's ring: soft, synthesised, and only when the visitor turns it on (a lobby is a
 * shared place, and a sudden ring startles). Two low notes every three seconds until stopped.
 * Silent where the page may not play sound: the call on screen is what matters.
 */
export function startRing(): () => void {
  let audio: AudioContext | null = null;
  const ring = () => {
    try {
      audio ??= new AudioContext();
      playNotes(audio, [523.25, 659.25], { spacing: 0.4, peak: 0.08, length: 0.45 });
    } catch {
      // No audio device, or sound not allowed.
    }
  };
  ring();
  const timer = setInterval(ring, 3000);
  return () => {
    clearInterval(timer);
    void audio?.close().catch(() => {});
  };
}
