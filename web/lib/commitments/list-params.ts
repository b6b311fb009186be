import type { CommitmentFilter, CommitmentStatus } from '../gql/graphql';
import { isCommitmentStatus } from './commitments-api';

/** The filters of /commitments, one value each, as they travel in the address. */
export interface CommitmentListParams {
  city: string;
  network: string;
  status: CommitmentStatus | '';
  ogpValue: string;
  sdg: string;
  overdue: '' | 'yes' | 'no';
  after: string | null;
}

type SearchParams = Record<string, string | string[] | undefined>;

function one(params: SearchParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

export function parseCommitmentListParams(search: SearchParams): CommitmentListParams {
  const status = one(search, 'status');
  const overdue = one(search, 'overdue');
  const sdg = one(search, 'sdg');
  return {
    city: one(search, 'city'),
    network: one(search, 'network'),
    status: isCommitmentStatus(status) ? status : '',
    ogpValue: one(search, 'ogpValue'),
    sdg: /^\d{1,2}$/.test(sdg) ? sdg : '',
    overdue: overdue === 'yes' || overdue === 'no' ? overdue : '',
    after: one(search, 'after') || null,
  };
}

export function toCommitmentFilter(params: CommitmentListParams): CommitmentFilter {
  return {
    ...(params.city ? { cities: [params.city] } : {}),
    ...(params.network ? { networks: [params.network] } : {}),
    ...(params.status ? { statuses: [params.status] } : {}),
    ...(params.ogpValue ? { ogpValues: [params.ogpValue] } : {}),
    ...(params.sdg ? { sdgs: [Number(params.sdg)] } : {}),
    ...(params.overdue ? { overdue: params.overdue === 'yes' } : {}),
  };
}

export function isFiltered(params: CommitmentListParams): boolean {
  return !!(params.city || params.network || params.status || params.ogpValue || params.sdg || params.overdue);
}

export function commitmentsHref(params: CommitmentListParams): string {
  const search = new URLSearchParams();
  for (const name of ['city', 'network', 'status', 'ogpValue', 'sdg', 'overdue', 'after'] as const) {
    const value = params[name];
    if (value) search.set(name, value);
  }
  const text = search.toString();
  return text ? `/commitments?${text}` : '/commitments';
}
