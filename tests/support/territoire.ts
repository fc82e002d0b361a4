import { defaultLinkKinds, intensityIds, qualityIds } from '../../shared/domain/codebook.js';
import { type Actor, type Link, newActor, newLink } from '../../shared/domain/model.js';

/**
 * A territory as a prepared list gives it: names as French institutions write them (sigles in
 * parentheses, dashes, « », apostrophes, long names), most with a short name from a « Sigle »
 * column, placed by the facilitator in groups by category, about 1.5 cooperations per actor. The
 * wall's tests and the benchmark read their 40 and 80 actors from it.
 */
const names: readonly [label: string, category: string, short?: string][] = [
  ['Collège Louise-Michel', 'education', 'Collège L.-Michel'],
  ['Aide sociale à l’enfance (ASE)', 'departement', 'ASE'],
  ['Mairie – service Enfance Jeunesse', 'commune', 'Enfance Jeunesse'],
  ['Caisse d’allocations familiales (CAF)', 'protection-sociale', 'CAF'],
  ['Centre médico-psychologique (CMP)', 'sante', 'CMP'],
  ['Club de prévention « Horizon »', 'prevention', 'Horizon'],
  ['Centre social Nelson-Mandela', 'centres-sociaux', 'CS Mandela'],
  ['Association sportive Saint-Exupéry', 'associations', 'AS St-Exupéry'],
  ['Association des parents d’élèves (FCPE)', 'parents', 'FCPE'],
  ['Bailleur social – Habitat du Val', 'autres', 'Habitat du Val'],
  ['Protection judiciaire de la jeunesse (PJJ)', 'etat', 'PJJ'],
  ['École élémentaire Jules-Ferry', 'education', 'École J.-Ferry'],
  ['Protection maternelle et infantile (PMI)', 'departement', 'PMI'],
  ['Centre communal d’action sociale (CCAS)', 'commune', 'CCAS'],
  ['Maison des adolescents (MDA)', 'sante', 'MDA'],
  ['Centre social et culturel Agora', 'centres-sociaux', 'CS Agora'],
  ['Accompagnement à la scolarité – Coup de pouce', 'associations', 'Coup de pouce'],
  ['Collectif de parents du quartier', 'parents'],
  ['Police nationale – brigade des mineurs', 'etat', 'Brigade des mineurs'],
  ['Mutualité sociale agricole (MSA)', 'protection-sociale', 'MSA'],
  ['École maternelle Les Tilleuls', 'education', 'Maternelle Tilleuls'],
  ['Service social départemental (MDS)', 'departement', 'MDS'],
  ['Programme de réussite éducative (PRE)', 'commune', 'PRE'],
  ['Éducateurs de rue – association Le Relais', 'prevention', 'Le Relais'],
  ['Maison des jeunes et de la culture (MJC)', 'centres-sociaux', 'MJC'],
  ['Club de football FC Val-Nord', 'associations', 'FC Val-Nord'],
  ['Café des parents', 'parents'],
  ['Pôle emploi / France Travail', 'autres', 'France Travail'],
  ['Lycée professionnel Jean-Jaurès', 'education', 'LP Jaurès'],
  ['Centre médico-psycho-pédagogique (CMPP)', 'sante', 'CMPP'],
  ['Médiathèque Aimé-Césaire', 'commune', 'Médiathèque'],
  ['Préfecture – déléguée du préfet', 'etat', 'Déléguée du préfet'],
  ['Secours populaire – antenne du quartier', 'associations', 'Secours populaire'],
  ['Lieu d’accueil enfants-parents (LAEP)', 'parents', 'LAEP'],
  ['Action éducative en milieu ouvert (AEMO)', 'departement', 'AEMO'],
  ['Point accueil écoute jeunes (PAEJ)', 'prevention', 'PAEJ'],
  ['Réseau d’aides spécialisées aux élèves en difficulté (RASED)', 'education', 'RASED'],
  ['Caisse primaire d’assurance maladie (CPAM)', 'protection-sociale', 'CPAM'],
  ['Conseil citoyen', 'parents'],
  ['Mission locale', 'autres'],
  ['Accueil de loisirs Les Lucioles', 'commune', 'ALSH Lucioles'],
  ['Ligue de l’enseignement', 'centres-sociaux'],
  ['Centre hospitalier – pédopsychiatrie', 'sante', 'Pédopsychiatrie'],
  ['Tribunal pour enfants', 'etat'],
  ['Compagnie de théâtre Les Tréteaux', 'associations', 'Les Tréteaux'],
  ['Cellule de recueil des informations préoccupantes (CRIP)', 'departement', 'CRIP'],
  ['Centre d’information et d’orientation (CIO)', 'education', 'CIO'],
  ['Habitants relais', 'parents'],
  ['Épicerie solidaire', 'autres'],
  ['Conseil local de sécurité et de prévention de la délinquance (CLSPD)', 'commune', 'CLSPD'],
  ['Maison de santé pluriprofessionnelle (MSP)', 'sante', 'MSP'],
  ['Association de médiation sociale (AMS)', 'prevention', 'AMS'],
  ['Fédération des Francas', 'centres-sociaux', 'Francas'],
  ['Association d’aide aux devoirs « Réussir ensemble »', 'associations', 'Réussir ensemble'],
  ['Inspection de l’Éducation nationale – circonscription Nord', 'education', 'IEN Nord'],
  ['Maison départementale des personnes handicapées (MDPH)', 'departement', 'MDPH'],
  ['Maison de quartier des Érables', 'commune', 'Maison des Érables'],
  ['Délégation aux droits des femmes', 'etat'],
  ['Relais petite enfance (RPE)', 'commune', 'RPE'],
  ['Restos du cœur', 'associations'],
  ['Groupe d’entraide mutuelle (GEM)', 'sante', 'GEM'],
  ['Maison France services', 'autres'],
  ['Infirmière scolaire du collège', 'education'],
  ['Association Femmes relais', 'parents', 'Femmes relais'],
  ['Centre d’hébergement et de réinsertion sociale (CHRS)', 'autres', 'CHRS'],
  ['École de musique intercommunale', 'associations', 'École de musique'],
  ['Bureau information jeunesse (BIJ)', 'commune', 'BIJ'],
  ['Atelier santé ville (ASV)', 'sante', 'ASV'],
  ['Assistante sociale scolaire', 'education'],
  ['Bibliothèque de rue ATD Quart Monde', 'associations', 'ATD Quart Monde'],
  ['Planning familial', 'sante'],
  ['Collège Victor-Hugo', 'education', 'Collège V.-Hugo'],
  ['Crèche municipale Les Petits Pas', 'commune', 'Crèche Petits Pas'],
  ['Centre de PMI – antenne Sud', 'departement', 'PMI Sud'],
  ['Prévention spécialisée – équipe Est', 'prevention', 'Prévention Est'],
  ['Service des sports municipal', 'commune', 'Sports'],
  ['École élémentaire Pasteur', 'education', 'École Pasteur'],
  ['Conseil départemental – cité éducative', 'departement', 'Cité éducative'],
  ['Association Les Petits Débrouillards', 'associations', 'Petits Débrouillards'],
  ['École maternelle Paul-Éluard', 'education', 'Maternelle Éluard'],
  ['Espace de vie sociale du Petit-Bois', 'centres-sociaux', 'EVS Petit-Bois'],
  ['Conseil des jeunes', 'parents'],
];

