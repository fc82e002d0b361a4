import { type Codebook, maxInfluence } from '../domain/codebook.js';
import type { Actor } from '../domain/model.js';
import { quoteShort } from '../exchange/quote-short.js';
import type { Reading } from './command-plan.js';
import { actorFacets, type Facet, linkFacets, readAttributes } from './facets.js';
import type { SaisieError } from './saisie-error.js';
import type { ActorChoice } from './side-options.js';

/**
 * The bar's reading in plain words, before Enter — « nouvel acteur « Mairie – service Enfance
 * Jeunesse » (Commune / ville) », « lien « Mairie » ↔ « CAF » : Convention / financement,
 * régulière » — and its refusals, each saying how to write the line instead. French first.
 */

export type Lang = 'fr' | 'en';

const nbsp = '\u00a0';
const q = (text: string) => quoteShort(text, 80);

/** A code's label without its examples in parentheses: « Département », not « Département (ASE, PMI…) ». */
function shortLabel(label: string): string {
  return label.replace(/\s*\(.*\)\s*$/s, '') || label;
}

function valueLabel<T>(
  facets: readonly Facet<T>[],
  facetId: string,
  id: string | null,
  codebook: Codebook,
  lang: Lang,
) {
  const facet = facets.find((f) => f.id === facetId);
  const value = facet?.values(codebook).find((v) => v.id === id);
  return value ? shortLabel(value.label[lang]) : (id ?? '');
}

const words = {
  fr: {
    newActor: 'nouvel acteur',
    onMap: 'déjà sur la carte',
    shortLabel: 'nom court',
    typedAs: (typed: string) => `vous avez tapé ${q(typed)}`,
    fromSigle: (sigle: string) => `d’après ${q(sigle)}`,
    link: 'lien',
    desiredLink: 'lien souhaité',
    updateLink: 'modifier le lien',
    sameLink: 'ce lien existe déjà, rien à changer',
    nothing: 'rien à changer',
    mutual: 'réciproque',
    oneWay: 'à sens unique',
    defaultKind: 'type par défaut',
    colon: `${nbsp}:`,
  },
  en: {
    newActor: 'new actor',
    onMap: 'already on the map',
    shortLabel: 'short name',
    typedAs: (typed: string) => `you typed ${q(typed)}`,
    fromSigle: (sigle: string) => `from ${q(sigle)}`,
    link: 'link',
    desiredLink: 'desired link',
    updateLink: 'change the link',
    sameLink: 'this link is already there, nothing to change',
    nothing: 'nothing to change',
    mutual: 'mutual',
    oneWay: 'one-way',
    defaultKind: 'default kind',
    colon: ':',
  },
} as const;

function actorPatchText(patch: Record<string, unknown>, codebook: Codebook, lang: Lang): string[] {
  return actorFacets.flatMap((facet) => {
    if (!(facet.field in patch)) return [];
    return [`${facet.label[lang]} ${valueLabel(actorFacets, facet.id, String(patch[facet.field]), codebook, lang)}`];
  });
}

/** One actor as the reading names it. */
export function describeChoice(choice: ActorChoice, codebook: Codebook, lang: Lang): string {
  const w = words[lang];
  if (choice.type === 'new') {
    const details = [valueLabel(actorFacets, 'category', choice.values.category, codebook, lang)];
    if (choice.categoryFromSigle) details.push(w.fromSigle(choice.categoryFromSigle));
    for (const facet of actorFacets) {
      const value = (choice.values as Partial<Actor>)[facet.field];
      if (facet.id === 'category' || value === undefined || value === null || value === '') continue;
      details.push(
        facet.free
          ? `${facet.label[lang]} ${q(String(value))}`
          : facet.named
            ? `${facet.label[lang]} ${valueLabel(actorFacets, facet.id, String(value), codebook, lang)}`
            : valueLabel(actorFacets, facet.id, String(value), codebook, lang),
      );
    }
    return `${w.newActor} ${q(choice.name)} (${details.join(', ')})`;
  }
  const notes: string[] = [w.onMap];
  if (choice.likeness === 'shortLabel') notes.push(`${w.shortLabel} ${q(choice.actor.shortLabel ?? '')}`);
  else if (choice.typed !== undefined) notes.push(w.typedAs(choice.typed));
  const changes = actorPatchText(choice.patch, codebook, lang);
  return `${q(choice.actor.label)} (${notes.join(', ')})${changes.length > 0 ? `${w.colon} ${changes.join(', ')}` : ''}`;
}

