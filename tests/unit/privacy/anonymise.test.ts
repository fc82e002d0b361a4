import { describe, expect, it } from 'vitest';
import { linkSchema, noteSchema, zoneSchema } from '../../../shared/domain/model-schema.js';
import { anonymise, contactRemoved, linkPolicy, notePolicy, zonePolicy } from '../../../shared/privacy/anonymise.js';
import { isPerson } from '../../../shared/privacy/person.js';
import { nameParts, scrubContacts, scrubText } from '../../../shared/privacy/scrub.js';
import { atelierNominatif } from '../../support/atelier-nominatif.js';

describe('scrubText', () => {
  const terms = [
    { text: 'Mme Ostrowska', replacement: 'Parent 2' },
    { text: 'Ostrowska', replacement: 'Parent 2' },
    { text: 'Martin', replacement: 'Participant 1' },
  ];

  it('finds a name whatever its case, accents or punctuation, and replaces it in the original text', () => {
    expect(scrubText('Voir MME   OSTROWSKA, puis mme ostrowska.', terms)).toBe('Voir Parent 2, puis Parent 2.');
    expect(scrubText('Famille Zerbib-Aucouturier', [{ text: 'zerbib aucouturier', replacement: 'P' }])).toBe(
      'Famille P',
    );
    expect(scrubText('Appeler Mme Quéméneur', [{ text: 'QUEMENEUR', replacement: 'X' }])).toBe('Appeler Mme X');
  });

  it('takes whole words only: « Martin » is not in « Martinez » nor « Saint-Martino »', () => {
    expect(scrubText('M. Martinez et Saint-Martino, avec Martin', terms)).toBe(
      'M. Martinez et Saint-Martino, avec Participant 1',
    );
  });

  it('prefers the longer name, so that « Mme Ostrowska » is replaced whole', () => {
    expect(scrubText('Rue de Mme Ostrowska', terms)).toBe('Rue de Parent 2');
  });

  it('keeps characters outside the matches, emoji and line breaks included', () => {
    expect(scrubText('🙂 Ostrowska\nligne 2 « Ostrowska »', terms)).toBe('🙂 Parent 2\nligne 2 « Parent 2 »');
  });

  it('replaces e-mail addresses and French phone numbers written in any usual way', () => {
    for (const text of [
      'a.b@exemple.fr',
      'prénom.nom@mairie-ville.gouv.fr',
      '06 12 34 56 78',
      '06.12.34.56.78',
      '0612345678',
      '+33 6 12 34 56 78',
      '+33612345678',
    ]) {
      expect(scrubContacts(`écrire à ${text} vite`, contactRemoved)).toBe(`écrire à ${contactRemoved} vite`);
    }
    expect(scrubContacts('En 2026, 120 enfants', contactRemoved)).toBe('En 2026, 120 enfants');
  });

  it('splits a person’s name into the parts worth looking for alone', () => {
    expect(nameParts('Dr Sidonie Ferrand-Mbaye', false)).toEqual(['Ferrand-Mbaye', 'Sidonie', 'Ferrand', 'Mbaye']);
    expect(nameParts('Collectif de parents', true)).toEqual([]);
    expect(nameParts('Famille Zerbib-Aucouturier', true)).toEqual(['Zerbib-Aucouturier', 'Zerbib', 'Aucouturier']);
  });
});

