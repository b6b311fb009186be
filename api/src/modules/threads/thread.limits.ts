/** Limits of threads and posts, checked by the API (the web forms show the same numbers). */
export const THREAD_LIMITS = {
  titleMin: 3,
  titleMax: 200,
  bodyMin: 1,
  bodyMax: 20_000,
  reasonMax: 500,
  /** Accounts younger than this, and not trusted in the network, may put only `newAccountLinks` links in a post. */
  newAccountDays: 7,
  newAccountLinks: 2,
  moderationQueueMax: 100,
} as const;