export function describeReading(reading: Reading, codebook: Codebook, lang: Lang): string {
  const w = words[lang];
  if (reading.type === 'actors') {
    const parts = reading.actors.map((choice) => describeChoice(choice, codebook, lang));
    const nothing = reading.actors.every((c) => c.type === 'existing' && Object.keys(c.patch).length === 0);
    return nothing ? `${parts.join(' ; ')} — ${w.nothing}` : parts.join(' ; ');
  }
  const arrow = reading.directed ? '→' : '↔';
  const ends = `${q(name(reading.from))} ${arrow} ${q(name(reading.to))}`;
  const values = reading.values;
  const details = [valueLabel(linkFacets, 'kind', values.kind, codebook, lang)];
  if (reading.defaultKind) details[0] += ` (${w.defaultKind})`;
  details.push(valueLabel(linkFacets, 'intensity', values.intensity, codebook, lang));
  if (values.quality) details.push(valueLabel(linkFacets, 'quality', values.quality, codebook, lang));
  const head = values.status === 'desired' ? w.desiredLink : w.link;
  let text: string;
  if (reading.update) {
    const patch = reading.update.patch;
    const changed = Object.keys(patch).length > 0;
    const what = linkFacets
      .filter((facet) => facet.id !== 'kind')
      .flatMap((facet) =>
        facet.field in patch
          ? [valueLabel(linkFacets, facet.id, String(patch[facet.field as keyof typeof patch]), codebook, lang)]
          : [],
      );
    if (patch.directed !== undefined) what.push(patch.directed ? w.oneWay : w.mutual);
    text = changed
      ? `${w.updateLink} ${ends} (${details[0]})${w.colon} ${what.join(', ')}`
      : `${head} ${ends}${w.colon} ${details.join(', ')} — ${w.sameLink}`;
  } else {
    text = `${head} ${ends}${w.colon} ${details.join(', ')}`;
  }
  const created = [reading.from, reading.to].filter((c) => c.type === 'new' || c.typed !== undefined || hasPatch(c));
  return created.length > 0 ? `${text} — ${created.map((c) => describeChoice(c, codebook, lang)).join(' ; ')}` : text;
}

function hasPatch(choice: ActorChoice): boolean {
  return choice.type === 'existing' && Object.keys(choice.patch).length > 0;
}

function name(choice: ActorChoice): string {
  return choice.type === 'new' ? choice.name : choice.actor.label;
}

/** Whether applying the reading changes nothing (the actor or the link is already as typed). */
export function changesNothing(reading: Reading): boolean {
  if (reading.type === 'actors') {
    return reading.actors.every((c) => c.type === 'existing' && Object.keys(c.patch).length === 0);
  }
  return (
    reading.update !== undefined &&
    Object.keys(reading.update.patch).length === 0 &&
    ![reading.from, reading.to].some((c) => c.type === 'new' || hasPatch(c))
  );
}

function facetLabel(id: string, lang: Lang): string {
  return [...linkFacets, ...actorFacets].find((f) => f.id === id)?.label[lang] ?? id;
}

function list<T>(facet: Facet<T> | undefined, codebook: Codebook, lang: Lang): string {
  return (facet?.values(codebook) ?? []).map((v) => shortLabel(v.label[lang])).join(', ');
}

function linkVocabulary(codebook: Codebook, lang: Lang): string {
  const [kind, intensity, quality, status] = linkFacets;
  return lang === 'fr'
    ? `Types${nbsp}: ${list(kind, codebook, lang)}. Intensité${nbsp}: ${list(intensity, codebook, lang)}. Qualité${nbsp}: ${list(quality, codebook, lang)}. Statut${nbsp}: ${list(status, codebook, lang)}.`
    : `Kinds: ${list(kind, codebook, lang)}. Intensity: ${list(intensity, codebook, lang)}. Quality: ${list(quality, codebook, lang)}. Status: ${list(status, codebook, lang)}.`;
}

function actorVocabulary(codebook: Codebook, lang: Lang): string {
  const [category, engagement] = actorFacets;
  const stance = actorFacets.find((f) => f.id === 'stance');
  return lang === 'fr'
    ? `Catégories${nbsp}: ${list(category, codebook, lang)}. Engagement${nbsp}: ${list(engagement, codebook, lang)}. Influence${nbsp}: de 0 à ${maxInfluence} (${q('influence 4')}). Position${nbsp}: ${list(stance, codebook, lang)}.`
    : `Categories: ${list(category, codebook, lang)}. Engagement: ${list(engagement, codebook, lang)}. Influence: 0 to ${maxInfluence} (${q('influence 4')}). Stance: ${list(stance, codebook, lang)}.`;
}

const quoteHint = {
  fr: 'Pour un nom qui contient ce signe, écrivez-le entre guillemets («\u202f…\u202f» ou "…").',
  en: 'For a name that contains it, write the name between quotes («\u202f…\u202f» or "…").',
};

