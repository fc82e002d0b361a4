import { describe, expect, it } from 'vitest';
import type { MapState } from '../../../shared/domain/model.js';
import { readLine } from '../../../shared/saisie/command-plan.js';
import { describeError, describeReading } from '../../../shared/saisie/reading-text.js';
import { corpus } from '../../fixtures/saisie/corpus.js';
import { actors as territoryActors, links as territoryLinks } from '../../fixtures/saisie/territoire.js';
import { actors as rhoneActors, links as rhoneLinks } from '../../fixtures/saisie/territoire-rhone.js';
import {
  defaults,
  emptyMap,
  labelOf,
  readingOf,
  readingsOf,
  refusalOf,
  typeLine,
  withTabs,
} from '../../support/saisie.js';

function mapWith(...lines: string[]): MapState {
  return lines.reduce((map, line) => typeLine(map, line), emptyMap());
}

const nbsp = /[\u00a0\u202f]/g;
const plain = (texts: string[]) => texts.map((text) => text.replace(nbsp, ' '));

describe('la saisie rapide lit chaque ligne contre la carte', () => {
  it('garde entier un nom qui contient un tiret entre espaces, et le dit avant Entrée', () => {
    // « service Enfance Jeunesse » starts as the rest of a name, not as one: no other reading.
    expect(plain(readingsOf(emptyMap(), 'Mairie – service Enfance Jeunesse (commune)'))).toEqual([
      'nouvel acteur « Mairie – service Enfance Jeunesse » (Commune / ville)',
    ]);
    // Two names that could each be an actor: the link is offered, never chosen.
    expect(plain(readingsOf(emptyMap(), 'Bailleur social – Habitat du Val'))).toEqual([
      'nouvel acteur « Bailleur social – Habitat du Val » (Autres)',
      'lien « Bailleur social » ↔ « Habitat du Val » : Échange d’information (type par défaut), régulière — nouvel acteur « Bailleur social » (Autres) ; nouvel acteur « Habitat du Val » (Autres)',
    ]);
    const map = typeLine(emptyMap(), 'Mairie – service Enfance Jeunesse (commune)');
    expect(map.actors.map((a) => [a.label, a.category])).toEqual([['Mairie – service Enfance Jeunesse', 'commune']]);
    expect(map.links).toEqual([]);
  });

  it('lit « Mairie - CAF : convention » comme un lien réciproque, et le dit en clair', () => {
    const readings = plain(readingsOf(emptyMap(), 'Mairie - CAF : convention, régulière, fluide'));
    expect(readings[0]).toBe(
      'lien « Mairie » ↔ « CAF » : Convention / financement, régulière, fluide — nouvel acteur « Mairie » (Autres) ; nouvel acteur « CAF » (Protection sociale, d’après « CAF »)',
    );
    const map = typeLine(emptyMap(), 'Mairie - CAF : convention, régulière, fluide');
    expect(map.links).toMatchObject([
      { kind: 'convention', intensity: 'reguliere', quality: 'fluide', directed: false },
    ]);
  });

  it('coupe au tiret qui sépare deux noms connus, le plus long nom d’abord', () => {
    let map = mapWith('Mairie', 'Mairie – service Enfance Jeunesse', 'CAF');
    map = typeLine(map, 'Mairie – service Enfance Jeunesse - CAF : convention');
    map = typeLine(map, 'Mairie - Mairie – service Enfance Jeunesse : instance');
    expect(map.actors).toHaveLength(3);
    expect(map.links.map((l) => [labelOf(map, l.source), labelOf(map, l.target), l.kind])).toEqual([
      ['Mairie – service Enfance Jeunesse', 'CAF', 'convention'],
      ['Mairie', 'Mairie – service Enfance Jeunesse', 'instance'],
    ]);
  });

  it('sans type ni « ? », un tiret entre deux noms inconnus reste dans le nom ; entre deux acteurs connus, c’est un lien', () => {
    expect(plain(readingsOf(emptyMap(), 'Bailleur social – Habitat du Val'))[0]).toBe(
      'nouvel acteur « Bailleur social – Habitat du Val » (Autres)',
    );
    const map = mapWith('Mairie', 'CAF');
    expect(plain(readingsOf(map, 'Mairie - CAF'))[0]).toContain('lien « Mairie » ↔ « CAF »');
    expect(plain(readingsOf(map, 'Mairie - CAF'))[1]).toBe('nouvel acteur « Mairie - CAF » (Autres)');
  });

  it('le nom complet d’un acteur existant l’emporte sur toute lecture, parenthèses et tirets compris', () => {
    const map = mapWith('Aide sociale à l’enfance (ASE)', '« Mairie - CAF »', 'Mairie', 'CAF');
    expect(map.actors.map((a) => a.label)).toEqual(['Aide sociale à l’enfance (ASE)', 'Mairie - CAF', 'Mairie', 'CAF']);
    // Compared folded: case, accents, ' and ’, dashes, spaces, quotes.
    for (const typed of [
      "aide sociale a l'enfance (ase)",
      'AIDE SOCIALE À L’ENFANCE ASE',
      'mairie – caf',
      '"Mairie—CAF"',
    ]) {
      const reading = readingOf(map, typed);
      expect(reading.type).toBe('actors');
      expect(reading.type === 'actors' && reading.actors[0]?.type).toBe('existing');
    }
    const link = readingOf(map, 'mairie - caf > aide sociale a l’enfance (ASE) : orientation');
    expect(link.type === 'link' && [link.from, link.to].map((c) => c.type === 'existing' && c.actor.label)).toEqual([
      'Mairie - CAF',
      'Aide sociale à l’enfance (ASE)',
    ]);
  });

  it('une parenthèse finale est une catégorie quand elle en nomme une, sinon elle fait partie du nom', () => {
    const map = mapWith(
      'Service social départemental (MDS)',
      'Centre médico-psychologique (CMP) : santé',
      'Association des parents d’élèves (FCPE) (parents)',
      'Centre social (La Passerelle)',
      'CCAS (commune)',
    );
    expect(map.actors.map((a) => [a.label, a.category])).toEqual([
      ['Service social départemental (MDS)', 'autres'],
      ['Centre médico-psychologique (CMP)', 'sante'],
      ['Association des parents d’élèves (FCPE)', 'parents'],
      ['Centre social (La Passerelle)', 'autres'],
      ['CCAS', 'commune'],
    ]);
  });

  it('quand la parenthèse et « : » donnent deux catégories, la parenthèse fait partie du nom', () => {
    expect(plain(readingsOf(emptyMap(), 'CCAS (commune) : santé'))).toEqual([
      'nouvel acteur « CCAS (commune) » (Santé)',
    ]);
  });

  it('un sigle qu’une catégorie cite reste dans le nom et donne la catégorie ; l’autre lecture est proposée', () => {
    const readings = plain(readingsOf(emptyMap(), 'Aide sociale à l’enfance (ASE)'));
    expect(readings).toEqual([
      'nouvel acteur « Aide sociale à l’enfance (ASE) » (Département, d’après « ASE »)',
      'nouvel acteur « Aide sociale à l’enfance » (Département)',
    ]);
    const second = typeLine(emptyMap(), 'Aide sociale à l’enfance (ASE)', 2);
    expect(second.actors.map((a) => [a.label, a.category])).toEqual([['Aide sociale à l’enfance', 'departement']]);
  });

  it('retrouve l’acteur sans son sigle plutôt que d’en créer un second', () => {
    const map = mapWith('Aide sociale à l’enfance');
    const next = typeLine(map, 'Aide sociale à l’enfance (ASE) > PMI : orientation');
    expect(next.actors.map((a) => [a.label, a.category])).toEqual([
      ['Aide sociale à l’enfance', 'departement'],
      ['PMI', 'departement'],
    ]);
  });

  it('des guillemets forcent un nom : rien n’y est lu comme lien, catégorie ou séparateur', () => {
    const map = mapWith('« Espace 19 : Cité » (centres sociaux)', '"Mairie - CAF, Ville"', '“Foyer (commune)”');
    expect(map.actors.map((a) => [a.label, a.category])).toEqual([
      ['Espace 19 : Cité', 'centres-sociaux'],
      ['Mairie - CAF, Ville', 'autres'],
      ['Foyer (commune)', 'autres'],
    ]);
    const next = typeLine(map, '« Espace 19 : Cité » - « Mairie - CAF, Ville » : action ?');
    expect(next.links).toMatchObject([{ kind: 'action-commune', status: 'desired', directed: false }]);
  });

  it('des virgules séparent des acteurs, sauf devant la suite d’un nom ou dans un nom connu', () => {
    let map = mapWith('CCAS (commune), CAF (protection sociale), PMI');
    expect(map.actors.map((a) => [a.label, a.category])).toEqual([
      ['CCAS', 'commune'],
      ['CAF', 'protection-sociale'],
      ['PMI', 'departement'],
    ]);
    map = typeLine(map, 'Maison des solidarités, antenne Nord (département)');
    expect(map.actors.at(-1)?.label).toBe('Maison des solidarités, antenne Nord');
    map = typeLine(map, 'Maison des solidarités, antenne Nord > CAF : orientation');
    expect(map.actors).toHaveLength(4);
  });
});

