'use client';

import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { useEffect, useRef, type ComponentProps } from 'react';
import { labelGraphiql } from './graphiql-a11y';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/**
 * GraphQL over POST to this web app's /api/graphql, which passes the request on to the API with the
 * visitor's session cookie. JSON only: Apollo's CSRF rule (and the proxy's) refuses anything else.
 */
const fetcher: Fetcher = async (params) => {
  const response = await fetch('/api/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

/**
 * Tabs and history live in memory for the page's life only: the chosen example is what opens, not the
 * tabs of a visit last week (GraphiQL keeps them in localStorage by default).
 */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}
const storage = new MemoryStorage();

/** Accessible names for GraphiQL's editors, in the page's language. */
export interface ExplorerLabels {
  query: string;
  variables: string;
  response: string;
  title: string;
}

export interface GraphiqlExplorerProps {
  /** The example's query: replaces the editor's contents whenever it changes. */
  query: string;
  /** The example's variables, as JSON. */
  variables: string;
  labels: ExplorerLabels;
}

export default function GraphiqlExplorer({ query, variables, labels }: GraphiqlExplorerProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    // GraphiQL renders its editors after mounting, and again as tabs change: label them each time.
    const label = () => labelGraphiql(root, labels);
    label();
    const observer = new MutationObserver(label);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'role', 'aria-selected'] });
    return () => observer.disconnect();
  }, [labels]);

  return (
    <div ref={container} className="api-explorer__graphiql">
      <GraphiQL
        fetcher={fetcher}
        query={query}
        variables={variables}
        storage={storage}
        defaultEditorToolsVisibility={variables !== '{}' ? 'variables' : false}
        isHeadersEditorEnabled={false}
        forcedTheme="light"
      >
        <GraphiQL.Logo>{labels.title}</GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}
