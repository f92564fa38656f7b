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
      const now = audio.currentTime;
      [523.25, 659.25].forEach((frequency, i) => {
        if (!audio) return;
        const start = now + i * 0.4;
        const tone = audio.createOscillator();
        const volume = audio.createGain();
        tone.frequency.value = frequency;
        volume.gain.setValueAtTime(0.0001, start);
        volume.gain.exponentialRampToValueAtTime(0.08, start + 0.05);
        volume.gain.exponentialRampToValueAtTime(0.0001, start + 0.45);
        tone.connect(volume).connect(audio.destination);
        tone.start(start);
        tone.stop(start + 0.5);
      });
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
