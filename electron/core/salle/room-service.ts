import { randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError, type Envelope } from '../../../shared/api/errors.js';
import { mapWithLayers } from '../../../shared/atelier/layers.js';
import { layersAt, steps } from '../../../shared/atelier/steps.js';
import { roomLimits } from '../../../shared/salle/limits.js';
import {
  normaliseShortCode,
  noVote,
  type PhoneAnswer,
  type PhoneView,
  type Proposal,
  type RoomInterface,
  type RoomState,
  type RoomStatus,
  type VoteRound,
} from '../../../shared/salle/room.js';
import {
  isPhoneMethod,
  type PhoneInput,
  type PhoneMethod,
  phoneInputs,
  type RoomVoteAction,
} from '../../../shared/salle/room-schema.js';
import { FacilitationStore } from '../atelier/facilitation-store.js';
import { refuseIfClubOnly } from '../club/club-store.js';
import { toApiError } from '../errors.js';
import type { EventHub } from '../event-hub.js';
import type { MapService } from '../map/map-service.js';
import { AttemptLimiter } from './limiters.js';
import { type PhonePictures, phonePictures } from './phone-pictures.js';
import { ProposalStore, type ProposalWrite } from './proposal-store.js';

/** Who is calling the room listener: the phone's key (once joined) and its network address. */
export interface PhoneContext {
  key: string | undefined;
  address: string;
}

/** What the room listener may reach of the core: the participant methods, nothing else. */
export interface PhoneGate {
  /** Whether a key belongs to a phone of the current opening (for per-phone rate limits). */
  knows(key: string): boolean;
  dispatch(method: string, input: unknown, context: PhoneContext): Promise<Envelope<unknown>>;
}

export interface RoomListener {
  port: number;
  /** Stops listening and drops every connection at once. */
  close(): void;
}

export type ListenRoom = (options: {
  address: string;
  port: number;
  phoneDir: string;
  gate: PhoneGate;
}) => Promise<RoomListener>;

export interface RoomDeps {
  db: Database;
  maps: MapService;
  events: EventHub;
  now: () => string;
  /** The room listener (electron/salle-server): started on open, closed on close. */
  listen: ListenRoom;
  /** The built phone page (dist/telephone). */
  phoneDir: string;
  interfaces: () => RoomInterface[];
  /** A clock in milliseconds, for the short code's attempt limits. */
  clockMs?: () => number;
}

/** Short to type from the wall; any free port when it is taken. */
export const defaultRoomPort = 5280;

interface Phone {
  /** Anonymous id, stored with its proposals to count contributors. */
  id: string;
  /** Its proposals in this opening, by the id the phone chose; `written` settles once stored. */
  proposals: Map<
    string,
    { id: string; type: Proposal['type']; text: string; status: Proposal['status']; written: Promise<void> }
  >;
  /** Bumped when something only this phone sees changes (its proposals, its gommettes). */
  version: number;
}

interface Opening {
  workshopId: string;
  secret: string;
  code: string;
  openedAt: string;
  url: string;
  listener: RoomListener;
  phones: Map<string, Phone>;
  attempts: AttemptLimiter;
  onWall: boolean;
}

interface Vote {
  round: number;
  status: VoteRound['status'];
  dots: number;
  /** Gommettes of each phone (by its anonymous id): piste id → count. */
  byPhone: Map<string, Record<string, number>>;
}

const transport = (message: string) => new ApiError({ code: 'transport', message });
const conflict = (message: string) => new ApiError({ code: 'conflict', message });
const invalid = (message: string) => new ApiError({ code: 'validation', message });

const roomClosed = () =>
  transport('La salle est fermée : l’animateur ou l’animatrice ne reçoit plus de propositions pour le moment.');

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The room of one workshop at a time: the listener for the phones, the opening's secret and
 * short code, the phones that joined, their proposals (stored) and gommettes (in memory until
 * counted). Nothing here touches the map: the facilitator's editor turns what it accepts into
 * ordinary map operations.
 */
