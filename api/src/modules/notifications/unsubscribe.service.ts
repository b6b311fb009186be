import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../errors.js';
import { User } from '../accounts/user.entity.js';
import { Follow } from './follow.entity.js';
import { EmailDelivery } from './notification.enums.js';
import { notificationPreferencesOf, savePreferences } from './notification.service.js';
import { unsubscribeKey, verifyUnsubscribeToken } from './unsubscribe-token.js';
import type { UnsubscribeResultType } from './notification.types.js';

export const INVALID_UNSUBSCRIBE_LINK = 'This unsubscribe link is not valid: copy the whole link from the email, or change your email settings under Account → Notifications.';

/** Plain SQL through the ORM's connection: the key is the same one the email jobs sign with. */
async function keyOf(em: EntityManager): Promise<string> {
  return unsubscribeKey({ query: async (text) => ({ rows: await em.getConnection().execute(text), rowCount: null }) });
}

/**
 * Acts on an unsubscribe link, without a session (the signed token names the user): scope `all` turns
 * email off, a target scope unfollows that thread, case, network or saved search. Using it again does the
 * same again. Throws BAD_USER_INPUT (field `token`) for a token this server did not sign.
 */
export async function unsubscribe(em: EntityManager, token: string): Promise<UnsubscribeResultType> {
  const verified = verifyUnsubscribeToken(await keyOf(em), token);
  if (!verified) throw new BadInputError(INVALID_UNSUBSCRIBE_LINK, 'token');
  const user = await em.findOne(User, { id: verified.userId });
  if (verified.scope === 'all') {
    if (user) await savePreferences(em, user.id, { ...(await notificationPreferencesOf(em, user.id)), email: EmailDelivery.OFF });
    return { scope: 'ALL', message: 'You will get no more email from Casebook. Your notifications still appear when you sign in, and you can turn email back on in your account.' };
  }
  if (user) await em.nativeDelete(Follow, { user: user.id, targetId: verified.scope.targetId });
  return { scope: 'FOLLOW', message: 'You no longer follow this, and will not hear of it again unless you are mentioned or replied to.' };
}
