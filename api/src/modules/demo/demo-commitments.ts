import type { AssessmentCompletion, CommitmentStatus, OpenGovernmentEffect, PartnerKind, PotentialResults } from '../commitments/commitment.enums.js';
import type { DemoNetworkSlug } from './demo.types.js';

/**
 * The OGP Local action plans of the demo cities the white paper ties to OGP (Paris, Buenos Aires, Madrid),
 * with the commitments it describes, retold in our own words. Plan titles, periods and the dated steps are
 * illustrative where the paper gives no date; the assessments are demo ratings, not real IRM findings.
 */
export interface DemoPlan {
  network: DemoNetworkSlug;
  /** A city of the demo cases, by name and country. */
  city: { name: string; country: string };
  title: string;
  periodStart: string;
  periodEnd: string;
  documentUrl: string | null;
  commitments: DemoCommitment[];
}

export interface DemoCommitment {
  externalId: string;
  title: string;
  problem: string;
  description: string;
  leadInstitution: string;
  partners: { name: string; kind: `${PartnerKind}` }[];
  ogpValues: string[];
  sdgs: number[];
  themes: string[];
  status: `${CommitmentStatus}`;
  /** Slugs of demo case cards it produced. */
  cases: string[];
  milestones: { title: string; dueDate: string; status: `${CommitmentStatus}`; doneDate: string | null }[];
  updates: { date: string; body: string; status?: `${CommitmentStatus}`; completes?: string[]; links?: { label: string; url: string }[] }[];
  assessment?: {
    assessor: string;
    assessedOn: string;
    verifiable: boolean;
    potentialResults: `${PotentialResults}`;
    completion: `${AssessmentCompletion}`;
    didItOpenGovernment: `${OpenGovernmentEffect}`;
    notes: string;
  };
}

const DEMO_RATING = 'An illustrative rating for the demo, not a published finding.';