describe('des noms de terrain que la barre lisait mal', () => {
  it('« Ludothèque 1, 2, 3 Soleil » : une virgule entre deux nombres continue le nom ; l’autre coupe est proposée', () => {
    expect(plain(readingsOf(emptyMap(), 'Ludothèque 1, 2, 3 Soleil (associations)'))).toEqual([
      'nouvel acteur « Ludothèque 1, 2, 3 Soleil » (Associations)',
      'nouvel acteur « Ludothèque 1 » (Autres) ; nouvel acteur « 2 » (Autres) ; nouvel acteur « 3 Soleil » (Associations)',
    ]);
    expect(mapWith('Ludothèque 1,2,3 Soleil').actors.map((a) => a.label)).toEqual(['Ludothèque 1,2,3 Soleil']);
    // A name that starts with a number after a name that does not end with one is another actor.
    expect(mapWith('CCAS, 3F (autres)').actors.map((a) => a.label)).toEqual(['CCAS', '3F']);
  });

  it('un sigle seul qu’une catégorie cite donne la catégorie, comme entre parenthèses', () => {
    expect(plain(readingsOf(emptyMap(), 'PMI'))).toEqual(['nouvel acteur « PMI » (Département, d’après « PMI »)']);
    const map = mapWith('CAF, ASE, PJJ, CCAS', 'MSA : santé');
    expect(map.actors.map((a) => [a.label, a.category])).toEqual([
      ['CAF', 'protection-sociale'],
      ['ASE', 'departement'],
      ['PJJ', 'etat'],
      ['CCAS', 'autres'],
      ['MSA', 'sante'],
    ]);
  });

  it('un nom qui n’est que le nom d’une catégorie la donne : « Éducation nationale », « Habitants »', () => {
    expect(plain(readingsOf(emptyMap(), 'Éducation nationale'))).toEqual([
      'nouvel acteur « Éducation nationale » (Éducation nationale)',
    ]);
    const map = mapWith('Habitants', 'Département', 'Mairie', 'Bénévole');
    expect(map.actors.map((a) => [a.label, a.category])).toEqual([
      ['Habitants', 'parents'],
      ['Département', 'departement'],
      ['Mairie', 'autres'],
      ['Bénévole', 'autres'],
    ]);
  });

  it('les mots d’une coopération après un seul nom : refusé, avec la façon d’écrire la coopération', () => {
    const map = mapWith('Collège Jean-Moulin (éducation)', 'CCAS (commune)');
    for (const line of ['Collège Jean-Moulin : orientation, forte', 'Collège Jean-Moulin et CCAS : orientation']) {
      expect(refusalOf(map, line).replace(nbsp, ' ')).toBe(
        '« orientation » se dit d’une coopération, pas d’un acteur. Une coopération s’écrit entre deux acteurs : « A - B : orientation », ou « A > B : orientation » quand elle va de A vers B.',
      );
    }
    expect(refusalOf(map, 'Collège Jean-Moulin : hebdo')).toMatch(/^Catégorie inconnue/);
  });
});