export class RoomService {
  private opening: Opening | undefined;
  private starting = false;
  private readonly votes = new Map<string, Vote>();
  private readonly store: ProposalStore;
  private readonly facilitation: FacilitationStore;
  private readonly clockMs: () => number;
  private voteRounds = 0;
  /** Drawn once per version of the wall: thirty phones asking after a change cost one drawing. */
  private pictures: { key: string; pictures: PhonePictures } | undefined;

  private readonly unsubscribe: () => void;
  /** Proposals waiting, per workshop, as stored: read once, then kept in step with every write. */
  private readonly pendingCache = new Map<string, Proposal[]>();
  /** Proposals received and not yet written: stored together at the next turn of the event loop. */
  private writes: (ProposalWrite & { done: (error?: unknown) => void })[] = [];

  constructor(private readonly deps: RoomDeps) {
    this.store = new ProposalStore(deps.db);
    this.facilitation = new FacilitationStore(deps.db);
    this.clockMs = deps.clockMs ?? Date.now;
    // A workshop deleted while its room is open: the phones have nothing left to reach.
    this.unsubscribe = deps.events.subscribe((event) => {
      if (event.type !== 'workshops.changed' || !this.opening) return;
      const { workshopId } = this.opening;
      if (!deps.maps.exists(workshopId)) this.close(workshopId);
    });
  }

  /** Closes the room and stops listening to the core (quitting, or a backup restored). */
  dispose(): void {
    this.closeAll();
    this.unsubscribe();
  }

  interfaces(): RoomInterface[] {
    return this.deps.interfaces();
  }

  async open(workshopId: string, address: string, port = defaultRoomPort): Promise<RoomStatus> {
    this.deps.maps.get(workshopId);
    refuseIfClubOnly(this.deps.db, workshopId);
    if (this.opening) {
      if (this.opening.workshopId === workshopId) return this.status(this.opening);
      throw conflict('La salle est déjà ouverte pour un autre atelier : fermez-la d’abord.');
    }
    if (this.starting) throw conflict('La salle est en train de s’ouvrir : patientez un instant.');
    if (!this.interfaces().some((i) => i.address === address)) {
      throw invalid(
        `L’adresse ${address} n’est celle d’aucune connexion de cet ordinateur : choisissez-en une dans la liste.`,
      );
    }
    this.starting = true;
    try {
      const gate = this.gate();
      let listener: RoomListener;
      try {
        listener = await this.deps.listen({ address, port, phoneDir: this.deps.phoneDir, gate });
      } catch (error) {
        if ((error as { code?: string }).code !== 'EADDRINUSE' || port === 0) throw listenError(error, address);
        listener = await this.deps.listen({ address, port: 0, phoneDir: this.deps.phoneDir, gate });
      }
      this.opening = {
        workshopId,
        secret: randomBytes(18).toString('base64url'),
        code: String(randomInt(0, 1_000_000)).padStart(6, '0'),
        openedAt: this.deps.now(),
        url: `http://${address}:${listener.port}/`,
        listener,
        phones: new Map(),
        onWall: true,
        attempts: new AttemptLimiter({
          perKey: roomLimits.codeFailuresPerAddress,
          lockMs: roomLimits.codeLockMs,
          inAll: roomLimits.codeFailuresInAll,
          maxKeys: 1000,
          now: this.clockMs,
        }),
      };
    } finally {
      this.starting = false;
    }
    this.changed(workshopId);
    return this.status(this.opening);
  }

  /** Revokes every phone at once and stops listening; an open vote is frozen, ready to count. */
  close(workshopId: string): void {
    const opening = this.opening;
    if (!opening || opening.workshopId !== workshopId) return;
    this.opening = undefined;
    opening.phones.clear();
    opening.listener.close();
    const vote = this.votes.get(workshopId);
    if (vote?.status === 'open') vote.status = 'closed';
    this.changed(workshopId);
  }

  /** Quitting, restoring a backup, or a workshop deleted: the room closes with it. */
  closeAll(): void {
    if (this.opening) this.close(this.opening.workshopId);
  }

