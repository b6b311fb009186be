import { safeNextPath } from '../accounts/next-path';
import { postPath } from '../threads/return-path';

/**
 * Where a notification leads on this site. A post opens the thread at the page that shows it (the API's
 * `/threads/ID#post-ID` would open the first page); any other link is the API's path, kept on this site.
 */
export function notificationHref(notification: { link: string; threadId?: string | null; postId?: string | null }): string {
  if (notification.threadId && notification.postId) return postPath(notification.threadId, notification.postId);
  return safeNextPath(notification.link, '/notifications');
}