describe('la coopération entière au clavier', () => {
  it('type, intensité, qualité et statut sur la même ligne, dans n’importe quel ordre', () => {
    const map = mapWith(
      'A1 Collège > B2 Mairie : orientation, forte, difficile',
      'A1 Collège - C3 CAF : fluide, ponctuelle, convention, souhaitée',
      'B2 Mairie <> C3 CAF : instance partagée à améliorer',
      'C3 CAF → D4 PMI : action commune ?',
      'D4 PMI <- A1 Collège : information, existante',
    );
    expect(
      map.links.map((l) => [
        labelOf(map, l.source),
        labelOf(map, l.target),
        l.kind,
        l.intensity,
        l.quality,
        l.status,
        l.directed,
      ]),
    ).toEqual([
      ['A1 Collège', 'B2 Mairie', 'orientation', 'forte', 'difficile', 'existing', true],
      ['A1 Collège', 'C3 CAF', 'convention', 'ponctuelle', 'fluide', 'desired', false],
      ['B2 Mairie', 'C3 CAF', 'instance', 'reguliere', 'a-ameliorer', 'existing', false],
      ['C3 CAF', 'D4 PMI', 'action-commune', 'reguliere', null, 'desired', true],
      ['A1 Collège', 'D4 PMI', 'information', 'reguliere', null, 'existing', true],
    ]);
  });

  it('les mots du terrain pour l’intensité, la qualité et le statut, et des parenthèses ou « ; » autour', () => {
    const map = mapWith('A > B : orientation (faible ; tendue)', 'B - C : information, étroite, à créer');
    expect(map.links.map((l) => [l.intensity, l.quality, l.status])).toEqual([
      ['ponctuelle', 'difficile', 'existing'],
      ['forte', null, 'desired'],
    ]);
  });

  it('les attributs d’un lien entre parenthèses en fin de ligne, sans « : » : « Mairie > CAF (orientation) »', () => {
    const map = mapWith('Mairie', 'Caisse d’allocations familiales (CAF)', 'Centre social (La Passerelle)');
    // The CAF on the map is offered first, with the kind; the name « CAF (orientation) » stays a choice.
    expect(plain(readingsOf(map, 'Mairie > CAF (orientation)'))).toEqual([
      'lien « Mairie » → « Caisse d’allocations familiales (CAF) » : Orientation, régulière — « Caisse d’allocations familiales (CAF) » (déjà sur la carte, vous avez tapé « CAF »)',
      'lien « Mairie » → « CAF » : Orientation, régulière — nouvel acteur « CAF » (Protection sociale, d’après « CAF »)',
      'lien « Mairie » → « CAF (orientation) » : Échange d’information (type par défaut), régulière — nouvel acteur « CAF (orientation) » (Autres)',
    ]);
    const linked = typeLine(map, 'Mairie > CAF (orientation, forte) ?');
    expect(linked.actors).toHaveLength(3);
    expect(linked.links.map((l) => [labelOf(linked, l.target), l.kind, l.intensity, l.status])).toEqual([
      ['Caisse d’allocations familiales (CAF)', 'orientation', 'forte', 'desired'],
    ]);
    // Parentheses that are no link's words stay in the name, or give the actor's category.
    expect(plain(readingsOf(map, 'Mairie > Centre social (La Passerelle)'))).toEqual([
      'lien « Mairie » → « Centre social (La Passerelle) » : Échange d’information (type par défaut), régulière',
    ]);
    expect(plain(readingsOf(map, 'Mairie > Collège (éducation)'))[0]).toBe(
      'lien « Mairie » → « Collège » : Échange d’information (type par défaut), régulière — nouvel acteur « Collège » (Éducation nationale)',
    );
  });

  it('un attribut peut être nommé quand un mot se lit de deux façons ; l’engagement d’un acteur aussi', () => {
    const map = mapWith('Collectif (habitants)', 'Voisins : engagement habitant', 'Parents relais : parents, bénévole');
    expect(map.actors.map((a) => [a.label, a.category, a.engagement])).toEqual([
      ['Collectif', 'parents', null],
      ['Voisins', 'autres', 'habitant'],
      ['Parents relais', 'parents', 'benevole'],
    ]);
  });

  it('retaper un lien existant le modifie au lieu d’en créer un second', () => {
    let map = mapWith('Mairie - CAF : convention');
    expect(plain(readingsOf(map, 'Mairie - CAF : forte, difficile'))[0]).toBe(
      'modifier le lien « Mairie » ↔ « CAF » (Convention / financement) : forte, difficile',
    );
    map = typeLine(map, 'Mairie - CAF : forte, difficile');
    map = typeLine(map, 'CAF - Mairie : convention ?');
    expect(map.links).toHaveLength(1);
    expect(map.links[0]).toMatchObject({
      kind: 'convention',
      intensity: 'forte',
      quality: 'difficile',
      status: 'desired',
    });
    expect(plain(readingsOf(map, 'Mairie - CAF'))[0]).toContain('ce lien existe déjà, rien à changer');
    // Another kind between the same two actors is another link.
    map = typeLine(map, 'Mairie > CAF : orientation');
    expect(map.links).toHaveLength(2);
  });

  it('sans type écrit, le lien prend le type par défaut et le dit', () => {
    expect(plain(readingsOf(emptyMap(), 'A <> B'))[0]).toContain('Échange d’information (type par défaut)');
  });
});