  /** A new short code, e.g. after too many wrong ones withdrew it. */
  newCode(workshopId: string): RoomStatus {
    const opening = this.requireOpening(workshopId);
    opening.code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    opening.attempts.reset();
    this.changed(workshopId);
    return this.status(opening);
  }

  showOnWall(workshopId: string, shown: boolean): RoomStatus {
    const opening = this.requireOpening(workshopId);
    opening.onWall = shown;
    this.changed(workshopId);
    return this.status(opening);
  }

  /** The open room of this workshop, or null: no proposal in it (the wall reads this). */
  statusOf(workshopId: string): RoomStatus | null {
    this.deps.maps.get(workshopId);
    return this.opening?.workshopId === workshopId ? this.status(this.opening) : null;
  }

  state(workshopId: string): RoomState {
    return {
      status: this.statusOf(workshopId),
      pending: [...this.pendingOf(workshopId)],
      vote: this.voteRound(workshopId),
      contributors: this.store.contributors(workshopId),
    };
  }

  contributors(workshopId: string): number {
    return this.store.contributors(workshopId);
  }

  /**
   * Marks a pending proposal settled before the editor applies it: of two windows accepting
   * the same proposal, only the first gets it, so nothing reaches the map twice.
   */
  settle(workshopId: string, id: string, outcome: 'accepted' | 'merged' | 'refused'): { settled: true } {
    this.deps.maps.get(workshopId);
    if (!this.store.settle(workshopId, id, outcome)) {
      throw conflict('Cette proposition a déjà été traitée (dans une autre fenêtre ?) ; rien n’a été modifié.');
    }
    this.pendingCache.set(
      workshopId,
      this.pendingOf(workshopId).filter((p) => p.id !== id),
    );
    for (const phone of this.opening?.workshopId === workshopId ? this.opening.phones.values() : []) {
      for (const mine of phone.proposals.values()) {
        if (mine.id !== id) continue;
        mine.status = outcome;
        phone.version += 1;
      }
    }
    this.changed(workshopId);
    return { settled: true };
  }

  vote(workshopId: string, action: RoomVoteAction): VoteRound {
    this.deps.maps.get(workshopId);
    const vote = this.votes.get(workshopId);
    switch (action.type) {
      case 'open':
        this.requireOpening(workshopId);
        if (vote?.status === 'open' || vote?.status === 'closed') {
          throw conflict('Un vote est déjà en cours : comptez-le ou annulez-le avant d’en ouvrir un autre.');
        }
        this.voteRounds += 1;
        this.votes.set(workshopId, { round: this.voteRounds, status: 'open', dots: action.dots, byPhone: new Map() });
        break;
      case 'close':
        if (vote?.status !== 'open') throw conflict('Aucun vote n’est ouvert.');
        vote.status = 'closed';
        break;
      case 'count': {
        if (vote?.status !== 'closed') {
          throw conflict(
            vote?.status === 'counted'
              ? 'Ces gommettes ont déjà été ajoutées à la carte.'
              : 'Fermez le vote avant de compter les gommettes.',
          );
        }
        const round = this.voteRound(workshopId);
        vote.status = 'counted';
        this.changed(workshopId);
        // The tally as it was at the moment of counting: what the editor adds to the map.
        return { ...round, status: 'counted' };
      }
      case 'cancel':
        this.votes.delete(workshopId);
        break;
    }
    this.changed(workshopId);
    return this.voteRound(workshopId);
  }

  private voteRound(workshopId: string): VoteRound {
    const vote = this.votes.get(workshopId);
    if (!vote) return noVote;
    const tally: Record<string, number> = {};
    let voters = 0;
    for (const dots of vote.byPhone.values()) {
      let placed = 0;
      for (const [id, count] of Object.entries(dots)) {
        tally[id] = (tally[id] ?? 0) + count;
        placed += count;
      }
      if (placed > 0) voters += 1;
    }
    return { status: vote.status, dots: vote.dots, tally, voters };
  }

