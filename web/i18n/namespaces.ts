/**
 * The message namespaces: one JSON file per namespace and locale in `web/messages/<locale>/<namespace>.json`.
 * `request.ts` loads them all; `messages.test.ts` checks that every locale has every key of every one.
 * To add an area, add its three files and its name here.
 */
export const NAMESPACES = ['common', 'home', 'search', 'cases', 'curation', 'accounts', 'networks', 'commitments', 'insights', 'opendata', 'threads', 'notifications'] as const;

export type Namespace = (typeof NAMESPACES)[number];