/** A refusal, saying what was not understood and how to write it. */
export function describeError(error: SaisieError, codebook: Codebook, lang: Lang): string {
  const fr = lang === 'fr';
  switch (error.code) {
    case 'empty':
      return fr
        ? `Tapez un nom d’acteur, ou ${q('A > B : type')} pour un lien.`
        : `Type an actor's name, or ${q('A > B : kind')} for a link.`;
    case 'tooLong':
      return fr
        ? `Ligne trop longue (${error.max} caractères au plus)${nbsp}: une chose par ligne.`
        : `Line too long (${error.max} characters at most): one thing per line.`;
    case 'unclosedQuote':
      return fr
        ? `Le guillemet ${error.quote} n’est pas fermé${nbsp}: fermez-le après le nom, ou retirez-le.`
        : `The quote ${error.quote} is not closed: close it after the name, or remove it.`;
    case 'emptyName':
      return fr
        ? `Il manque un nom. Un lien s’écrit ${q('A > B : type')}, un acteur ${q('Nom (catégorie)')}.`
        : `A name is missing. A link is written ${q('A > B : kind')}, an actor ${q('Name (category)')}.`;
    case 'nameTooLong':
      return fr
        ? `Nom trop long (${error.max} caractères au plus).`
        : `Name too long (${error.max} characters at most).`;
    case 'arrowInName':
      return fr
        ? `Un seul lien par ligne${nbsp}: ${q('A > B : type')}. ${q(error.name)} contient une flèche (> ou <)${nbsp}; ${quoteHint.fr}`
        : `One link per line: ${q('A > B : kind')}. ${q(error.name)} contains an arrow (> or <); ${quoteHint.en}`;
    case 'colonInName':
      return fr
        ? `Dans ${q(error.name)}, «\u202f:\u202f» annonce le type ou la catégorie. ${quoteHint.fr}`
        : `In ${q(error.name)}, “:” starts the kind or the category. ${quoteHint.en}`;
    case 'questionInName':
      return fr
        ? `«\u202f?\u202f» à la fin marque un lien souhaité${nbsp}: ${q('A - B : type ?')}. ${quoteHint.fr}`
        : `A final “?” marks a desired link: ${q('A - B : kind ?')}. ${quoteHint.en}`;
    case 'unknownTerm':
      return unknownTerm(error, codebook, lang);
    case 'facetTwice':
      return fr
        ? `${q(error.first)} et ${q(error.second)} disent tous deux ${facetLabel(error.facet, lang)}${nbsp}: gardez-en un.`
        : `${q(error.first)} and ${q(error.second)} both give the ${facetLabel(error.facet, lang)}: keep one.`;
    case 'valueTooLong':
      return fr
        ? `Le ${facetLabel(error.facet, lang)} est trop long (${error.max} caractères au plus).`
        : `The ${facetLabel(error.facet, lang)} is too long (${error.max} characters at most).`;
    case 'desiredButExisting':
      return fr
        ? `«\u202f?\u202f» (souhaitée) et «\u202fexistante\u202f» se contredisent${nbsp}: gardez l’un des deux.`
        : `“?” (desired) and “existing” contradict each other: keep one.`;
    case 'sameActor':
      return fr
        ? `Un lien relie deux acteurs différents${nbsp}: ${q(error.name)} est des deux côtés.`
        : `A link joins two different actors: ${q(error.name)} is on both sides.`;
  }
}

function unknownTerm(error: Extract<SaisieError, { code: 'unknownTerm' }>, codebook: Codebook, lang: Lang): string {
  const fr = lang === 'fr';
  if (error.subject === 'actor') {
    // « Collège Jean-Moulin et CAF : orientation »: the words of a cooperation after one name.
    if (readAttributes(error.term, linkFacets, codebook).ok) return cooperationWord(error.term, lang);
    const head = fr ? `Catégorie inconnue${nbsp}: ${q(error.term)}.` : `Unknown category: ${q(error.term)}.`;
    const colon = fr ? `${quoteHint.fr.replace('ce signe', '«\u202f:\u202f»')}` : quoteHint.en.replace('it', '“:”');
    return `${head} ${actorVocabulary(codebook, lang)} ${colon}`;
  }
  const head =
    error.expected === 'kind'
      ? fr
        ? `Type de lien inconnu${nbsp}: ${q(error.term)}.`
        : `Unknown link kind: ${q(error.term)}.`
      : fr
        ? `${q(error.term)} n’est ni un type de lien, ni une intensité, ni une qualité, ni un statut.`
        : `${q(error.term)} is neither a link kind, an intensity, a quality nor a status.`;
  const how = fr
    ? `Après «\u202f:\u202f», le type puis, si besoin, l’intensité, la qualité et le statut, séparés par des virgules${nbsp}: ${q('A - B : convention, forte, fluide')}.`
    : `After “:”, the kind, then if needed the intensity, quality and status, separated by commas: ${q('A - B : convention, strong, smooth')}.`;
  return `${head} ${how} ${linkVocabulary(codebook, lang)}`;
}

function cooperationWord(term: string, lang: Lang): string {
  return lang === 'fr'
    ? `${q(term)} se dit d’une coopération, pas d’un acteur. Une coopération s’écrit entre deux acteurs${nbsp}: ${q(`A - B : ${term}`)}, ou ${q(`A > B : ${term}`)} quand elle va de A vers B.`
    : `${q(term)} describes a cooperation, not an actor. A cooperation is written between two actors: ${q(`A - B : ${term}`)}, or ${q(`A > B : ${term}`)} when it goes from A to B.`;
}
