import { describe, expect, it } from 'vitest';
import { newActor } from '../../../shared/domain/model.js';
import { participantSchema } from '../../../shared/domain/model-schema.js';
import { participantsFromCsv } from '../../../shared/exchange/csv/participant-rows.js';

const actors = [
  newActor({ id: 'college', label: 'Collège Barbusse', category: 'education', x: 0, y: 0 }),
  newActor({ id: 'ase', label: 'Aide sociale à l’enfance', shortLabel: 'ASE', category: 'departement', x: 0, y: 0 }),
];

describe('le tour de table préparé dans un tableur', () => {
  it('colonnes en français ou en anglais, dans n’importe quel ordre ; structures lues contre la carte ; excusés', () => {
    const read = participantsFromCsv(
      [
        'Rôle;Nom;Structure;Présence',
        'CPE;Léa Martin;college barbusse;oui',
        'éducateur;Karim Benali;ASE;',
        ';Awa Diallo;« CAF, MSA »;excusée',
        ';;;',
        'conseiller;Paul Girard;Mission locale;non',
      ].join('\r\n'),
      actors,
    );
    expect(read).toEqual({
      ok: true,
      participants: [
        { name: 'Léa Martin', structure: 'college barbusse', role: 'CPE', actorId: 'college', attendance: 'present' },
        { name: 'Karim Benali', structure: 'ASE', role: 'éducateur', actorId: 'ase', attendance: 'present' },
        { name: 'Awa Diallo', structure: '« CAF, MSA »', role: '', attendance: 'excuse' },
        { name: 'Paul Girard', structure: 'Mission locale', role: 'conseiller', attendance: 'excuse' },
      ],
    });
    if (read.ok) for (const p of read.participants) expect(participantSchema.safeParse(p).success).toBe(true);
    const english = participantsFromCsv('Name,Organisation\n"Smith, Jo",CAF\n', actors);
    expect(english).toEqual({
      ok: true,
      participants: [{ name: 'Smith, Jo', structure: 'CAF', role: '', attendance: 'present' }],
    });
  });

  it('refuse en disant quoi faire : ni nom ni structure en en-tête, une cellule trop longue, des guillemets ouverts', () => {
    expect(participantsFromCsv('Prénom;Ville\nLéa;Lyon\n', actors)).toEqual({
      ok: false,
      message: expect.stringContaining('Aucune colonne «\u202fNom\u202f» ni «\u202fStructure\u202f»'),
    });
    expect(participantsFromCsv(`Nom;Structure\n${'x'.repeat(201)};CAF\n`, actors)).toEqual({
      ok: false,
      message: expect.stringContaining('Ligne 2'),
    });
    expect(participantsFromCsv('Nom;Structure\n"Léa;CAF\n', actors).ok).toBe(false);
  });
});
