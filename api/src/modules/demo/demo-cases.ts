import type { DemoCase } from './demo.types.js';

/** A city network that groups demo cases. */
export interface DemoNetwork {
  slug: 'uclg-transparency' | 'ogp-local';
  name: string;
  description: string;
  website: string;
  languages: string[];
}

export const demoNetworks: DemoNetwork[] = [
  {
    slug: 'uclg-transparency',
    name: 'UCLG Community of Practice on Transparency and Open Government',
    description:
      'A peer-learning community within United Cities and Local Governments where local and regional governments swap experience, build skills and advocate for transparency, participation and accountability as foundations of sustainable cities.',
    website: 'https://www.uclg.org',
    languages: ['en', 'es', 'fr'],
  },
  {
    slug: 'ogp-local',
    name: 'OGP Local Program',
    description:
      'The Open Government Partnership programme for subnational governments, which work with civil society partners to co-create and deliver their own local open government action plans.',
    website: 'https://www.opengovpartnership.org/ogp-local/',
    languages: ['en', 'es', 'fr'],
  },
];

export const demoCases: DemoCase[] = [
  // ---------------------------------------------------------------- Paris
  {
    slug: 'paris-co-created-climate-action-plan',
    network: 'ogp-local',
    title: 'Co-created Climate Action Plan',
    summary:
      'Paris rebuilt its climate plan together with residents, from the first proposals through a citywide vote and into delivery, turning more than 15,000 supporters into climate volunteers.',
    challenge: `Cities are home to roughly 60% of humanity and produce around 70% of global greenhouse gas emissions, so what they do on climate matters enormously. Paris has long acted locally to cut emissions and energy use and to strengthen its resilience, in line with the Paris Agreement goal of keeping warming below 2 °C.

The city already had climate plans from 2007 and 2012. The plan adopted in early 2018 was different: residents helped write it and are involved in carrying out its projects. Its targets:

- **2020:** emissions and energy use 25% below 2004 levels, with renewables at 25% of supply.
- **2030:** emissions down 50%, consumption down 35%, renewables at 45%.
- **2050:** a carbon-neutral city running on 100% renewable energy.`,
    approach: `As a member of the Open Government Partnership, Paris routinely opens up city decisions — for example through its yearly participatory budget, where residents propose and vote on how €100m is spent.

The climate plan applied the same idea at every stage:

- **Drafting (Nov 2016 – Mar 2017):** about 700 residents, experts, associations and city staff met in person and online, submitting 280 citizen and 300 expert proposals; a synthesis was published in April 2017.
- **Consultation (Dec 2017 – Feb 2018):** more than 900 responses from across the region set priorities and added measures such as better links between tram, bus, Metro and regional rail, and a food-donation platform.
- **Approval (May – June 2018):** 73,765 Parisians voted online and offline, and 95.95% backed the plan.
- **Delivery:** over 15,000 voters signed up as volunteers. On 22 September, 1,000 of them met 40 local green organisations at City Hall for workshops on air quality, solidarity, zero waste and citizen governance.`,
    innovation: `Writing the plan with residents raised public awareness of why climate action matters in Paris.

The volunteers have become a core group that the city co-designs a work programme with. That matters because around 80% of the plan's objectives depend on people's everyday choices, not on City Hall alone.

Beyond its own borders, Paris has used its chairmanship of the C40 network to urge other cities to involve residents directly in shaping climate policy.`,
    openGovernment: `Yes. Rather than being consulted once at the end, residents were treated as collaborators throughout the process. They helped to:

- choose the topics the plan should cover;
- rank the priority themes;
- put forward concrete projects;
- carry those projects out; and
- direct funding to them through the participatory budget.

The experience shows that sustained, in-depth co-creation can shape a major city strategy and that residents add value at every step of the policy cycle.`,
    lessons: `- **Engage people for the long haul.** Participation works better when it runs across the whole life of a plan instead of being a one-off exercise.
- **Democracy between elections.** Open government gives residents a real say on big choices, such as the city's climate strategy, outside the electoral calendar.
- **Plan for continuity from the start.** Because the process was designed as a long-term one, Paris was able to move more than 15,000 people beyond casting a vote and into active work on local climate action.`,
    sdgs: [7, 11, 13],
    themes: ['climate-action', 'participation', 'public-spending'],
    ogpValues: ['civic-participation', 'public-accountability'],
    yearStarted: 2016,
    language: 'en',
    cities: [{ name: 'Paris', country: 'FR', latitude: 48.8566, longitude: 2.3522 }],
    contacts: [
      {
        name: 'Climate, Energy and Circular Economy Division',
        role: 'Division head',
        organisation: 'Urban Ecology Agency, City of Paris',
      },
    ],
    links: [
      {
        label: 'Paris pour le climat (City of Paris)',
        url: 'https://www.paris.fr/municipalite/action-municipale/paris-pour-le-climat-2148',
      },
    ],
    publishedAt: '2025-01-15',
  },

  // ---------------------------------------------------------------- Seoul
  {
    slug: 'seoul-open-and-big-data-on-environment',
    network: 'uclg-transparency',
    title: 'Open and Big Data on Environment',
    summary:
      'Seoul Metropolitan Government answered public worry about air and water quality by opening thousands of datasets, letting residents help decide what gets published, and analysing the data with them at the Seoul Big Data Campus.',
    challenge: `Air and water quality have become pressing concerns for the Seoul Metropolitan Government (SMG). Air pollution grew so serious that the city introduced free public transport and a compulsory alternate no-driving scheme whenever average daily particulate matter stayed above 50 µg/m³ for two days running.

Seoul has also taken physical climate measures. An elevated highway in the city centre was turned into a park, reconnecting people with the river and lowering local temperatures, and more than 16 million trees have been planted to help cool the city.

What remained was to answer residents' environmental worries in a way that was open, evidence-based and responsive to what they actually wanted to know.`,
    approach: `SMG worked on three fronts — transparency, analytics and responsiveness:

- **Open Data Plaza.** Around 4,500 datasets in 10 themes, including environment and public health, are published online and used about 670,000 times a day. New releases follow public demand: in 2012 air pollution was the most consulted topic, at 30% of lookups. Air quality and pollutant readings appear on an easy-to-read map, and by May 2018 real-time air quality data was the second most popular dataset, behind only real-time subway data.
- **Seoul Big Data Campus.** Residents and officials examine open data side by side to understand problems and work out policy responses.
- **Digital Civic Mayor's Office.** A dashboard follows conditions across the city and tracks complaints, so the Mayor and senior officials can check that key concerns get a proper response.`,
    innovation: `Giving residents a voice in which datasets are released keeps the government closely tuned to what people care about. Publication stops being a purely internal decision: public demand shapes the supply of data.

Showing air quality on a map and in real time also turns raw measurements into information people can act on in daily life, which helps explain why it became one of the most consulted datasets in the city.`,
    openGovernment: `Yes. SMG widened transparency by releasing data in a participatory way, with residents helping to choose which datasets should be opened. That makes the administration both more open and more inclusive.

It went beyond publication. At the Seoul Big Data Campus residents analyse the data themselves and help co-design policies, which places them at the centre of decision-making. The Digital Civic Mayor's Office adds an accountability loop by making sure complaints are followed up.`,
    lessons: `- **Pair technology with action.** Digital tools deliver most when they are linked to concrete government responses, not deployed for their own sake.
- **Keep people at the centre.** Smart-city improvements work best when they put residents' concerns, insights and analysis first.
- **Let demand guide supply.** Watching what people look for — such as air quality or subway data — is a practical guide to what to open next.`,
    sdgs: [11, 13],
    themes: ['open-data', 'climate-action', 'environment-health', 'digital-government'],
    ogpValues: ['access-to-information', 'civic-participation', 'technology-innovation'],
    yearStarted: null,
    language: 'en',
    cities: [{ name: 'Seoul', country: 'KR', latitude: 37.5665, longitude: 126.978 }],
    contacts: [
      {
        name: 'Information Planning Division',
        role: 'Division director',
        organisation: 'Seoul Metropolitan Government',
      },
    ],
    links: [{ label: 'Seoul Big Data Campus', url: 'https://bigdata.seoul.go.kr/main.do' }],
    publishedAt: '2025-02-12',
  },

  // ---------------------------------------------------------------- Bogotá
  {
    slug: 'bogota-attention-model-for-the-informal-economy',
    network: 'uclg-transparency',
    title: 'Attention Model for the Informal Economy',
    summary:
      "Bogotá's Institute for the Social Economy (IPES) turned its support for street vendors into a single, traceable model that profiles each person and refers them across a network of public and civil society services, helping them into entrepreneurship or formal jobs.",
    challenge: `Bogotá has taken in many people displaced by Colombia's internal armed conflict, as well as recent arrivals from Venezuela. Many arrive highly vulnerable, with little schooling or work experience, and find formal jobs much harder to reach than other residents do. Young people also face the city's highest jobless rate: 15.10% for under-29s against 11.60% for older workers. Both groups risk ending up in informal work or crime.

The city's Institute for the Social Economy (IPES) helps informal workers raise their income through guidance, relocation, job training and support for sustainable businesses. As of July 2018 its HEMI database listed 81,275 people describing themselves as informal vendors, yet only 51,781 (63%) appeared in the Individual Register of Informal Vendors (RVI).

With support from the EU's Socieux+ programme, the Union of Ibero-American Capital Cities (UCCI) and Orienta Pro, Bogotá set out to redesign its model so it is structured, comprehensive and able to follow each beneficiary's progress.`,
    approach: `The update was carried out in three phases:

1. **Review and validation.** Earlier methods and technical frameworks were reassessed. Vendor profiling tools were sharpened to reflect each person's skills and needs more accurately, and materials, procedures and the HEMI identification system were revised, with a plan to adapt them to new platforms.
2. **Comprehensive attention.** Relevant organisations were mapped and a network of social protection providers was formed. Referral routes now direct people who fall outside IPES's remit to other municipal, regional, national or civil society services. A dedicated team handles recruitment, profiling, psychosocial support, referral and follow-up.
3. **Orienta Pro platform.** Being rolled out now, it stores individual profiles and logs every action, so progress can be tracked across IPES and partner programmes and turned into statistics and indicators.

Beneficiaries, public and private bodies, NGOs and international partners all took part in an open redesign process.`,
    innovation: `- **Better targeting.** Accurate profiles mean support and social spending reach those who need them most, making IPES projects more efficient and improving beneficiaries' quality of life.
- **A whole-person view.** The model helps vendors move into either running their own business or paid work, while also addressing wider personal and family circumstances.
- **Data for policy.** New data and indicators let the city administration, and IPES in particular, tailor policies and projects to specific groups.
- **A reference for others.** Institutions at local, national and international level now point to it as an example.`,
    openGovernment: `Yes. The model prompted other organisations, civil society among them, to open up their information and to share data and standardised procedures. This strengthens the right to information of beneficiaries and residents and encourages them to join public debate, with the aim of more responsive, innovative and effective governance.

Beneficiaries also help build their own profiles interactively, so that staff and citizens alike use technology and open data as part of the service.`,
    lessons: `The biggest achievement was a set of working channels for cooperation within IPES and between institutions. All five IPES sub-directorates took part, together with social assistance bodies at municipal, regional and national level and civil society organisations.

Peer learning and a close look at national and international practice helped turn early resistance into constructive debate. That debate produced shared strategies and a coordinated portfolio of services, and gave Bogotá City Council a clearer basis for designing and delivering solutions that improve informal vendors' quality of life.`,
    sdgs: [1, 8, 10, 11],
    themes: ['future-of-work', 'social-inclusion', 'city-to-city-cooperation'],
    ogpValues: ['access-to-information', 'civic-participation', 'technology-innovation'],
    yearStarted: null,
    language: 'en',
    cities: [{ name: 'Bogotá', country: 'CO', latitude: 4.711, longitude: -74.0721 }],
    contacts: [
      {
        name: 'Institute for the Social Economy (IPES)',
        role: 'Programme contact',
        organisation: 'Bogotá City Council',
      },
    ],
    links: [],
    publishedAt: '2025-03-12',
  },

  // ---------------------------------------------------------------- Buenos Aires
  {
    slug: 'buenos-aires-sexual-and-reproductive-health-information-portal',
    network: 'ogp-local',
    title: 'Integrated Information Portal and Reporting Channel for Sexual and Reproductive Health Services',
    summary:
      'Through its OGP action plan, Buenos Aires worked with Fundación Huésped to enrich the #DÓNDE platform with regularly shared city data on sexual and reproductive health services, plus a way for users to rate the care they receive.',
    challenge: `Young people in Buenos Aires often did not know how to reach sexual and reproductive health services — a gap made more urgent by a slight rise in HIV diagnoses.

As an Open Government Partnership participant, the city pledged that every resident, and young people above all, should be able to find this information easily. Several ministries teamed up with the civil society organisation Fundación Huésped to extend its existing platform, #DÓNDE. Until then the foundation had received city data only occasionally and on paper, which made it hard to keep current; the ministries now share it in an organised, systematic way.

The platform maps where to get HIV tests, free contraception, vaccines and legal abortion services. A new reporting feature lets users rate the service they received. Fundación Huésped forwards these reviews — monthly, as planned — to the city's Coordination of Sexual Health and STDs so problems can be followed up.`,
    approach: `The reform was one of the commitments co-created during Buenos Aires' first OGP action plan process, in 2016. That process brought together:

- 27 in-person working roundtables;
- 21 civil society organisations;
- 16 government areas spanning all three branches of the state;
- 2 research institutions and 1 university.

Together they produced five commitments covering health, transport, education and ways of involving the three branches of government. The plan's overall aim was to use open government tools to improve public services and quality of life for people living in the city.`,
    innovation: `Women can now find essential information about their sexual and reproductive health and rights on a platform that is simple to understand, easy to reach and kept up to date.

They also have, for the first time, a structured channel to give feedback or raise concerns about the health services they use. Service users thereby become a source of monitoring information for both the foundation and the city government.`,
    openGovernment: `Yes. The city now publishes the collected information as new datasets and georeferenced maps on the Buenos Aires Data portal and the city government website. Businesses, public bodies and civil society can reuse this previously unavailable data to improve health services, and the reporting channel gives residents a way to inform and influence decisions.

The work also enriched the municipal datasets on hospitals and Community Action and Health Centres (CESAC), which now show whether each facility offers:

- sexual and reproductive health services, and which ones (IUDs, condoms, pregnancy tests, emergency contraception);
- legal termination of pregnancy (LTP);
- HIV prevention, care and diagnosis (CePAD);
- vaccination.`,
    lessons: `- **Partnership beats consultation.** Civil society did more than offer input: acting as an implementing partner raised the quality of the project and helped hold agencies to what they had promised.
- **Trusted intermediaries help on sensitive topics.** Because Fundación Huésped built the platform and ran the service ratings, the work could move forward in a difficult social context, helped guard against discretionary treatment in health centres, and reached a wide audience.
- **Steady data flows keep a platform alive.** Moving from sporadic paper transfers to systematic sharing is what keeps the information current.`,
    sdgs: [3, 5, 10, 11],
    themes: ['social-inclusion', 'gender-equality', 'open-data', 'environment-health'],
    ogpValues: ['access-to-information', 'civic-participation', 'public-accountability'],
    yearStarted: 2016,
    language: 'en',
    cities: [{ name: 'Buenos Aires', country: 'AR', latitude: -34.6037, longitude: -58.3816 }],
    contacts: [
      {
        name: 'Open Government Action Plan team',
        role: 'Programme contact',
        organisation: 'Government of the City of Buenos Aires',
      },
    ],
    links: [
      {
        label: 'Buenos Aires Data: Community Action and Health Centres (CESAC) dataset',
        url: 'https://data.buenosaires.gob.ar/dataset/centros-de-salud-y-accion-comunitaria-cesac',
      },
      {
        label: 'Buenos Aires Data: Hospitals dataset',
        url: 'https://data.buenosaires.gob.ar/dataset/hospitales',
      },
    ],
    publishedAt: '2025-04-09',
  },

  // ---------------------------------------------------------------- Johannesburg / Tshwane
  {
    slug: 'johannesburg-tshwane-mapping-informal-transit',
    network: 'uclg-transparency',
    title: 'Mapping Informal Transit to Improve Public Transit Services',
    summary:
      "Local commuters trained by Where Is My Transport mapped more than 2,800 minibus taxi routes across Gauteng in four weeks, giving Johannesburg, Tshwane and residents their first detailed picture of the region's informal transport network.",
    challenge: `Across much of the Global South, public transport is patchy and largely informal. Where jobs and homes are far apart and private vehicles are unaffordable, shared transport is vital for mobility, access and safety — yet many cities cannot offer a regulated, formal system.

In South Africa, informal minibus taxis account for 65% of public transport, against 21% for buses and 14% for trains. Private operators meet a public need, but at a higher cost in emissions, safety and time, and the burden falls hardest on low-income households: in Cape Town some spend over 46% of their monthly income on getting around. Routes are often unregulated, unmapped and without timetables.

Gauteng Province, home to Johannesburg and Tshwane, has close to 13 million residents and about 2,800 minibus taxi routes, in a post-apartheid setting still shaped by racial segregation. Improving the system first meant finding out what it looked like.`,
    approach: `With no official records of routes, operators, fares or schedules, the organisation Where Is My Transport and local partners recruited and trained a team of data collectors. They were regular minibus taxi users living in the areas being surveyed, so they could capture both measurable data and first-hand impressions of the service.

Using a mobile app built by Where Is My Transport, they recorded:

- routes and common stopping points;
- service frequency;
- fares.

Local partners and developers then validated the results. In four weeks the effort logged more than 2,800 distinct routes totalling 44,000 km. Johannesburg and Tshwane can use this to understand the network, assess service levels and plan improvements, while commuters can plan journeys that may be faster, cheaper and more accessible.`,
    innovation: `Apartheid-era planning left many black South Africans living far from where they work, reliant on informal transport that local governments do not support — so commuting is slow and expensive. Reliable information on routes, service quality and timing helps them weigh their options.

The crowdsourcing method has been reused in other Global South cities. Once informal transit is mapped, developers can build journey planners, feedback tools where people flag problems with buses or road conditions, or safety reporting through apps such as Safetipin.`,
    openGovernment: `Yes. The project combined three open government ingredients:

- **Access to information:** commuters can now see how the informal network operates;
- **Civic participation:** residents collected the data themselves;
- **Technological innovation:** a purpose-built app plus a validation process.

Together these improved people's ability to find transit information and gave municipalities such as Johannesburg and Tshwane better evidence for decisions on urban mobility and planning.`,
    lessons: `Partnerships between local stakeholders and technology companies can widen access to information and lift service quality — even where, as with informal minibus taxis, the government itself holds little of the relevant data.

Relying on people who use the service every day also yields richer information than official records alone could, blending hard numbers with practical knowledge of how the network really works.`,
    sdgs: [10, 11],
    themes: ['urban-planning', 'social-inclusion', 'open-data'],
    ogpValues: ['access-to-information', 'civic-participation', 'technology-innovation'],
    yearStarted: null,
    language: 'en',
    cities: [
      { name: 'Johannesburg', country: 'ZA', latitude: -26.2041, longitude: 28.0473 },
      { name: 'Tshwane (Pretoria)', country: 'ZA', latitude: -25.7479, longitude: 28.2293 },
    ],
    contacts: [
      {
        name: 'Where Is My Transport team',
        role: 'Data collection partner',
        organisation: 'Where Is My Transport',
      },
    ],
    links: [],
    publishedAt: '2025-05-14',
  },

  // ---------------------------------------------------------------- Madrid
  {
    slug: 'madrid-consul-project-global-participation-platform',
    network: 'ogp-local',
    title: 'Consul Project: A Global Platform to Enhance Citizen Participation at City Level',
    summary:
      'Madrid built its Decide Madrid participation site on the open-source Consul software and, as an OGP action plan commitment, helped cities and institutions around the world adopt it through a shared community of users.',
    challenge: `Looking for more open and inclusive ways of governing, Madrid City Council launched a citizen participation project centred on the Decide Madrid website. Its aim is direct democracy: a channel where each resident can raise ideas and needs, then propose, debate, prioritise and vote on policies to address them.

Decide Madrid runs on Consul, a digital platform through which people can launch and back initiatives, decide on major municipal questions, help draft local regulations and choose how €100m of the city budget is spent each year. Since 2015 it has gathered 362,702 registered users, more than 5,000 debates and over 21,000 proposals.

The idea drew interest far beyond Spain. Under its Open Government Partnership action plan, Madrid therefore released Consul as open-source software that any institution can copy and improve, cutting the cost for others of launching and running participatory processes.`,
    approach: `Spreading Consul to other institutions was one of the commitments co-created for Madrid's 2017 OGP action plan. The plan itself was drafted through several consultation rounds that mixed in-person events with online participation, where people could comment, suggest changes and follow how commitments developed; civil society and the private sector were invited to take part.

Madrid went further than publishing free software. It also:

- provides technical and legal assistance;
- shares know-how on running participatory processes;
- coordinates a community of Consul-using institutions for exchange, improvement and support.

Barcelona, Buenos Aires, Montevideo, Paris, Turin and Valencia, along with dozens of other towns and regions, now run Consul-based platforms, while Guatemala, Guadalajara, Gwangju, La Paz, Lima, Medellín, Quito and Porto Alegre are implementing it. In Madrid alone, more than €200m has gone to initiatives decided through the tool. Universities, unions, political parties and companies have shown interest too.`,
    innovation: `Madrid's success opened channels of collaboration and solidarity with local, national and international bodies that share the goal of letting people take part in public affairs.

Releasing the code — and actively helping others deploy it — is a sharp break from how public administrations normally handle their software. Every Consul user joins a single network of public servants who trade experience, good practice and knowledge. Because the code is open, each adopter can contribute changes, so the tool keeps improving; free licensing means cities can take it up whatever their budget or technical capacity.`,
    openGovernment: `Yes. Wherever Consul is used, residents can voice needs and proposals, see them taken into account and stay informed about how the council responds. Administrations, in turn, learn directly what people want and open up their decision-making.

Both sides gain a shared space to discuss city problems and work out solutions together. This two-way exchange builds trust, transparency and accountability, and recasts participation as collective intelligence that makes governance more responsive and effective. The tool's flexibility has also made more elaborate participatory processes possible.`,
    lessons: `A platform can build agreement around many ideas, but that is only half the job: administrations also need procedures that make the resulting decisions binding.

In practice, cities have to review their regulations and clear away obstacles so that what residents agree on through the platform is actually carried out. Without that follow-through, participation risks generating proposals that never turn into policy.`,
    sdgs: [11, 16, 17],
    themes: ['participation', 'digital-government', 'city-to-city-cooperation', 'public-spending'],
    ogpValues: ['civic-participation', 'technology-innovation', 'public-accountability'],
    yearStarted: 2015,
    language: 'en',
    cities: [{ name: 'Madrid', country: 'ES', latitude: 40.4168, longitude: -3.7038 }],
    contacts: [
      {
        name: 'Consul project team',
        role: 'Programme contact',
        organisation: 'Madrid City Council',
      },
    ],
    links: [{ label: 'Consul project', url: 'http://www.consulproject.org/en/' }],
    publishedAt: '2025-06-11',
  },
];
