/**
 * Two soft notes, synthesised (no sound file to ship or to fail to load). Silent where the page may
 * not play sound yet; a chime must never get in the way of the help message itself.
 */
export function playChime(): void {
  try {
    const audio = new AudioContext();
    playNotes(audio, [659.25, 880], { spacing: 0.35, peak: 0.2, length: 0.6 });
    setTimeout(() => void audio.close(), 1500);
  } catch {
    // No audio device, or audio not allowed: the message on screen is what matters.
  }
}

/** Soft notes one after another, each swelling in and fading out: the chime's, and the practice call's ring. */
export function playNotes(
  audio: AudioContext,
  frequencies: readonly number[],
  { spacing, peak, length }: { spacing: number; peak: number; length: number },
): void {
  frequencies.forEach((frequency, i) => {
    const start = audio.currentTime + i * spacing;
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(0.0001, start);
    volume.gain.exponentialRampToValueAtTime(peak, start + 0.05);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + length);
    tone.connect(volume).connect(audio.destination);
    tone.start(start);
    tone.stop(start + length + 0.05);
  });
}