describe('anonymise', () => {
  const { workshop, map, firstVersion, secrets, structures } = atelierNominatif();
  const source = {
    workshop,
    map,
    versions: [{ name: 'Version avant la rentrée', takenAt: '2026-05-20T09:00:00Z', map: firstVersion }],
  };
  const result = anonymise(source);
  const text = JSON.stringify(result);

  it('leaves no name, contact or remark of the source anywhere in the result', () => {
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
  });

  it('gives each person one pseudonym, the same in the map and in its versions', () => {
    const labels = Object.fromEntries(result.map.actors.map((a) => [a.id, a.label]));
    expect(labels).toEqual({
      college: 'Collège Louise-Michel',
      agora: 'Centre social Agora',
      caf: 'CAF du Rhône',
      famille: 'Parent 1',
      ostrowska: 'Parent 2',
      benevole: 'Bénévole 3',
      medecin: 'Professionnel 4',
    });
    const before = Object.fromEntries(result.versions[0]?.map.actors.map((a) => [a.id, a.label]) ?? []);
    expect(before).toMatchObject({ famille: 'Parent 1', ostrowska: 'Parent 2', kevin: 'Parent 5' });
  });

  it('keeps structures, standard types, codes and positions; clears every contact and remark', () => {
    expect(result.map.actors.filter((a) => !isPerson(a)).map((a) => a.label)).toEqual(structures);
    expect(result.map.actors.find((a) => a.id === 'college')).toMatchObject({ standardType: 'college', x: 0, y: 0 });
    expect(result.map.actors.every((a) => a.contact === '' && a.notes === '')).toBe(true);
    expect(result.map.links.every((l) => l.notes === '')).toBe(true);
    expect(result.map.links.map((l) => [l.source, l.target, l.kind])).toEqual(
      map.links.map((l) => [l.source, l.target, l.kind]),
    );
  });

  it('replaces names and contacts quoted in free texts, and keeps the rest of the text', () => {
    const note = (id: string) => result.map.notes.find((n) => n.id === id)?.text;
    expect(note('n1')).toBe('La Parent 1 attend un rendez-vous depuis six mois');
    expect(note('n2')).toBe('Le café des parents animé par Participant 2 #parents');
    expect(note('n3')).toBe('Le Dr Professionnel 4 n’a pas de créneau le mercredi');
    expect(note('n4')).toBe(`Écrire à ${contactRemoved} pour le collectif`);
    expect(result.map.links.find((l) => l.id === 'l3')).toMatchObject({
      obstacle: 'Parent 2 ne connaît pas le dispositif',
      proposal: 'Que Bénévole 3 accompagne les familles',
    });
    expect(result.map.zones[0]?.label).toBe('Rue de Parent 2');
  });

  it('keeps participants’ structures only, drops the facilitator, scrubs title and objective', () => {
    expect(result.workshop).toMatchObject({
      title: 'Atelier chez Mme Participant 1',
      territory: 'Cité éducative des Tilleuls',
      facilitator: '',
      objective: 'Préparer la rentrée avec Participant 1',
      participants: [
        { name: 'Participant 1', structure: 'Collège Louise-Michel', role: '' },
        { name: 'Participant 2', structure: 'Centre social Agora', role: '' },
        { name: 'Participant 3', structure: '', role: '' },
      ],
    });
  });

  it('is pure: the same source gives the same text, and the source is left as it was', () => {
    expect(JSON.stringify(anonymise(source))).toBe(text);
    expect(JSON.stringify(source)).toContain('Ostrowska');
  });

  it('anonymises the first diagnostic of a series, one pseudonym for a person the facilitator paired', () => {
    const before = {
      ...firstVersion,
      actors: firstVersion.actors.map((a) => (a.id === 'famille' ? { ...a, id: 'famille-t0' } : a)),
    };
    const withSeries = anonymise({
      ...source,
      series: {
        name: 'Tilleuls – Quéméneur',
        reference: { title: 'Premier atelier chez Mme Ostrowska', date: '2025-05-01', rank: 0, map: before },
        rank: 1,
        decisions: [{ before: 'famille-t0', after: 'famille', same: true }],
      },
    });
    const reference = withSeries.series?.reference;
    expect(reference?.title).toBe('Premier atelier chez Parent 2');
    expect(reference?.map.actors.find((a) => a.id === 'famille-t0')?.label).toBe('Parent 1');
    expect(reference?.map.actors.find((a) => a.id === 'kevin')?.label).toMatch(/^Parent \d+$/);
    expect(secrets.filter((secret) => JSON.stringify(withSeries).includes(secret))).toEqual([]);
  });
});

describe('the field policies', () => {
  it('name every field of links, notes and zones (the compiler checks actors and workshops the same way)', () => {
    expect(Object.keys(linkPolicy).sort()).toEqual(Object.keys(linkSchema.shape).sort());
    expect(Object.keys(notePolicy).sort()).toEqual(Object.keys(noteSchema.shape).sort());
    expect(Object.keys(zonePolicy).sort()).toEqual(Object.keys(zoneSchema.shape).sort());
  });
});