  private status(opening: Opening): RoomStatus {
    return {
      workshopId: opening.workshopId,
      url: opening.url,
      joinUrl: `${opening.url}#s=${opening.secret}`,
      shortCode: opening.attempts.exhausted ? '' : opening.code,
      openedAt: opening.openedAt,
      phones: opening.phones.size,
      onWall: opening.onWall,
    };
  }

  private requireOpening(workshopId: string): Opening {
    if (this.opening?.workshopId !== workshopId) throw conflict('La salle n’est pas ouverte pour cet atelier.');
    return this.opening;
  }

  private changed(workshopId: string): void {
    // No participant text in the event: every view gets it (the wall too), the editor reads the rest.
    this.deps.events.publish({ type: 'room.changed', workshopId });
  }

  /** The participant methods, as the room listener reaches them. */
  private gate(): PhoneGate {
    return {
      knows: (key) => this.opening?.phones.has(key) ?? false,
      dispatch: async (method, input, context) => {
        try {
          if (!isPhoneMethod(method)) {
            throw new ApiError({ code: 'unknown_method', message: 'Adresse inconnue.' });
          }
          const parsed = phoneInputs[method].parse(input ?? {});
          // A proposal answers once stored: a promise; everything else at once.
          return { ok: true, result: await this.phoneCall(method, parsed as never, context) };
        } catch (error) {
          return { ok: false, error: toApiError(error).toBody() };
        }
      },
    };
  }

  private phoneCall<M extends PhoneMethod>(method: M, input: PhoneInput<M>, context: PhoneContext): unknown {
    const opening = this.opening;
    if (!opening) throw roomClosed();
    if (method === 'join.code') return this.joinByCode(opening, (input as PhoneInput<'join.code'>).code, context);
    if (method === 'join') return this.join(opening, (input as PhoneInput<'join'>).secret);
    const phone = context.key ? opening.phones.get(context.key) : undefined;
    if (!phone) {
      throw transport('Ce téléphone n’est plus relié à la salle : scannez à nouveau le code affiché au mur.');
    }
    switch (method) {
      case 'view':
        return this.view(opening, phone, (input as PhoneInput<'view'>).since);
      case 'map.svg':
      case 'legend.svg': {
        const shown = this.shownMap(opening.workshopId);
        if (!shown) return { svg: null };
        if (this.pictures?.key !== shown.key) this.pictures = { key: shown.key, pictures: phonePictures(shown.map) };
        const { pictures } = this.pictures;
        return { svg: method === 'map.svg' ? pictures.map : pictures.legend };
      }
      case 'propose.note':
      case 'propose.link':
        return this.propose(opening, phone, method, input as PhoneInput<'propose.note' | 'propose.link'>);
      case 'vote':
        return this.placeDots(opening, phone, (input as PhoneInput<'vote'>).dots);
    }
    throw new ApiError({ code: 'unknown_method', message: 'Adresse inconnue.' });
  }

  private joinByCode(opening: Opening, typed: string, context: PhoneContext): { secret: string } {
    const blocked = opening.attempts.blocked(context.address);
    if (blocked === 'all') {
      throw conflict('Le code court a été retiré après trop d’essais : scannez le QR code affiché au mur.');
    }
    if (blocked === 'key') {
      throw conflict('Trop de codes erronés depuis ce téléphone : patientez cinq minutes, ou scannez le QR code.');
    }
    if (normaliseShortCode(typed) === opening.code) {
      opening.attempts.succeed(context.address);
      return { secret: opening.secret };
    }
    opening.attempts.fail(context.address);
    // The facilitator sees at once that the code was withdrawn and can draw a new one.
    if (opening.attempts.exhausted) this.changed(opening.workshopId);
    throw invalid('Code incorrect : vérifiez les six chiffres affichés au mur.');
  }

  private join(opening: Opening, secret: string): { key: string } {
    if (!sameSecret(secret, opening.secret)) {
      throw transport('Ce lien ne correspond plus à la salle ouverte : scannez à nouveau le code affiché au mur.');
    }
    if (opening.phones.size >= roomLimits.phonesPerOpening) {
      throw conflict('La salle est pleine : le nombre de téléphones est limité.');
    }
    const key = randomBytes(24).toString('base64url');
    opening.phones.set(key, { id: randomBytes(9).toString('base64url'), proposals: new Map(), version: 0 });
    this.changed(opening.workshopId);
    return { key };
  }