describe('le nom court d’un acteur', () => {
  it('s’écrit sur la ligne, et tapé seul retrouve son acteur quand il est le seul à le porter', () => {
    let map = mapWith('Aide sociale à l’enfance : département, nom court ASE');
    expect(map.actors[0]).toMatchObject({
      label: 'Aide sociale à l’enfance',
      category: 'departement',
      shortLabel: 'ASE',
    });
    expect(plain(readingsOf(map, 'ASE > PMI : orientation'))).toEqual([
      'lien « Aide sociale à l’enfance » → « PMI » : Orientation, régulière — « Aide sociale à l’enfance » (déjà sur la carte, nom court « ASE ») ; nouvel acteur « PMI » (Département, d’après « PMI »)',
    ]);
    map = typeLine(map, 'ASE > PMI : orientation');
    expect(map.actors).toHaveLength(2);
    // A second actor with the same short name: « ASE » no longer names one, both are proposed.
    map = typeLine(map, '« ASE 93 » : nom court ASE');
    const readings = plain(readingsOf(map, 'ASE'));
    expect(readings[0]).toContain('déjà sur la carte, vous avez tapé « ASE »');
    expect(readings.at(-1)).toBe('nouvel acteur « ASE » (Département, d’après « ASE »)');
  });

  it('un nom court trop long est refusé avec sa limite', () => {
    expect(refusalOf(emptyMap(), `CCAS : nom court ${'X'.repeat(41)}`).replace(nbsp, ' ')).toBe(
      'Le nom court est trop long (40 caractères au plus).',
    );
  });
});

