/** Limits of the HTTP layer; defaults suit the dashboard and tools (docs/hardening.md). */
export interface HttpLimits {
  /** Largest GraphQL request body (413 beyond). */
  readonly bodyLimitBytes: number;
  /** Deadline of one request (503 with Retry-After beyond). */
  readonly requestTimeoutMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = { bodyLimitBytes: 256 * 1024, requestTimeoutMs: 20_000 };