  /** The map as the wall shows it now, or undefined while the wall is hidden. */
  private shownMap(workshopId: string) {
    const opened = this.deps.maps.get(workshopId);
    const facilitation = this.facilitation.read(workshopId);
    if (facilitation.wall.hidden) return undefined;
    return {
      map: mapWithLayers(opened.map, layersAt(facilitation.step)),
      key: `${workshopId}:${opened.revision}:${facilitation.step}`,
    };
  }

  private view(opening: Opening, phone: Phone, since: string | undefined): PhoneAnswer {
    const { workshopId } = opening;
    const opened = this.deps.maps.get(workshopId);
    const facilitation = this.facilitation.read(workshopId);
    const vote = this.votes.get(workshopId);
    const mapVersion = `${opened.revision}.${facilitation.step}.${facilitation.wall.hidden ? 1 : 0}`;
    const version = `${mapVersion}.${vote ? `${vote.round}${vote.status}` : '-'}.${phone.version}`;
    if (since === version) return { unchanged: true, version };
    const shown = mapWithLayers(opened.map, layersAt(facilitation.step));
    const view: PhoneView = {
      version,
      mapVersion,
      workshop: { title: opened.workshop.title, territory: opened.workshop.territory },
      step: { id: facilitation.step, title: steps[facilitation.step].title },
      hidden: facilitation.wall.hidden,
      actors: shown.actors
        .map((a) => ({ id: a.id, label: a.label }))
        .sort((a, b) => a.label.localeCompare(b.label, 'fr')),
      vote: {
        status: vote?.status ?? 'none',
        dots: vote?.dots ?? 0,
        pistes: shown.notes.filter((n) => n.kind === 'piste-action').map((n) => ({ id: n.id, text: n.text })),
        mine: (vote && vote.status !== 'counted' && vote.byPhone.get(phone.id)) || {},
      },
      mine: [...phone.proposals.values()].map(({ id, type, text, status }) => ({ id, type, text, status })),
      proposalsLeft: Math.max(0, roomLimits.proposalsPerPhone - phone.proposals.size),
    };
    return view;
  }

  private propose(
    opening: Opening,
    phone: Phone,
    method: 'propose.note' | 'propose.link',
    input: PhoneInput<'propose.note' | 'propose.link'>,
  ): Promise<{ id: string; proposalsLeft: number }> {
    const left = () => Math.max(0, roomLimits.proposalsPerPhone - phone.proposals.size);
    // Sent twice (a retry after a lost answer, even before the first was stored): counted once.
    const already = phone.proposals.get(input.id);
    if (already) return already.written.then(() => ({ id: already.id, proposalsLeft: left() }));
    if (phone.proposals.size >= roomLimits.proposalsPerPhone) {
      throw conflict(
        `Vous avez envoyé ${roomLimits.proposalsPerPhone} propositions : c’est le maximum pour cette séance.`,
      );
    }
    const { workshopId } = opening;
    const queued = this.writes.filter((w) => w.workshopId === workshopId).length;
    if (this.pendingOf(workshopId).length + queued >= roomLimits.pendingProposals) {
      throw conflict('Beaucoup de propositions attendent déjà : réessayez dans quelques minutes.');
    }
    const actors = new Map(this.deps.maps.get(workshopId).map.actors.map((a) => [a.id, a.label]));
    const gone = () => invalid('Cet acteur n’est plus sur la carte : choisissez-en un autre.');
    const base = { id: randomUUID(), author: input.author, receivedAt: this.deps.now(), status: 'pending' as const };
    let proposal: Proposal;
    if (method === 'propose.note') {
      const note = input as PhoneInput<'propose.note'>;
      if (note.actorId !== null && !actors.has(note.actorId)) throw gone();
      proposal = { ...base, type: 'note', kind: note.kind, text: note.text, actorId: note.actorId };
    } else {
      const link = input as PhoneInput<'propose.link'>;
      if (!actors.has(link.sourceId) || !actors.has(link.targetId)) throw gone();
      proposal = { ...base, type: 'link', sourceId: link.sourceId, targetId: link.targetId, text: link.text };
    }
    const written = this.write({ workshopId, phoneId: phone.id, clientId: input.id, proposal });
    // What the phone lists as its own: a missing cooperation by the two names it links.
    const shown =
      proposal.type === 'note'
        ? proposal.text
        : `${actors.get(proposal.sourceId)} ↔ ${actors.get(proposal.targetId)}${proposal.text ? ` : ${proposal.text}` : ''}`;
    // Known at once, so that a retry arriving before the write waits for it instead of sending twice.
    phone.proposals.set(input.id, { id: proposal.id, type: proposal.type, text: shown, status: 'pending', written });
    return written.then(
      () => {
        phone.version += 1;
        return { id: proposal.id, proposalsLeft: left() };
      },
      (error: unknown) => {
        phone.proposals.delete(input.id);
        throw error;
      },
    );
  }

