/**
 * What one room opening accepts, so that a phone (or someone on the room's Wi-Fi who is not a
 * participant) cannot flood the facilitator's laptop. The figures leave room for a real
 * workshop: 30 people, a dozen proposals each, a poll of the wall every few seconds.
 */
export const roomLimits = {
  /** Largest request body the room listener reads. */
  bodyBytes: 8 * 1024,
  /** A proposal's text, and what a phone may add to a missing cooperation. */
  proposalText: 500,
  /** An optional first name. */
  author: 40,
  /** Proposals one phone may send during one opening. */
  proposalsPerPhone: 20,
  /** Proposals waiting for the facilitator, all phones together. */
  pendingProposals: 500,
  /** Phones that may join one opening. */
  phonesPerOpening: 300,
  /** Gommettes one phone may place, at most (the facilitator chooses 1 to this). */
  dotsPerPhone: 10,
  /** Requests per phone: a burst of this many, then… */
  phoneBurst: 40,
  /** …this many per second on average (a poll every few seconds uses a fraction of it). */
  phonePerSecond: 2,
  /** Requests per network address before a phone has joined (page, code, joining). */
  addressBurst: 60,
  addressPerSecond: 2,
  /** Wrong short codes from one address before it must wait… */
  codeFailuresPerAddress: 5,
  /** …this long. */
  codeLockMs: 5 * 60 * 1000,
  /** Wrong short codes in all, all addresses together, before the code is withdrawn. */
  codeFailuresInAll: 30,
} as const;
