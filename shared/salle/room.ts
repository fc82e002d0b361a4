import type { StepId } from '../atelier/steps.js';
import type { NoteKind } from '../domain/codebook.js';

/**
 * The room (design.md §6): participants' phones on the room's own network, while the
 * facilitator keeps it open for one workshop. Phones propose; nothing they send is on the map
 * until the facilitator accepts it. These are the shapes both sides share.
 */

export type ProposalStatus = 'pending' | 'accepted' | 'merged' | 'refused';

interface ProposalBase {
  id: string;
  /** Optional first name, as typed on the phone ('' when none). Never written on the map. */
  author: string;
  receivedAt: string;
  status: ProposalStatus;
}

/** A note proposed from a phone, optionally about an actor of the map. */
export interface NoteProposal extends ProposalBase {
  type: 'note';
  kind: NoteKind;
  text: string;
  actorId: string | null;
}

/** « A and B should work together »: a desired link, with an optional word on why. */
export interface LinkProposal extends ProposalBase {
  type: 'link';
  sourceId: string;
  targetId: string;
  text: string;
}

export type Proposal = NoteProposal | LinkProposal;

/** How the moderation list groups proposals: the six kinds of notes, then missing cooperations. */
export type ProposalGroup = NoteKind | 'link';

/** A vote with gommettes: open on the phones, closed (frozen), then counted onto the map once. */
export type VoteStatus = 'none' | 'open' | 'closed' | 'counted';

export interface VoteRound {
  status: VoteStatus;
  /** Gommettes per phone. */
  dots: number;
  /** Gommettes per piste d'action (note id), all phones together. */
  tally: Record<string, number>;
  /** Phones that placed at least one gommette. */
  voters: number;
}

export const noVote: VoteRound = { status: 'none', dots: 0, tally: {}, voters: 0 };

/** The open room, as the facilitator's screens show it. */
export interface RoomStatus {
  workshopId: string;
  /** The address and port phones reach, e.g. http://192.168.1.12:5280/ */
  url: string;
  /** The same with the opening's secret: what the QR code holds. */
  joinUrl: string;
  /** Six digits typed by hand instead of scanning; '' once withdrawn after too many wrong tries. */
  shortCode: string;
  openedAt: string;
  /** Phones that joined this opening. */
  phones: number;
  /** The QR code, short code and address shown on the wall (« Participer depuis votre téléphone »). */
  onWall: boolean;
}

/** What the moderation panel reads (room.state). */
export interface RoomState {
  /** null while the room is closed. */
  status: RoomStatus | null;
  /** Proposals still waiting for the facilitator, oldest first (kept when the room closes). */
  pending: Proposal[];
  vote: VoteRound;
  /** People who contributed from a phone to this workshop (proposed or voted), all openings. */
  contributors: number;
}

/** A network interface the room can listen on. */
export interface RoomInterface {
  name: string;
  address: string;
  /** What a phone most likely reaches: a private address on a real (not virtual) interface. */
  likely: boolean;
  /** 127.0.0.1: this computer only (to try the room alone). */
  loopback: boolean;
}

/** What a phone shows: the map as the wall shows it, the lists it needs, its own proposals. */
export interface PhoneView {
  /** Changes whenever anything below changes: the phone asks again with it and gets `unchanged`. */
  version: string;
  /** Changes when the map pictures change (the map, the step, the wall hidden or shown). */
  mapVersion: string;
  workshop: { title: string; territory: string };
  step: { id: StepId; title: string };
  /** « Masquer » on the wall: the phone shows no map either. */
  hidden: boolean;
  actors: { id: string; label: string }[];
  vote: {
    status: VoteStatus;
    dots: number;
    pistes: { id: string; text: string }[];
    /** This phone's gommettes. */
    mine: Record<string, number>;
  };
  mine: { id: string; type: Proposal['type']; text: string; status: ProposalStatus }[];
  proposalsLeft: number;
}

export type PhoneAnswer = PhoneView | { unchanged: true; version: string };

export function groupOf(proposal: Proposal): ProposalGroup {
  return proposal.type === 'note' ? proposal.kind : 'link';
}

/** The short code as shown: « 482 193 ». */
export function formatShortCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)}\u00a0${code.slice(3)}` : code;
}

/** What a person typed for the short code, spaces and dashes removed. */
export function normaliseShortCode(typed: string): string {
  return typed.replace(/[\s\-.\u00a0\u202f]/g, '');
}
