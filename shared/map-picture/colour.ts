/** The colour mixed with white, as the canvas's `color-mix(in srgb, colour p%, white)` does. */
export function mixWithWhite(hex: string, share: number): string {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) return '#ffffff';
  const value = Number.parseInt(match[1], 16);
  const channel = (shift: number) => {
    const c = (value >> shift) & 0xff;
    return Math.round(c * share + 255 * (1 - share))
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

/** A colour attribute that cannot carry anything but a colour, whatever the codebook holds. */
export function safeColour(hex: string, fallback = '#7f7f7f'): string {
  return /^#[0-9a-fA-F]{6}$/.test(hex) ? hex : fallback;
}
