import { z } from 'zod';
import { noteKindIds } from '../domain/codebook.js';
import { entityId } from '../domain/model-schema.js';
import { wellFormed } from '../domain/text.js';
import { roomLimits } from './limits.js';

/**
 * How what comes into the room is checked: the phones' requests (the room listener) and the
 * facilitator's room methods (the contract). Strict objects: an unknown key is refused.
 */

/** Control characters other than line breaks and tabs mean nothing in a note. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const stripControls = (text: string) => text.replace(controls, '');

const proposalText = z
  .string()
  .max(roomLimits.proposalText * 2, { error: `Texte trop long (${roomLimits.proposalText} caractères au plus).` })
  .transform((text) => wellFormed(stripControls(text)).trim())
  .pipe(
    z
      .string()
      .min(1, { error: 'Écrivez quelques mots avant d’envoyer.' })
      .max(roomLimits.proposalText, { error: `Texte trop long (${roomLimits.proposalText} caractères au plus).` }),
  );

const optionalText = z
  .string()
  .max(roomLimits.proposalText, { error: `Texte trop long (${roomLimits.proposalText} caractères au plus).` })
  .transform((text) => wellFormed(stripControls(text)).trim());

const author = z
  .string()
  .max(roomLimits.author, { error: `Prénom trop long (${roomLimits.author} caractères au plus).` })
  .transform((text) => wellFormed(stripControls(text)).replace(/\s+/g, ' ').trim());

/** The opening's secret, as carried by the QR code (base64url). */
export const roomSecret = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { error: 'Lien de la salle invalide.' });

/** The inputs of the participant methods, one per method: what the room listener accepts. */
export const phoneInputs = {
  /** The short code typed by hand: answers the opening's secret. */
  'join.code': z.strictObject({ code: z.string().max(20, { error: 'Code trop long.' }) }),
  /** Joining with the secret: answers this phone's own key. */
  join: z.strictObject({ secret: roomSecret }),
  /** What the phone shows; `since` is the version it already has. */
  view: z.strictObject({ since: z.string().max(200).optional() }),
  /** The map as the wall shows it, as an SVG picture. */
  'map.svg': z.strictObject({}),
  /** The legend of that map, as an SVG picture. */
  'legend.svg': z.strictObject({}),
  'propose.note': z.strictObject({
    /** Chosen by the phone, so that a request sent twice is counted once. */
    id: entityId,
    kind: z.enum(noteKindIds, { error: 'Type de note inconnu.' }),
    text: proposalText,
    actorId: entityId.nullable().default(null),
    author: author.default(''),
  }),
  'propose.link': z
    .strictObject({
      id: entityId,
      sourceId: entityId,
      targetId: entityId,
      text: optionalText.default(''),
      author: author.default(''),
    })
    .refine((input) => input.sourceId !== input.targetId, { error: 'Choisissez deux acteurs différents.' }),
  /** All of this phone's gommettes at once: piste id → count. Sending it again changes nothing. */
  vote: z.strictObject({
    dots: z
      .record(entityId, z.number().int().min(0).max(roomLimits.dotsPerPhone))
      .refine((dots) => Object.keys(dots).length <= 200, { error: 'Trop de pistes.' }),
  }),
} as const;

export type PhoneMethod = keyof typeof phoneInputs;
export type PhoneInput<M extends PhoneMethod> = z.output<(typeof phoneInputs)[M]>;

export function isPhoneMethod(name: string): name is PhoneMethod {
  return Object.hasOwn(phoneInputs, name);
}

const ipv4 = z
  .string()
  .regex(/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/, { error: 'Adresse IPv4 invalide.' });

export const roomOpenInput = z.strictObject({
  workshopId: entityId,
  /** One of the computer's own IPv4 addresses (room.interfaces); never « every interface ». */
  address: ipv4,
  /** 5280 by default (short to type); 0 for any free port. */
  port: z.number().int().min(0).max(65535).optional(),
});

export const roomVoteAction = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('open'), dots: z.number().int().min(1).max(roomLimits.dotsPerPhone) }),
  z.strictObject({ type: z.literal('close') }),
  /** Takes the closed vote's tally once, to add it to the map; a second count is refused. */
  z.strictObject({ type: z.literal('count') }),
  /** Drops the vote without counting it. */
  z.strictObject({ type: z.literal('cancel') }),
]);
export type RoomVoteAction = z.infer<typeof roomVoteAction>;

export const roomSettleInput = z.strictObject({
  workshopId: entityId,
  id: entityId,
  outcome: z.enum(['accepted', 'merged', 'refused']),
});