  private pendingOf(workshopId: string): Proposal[] {
    let list = this.pendingCache.get(workshopId);
    if (!list) {
      list = this.store.pending(workshopId);
      this.pendingCache.set(workshopId, list);
    }
    return list;
  }

  /**
   * Queues a proposal for the next write. The phone is answered once it is on disk; phones that
   * send in the same turn of the event loop share one transaction (one flush to the disk).
   */
  private write(item: ProposalWrite): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.writes.length === 0) setImmediate(() => this.flush());
      this.writes.push({ ...item, done: (error) => (error === undefined ? resolve() : reject(error)) });
    });
  }

  private flush(): void {
    const batch = this.writes;
    this.writes = [];
    let errors: unknown[];
    try {
      errors = this.store.insertMany(batch);
    } catch (error) {
      for (const item of batch) item.done(error);
      return;
    }
    const touched = new Set<string>();
    batch.forEach((item, index) => {
      const error = errors[index];
      if (error === undefined) {
        // Not read yet: the next read finds it in the database.
        const cached = this.pendingCache.get(item.workshopId);
        if (cached) this.pendingCache.set(item.workshopId, [...cached, item.proposal]);
        touched.add(item.workshopId);
      }
      item.done(error);
    });
    for (const workshopId of touched) this.changed(workshopId);
  }

  private placeDots(opening: Opening, phone: Phone, dots: Record<string, number>): VoteRound['tally'] {
    const { workshopId } = opening;
    const vote = this.votes.get(workshopId);
    if (vote?.status !== 'open') throw conflict('Le vote est clos : vos gommettes ne peuvent plus changer.');
    const shown = this.shownMap(workshopId)?.map ?? this.deps.maps.get(workshopId).map;
    const pistes = new Set(shown.notes.filter((n) => n.kind === 'piste-action').map((n) => n.id));
    const placed = Object.entries(dots).filter(([, count]) => count > 0);
    if (placed.some(([id]) => !pistes.has(id))) {
      throw invalid('Une de ces pistes d’action n’est plus sur la carte : rechargez la liste.');
    }
    const total = placed.reduce((sum, [, count]) => sum + count, 0);
    if (total > vote.dots) throw invalid(`Vous avez ${vote.dots} gommettes, pas davantage.`);
    const mine = Object.fromEntries(placed);
    vote.byPhone.set(phone.id, mine);
    if (total > 0) this.store.countContributor(workshopId, phone.id);
    phone.version += 1;
    this.changed(workshopId);
    return mine;
  }
}

function listenError(error: unknown, address: string): ApiError {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRNOTAVAIL') {
    return invalid(`L’adresse ${address} n’est plus disponible (Wi-Fi coupé ?) : choisissez une autre connexion.`);
  }
  if (code === 'EACCES') {
    return transport('Le système refuse d’ouvrir la salle sur ce port : essayez une autre connexion.');
  }
  return transport(`La salle n’a pas pu s’ouvrir (${code ?? 'erreur réseau'}). Réessayez.`);
}
