import { getLocale } from 'next-intl/server';
import { cache } from 'react';
import { redirect } from '../../i18n/navigation';
import { query } from '../api-client';
import type { NetworkRole } from '../gql/graphql';
import { graphql } from '../gql/index';
import { hasSessionCookie } from '../session';
import { withNext } from './next-path';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      email
      name
      isPlatformAdmin
      twoFactorEnabled
      twoFactorRequired
      memberships {
        role
        network {
          slug
          name
        }
      }
      sessions {
        createdAt
        lastSeenAt
        expiresAt
        userAgent
        current
      }
    }
  }
`);

/**
 * The signed-in user, or null. Without a session cookie it does not ask the API. Cached per request, so
 * the header and the page share one call.
 */
export const findViewer = cache(async () => {
  if (!(await hasSessionCookie())) return null;
  const data = await query(ViewerQuery, {});
  return data.viewer ?? null;
});

export type Viewer = NonNullable<Awaited<ReturnType<typeof findViewer>>>;

/** The signed-in user, or a redirect to sign in that comes back to `returnTo`. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const [viewer, locale] = await Promise.all([findViewer(), getLocale()]);
  if (!viewer) redirect({ href: withNext('/sign-in', returnTo, ''), locale });
  return viewer;
}

/** The viewer's role in a network, or null. */
export function roleIn(viewer: Viewer | null, networkSlug: string): NetworkRole | null {
  return viewer?.memberships.find((membership) => membership.network.slug === networkSlug)?.role ?? null;
}
