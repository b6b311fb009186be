import { readFile } from 'node:fs/promises';
import { createContext, type RequestContext } from '../../../context.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { ok } from '../commitment.fixtures.js';
import { COLUMNS, parseCommitmentCsv } from './commitment-csv.js';
import { importCommitments } from './import-commitments.js';

/** The commitments import: good, bad and mixed files, re-runs, dry runs and --strict. */
const A = 'uclg-transparency';
let api: TestApi;
let example: string;
const HEADER = Object.keys(COLUMNS).join(',');

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  example = await readFile(new URL('../fixtures/commitments-example.csv', import.meta.url), 'utf8');
});
afterAll(() => api?.close());

const context = (): RequestContext => createContext({ em: api.orm.em, logger: api.logger, requestId: 'import-test', search: api.search, accounts: api.accounts });
const run = (csv: string, network: string, options: { dryRun?: boolean; strict?: boolean } = {}) => importCommitments(context(), { csv, network, ...options });
async function countsIn(network: string): Promise<{ plans: number; commitments: number; milestones: number }> {
  const [row] = await api.orm.em.getConnection().execute<{ plans: number; commitments: number; milestones: number }[]>(
    `select (select count(*)::int from action_plans p join networks n on n.id = p.network_id where n.slug = ?) as plans,
            (select count(*)::int from commitments c join networks n on n.id = c.network_id where n.slug = ?) as commitments,
            (select count(*)::int from milestones m join commitments c on c.id = m.commitment_id join networks n on n.id = c.network_id where n.slug = ?) as milestones`,
    [network, network, network],
  );
  return row!;
}

/** A CSV row from cells by column name; the others are the defaults of a valid row. */
function line(cells: Partial<Record<keyof typeof COLUMNS, string>>): string {
  const row: Record<string, string> = {
    external_id: 'X-1', city: 'Lisbon', country: 'PT', plan_title: 'Lisbon plan', plan_start: '2024-01-01', plan_end: '2025-12-31', plan_url: 'https://example.org/lisbon',
    commitment_title: 'A commitment', problem: '', description: '', lead_institution: '', partners: '', ogp_values: '', sdgs: '', themes: '', status: '', milestones: '',
    ...cells,
  };
  return Object.keys(COLUMNS).map((column) => `"${row[column]!.replace(/"/g, '""')}"`).join(',');
}
const csvOf = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('a good file', () => {
  it('imports every row in one go, and a re-run updates in place without duplicates', async () => {
    const dry = await run(example, A, { dryRun: true });
    expect(dry).toMatchObject({ rows: 4, importedRows: 4, problems: [], committed: false, dryRun: true, created: { plans: 3, commitments: 4, milestones: 12 } });
    expect(await countsIn(A)).toEqual({ plans: 0, commitments: 0, milestones: 0 });

    const report = await run(example, A);
    expect(report).toMatchObject({ rows: 4, importedRows: 4, rejectedRows: 0, problems: [], committed: true, created: { plans: 3, commitments: 4, milestones: 12 }, updated: { plans: 0, commitments: 0, milestones: 0 } });
    expect(await countsIn(A)).toEqual({ plans: 3, commitments: 4, milestones: 12 });

    const page = ok(await api.gql(`query { commitments(filter: { cities: ["porto-alegre-br"] }) { totalCount edges { node { externalId title status partners { name kind } milestones { title dueDate status doneDate } actionPlan { title periodStart } } } } }`)).commitments;
    expect(page.totalCount).toBe(2);
    const contracts = page.edges.map((edge: any) => edge.node).find((node: any) => node.externalId === 'PoA-2024-01');
    expect(contracts).toMatchObject({
      status: 'SUBSTANTIAL',
      partners: [{ name: 'Transparência Porto Alegre', kind: 'CIVIL_SOCIETY' }, { name: 'Secretariat of Finance', kind: 'GOVERNMENT' }],
      actionPlan: { title: 'Porto Alegre open government action plan 2024–2026', periodStart: '2024-01-01' },
    });
    expect(contracts.milestones[1]).toEqual({ title: 'Publish contracts in OCDS', dueDate: '2025-03-31', status: 'COMPLETE', doneDate: '2025-04-02' });
    const tbilisi = ok(await api.gql(`query { actionPlans(city: "tbilisi-ge") { title documentUrl } }`)).actionPlans;
    expect(tbilisi).toEqual([{ title: 'Tbilisi action plan 2025–2026: "open city hall"', documentUrl: null }]);

    const again = await run(example, A);
    expect(again).toMatchObject({ importedRows: 4, committed: true, created: { plans: 0, commitments: 0, milestones: 0 }, updated: { plans: 0, commitments: 0, milestones: 0 } });
    expect(await countsIn(A)).toEqual({ plans: 3, commitments: 4, milestones: 12 });

    const edited = example.replace('Reopen participatory budgeting assemblies in every district', 'Reopen budget assemblies in all districts').replace('Assemblies in 8 districts|2024-12-31|COMPLETE|2024-11-30;', 'Assemblies in 8 districts|2024-12-31|COMPLETE|2024-11-30;Train facilitators|2025-06-30;');
    expect(await run(edited, A)).toMatchObject({ created: { plans: 0, commitments: 0, milestones: 1 }, updated: { commitments: 1, milestones: 0 } });
    expect(await countsIn(A)).toEqual({ plans: 3, commitments: 4, milestones: 13 });

    const events = await api.orm.em.getConnection().execute<{ action: string; details: any }[]>(`select action, details from audit_events where action = 'commitment.import' order by created_at`);
    expect(events).toHaveLength(3);
    expect(events[0]!.details).toMatchObject({ rows: 4, imported: 4, rejected: 0 });
  });
});

