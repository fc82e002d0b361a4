/** Colours offered for a zone, each with its name (the name, not the hue, is what one reads). */
export const zoneColours = [
  { value: '#0072B2', name: 'bleu' },
  { value: '#E69F00', name: 'orange' },
  { value: '#009E73', name: 'vert' },
  { value: '#CC79A7', name: 'rose' },
  { value: '#56B4E9', name: 'ciel' },
  { value: '#D55E00', name: 'vermillon' },
  { value: '#7F7F7F', name: 'gris' },
] as const;
