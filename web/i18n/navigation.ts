import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

const navigation = createNavigation(routing);

/**
 * Locale-aware versions of Next.js's navigation: `Link` and `redirect` put a locale in front of an
 * internal path (`/cases` → `/es/cases`), so pages, components and server actions use plain paths.
 */
export const { Link, usePathname, useRouter, getPathname } = navigation;

/**
 * `redirect({ href, locale })`. Declared with its type spelled out so that TypeScript knows the code after
 * a call is unreachable (it does not infer `never` through a destructured value).
 */
export const redirect: (args: Parameters<typeof navigation.redirect>[0]) => never = navigation.redirect;
