import { parse } from 'csv-parse/sync';
import type { TestApi } from '../../test/test-api.js';
import type { CaseRecord } from './case-record.js';

/** Helpers shared by the open-data tests: fetch an address, read its CSV or JSON Lines. */
export interface Fetched {
  status: number;
  headers: Headers;
  text: string;
}

export async function fetchText(api: TestApi, path: string): Promise<Fetched> {
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** CSV rows as objects by column name. */
export function csvRows(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true }) as Record<string, string>[];
}

export function jsonLines(text: string): CaseRecord[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CaseRecord);
}

export const DEMO_SLUGS = [
  'paris-co-created-climate-action-plan',
  'seoul-open-and-big-data-on-environment',
  'bogota-attention-model-for-the-informal-economy',
  'buenos-aires-sexual-and-reproductive-health-information-portal',
  'johannesburg-tshwane-mapping-informal-transit',
  'johannesburg-tshwane-cartographier-le-transport-informel',
  'madrid-consul-project-global-participation-platform',
];
