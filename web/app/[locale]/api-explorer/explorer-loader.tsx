'use client';

import dynamic from 'next/dynamic';
import type { GraphiqlExplorerProps } from './graphiql-explorer';

/**
 * GraphiQL runs in the browser only (its editors need the DOM): loaded on the client, after the page, from
 * this app's own bundle and CSS (no CDN).
 */
const GraphiqlExplorer = dynamic(() => import('./graphiql-explorer'), {
  ssr: false,
  loading: () => <p className="api-explorer__loading">…</p>,
});

/**
 * A new example mounts GraphiQL afresh (the key), so it opens in a tab of its own with its operation
 * name read at once; the tabs opened before stay, for this page's life (see graphiql-explorer.tsx).
 */
export function ExplorerLoader(props: GraphiqlExplorerProps) {
  return <GraphiqlExplorer key={props.query} {...props} />;
}
