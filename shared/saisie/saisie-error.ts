/**
 * Why the bar cannot read a line, as data: the words (French or English, with how to write it
 * instead) are chosen where the message is shown (reading-text.ts).
 */
export type SaisieError =
  | { code: 'empty' }
  | { code: 'tooLong'; max: number }
  | { code: 'unclosedQuote'; quote: string }
  | { code: 'emptyName' }
  | { code: 'nameTooLong'; max: number }
  | { code: 'arrowInName'; name: string }
  | { code: 'colonInName'; name: string }
  | { code: 'questionInName'; name: string }
  | { code: 'unknownTerm'; term: string; subject: 'actor' | 'link'; expected: 'kind' | 'category' | 'any' }
  | { code: 'facetTwice'; facet: string; first: string; second: string }
  | { code: 'valueTooLong'; facet: string; max: number }
  | { code: 'desiredButExisting' }
  | { code: 'sameActor'; name: string };
