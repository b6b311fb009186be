import { proxyFeed } from '../../../../../lib/commitments/feed-proxy';

export const dynamic = 'force-dynamic';

/** The Atom feed of a network's commitment updates (`/feeds/commitments/networks/ogp-local.atom`), from the API. */
export async function GET(_request: Request, { params }: RouteContext<'/feeds/commitments/networks/[slug]'>) {
  return proxyFeed('networks', (await params).slug);
}