export const territoryNameCount = names.length;

/** Sectors of the map, one per category, as a facilitator groups them on a wide canvas. */
const sectors: Record<string, [column: number, row: number]> = {
  education: [0, 0],
  commune: [1, 0],
  departement: [2, 0],
  etat: [3, 0],
  'protection-sociale': [3, 1],
  sante: [2, 1],
  prevention: [1, 1],
  'centres-sociaux': [0, 1],
  associations: [0, 2],
  parents: [1, 2],
  autres: [2, 2],
};

/** A small deterministic generator (mulberry32): the same territory on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Territory {
  actors: Actor[];
  links: Link[];
}

/**
 * The first `count` actors of the list (at most its length), each category in its sector of the
 * canvas, in rows of three with a little jitter, and 1.5 links per actor, mostly within and
 * between neighbouring sectors.
 */
export function territory(count: number, seed = 12): Territory {
  const next = random(seed);
  const inSector = new Map<string, number>();
  const actors = names.slice(0, count).map(([label, category, short], i) => {
    const k = inSector.get(category) ?? 0;
    inSector.set(category, k + 1);
    const [column, row] = sectors[category] ?? [3, 2];
    return newActor({
      id: `t${i + 1}`,
      label,
      category,
      ...(short ? { shortLabel: short } : {}),
      x: column * 760 + (k % 3) * 230 + Math.round(next() * 40),
      y: row * 520 + Math.floor(k / 3) * 120 + Math.round(next() * 30),
    });
  });
  const distance = (a: Actor, b: Actor) => Math.hypot(a.x - b.x, a.y - b.y);
  const seen = new Set<string>();
  const links: Link[] = [];
  const wanted = Math.round(actors.length * 1.5);
  for (let tries = 0; links.length < wanted && tries < wanted * 50; tries++) {
    const a = actors[Math.floor(next() * actors.length)]!;
    // Mostly near partners, sometimes across the map (the CAF works with everybody).
    const candidates = actors.filter((b) => b !== a).sort((p, q) => distance(a, p) - distance(a, q));
    const b =
      candidates[Math.floor(next() < 0.75 ? next() * Math.min(6, candidates.length) : next() * candidates.length)];
    if (!b) break;
    const key = [a.id, b.id].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(
      newLink({
        id: `c${links.length + 1}`,
        source: a.id,
        target: b.id,
        kind: defaultLinkKinds[Math.floor(next() * defaultLinkKinds.length)]!.id,
        intensity: intensityIds[Math.floor(next() * intensityIds.length)]!,
        quality: next() < 0.6 ? qualityIds[Math.floor(next() * qualityIds.length)]! : null,
        status: next() < 0.12 ? 'desired' : 'existing',
        directed: next() < 0.2,
      }),
    );
  }
  return { actors, links };
}
