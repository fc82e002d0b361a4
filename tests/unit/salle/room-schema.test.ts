// What a phone may send: strict objects, bounded texts, control characters gone, ids checked.
import { describe, expect, it } from 'vitest';
import { roomLimits } from '../../../shared/salle/limits.js';
import { isPhoneMethod, phoneInputs, roomOpenInput, roomVoteAction } from '../../../shared/salle/room-schema.js';

describe('phone inputs', () => {
  it('knows its methods and nothing inherited', () => {
    expect(Object.keys(phoneInputs).sort()).toEqual(
      ['join', 'join.code', 'legend.svg', 'map.svg', 'propose.link', 'propose.note', 'view', 'vote'].sort(),
    );
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'workshop.list']) {
      expect(isPhoneMethod(name), name).toBe(false);
    }
  });

  it('cleans a note’s text and first name, and refuses what is empty or too long', () => {
    const parsed = phoneInputs['propose.note'].parse({
      id: 'n1',
      kind: 'frein',
      text: '  Trop\u0000 loin\u0007 \n du collège ',
      author: '  Awa   Diallo\u001b ',
    });
    expect(parsed).toEqual({
      id: 'n1',
      kind: 'frein',
      text: 'Trop loin \n du collège',
      actorId: null,
      author: 'Awa Diallo',
    });
    const note = phoneInputs['propose.note'];
    expect(note.safeParse({ id: 'n1', kind: 'frein', text: ' \u0000 ' }).success).toBe(false);
    expect(note.safeParse({ id: 'n1', kind: 'frein', text: 'x'.repeat(roomLimits.proposalText + 1) }).success).toBe(
      false,
    );
    expect(note.safeParse({ id: 'n1', kind: 'frein', text: 'x'.repeat(roomLimits.proposalText) }).success).toBe(true);
    expect(note.safeParse({ id: 'n1', kind: 'frein', text: 'x', author: 'a'.repeat(41) }).success).toBe(false);
    expect(note.safeParse({ id: 'n1', kind: 'autre', text: 'x' }).success).toBe(false);
    expect(note.safeParse({ id: '../x', kind: 'frein', text: 'x' }).success).toBe(false);
    expect(note.safeParse({ id: 'n1', kind: 'frein', text: 'x', extra: 1 }).success).toBe(false);
    // Half an emoji becomes U+FFFD, as SQLite would store it.
    expect(note.parse({ id: 'n1', kind: 'frein', text: 'a\uD83D' }).text).toBe('a\uFFFD');
  });

  it('refuses a link from an actor to itself', () => {
    const result = phoneInputs['propose.link'].safeParse({ id: 'l', sourceId: 'a', targetId: 'a' });
    expect(result.success).toBe(false);
    expect(phoneInputs['propose.link'].parse({ id: 'l', sourceId: 'a', targetId: 'b' })).toEqual({
      id: 'l',
      sourceId: 'a',
      targetId: 'b',
      text: '',
      author: '',
    });
  });

  it('bounds gommettes per piste and the number of pistes', () => {
    const vote = phoneInputs.vote;
    expect(vote.safeParse({ dots: { p1: roomLimits.dotsPerPhone } }).success).toBe(true);
    expect(vote.safeParse({ dots: { p1: roomLimits.dotsPerPhone + 1 } }).success).toBe(false);
    expect(vote.safeParse({ dots: { p1: -1 } }).success).toBe(false);
    expect(vote.safeParse({ dots: { p1: 1.5 } }).success).toBe(false);
    expect(vote.safeParse({ dots: { '../p': 1 } }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`p${i}`, 0]));
    expect(vote.safeParse({ dots: many }).success).toBe(false);
  });

  it('accepts only a secret shaped like one', () => {
    expect(phoneInputs.join.safeParse({ secret: 'a'.repeat(24) }).success).toBe(true);
    for (const secret of ['', 'court', 'a'.repeat(65), `${'a'.repeat(20)}==`, 42]) {
      expect(phoneInputs.join.safeParse({ secret }).success, String(secret)).toBe(false);
    }
  });
});

describe('facilitator inputs', () => {
  it('opens on an IPv4 address only, with a port in range', () => {
    expect(roomOpenInput.safeParse({ workshopId: 'w', address: '127.0.0.1' }).success).toBe(true);
    expect(roomOpenInput.safeParse({ workshopId: 'w', address: '192.168.1.12', port: 0 }).success).toBe(true);
    for (const address of ['localhost', '::', '256.1.1.1', '1.2.3', '1.2.3.4 ', '0x7f.0.0.1', '']) {
      expect(roomOpenInput.safeParse({ workshopId: 'w', address }).success, address).toBe(false);
    }
    expect(roomOpenInput.safeParse({ workshopId: 'w', address: '127.0.0.1', port: 70000 }).success).toBe(false);
  });

  it('opens a vote with 1 to the most gommettes', () => {
    expect(roomVoteAction.safeParse({ type: 'open', dots: 0 }).success).toBe(false);
    expect(roomVoteAction.safeParse({ type: 'open', dots: roomLimits.dotsPerPhone + 1 }).success).toBe(false);
    expect(roomVoteAction.safeParse({ type: 'open', dots: 3 }).success).toBe(true);
    expect(roomVoteAction.safeParse({ type: 'count' }).success).toBe(true);
  });
});
