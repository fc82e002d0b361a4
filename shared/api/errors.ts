/** Error codes every transport carries unchanged from the core to the renderer. */
export const errorCodes = [
  'validation',
  'unknown_method',
  'not_found',
  'conflict',
  'read_only',
  'storage',
  'transport',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  /** A French sentence for the facilitator: what happened and what to do. */
  message: string;
  /** Where in the input the problem lies, for validation errors. */
  issues?: { path: string; message: string }[];
}

/** The only shape that crosses a transport: never a thrown exception. */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: ApiErrorBody['issues'];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues;
  }

  toBody(): ApiErrorBody {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}