describe('les quasi-doublons', () => {
  const map = mapWith(
    'Aide sociale à l’enfance (ASE)',
    'Protection maternelle et infantile',
    'Collège Jean-Moulin (éducation)',
    'École 1',
    'Maison départementale des solidarités (MDS) de Saint-Priest',
  );

  it.each([
    ['Aide sociale a l’enfance', 'Aide sociale à l’enfance (ASE)', 'sans son sigle'],
    ['ASE', 'Aide sociale à l’enfance (ASE)', 'le même sigle'],
    ['Service ASE (ASE)', 'Aide sociale à l’enfance (ASE)', 'le même sigle entre parenthèses'],
    ['PMI', 'Protection maternelle et infantile', 'le sigle de ses initiales'],
    ['Colège Jean Moulin', 'Collège Jean-Moulin', 'une faute de frappe'],
    ['Collège Jaen-Moulin', 'Collège Jean-Moulin', 'deux lettres inversées'],
    ['ase', 'Aide sociale à l’enfance (ASE)', 'le sigle tapé en minuscules'],
    ['MDS', 'Maison départementale des solidarités (MDS) de Saint-Priest', 'le sigle au milieu du nom'],
    ['mds', 'Maison départementale des solidarités (MDS) de Saint-Priest', 'en minuscules aussi'],
    [
      'Maison départementale des solidarités',
      'Maison départementale des solidarités (MDS) de Saint-Priest',
      'les mots avant son sigle',
    ],
  ])('« %s » propose « %s » (%s) ; en créer un second est un choix', (typed, existing) => {
    const readings = plain(readingsOf(map, `${typed} > École 1 : orientation`));
    expect(readings[0]).toContain(`« ${existing} » (déjà sur la carte, vous avez tapé « ${typed} »)`);
    expect(readings[1]).toContain(`nouvel acteur « ${typed} »`);
    expect(typeLine(map, `${typed} > École 1 : orientation`).actors).toHaveLength(5);
    expect(typeLine(map, `${typed} > École 1 : orientation`, 2).actors).toHaveLength(6);
  });

  it.each([
    ['École 2'],
    ['École A'],
    ['Collège Jean-Macé'],
    ['Centre municipal de prévention (CMP)'],
    ['Maison départementale des solidarités (MDS) de Vénissieux'],
    ['jeunes'],
  ])('« %s » est un autre acteur', (typed) => {
    expect(plain(readingsOf(map, typed))).toEqual([`nouvel acteur « ${typed} » (Autres)`]);
  });
});

