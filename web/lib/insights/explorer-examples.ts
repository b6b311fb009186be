/**
 * The API explorer's example queries, each runnable as it is against the demo data. Pure data: the page
 * lists them and hands the chosen one to GraphiQL.
 */
export interface ExplorerExample {
  /** Its name's message key in `opendata.explorer.examples`, and its value in `?example=`. */
  key: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXPLORER_EXAMPLES: readonly ExplorerExample[] = [
  {
    key: 'casesBySdg',
    query: `# Published cases linked to one Sustainable Development Goal, with their cities.
query CasesBySdg($sdg: Int!) {
  searchCases(input: { sdgs: [$sdg], first: 10 }) {
    total
    hits {
      case {
        slug
        title
        cities { name country }
        network { name }
      }
    }
  }
}
`,
    variables: { sdg: 11 },
  },
  {
    key: 'caseCard',
    query: `# One case card, section by section.
query CaseCard($slug: String!) {
  case(slug: $slug) {
    title
    summary
    challenge
    approach
    lessons
    yearStarted
    sdgs { number title colour }
    cities { name country latitude longitude }
    network { name }
    links { label url }
  }
}
`,
    variables: { slug: 'paris-co-created-climate-action-plan' },
  },
  {
    key: 'networks',
    query: `# The networks, how many cases each has published, and under which licence.
query Networks {
  networks {
    slug
    name
    caseCount
    licence { id name url }
  }
}
`,
  },
  {
    key: 'commitments',
    query: `# OGP commitments with their city, status and the latest independent assessment.
query Commitments {
  commitments(first: 10) {
    totalCount
    edges {
      node {
        title
        status
        city { name country }
        milestones { title dueDate status }
        latestAssessment { completion }
      }
    }
  }
}
`,
  },
  {
    key: 'caseMap',
    query: `# Where the cases are: cities with their case counts, and the share of cases per SDG.
query CaseMap {
  caseMap { caseCount city { slug name country latitude longitude } }
  sdgCoverage { total bars { count share sdg { number title } } }
}
`,
  },
];

export const DEFAULT_EXAMPLE = EXPLORER_EXAMPLES[0]!;

export function exampleByKey(key: string | undefined): ExplorerExample {
  return EXPLORER_EXAMPLES.find((example) => example.key === key) ?? DEFAULT_EXAMPLE;
}