export const demoPlans: DemoPlan[] = [
  {
    network: 'ogp-local',
    city: { name: 'Paris', country: 'FR' },
    title: 'Paris open government action plan 2017–2020',
    periodStart: '2017-01-01',
    periodEnd: '2020-12-31',
    documentUrl: 'https://www.paris.fr/municipalite/action-municipale/paris-pour-le-climat-2148',
    commitments: [
      {
        externalId: 'PAR-2017-01',
        title: 'Write the new climate plan with residents, and let them approve it',
        problem: 'Earlier climate plans were drafted inside City Hall, yet most of their goals depend on what residents do every day.',
        description: `Open every stage of the next climate plan to the public:

- workshops, online and in person, where residents, experts and associations propose measures;
- a public summary of what was proposed;
- a regional consultation to rank the priority themes;
- a citywide vote, online and offline, on the final plan.`,
        leadInstitution: 'City of Paris, Urban Ecology Agency',
        partners: [
          { name: 'Parisian associations and green organisations', kind: 'CIVIL_SOCIETY' },
          { name: 'City of Paris departments', kind: 'GOVERNMENT' },
        ],
        ogpValues: ['civic-participation', 'public-accountability'],
        sdgs: [7, 11, 13],
        themes: ['climate-action', 'participation'],
        status: 'COMPLETE',
        cases: ['paris-co-created-climate-action-plan'],
        milestones: [
          { title: 'Collect proposals from residents and experts', dueDate: '2017-03-31', status: 'COMPLETE', doneDate: '2017-03-31' },
          { title: 'Publish a summary of the proposals', dueDate: '2017-04-30', status: 'COMPLETE', doneDate: '2017-04-28' },
          { title: 'Consult the region on priority themes', dueDate: '2018-02-28', status: 'COMPLETE', doneDate: '2018-02-28' },
          { title: 'Hold the public vote on the plan', dueDate: '2018-06-30', status: 'COMPLETE', doneDate: '2018-06-30' },
        ],
        updates: [
          {
            date: '2017-05-02',
            body: 'Some 700 people took part in the drafting workshops. Residents sent in 280 proposals and experts 300; the summary is now online.',
            status: 'LIMITED',
          },
          {
            date: '2018-07-03',
            body: `The vote is closed: **73,765** Parisians voted and almost 96% approved the plan.

The regional consultation also added measures nobody had proposed before, such as better connections between tram, bus, Metro and regional rail, and a platform for donating food.`,
            status: 'COMPLETE',
            links: [{ label: 'Paris pour le climat', url: 'https://www.paris.fr/municipalite/action-municipale/paris-pour-le-climat-2148' }],
          },
        ],
      },
      {
        externalId: 'PAR-2017-02',
        title: 'Turn the plan\'s supporters into climate volunteers',
        problem: 'About four fifths of the plan\'s objectives rely on residents\' daily choices, which the city cannot deliver alone.',
        description: 'Invite everyone who voted to sign up as a volunteer, bring the volunteers together with local environmental groups, and co-design a work programme with them.',
        leadInstitution: 'City of Paris',
        partners: [{ name: 'Local environmental organisations', kind: 'CIVIL_SOCIETY' }],
        ogpValues: ['civic-participation'],
        sdgs: [11, 13],
        themes: ['climate-action', 'participation'],
        status: 'SUBSTANTIAL',
        cases: ['paris-co-created-climate-action-plan'],
        milestones: [
          { title: 'Open volunteer sign-up alongside the vote', dueDate: '2018-06-30', status: 'COMPLETE', doneDate: '2018-06-30' },
          { title: 'First meeting of volunteers and green organisations', dueDate: '2018-09-30', status: 'COMPLETE', doneDate: '2018-09-22' },
          { title: 'Agree a work programme with the volunteers', dueDate: '2019-06-30', status: 'LIMITED', doneDate: null },
        ],
        updates: [
          {
            date: '2018-09-24',
            body: 'Over 15,000 voters signed up. On 22 September about 1,000 of them met 40 local green organisations at City Hall, in workshops on air quality, solidarity, zero waste and how volunteers take part in decisions.',
            status: 'SUBSTANTIAL',
            completes: ['First meeting of volunteers and green organisations'],
          },
        ],
        assessment: {
          assessor: 'Local monitoring body (demo)',
          assessedOn: '2019-09-30',
          verifiable: true,
          potentialResults: 'SUBSTANTIAL',
          completion: 'LIMITED',
          didItOpenGovernment: 'MARGINAL',
          notes: `The volunteer network exists, but the joint work programme had not been agreed by the end of the period. ${DEMO_RATING}`,
        },
      },
    ],
  },
  {
    network: 'ogp-local',
    city: { name: 'Buenos Aires', country: 'AR' },
    title: 'Buenos Aires open government action plan 2017–2019',
    periodStart: '2017-01-01',
    periodEnd: '2019-12-31',
    documentUrl: 'https://data.buenosaires.gob.ar/dataset/centros-de-salud-y-accion-comunitaria-cesac',
    commitments: [
      {
        externalId: 'BA-2017-01',
        title: 'Sexual and reproductive health services young people can find and rate',
        problem: 'Young people could not easily find where to get sexual and reproductive health services, while HIV diagnoses were creeping up.',
        description: `With Fundación Huésped, extend its #DÓNDE platform:

- city ministries share their service data on a regular schedule instead of occasionally and on paper;
- new map layers show HIV testing, free contraception, vaccination and legal abortion services;
- a rating channel lets users review the care they received, and the reports reach the city every month.`,
        leadInstitution: 'Government of the City of Buenos Aires',
        partners: [
          { name: 'Fundación Huésped', kind: 'CIVIL_SOCIETY' },
          { name: 'Coordination of Sexual Health and STDs', kind: 'GOVERNMENT' },
        ],
        ogpValues: ['access-to-information', 'civic-participation', 'public-accountability'],
        sdgs: [3, 5, 10, 11],
        themes: ['gender-equality', 'open-data', 'environment-health'],
        status: 'SUBSTANTIAL',
        cases: ['buenos-aires-sexual-and-reproductive-health-information-portal'],
        milestones: [
          { title: 'Ministries share service data on a set schedule', dueDate: '2017-09-30', status: 'COMPLETE', doneDate: '2017-10-15' },
          { title: 'New service layers on the #DÓNDE map', dueDate: '2018-03-31', status: 'COMPLETE', doneDate: '2018-03-20' },
          { title: 'Launch the service rating channel', dueDate: '2018-06-30', status: 'COMPLETE', doneDate: '2018-06-29' },
          { title: 'Monthly reports to the city\'s sexual health coordination', dueDate: '2019-12-31', status: 'SUBSTANTIAL', doneDate: null },
        ],
        updates: [
          {
            date: '2018-07-02',
            body: 'The rating channel is open: anyone can now review the service they received at a health centre, and Fundación Huésped passes the reports on to the city.',
            status: 'SUBSTANTIAL',
            completes: ['Launch the service rating channel'],
          },
        ],
      },
      {
        externalId: 'BA-2017-02',
        title: 'Publish health centre services as open data',
        problem: 'The city\'s datasets on hospitals and community health centres did not say which sexual and reproductive health services each one offers.',
        description: 'Add to the hospital and community health centre (CESAC) datasets whether each site offers contraception, pregnancy tests, legal termination of pregnancy, HIV prevention and diagnosis, and vaccination, and publish them with maps on Buenos Aires Data.',
        leadInstitution: 'Government of the City of Buenos Aires',
        partners: [{ name: 'Fundación Huésped', kind: 'CIVIL_SOCIETY' }],
        ogpValues: ['access-to-information', 'technology-innovation'],
        sdgs: [3, 11],
        themes: ['open-data', 'environment-health'],
        status: 'COMPLETE',
        cases: ['buenos-aires-sexual-and-reproductive-health-information-portal'],
        milestones: [
          { title: 'Add service fields to the CESAC and hospital datasets', dueDate: '2018-06-30', status: 'COMPLETE', doneDate: '2018-05-31' },
          { title: 'Publish the datasets and maps on Buenos Aires Data', dueDate: '2018-12-31', status: 'COMPLETE', doneDate: '2018-11-30' },
        ],
        updates: [
          {
            date: '2018-12-03',
            body: 'Both datasets are published with the new fields, as files and as maps that anyone can reuse.',
            status: 'COMPLETE',
            completes: ['Publish the datasets and maps on Buenos Aires Data'],
            links: [
              { label: 'CESAC dataset', url: 'https://data.buenosaires.gob.ar/dataset/centros-de-salud-y-accion-comunitaria-cesac' },
              { label: 'Hospitals dataset', url: 'https://data.buenosaires.gob.ar/dataset/hospitales' },
            ],
          },
        ],
        assessment: {
          assessor: 'Independent Reporting Mechanism (demo)',
          assessedOn: '2019-06-30',
          verifiable: true,
          potentialResults: 'MODEST',
          completion: 'COMPLETE',
          didItOpenGovernment: 'MAJOR',
          notes: `The datasets are online with the promised fields. ${DEMO_RATING}`,
        },
      },
    ],
  },
  {
    network: 'ogp-local',
    city: { name: 'Madrid', country: 'ES' },
    title: 'Madrid open government action plan 2017–2019',
    periodStart: '2017-06-01',
    periodEnd: '2019-06-30',
    documentUrl: 'http://www.consulproject.org/en/',
    commitments: [
      {
        externalId: 'MAD-2017-01',
        title: 'Help other institutions adopt Consul, the participation software behind Decide Madrid',
        problem: 'Cities that wanted a participation platform like Decide Madrid had to build their own, at a cost many could not afford.',
        description: `Release Consul as free software and support anyone who adopts it:

- publish the code and its documentation under a free licence;
- give adopting institutions technical and legal help;
- build a network of institutions that use Consul, to share improvements and experience.`,
        leadInstitution: 'Madrid City Council',
        partners: [
          { name: 'Civil society and private sector organisations consulted on the plan', kind: 'CIVIL_SOCIETY' },
          { name: 'Cities and institutions using Consul', kind: 'GOVERNMENT' },
        ],
        ogpValues: ['civic-participation', 'technology-innovation'],
        sdgs: [11, 16, 17],
        themes: ['participation', 'digital-government', 'city-to-city-cooperation'],
        status: 'SUBSTANTIAL',
        cases: ['madrid-consul-project-global-participation-platform'],
        milestones: [
          { title: 'Publish Consul and its documentation under a free licence', dueDate: '2017-12-31', status: 'COMPLETE', doneDate: '2017-11-30' },
          { title: 'Offer technical and legal help to adopters', dueDate: '2018-06-30', status: 'COMPLETE', doneDate: '2018-06-15' },
          { title: 'Launch a community network of Consul institutions', dueDate: '2019-03-31', status: 'SUBSTANTIAL', doneDate: null },
        ],
        updates: [
          {
            date: '2018-10-01',
            body: 'Barcelona, Buenos Aires, Montevideo, Paris, Turin and Valencia now run participation platforms built on Consul, and more cities are preparing theirs.',
            status: 'SUBSTANTIAL',
            links: [{ label: 'Consul project', url: 'http://www.consulproject.org/en/' }],
          },
        ],
      },
    ],
  },
];