describe('ce que la barre ne sait pas lire est refusé, avec la façon de l’écrire', () => {
  it.each([
    ['', 'Tapez un nom d’acteur, ou « A > B : type » pour un lien.'],
    ['A > B : téléphone', 'Type de lien inconnu : « téléphone ». Après « : », le type puis'],
    ['A > B : orientation, vite', '« vite » n’est ni un type de lien, ni une intensité, ni une qualité, ni un statut.'],
    ['A > B : forte, ponctuelle', '« forte » et « ponctuelle » disent tous deux intensité : gardez-en un.'],
    ['A > B : souhaitée, existante', '« souhaitée » et « existante » disent tous deux statut'],
    ['A > B : orientation, existante ?', '« ? » (souhaitée) et « existante » se contredisent'],
    ['Espace 19 : Cité', 'Pour un nom qui contient « : », écrivez-le entre guillemets'],
    ['CCAS > : orientation', 'Il manque un nom.'],
    ['A > B > C : orientation', 'Un seul lien par ligne'],
    ['Mairie > mairie : orientation', 'Un lien relie deux acteurs différents : « Mairie » est des deux côtés.'],
    ['« Mairie – service', 'Le guillemet « n’est pas fermé'],
    ['CCAS ?', '« ? » à la fin marque un lien souhaité'],
    [`${'A'.repeat(201)}`, 'Nom trop long (200 caractères au plus).'],
    [`${'A > B '.repeat(90)}`, 'Ligne trop longue (500 caractères au plus)'],
  ])('« %s »', (line, message) => {
    expect(refusalOf(emptyMap(), line).replace(nbsp, ' ')).toContain(message);
  });

  it('un lien commencé après un acteur de la carte n’est pas cet acteur : refusé, pas « rien à changer »', () => {
    const map = mapWith('CAF', 'Club de prévention – AJD');
    expect(refusalOf(map, 'Club de prévention – AJD > ').replace(nbsp, ' ')).toContain('Il manque un nom.');
    expect(refusalOf(map, '→ CAF').replace(nbsp, ' ')).toContain('Il manque un nom.');
    expect(refusalOf(map, 'CAF ?').replace(nbsp, ' ')).toContain('« ? » à la fin marque un lien souhaité');
    expect(plain(readingsOf(map, '« CAF »'))).toEqual(['« CAF » (déjà sur la carte) — rien à changer']);
  });

  it('une catégorie inconnue liste les catégories et dit comment écrire un nom avec « : »', () => {
    const message = refusalOf(emptyMap(), 'CCAS : municipal').replace(nbsp, ' ');
    expect(message).toContain('Catégorie inconnue : « municipal ». Catégories : Éducation nationale, Commune / ville');
  });
});

