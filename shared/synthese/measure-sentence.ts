import { maxInfluence } from '../domain/codebook.js';
import type { MeasureReading } from '../measures/levels.js';
import { agree, formatPercent, nbsp } from './french.js';

/**
 * What the size of the actors means, in one French sentence for the legend of a picture and a
 * page of the summary (the wall says the same through the UI's strings, renderer/i18n).
 */
export function measureSentence(reading: MeasureReading): string {
  switch (reading.measure) {
    case 'influence':
      return `Plus un acteur est grand, plus il a d’influence sur la question de l’atelier (de 0 à ${maxInfluence}${nbsp}; taille normale${nbsp}: influence non renseignée ou nulle).`;
    case 'partenaires':
      return `Plus un acteur est grand, plus il a de partenaires (coopérations existantes${nbsp}; le plus relié en a ${reading.max}${nbsp}${agree(reading.max, 'partenaire', 'partenaires')}).`;
    case 'passerelle':
      return `Plus un acteur est grand, plus il est une passerelle${nbsp}: par lui passent les chemins les plus courts entre les autres (au plus ${formatPercent(reading.max)} des chemins).`;
  }
}

/** The sentence of the groups' hulls. */
export const groupsSentence =
  'Les lettres A, B… désignent des groupes d’acteurs qui travaillent surtout entre eux\u00a0; une zone grisée les entoure quand ils sont voisins sur la carte.';

/** The sentence of the influence towers. */
export const towerSentence = `Les carrés empilés à côté d’un acteur disent son influence sur la question (de 0 à ${maxInfluence}${nbsp}: carrés pleins).`;
