/** Why an operation cannot apply to a map; the message is for the facilitator, in French. */
export class OpError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'OpError';
  }
}
