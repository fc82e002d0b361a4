// What accepting, merging and counting do to the map: ordinary ops that applyOp accepts.
import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../shared/domain/apply-op.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { limits } from '../../../shared/domain/limits.js';
import { type MapState, newActor, newNote } from '../../../shared/domain/model.js';
import { acceptOps, mergeCandidates, mergeOps, voteOps } from '../../../shared/salle/acceptance.js';
import type { LinkProposal, NoteProposal } from '../../../shared/salle/room.js';
import { formatShortCode, groupOf, normaliseShortCode } from '../../../shared/salle/room.js';

const map: MapState = {
  codebook: defaultCodebook(),
  actors: [
    newActor({ id: 'college', label: 'Collège', category: 'education', x: 100, y: 50 }),
    newActor({ id: 'caf', label: 'CAF', category: 'protection-sociale', x: 400, y: 50 }),
  ],
  links: [],
  notes: [
    newNote({ id: 'b1', kind: 'besoin', text: 'Un lieu', x: 0, y: 300 }),
    newNote({ id: 'p1', kind: 'piste-action', text: 'Café des parents', x: 0, y: 400, votes: 2 }),
  ],
  zones: [],
};
const base = { id: 'prop', author: 'Awa', receivedAt: '2026-01-01T10:00:00.000Z', status: 'pending' as const };
const note: NoteProposal = { ...base, type: 'note', kind: 'besoin', text: 'Des horaires du soir', actorId: 'college' };
const link: LinkProposal = { ...base, type: 'link', sourceId: 'college', targetId: 'caf', text: 'Pour les bourses' };
const at = { x: 10, y: 20 };

describe('acceptOps', () => {
  it('makes a note of the proposal, attached to its actor and placed beside it', () => {
    const result = acceptOps(map, note, { id: 'n1', at });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = applyOps(map, result.ops);
    expect(after.notes.at(-1)).toEqual({
      id: 'n1',
      kind: 'besoin',
      text: 'Des horaires du soir',
      attachedTo: { type: 'actor', id: 'college' },
      x: 310,
      y: 20,
      votes: 0,
      owners: [],
      priority: null,
    });
  });

  it('takes the text as the facilitator edited it, and never writes the first name', () => {
    const result = acceptOps(map, note, { id: 'n1', text: '  Horaires du soir  ', at });
    expect(result.ok && result.ops).toEqual([
      expect.objectContaining({ type: 'note.add', note: expect.objectContaining({ text: 'Horaires du soir' }) }),
    ]);
    expect(JSON.stringify(result)).not.toContain('Awa');
    expect(acceptOps(map, note, { id: 'n1', text: '   ', at })).toEqual({ ok: false, message: expect.any(String) });
  });

  it('puts a note free at the point given when it has no actor, or its actor was removed', () => {
    for (const actorId of [null, 'disparu']) {
      const result = acceptOps(map, { ...note, actorId }, { id: 'n2', at });
      expect(result.ok && result.ops[0]).toMatchObject({ note: { attachedTo: null, x: 10, y: 20 } });
    }
  });

  it('shortens a text longer than a note may be', () => {
    const result = acceptOps(map, note, { id: 'n3', text: 'é'.repeat(limits.noteText + 50), at });
    expect(result.ok).toBe(true);
    if (result.ok) expect(applyOps(map, result.ops).notes.at(-1)?.text).toHaveLength(limits.noteText);
  });

  it('makes a desired link of a missing cooperation, of kind « Autre », with the word on why', () => {
    const result = acceptOps(map, link, { id: 'l1', at });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(applyOps(map, result.ops).links).toEqual([
      expect.objectContaining({
        id: 'l1',
        source: 'college',
        target: 'caf',
        kind: 'autre',
        status: 'desired',
        proposal: 'Pour les bourses',
      }),
    ]);
  });

  it('refuses a link whose actor left the map, with a French message', () => {
    const result = acceptOps(map, { ...link, targetId: 'disparu' }, { id: 'l1', at });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('n’est plus sur la carte') });
  });
});

describe('mergeOps', () => {
  it('adds the proposal on a new line of a note of the same kind', () => {
    expect(mergeCandidates(map, note).map((n) => n.id)).toEqual(['b1']);
    expect(mergeCandidates(map, link)).toEqual([]);
    const result = mergeOps(map, note, 'b1');
    expect(result.ok && applyOps(map, result.ops).notes[0]?.text).toBe('Un lieu\nDes horaires du soir');
    const edited = mergeOps(map, note, 'b1', 'le soir');
    expect(edited.ok && applyOps(map, edited.ops).notes[0]?.text).toBe('Un lieu\nle soir');
  });

  it('refuses another kind, a missing note, an empty text', () => {
    expect(mergeOps(map, note, 'p1').ok).toBe(false);
    expect(mergeOps(map, note, 'absent').ok).toBe(false);
    expect(mergeOps(map, note, 'b1', ' ').ok).toBe(false);
    expect(mergeOps(map, link, 'b1').ok).toBe(false);
  });
});

describe('voteOps', () => {
  it('adds the gommettes to the pistes’ votes, skipping what is gone', () => {
    const { ops, missing } = voteOps(map, { p1: 3, b1: 2, disparu: 4, p0: 0 });
    expect(ops).toEqual([{ type: 'note.update', id: 'p1', patch: { votes: 5 } }]);
    expect(missing).toBe(6);
    expect(applyOps(map, ops).notes[1]?.votes).toBe(5);
  });
});

describe('short codes and groups', () => {
  it('shows the code in two halves and reads it back whatever the spaces', () => {
    expect(formatShortCode('482193')).toBe('482\u00a0193');
    expect(formatShortCode('12')).toBe('12');
    expect(normaliseShortCode(' 482 193 ')).toBe('482193');
    expect(normaliseShortCode('482-193')).toBe('482193');
    expect(normaliseShortCode('482\u00a0193')).toBe('482193');
    expect(normaliseShortCode('482.193')).toBe('482193');
  });

  it('groups notes by kind and links apart', () => {
    expect(groupOf(note)).toBe('besoin');
    expect(groupOf(link)).toBe('link');
  });
});
