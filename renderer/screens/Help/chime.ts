/**
 * Two soft notes, synthesised (no sound file to ship or to fail to load). Silent where the page may
 * not play sound yet; a chime must never get in the way of the help message itself.
 */
export function playChime(): void {
  try {
    const audio = new AudioContext();
    const notes = [659.25, 880];
    notes.forEach((frequency, i) => {
      const start = audio.currentTime + i * 0.35;
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.frequency.value = frequency;
      volume.gain.setValueAtTime(0.0001, start);
      volume.gain.exponentialRampToValueAtTime(0.2, start + 0.05);
      volume.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
      tone.connect(volume).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 0.65);
    });
    setTimeout(() => void audio.close(), 1500);
  } catch {
    // No audio device, or audio not allowed: the message on screen is what matters.
  }
}
