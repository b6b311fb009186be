import { proxyFeed } from '../../../../../lib/commitments/feed-proxy';

export const dynamic = 'force-dynamic';

/** The Atom feed of a city's commitment updates (`/feeds/commitments/cities/paris-fr.atom`), from the API. */
export async function GET(_request: Request, { params }: RouteContext<'/feeds/commitments/cities/[city]'>) {
  return proxyFeed('cities', (await params).city);
}