describe('a bad file', () => {
  const bad = csvOf(
    line({ external_id: 'B-1' }),
    line({ external_id: 'B-0', sdgs: '11;19', ogp_values: 'open-sesame', themes: 'astrology' }),
    line({ external_id: 'B-2', plan_start: '2024-13-01', plan_url: 'ftp://example.org', country: 'XX' }),
    line({ external_id: 'B-3', plan_title: 'Other plan', plan_start: '2025-01-01', plan_end: '2024-01-01' }),
    line({ external_id: 'B-4', commitment_title: '', status: 'done', partners: 'Someone|business' }),
    line({ external_id: 'B-5', milestones: 'Too late|2030-01-01;Too early|2024-03-01|COMPLETE|2023-12-31;Unfinished|2024-06-01|COMPLETE' }),
    line({ external_id: 'B-1', commitment_title: 'Same id again' }),
    line({ external_id: 'B-7', plan_start: '2024-02-01' }),
    '"B-8","Lisbon"',
  );

  it('reports every problem with its row, column and reason', async () => {
    const { problems, valid, rowCount } = parseCommitmentCsv(bad);
    expect(rowCount).toBe(9);
    // Only B-1 (row 2) is valid; row 8 repeats its external id; row 9 gives its plan another start.
    expect(valid.map((row) => row.row)).toEqual([2]);
    const key = ([row, column]: [number, string]) => `${String(row).padStart(2, '0')} ${column}`;
    expect(problems.map((problem) => key([problem.row, problem.column])).sort()).toEqual(([
      [3, 'sdgs'], [3, 'ogp_values'], [3, 'themes'],
      [4, 'plan_start'], [4, 'plan_url'], [4, 'country'],
      [5, 'plan_end'],
      [6, 'partners'], [6, 'commitment_title'], [6, 'status'],
      [7, 'milestones'], [7, 'milestones'], [7, 'milestones'],
      [8, 'external_id'],
      [9, 'plan_start'],
      [10, '(row)'],
    ] as [number, string][]).map(key).sort());
    expect(problems.every((problem) => problem.reason.length > 5)).toBe(true);
    expect(problems.find((problem) => problem.row === 5)!.reason).toMatch(/ends \(2024-01-01\) before it starts/);
    const milestoneReasons = problems.filter((problem) => problem.row === 7).map((problem) => problem.reason);
    expect(milestoneReasons).toEqual([
      expect.stringMatching(/^milestone 1 \("Too late"\) due date: due 2030-01-01, outside the plan's period/),
      expect.stringMatching(/^milestone 2 \("Too early"\) done date: done 2023-12-31, before the plan's start/),
      expect.stringMatching(/^milestone 3 \("Unfinished"\) done date: a COMPLETE milestone needs the date it was done/),
    ]);
    expect(problems.find((problem) => problem.row === 8)!.reason).toMatch(/already on row 2/);
    expect(problems.find((problem) => problem.row === 9)!.reason).toMatch(/plan_start 2024-01-01 on row 2/);
    expect(problems.find((problem) => problem.row === 10)!.reason).toMatch(/2 cells where the header has 17/);
  });

  it('imports nothing with --strict, and only the valid rows without it', async () => {
    const strict = await run(bad, A, { strict: true });
    expect(strict).toMatchObject({ rows: 9, committed: false, rejectedRows: 8 });
    expect(await countsIn('ogp-local')).toMatchObject({ commitments: 5 });
    const before = await api.orm.em.getConnection().execute(`select count(*)::int as n from commitments where external_id like 'B-%'`);
    expect(before).toEqual([{ n: 0 }]);

    const mixed = await run(bad, 'ogp-local');
    expect(mixed).toMatchObject({ rows: 9, importedRows: 1, rejectedRows: 8, committed: true, created: { commitments: 1 } });
    expect(mixed.problems).toHaveLength(16);
    const after = await api.orm.em.getConnection().execute<{ external_id: string }[]>(`select external_id from commitments where external_id like 'B-%'`);
    expect(after).toEqual([{ external_id: 'B-1' }]);
  });

  it('refuses a file whose header lacks a column or has an unknown one, importing nothing', async () => {
    const missing = await run(['external_id,city,country', 'X,Lisbon,PT'].join('\n'), A);
    expect(missing).toMatchObject({ committed: false, importedRows: 0 });
    expect(missing.problems.map((problem) => [problem.row, problem.column])).toEqual(expect.arrayContaining([[1, 'plan_title'], [1, 'commitment_title']]));
    const unknown = await run(csvOf(line({ external_id: 'U-1' })).replace('milestones\n', 'milestones,colour\n').replace(/\n(.*)$/, '\n$1,red'), A);
    expect(unknown.problems).toEqual([{ row: 1, column: 'colour', reason: expect.stringMatching(/unknown column/) }]);
    const unreadable = await run(`${HEADER}\n"unclosed,quote`, A);
    expect(unreadable.problems).toEqual([{ row: 2, column: '(file)', reason: expect.stringMatching(/not a readable CSV file/) }]);
    expect(await countsIn(A)).toMatchObject({ commitments: 4 });
  });
});

describe('rows the database refuses', () => {
  it('drops only the row whose new plan period would strand milestones already imported', async () => {
    const network = 'ogp-local';
    expect(await run(csvOf(line({ external_id: 'D-1', plan_title: 'Durable plan', milestones: 'Late in the plan|2025-11-30' })), network)).toMatchObject({ importedRows: 1 });
    const shrink = csvOf(
      line({ external_id: 'D-2', plan_title: 'Durable plan', plan_end: '2025-06-30', milestones: 'Early step|2024-06-30' }),
      line({ external_id: 'D-3', plan_title: 'Another plan' }),
    );
    const report = await run(shrink, network);
    expect(report).toMatchObject({ importedRows: 1, rejectedRows: 1, committed: true });
    expect(report.problems).toEqual([{ row: 2, column: 'plan_start', reason: expect.stringMatching(/would leave milestone "Late in the plan"/) }]);
    const rows = await api.orm.em.getConnection().execute<{ external_id: string; period_end: string }[]>(
      `select c.external_id, p.period_end::text from commitments c join action_plans p on p.id = c.action_plan_id where c.external_id like 'D-%' order by 1`,
    );
    expect(rows).toEqual([{ external_id: 'D-1', period_end: '2025-12-31' }, { external_id: 'D-3', period_end: '2025-12-31' }]);
  });
});