describe('le corpus et le territoire', () => {
  it('les 66 noms du corpus arrivent sur la carte tels qu’écrits, avec leur catégorie, un acteur par ligne', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    let map = emptyMap();
    for (const actor of corpus) {
      map = typeLine(map, actor.line);
      expect(map.actors.at(-1)).toMatchObject({ label: actor.name, category: actor.category });
    }
    expect(map.actors).toHaveLength(corpus.length);
    expect(map.links).toEqual([]);
  });

  it('chaque nom du corpus, retapé tel quel, replié ou dans un lien, retrouve son acteur', () => {
    const map = corpus.reduce((m, actor) => typeLine(m, actor.line), emptyMap());
    const other = map.actors[0]!;
    for (const actor of map.actors.slice(1)) {
      const same = readingOf(map, actor.label);
      expect(same.type === 'actors' && same.actors.map((c) => c.type === 'existing' && c.actor.id)).toEqual([actor.id]);
      const lower = readingOf(map, actor.label.toLowerCase().replace(/’/g, "'"));
      expect(lower.type === 'actors' && lower.actors.map((c) => c.type === 'existing' && c.actor.id)).toEqual([
        actor.id,
      ]);
      const link = readingOf(
        map,
        `${actor.label.includes(':') ? `« ${actor.label} »` : actor.label} - ${other.label} : action`,
      );
      expect(link.type === 'link' && [link.from, link.to].map((c) => c.type === 'existing' && c.actor.id)).toEqual([
        actor.id,
        other.id,
      ]);
    }
  });

  it('aucun nom du corpus n’est pris pour un quasi-doublon d’un autre', () => {
    let map = emptyMap();
    for (const actor of corpus) {
      expect(readingsOf(map, actor.line)[0]).not.toContain('déjà sur la carte');
      map = typeLine(map, actor.line);
    }
  });

  it('le territoire de 40 acteurs et 30 liens finit exactement comme saisi', () => {
    let map = emptyMap();
    for (const line of [...territoryActors.map((a) => a.line), ...territoryLinks.map((l) => l.line)]) {
      map = typeLine(map, withTabs(map, line));
    }
    expect([map.actors.length, map.links.length]).toEqual([40, 30]);
    expect(map.actors.map((a) => [a.label, a.category]).sort()).toEqual(
      territoryActors.map((a) => [a.name, a.category]).sort(),
    );
    expect(
      map.links.map((l) => ({
        from: labelOf(map, l.source),
        to: labelOf(map, l.target),
        kind: l.kind,
        intensity: l.intensity,
        quality: l.quality,
        status: l.status,
        directed: l.directed,
      })),
    ).toEqual(territoryLinks.map(({ line: _line, ...expected }) => expected));
  });
});

describe('un second territoire, écrit à part du corpus', () => {
  it('38 acteurs et 31 coopérations tapés ligne à ligne finissent exactement comme saisis', () => {
    let map = emptyMap();
    for (const line of [...rhoneActors.map((a) => a.line), ...rhoneLinks.map((l) => l.line)]) {
      map = typeLine(map, withTabs(map, line));
    }
    expect([map.actors.length, map.links.length]).toEqual([38, 31]);
    expect(map.actors.map((a) => [a.label, a.category])).toEqual(rhoneActors.map((a) => [a.name, a.category]));
    expect(
      map.links.map((l) => ({
        from: labelOf(map, l.source),
        to: labelOf(map, l.target),
        kind: l.kind,
        intensity: l.intensity,
        quality: l.quality,
        status: l.status,
        directed: l.directed,
      })),
    ).toEqual(rhoneLinks.map(({ line: _line, ...expected }) => expected));
  });
});

describe('en anglais', () => {
  it('la lecture et les refus s’écrivent aussi en anglais', () => {
    const map = mapWith('Mairie', 'CAF');
    const read = readLine(map, 'Mairie - CAF : convention, forte, difficile ?', defaults);
    expect(read.ok && describeReading(read.readings[0]!, map.codebook, 'en').replace(nbsp, ' ')).toBe(
      'desired link « Mairie » ↔ « CAF »: Convention / financement, strong, difficult',
    );
    const refused = readLine(map, 'Mairie > CAF : téléphone', defaults);
    expect(refused.ok || describeError(refused.error, map.codebook, 'en')).toContain('Unknown link kind');
    const oneName = readLine(map, 'Mairie : orientation', defaults);
    expect(oneName.ok || describeError(oneName.error, map.codebook, 'en')).toContain(
      'describes a cooperation, not an actor. A cooperation is written between two actors',
    );
  });
});
