import { describe, expect, it } from 'vitest';
import { actorForStructure, readParticipantLine, readParticipantList } from '../../../shared/atelier/tour-de-table.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { newActor, type Participant } from '../../../shared/domain/model.js';
import { participantSchema } from '../../../shared/domain/model-schema.js';
import {
  attendanceOf,
  participantsOf,
  participantsWithPresentActors,
  representedActorIds,
  structureOf,
  withoutUnnamedRepresentatives,
  withRepresentative,
} from '../../../shared/domain/participants.js';

const actors = [
  newActor({ id: 'college', label: 'Collège Barbusse', category: 'education', x: 0, y: 0 }),
  newActor({ id: 'ase', label: 'Aide sociale à l’enfance', shortLabel: 'ASE', category: 'departement', x: 300, y: 0 }),
  newActor({ id: 'caf', label: 'CAF', category: 'protection-sociale', x: 600, y: 0 }),
];

describe('le tour de table tapé au clavier', () => {
  it('nom, structure, rôle ; la structure lue contre la carte (nom ou nom court, sans souci des accents)', () => {
    const read = readParticipantLine('Léa Martin, college barbusse, CPE', actors);
    expect(read).toEqual({
      ok: true,
      participant: {
        name: 'Léa Martin',
        structure: 'college barbusse',
        role: 'CPE',
        actorId: 'college',
        attendance: 'present',
      },
      actor: actors[0],
    });
    const bySigle = readParticipantLine('Karim, ASE, éducateur, référent famille', actors);
    expect(bySigle.ok && bySigle.participant).toMatchObject({ actorId: 'ase', role: 'éducateur, référent famille' });
  });

  it('« excusé » dit l’absence, seul ou entre parenthèses, à n’importe quelle place', () => {
    for (const line of [
      'Awa Diallo, CAF, excusée',
      'Awa Diallo (excusée), CAF',
      'Awa Diallo, excusé, CAF',
      'Awa Diallo, CAF (Excusé)',
      'Awa Diallo, CAF, absente excusée',
    ]) {
      const read = readParticipantLine(line, actors);
      expect(read.ok && read.participant).toMatchObject({ name: 'Awa Diallo', structure: 'CAF', attendance: 'excuse' });
    }
  });

  it('une structure pas encore sur la carte reste écrite, sans lien', () => {
    const read = readParticipantLine('Paul, Mission locale', actors);
    expect(read).toMatchObject({ ok: true, actor: undefined, participant: { structure: 'Mission locale' } });
    expect(read.ok && read.participant.actorId).toBeUndefined();
  });

  it('une ligne vide de nom et de structure est refusée en disant comment écrire', () => {
    const read = readParticipantLine(' , excusé', actors);
    expect(read).toEqual({ ok: false, message: expect.stringContaining('Léa Martin, Collège Barbusse, CPE') });
    expect(readParticipantLine('x'.repeat(201), actors)).toMatchObject({ ok: false });
  });

  it('ce qui est lu passe le schéma du cœur (une balise reste du texte)', () => {
    const read = readParticipantLine('<script>alert(1)</script>, CAF, rôle', actors);
    if (!read.ok) throw new Error(read.message);
    expect(participantSchema.parse(read.participant)).toEqual(read.participant);
  });

  it('une liste collée d’un tableur (tabulations) ou d’un texte : une personne par ligne, en-tête et lignes vides sautés', () => {
    const pasted = [
      'Nom\tStructure\tRôle',
      'Léa Martin\tCollège Barbusse\tCPE',
      '',
      'Karim Benali\tASE\téducateur',
      'Awa Diallo, CAF, excusée',
      '\t\t',
      ' ; ',
      'Paul Girard\tMission locale\t',
    ].join('\r\n');
    const { participants, refused } = readParticipantList(pasted, actors);
    expect(participants.map((p) => [p.name, p.structure, p.role, p.actorId, p.attendance])).toEqual([
      ['Léa Martin', 'Collège Barbusse', 'CPE', 'college', 'present'],
      ['Karim Benali', 'ASE', 'éducateur', 'ase', 'present'],
      ['Awa Diallo', 'CAF', '', 'caf', 'excuse'],
      ['Paul Girard', 'Mission locale', '', undefined, 'present'],
    ]);
    expect(refused).toEqual([]);
    // A line too long is refused with its number; the others still come.
    const long = readParticipantList(`Léa, Collège\n${'x'.repeat(500)}, CAF`, actors);
    expect(long.participants).toHaveLength(1);
    expect(long.refused).toEqual([{ line: 2, message: expect.stringContaining('trop long') }]);
  });

  it('une structure ajoutée à la carte : catégorie devinée, place libre à droite', () => {
    const map = { actors, codebook: defaultCodebook() };
    const college = actorForStructure('Collège Victor-Hugo', map, 'n1');
    expect(college).toMatchObject({ id: 'n1', label: 'Collège Victor-Hugo', category: 'education' });
    expect(college.x).toBeGreaterThan(600);
    expect(actorForStructure('Les Petits Débrouillards', map, 'n2').category).toBe('autres');
  });
});

describe('représenté à l’atelier : une seule vérité, les participants', () => {
  const participants: Participant[] = [
    { name: 'Léa Martin', structure: 'Collège Barbusse', role: 'CPE' },
    { name: 'Karim', structure: 'Département', role: '', actorId: 'ase', attendance: 'present' },
    { name: 'Awa Diallo', structure: 'CAF', role: '', attendance: 'excuse' },
  ];

  it('un participant présent représente sa structure, liée ou nommée ; un excusé non', () => {
    expect([...representedActorIds(participants, actors)].sort()).toEqual(['ase', 'college']);
    expect(attendanceOf(participants[0]!)).toBe('present');
    expect(participantsOf('caf', participants, actors).map((p) => p.name)).toEqual(['Awa Diallo']);
    expect(structureOf(participants[1]!, actors)).toBe('Aide sociale à l’enfance');
  });

  it('cocher « Représenté » ajoute un participant au nom non noté ; décocher ne retire que ceux-là', () => {
    const ticked = withRepresentative(participants, actors[2]!);
    expect(representedActorIds(ticked, actors).has('caf')).toBe(true);
    expect(participantSchema.safeParse(ticked.at(-1)).success).toBe(true);
    const unticked = withoutUnnamedRepresentatives(ticked, 'caf', actors);
    expect(unticked).toEqual(participants);
    // A named participant is not removed from there: the tour de table changes them.
    expect(withoutUnnamedRepresentatives(participants, 'college', actors)).toEqual(participants);
  });

  it('les acteurs « présents » d’avant deviennent des participants, sans doublon', () => {
    const old = [
      { ...actors[0]!, present: true },
      { ...actors[1]!, present: false },
      { ...actors[2]!, present: true },
    ];
    const after = participantsWithPresentActors(participants.slice(0, 1), old);
    expect(after).toEqual([
      participants[0],
      { name: '', structure: 'CAF', role: '', actorId: 'caf', attendance: 'present' },
    ]);
  });

  it('le schéma refuse un participant sans nom ni structure', () => {
    expect(participantSchema.safeParse({ name: '', structure: ' ', role: 'CPE' }).success).toBe(false);
    expect(participantSchema.safeParse({ name: 'Léa', structure: '', role: '', attendance: 'malade' }).success).toBe(
      false,
    );
  });
});
