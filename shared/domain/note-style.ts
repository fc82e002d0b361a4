import type { NoteKind } from './codebook.js';

export interface NoteStyle {
  /** A symbol drawn before the kind's name: the kind is told by word and sign, not by colour alone. */
  icon: string;
  /** Outline and header band: dark enough to read on a washed-out projector. */
  color: string;
  /** The sticky's paper: a light tint of the same hue, dark text stays readable on it. */
  paper: string;
}

/** Okabe–Ito hues (colour-blind safe), each with its own sign. */
export const noteStyles: Readonly<Record<NoteKind, NoteStyle>> = {
  constat: { icon: '◉', color: '#0072B2', paper: '#deedf7' },
  'point-appui': { icon: '✚', color: '#007A5A', paper: '#dcf2e8' },
  frein: { icon: '⊘', color: '#B84700', paper: '#fbe3d6' },
  besoin: { icon: '?', color: '#8A6500', paper: '#fff3c4' },
  'piste-action': { icon: '➜', color: '#6A3D9A', paper: '#ece1f6' },
  'pratique-inspirante': { icon: '★', color: '#A8457F', paper: '#f8e1ee' },
};
