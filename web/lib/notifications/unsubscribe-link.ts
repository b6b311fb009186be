const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What an emailed unsubscribe token says it does, read from its shape (`USER.all.SIGNATURE` or
 * `USER.TARGET.SIGNATURE`): 'all' (email off), 'follow' (unfollow one thing), or null when it cannot be a
 * token at all. Only the API checks the signature, when the person confirms.
 */
export function unsubscribeScope(token: unknown): 'all' | 'follow' | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [userId, scope, signature, ...rest] = token.split('.');
  if (rest.length || !userId || !scope || !signature || !UUID.test(userId) || !/^[A-Za-z0-9_-]+$/.test(signature)) return null;
  if (scope === 'all') return 'all';
  return UUID.test(scope) ? 'follow' : null;
}
