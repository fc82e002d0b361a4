/**
 * A soft two-note chime made with Web Audio (nothing to download, nothing to ship): a gentle
 * end-of-time signal the room can hear without being startled. Silently does nothing where
 * audio is unavailable.
 */
export function playEndChime(): void {
  const Context = window.AudioContext;
  if (!Context) return;
  try {
    const context = new Context();
    const start = context.currentTime + 0.05;
    [659.25, 523.25].forEach((frequency, i) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const at = start + i * 0.45;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.18, at + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.1);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 1.2);
    });
    window.setTimeout(() => void context.close(), 2500);
  } catch {
    // No sound card, or audio blocked: the visual signal remains.
  }
}

const soundKey = 'maillage.minuteur.son';

export function soundWanted(): boolean {
  return window.localStorage.getItem(soundKey) !== 'non';
}

export function setSoundWanted(wanted: boolean): void {
  window.localStorage.setItem(soundKey, wanted ? 'oui' : 'non');
}
