/**
 * Real open-government vocabulary per language. `head` words are used by most cards of the language; the
 * generator assigns every other word a card share by band (common, medium, tail), so that document
 * frequencies span ~20 %, ~3 % and below. `stop` words fill sentences (Zipf-weighted, in order).
 */
export interface LanguageVocabulary {
  code: 'en' | 'es' | 'fr' | 'pt';
  head: string[];
  words: string[];
  stop: string[];
  phrases: string[];
  /** Short connectors used in titles ("in", "en", "à", "em"). */
  inWord: string;
}

const split = (text: string): string[] => [...new Set(text.trim().split(/\s+/))];

export const ENGLISH: LanguageVocabulary = {
  code: 'en',
  inWord: 'in',
  head: split(`city public government residents local information services data community council municipal
    citizens participation open plan project programme people process policy support new access transparency`),
  words: split(`municipality mayor administration department agency ministry office officials staff civil servants
    regulation law ordinance decree strategy initiative pilot reform framework commitment action agenda priority
    priorities goal targets indicators outcomes results impact evaluation monitoring assessment audit oversight
    accountability integrity corruption ethics compliance disclosure procurement contracts contracting tender budget
    budgeting spending expenditure revenue taxes finance funding investment grants resources costs savings efficiency
    delivery users neighbourhood neighbourhoods district districts households families women youth children elderly
    migrants vendors workers businesses entrepreneurs enterprises cooperatives organisations associations volunteers
    activists journalists researchers universities academia experts partners partnership stakeholders coalition
    network alliance collaboration cooperation dialogue consultation participatory engagement deliberation assembly
    assemblies forum hearings workshops meetings sessions surveys feedback complaints petitions proposals votes voting
    referendum elections representatives dataset datasets portal platform website application app software digital
    technology online mobile dashboard map maps mapping geospatial sensors statistics records registry archive
    standards interoperability licence format download visualisation analytics algorithms artificial intelligence
    cloud infrastructure connectivity broadband internet literacy skills training capacity education schools teachers
    students learning knowledge innovation innovative experimentation laboratory prototype design startup hackathon
    climate emissions carbon energy renewable solar buildings housing homelessness land planning zoning urban informal
    settlements slums transport transit mobility buses routes cycling pedestrians streets roads traffic safety air
    quality pollution water sanitation waste recycling green parks trees biodiversity flooding resilience adaptation
    heat drought environment environmental health hospitals clinics nutrition food markets agriculture tourism
    culture heritage sports libraries security police violence crime justice rights human equality gender inclusion
    exclusion poverty inequality discrimination disability accessibility employment jobs economy economic
    livelihoods income wages social protection welfare benefits pensions insurance improve improved increase reduce
    reduced strengthen build develop developed launch launched implement implemented publish published share shared
    monitor track measure identify encourage enable involve involved invite propose approve approved adopt adopted
    allocate allocated designed deliver delivered expand scale replicate sustain sustainable effective efficient
    responsive inclusive accessible transparent accountable collaborative regional national international global
    metropolitan rural central federal annual monthly weekly daily key main major small large important significant
    successful difficult complex clear simple free available existing current previous future early time year years
    months weeks phase stage steps approach method methodology tools tool model models practice practices lessons
    challenge challenges problem problems solution solutions opportunity opportunities barriers risks trust confidence
    legitimacy ownership leadership political culture change changes behaviour awareness campaign communication media
    newspapers radio television messaging neighbours coordinators facilitators moderators translators census survey
    questionnaire interviews focus groups baseline benchmark milestone milestones deadline schedule calendar timeline
    committee board secretariat taskforce unit team teams inspectors auditors ombudsman regulator prosecutors courts
    judges lawyers paralegals notaries licences permits inspections fines sanctions incentives subsidies vouchers
    loans credit microfinance savings banks payments cash transfers remittances pricing tariffs fees charges meters
    billing electricity lighting streetlights sidewalks bridges drainage sewers pipes reservoirs wells boreholes
    irrigation farmers fisheries forests wetlands coastline beaches rivers lakes watershed mangroves erosion landslides
    earthquakes hurricanes wildfires evacuation shelters emergency preparedness recovery reconstruction displacement
    refugees asylum integration languages interpreters minorities indigenous elders caregivers nurses doctors
    midwives vaccination clinics pharmacies medicines epidemic pandemic testing screening maternal reproductive
    mental wellbeing loneliness kindergartens scholarships apprenticeships internships graduates unemployment
    informality formalisation licensing kiosks stalls traders marketplace logistics deliveries freight ports airports
    railways tramways metro ferries taxis minibuses bicycles scooters parking congestion commuting accessibility`),
  stop: split(`the of and to in a for with on by as is was were that this it from at their its be are have has which an
    or more than they not but also into through all each who we our been can will most other these such only`),
  phrases: [
    'participatory budgeting', 'open data portal', 'civil society organisations', 'access to information',
    'public procurement', 'climate action plan', 'air quality', 'informal economy', 'street vendors',
    'local government', 'city council', 'citizen participation', 'open government', 'action plan', 'public services',
    'social inclusion', 'gender equality', 'human rights', 'waste management', 'public transport', 'urban planning',
    'affordable housing', 'budget transparency', 'beneficial ownership', 'freedom of information', 'digital literacy',
    'public health', 'data protection', 'smart city', 'land registry', 'water supply', 'community engagement',
    'youth councils', 'neighbourhood assemblies', 'grievance redress', 'service delivery', 'performance indicators',
    'contract monitoring', 'asset declarations', 'whistleblower protection', 'lobbying register', 'open contracting',
    'citizen science', 'participatory planning', 'climate adaptation', 'flood risk', 'renewable energy',
    'energy efficiency', 'green spaces', 'road safety', 'informal settlements', 'solid waste', 'tax revenue',
    'public spending', 'capacity building', 'peer learning', 'mobile app', 'online platform', 'real time',
    'public consultation', 'legal framework', 'political will', 'civic tech', 'local elections', 'social audit',
    'health services', 'primary schools', 'digital services', 'data standards', 'open source', 'procurement portal',
    'complaints system', 'feedback loop', 'public hearings', 'city hall', 'municipal budget', 'annual report',
    'pilot project', 'steering committee', 'early warning system',
  ],
};

export const SPANISH: LanguageVocabulary = {
  code: 'es',
  inWord: 'en',
  head: split(`gobierno ciudad municipio público pública ciudadanos vecinos información participación datos
    servicios comunidad proyecto programa transparencia acceso local municipal política desarrollo`),
  words: split(`ciudades alcaldía alcalde concejo ayuntamiento administración públicos ciudadanía barrio barrios
    comunidades participativo presupuesto presupuestos rendición cuentas abiertos portal plataforma digital tecnología
    innovación proyectos políticas plan estrategia compromiso compromisos acción acciones objetivo objetivos metas
    indicadores resultados impacto evaluación seguimiento monitoreo auditoría control integridad corrupción
    contratación contratos licitaciones compras gasto inversión recursos financiamiento impuestos servicio salud
    educación escuelas vivienda transporte movilidad seguridad violencia mujeres jóvenes niños niñas adultos mayores
    migrantes vendedores ambulantes trabajadores empleo trabajo economía informal formalización pobreza desigualdad
    inclusión género igualdad derechos humanos justicia ambiente ambiental clima climático emisiones energía agua
    saneamiento residuos reciclaje contaminación aire calidad espacio espacios verdes parques calles urbano urbana
    planificación territorio territorial sostenible sostenibilidad resiliencia riesgo riesgos desastres inundaciones
    organizaciones sociedad civil asociaciones colectivos universidades academia expertos socios alianza red
    cooperación colaboración diálogo consulta consultas encuestas asambleas mesas talleres reuniones foros propuestas
    votación votos decisiones cocreación corresponsabilidad confianza legitimidad capacidades formación capacitación
    herramientas herramienta metodología proceso procesos etapa fase año años meses funcionarios servidores equipo
    equipos secretaría ministerio oficina dirección departamento ley leyes decreto ordenanza normativa reglamento
    registro registros mapa mapas mapeo censo estadísticas visualización aplicación móvil sitio web página mejorar
    aumentar reducir fortalecer impulsar promover implementar publicar compartir garantizar permitir apoyar crear
    desarrollar diseñar lanzar ampliar nuevo nueva nuevos primera primer locales nacional regional metropolitana
    social sociales económico económica abierto abierta efectiva eficiente inclusiva accesible clave importante
    principales grandes mercados comercio alimentos agricultura turismo cultura patrimonio deportes bibliotecas
    policía delitos víctimas discapacidad accesibilidad ingresos salarios protección bienestar pensiones salud
    hospitales clínicas vacunación medicamentos emergencia reconstrucción refugiados indígenas cuidadoras enfermeras
    médicos becas pasantías desempleo licencias permisos inspecciones multas sanciones incentivos subsidios créditos
    pagos transferencias tarifas electricidad alumbrado veredas puentes drenaje alcantarillado tuberías pozos riego
    agricultores bosques humedales ríos lagos erosión deslizamientos terremotos incendios evacuación albergues`),
  stop: split(`de la el en y a los las del que por con para una un se su al sus es como más o lo fue son este esta
    entre sobre también sin desde hasta`),
  phrases: [
    'presupuesto participativo', 'datos abiertos', 'gobierno abierto', 'rendición de cuentas', 'sociedad civil',
    'acceso a la información', 'participación ciudadana', 'espacio público', 'vendedores ambulantes',
    'economía informal', 'transporte público', 'cambio climático', 'calidad del aire', 'plan de acción',
    'contratación pública', 'derechos humanos', 'igualdad de género', 'servicios públicos', 'gestión de residuos',
    'vivienda social', 'portal de transparencia', 'consejo municipal', 'mesas de trabajo', 'salud pública',
    'seguridad ciudadana', 'gobierno digital',
  ],
};

export const FRENCH: LanguageVocabulary = {
  code: 'fr',
  inWord: 'à',
  head: split(`ville commune gouvernement public publique citoyens habitants information participation données
    services projet programme transparence accès local municipal politique développement quartier`),
  words: split(`villes mairie maire conseil municipalité administration publics citoyenneté quartiers communauté
    communautés participatif participative budget budgets redevabilité comptes ouvertes ouvert portail plateforme
    numérique technologie innovation projets politiques plan stratégie engagement engagements action actions objectif
    objectifs cibles indicateurs résultats impact évaluation suivi contrôle audit intégrité corruption marchés
    contrats appels offres achats dépenses investissement ressources financement impôts service santé éducation
    écoles logement transports mobilité sécurité violence femmes jeunes enfants personnes âgées migrants vendeurs
    travailleurs emploi travail économie informelle formalisation pauvreté inégalités inclusion genre égalité droits
    humains justice environnement environnemental climat climatique émissions énergie eau assainissement déchets
    recyclage pollution air qualité espace espaces verts parcs rues urbain urbaine planification territoire
    territorial durable durabilité résilience risque risques catastrophes inondations organisations société civile
    associations collectifs universités chercheurs experts partenaires alliance réseau coopération collaboration
    dialogue concertation consultation enquêtes assemblées ateliers réunions forums propositions vote votes décisions
    coconstruction confiance légitimité capacités formation outils outil méthodologie processus étape phase année
    années mois fonctionnaires agents équipe équipes secrétariat ministère bureau direction département loi lois décret
    arrêté règlement registre registres carte cartes cartographie recensement statistiques visualisation application
    mobile site internet améliorer augmenter réduire renforcer promouvoir mettre œuvre publier partager garantir
    permettre soutenir créer développer concevoir lancer élargir nouveau nouvelle nouveaux première premier locaux
    national régional métropolitaine social sociale sociaux économique ouverte efficace efficiente inclusive
    accessible essentiel important principaux grands commerce alimentation agriculture tourisme culture patrimoine
    sport bibliothèques police délits victimes handicap accessibilité revenus salaires protection bien-être retraites
    hôpitaux cliniques vaccination médicaments urgence reconstruction réfugiés autochtones aidants infirmières
    médecins bourses stages chômage licences permis inspections amendes sanctions incitations subventions crédits
    paiements transferts tarifs électricité éclairage trottoirs ponts drainage égouts canalisations puits irrigation
    agriculteurs forêts zones humides rivières lacs érosion glissements séismes incendies évacuation abris`),
  stop: split(`de la le les des et à en du un une pour dans par sur au avec est qui que aux se ses son plus ont été
    ou cette ce leur leurs ainsi entre sans`),
  phrases: [
    'budget participatif', 'données ouvertes', 'gouvernement ouvert', 'société civile', 'participation citoyenne',
    'conseil municipal', 'espace public', 'économie informelle', 'transports publics', 'changement climatique',
    'qualité de l\'air', 'plan d\'action', 'marchés publics', 'droits humains', 'services publics',
    'gestion des déchets', 'logement social', 'conseils de quartier', 'démocratie participative', 'santé publique',
    'lutte contre la corruption', 'reddition des comptes', 'accès à l\'information', 'égalité des genres',
    'administration numérique',
  ],
};

export const PORTUGUESE: LanguageVocabulary = {
  code: 'pt',
  inWord: 'em',
  head: split(`governo cidade município público pública cidadãos moradores informação participação dados serviços
    comunidade projeto programa transparência acesso local municipal política desenvolvimento`),
  words: split(`cidades prefeitura prefeito câmara vereadores administração públicos cidadania bairro bairros
    comunidades participativo orçamento orçamentos prestação contas abertos portal plataforma digital tecnologia
    inovação projetos políticas plano estratégia compromisso compromissos ação ações objetivo objetivos metas
    indicadores resultados impacto avaliação monitoramento acompanhamento auditoria controle integridade corrupção
    contratação contratos licitações compras gastos investimento recursos financiamento impostos serviço saúde
    educação escolas habitação moradia transporte mobilidade segurança violência mulheres jovens crianças idosos
    migrantes vendedores ambulantes trabalhadores emprego trabalho economia informal formalização pobreza
    desigualdade inclusão gênero igualdade direitos humanos justiça ambiente ambiental clima climáticas emissões
    energia água saneamento resíduos reciclagem poluição ar qualidade espaço espaços verdes parques ruas urbano
    urbana planejamento território territorial sustentável sustentabilidade resiliência risco riscos desastres
    enchentes organizações sociedade civil associações coletivos universidades pesquisadores especialistas parceiros
    aliança rede cooperação colaboração diálogo consulta consultas pesquisas assembleias oficinas reuniões fóruns
    propostas votação votos decisões cocriação confiança legitimidade capacidades formação capacitação ferramentas
    ferramenta metodologia processo processos etapa fase ano anos meses servidores equipe equipes secretaria
    ministério escritório diretoria departamento lei leis decreto portaria regulamento registro registros mapa mapas
    mapeamento censo estatísticas visualização aplicativo celular site página melhorar aumentar reduzir fortalecer
    promover implementar publicar compartilhar garantir permitir apoiar criar desenvolver projetar lançar ampliar
    novo nova novos primeira primeiro locais nacional regional metropolitana social sociais econômico econômica
    aberto aberta efetiva eficiente inclusiva acessível essencial importante principais grandes mercados comércio
    alimentos agricultura turismo cultura patrimônio esportes bibliotecas polícia crimes vítimas deficiência
    acessibilidade renda salários proteção bem-estar aposentadorias hospitais clínicas vacinação medicamentos
    emergência reconstrução refugiados indígenas cuidadoras enfermeiras médicos bolsas estágios desemprego licenças
    alvarás fiscalização multas sanções incentivos subsídios créditos pagamentos transferências tarifas
    eletricidade iluminação calçadas pontes drenagem esgoto tubulações poços irrigação agricultores florestas
    manguezais rios lagos erosão deslizamentos incêndios evacuação abrigos conselhos conferências ouvidoria`),
  stop: split(`de a o e do da em para com os as que no na por um uma dos das se ao é foi mais como pelo pela seu sua
    entre também sem`),
  phrases: [
    'orçamento participativo', 'dados abertos', 'governo aberto', 'sociedade civil', 'acesso à informação',
    'participação social', 'prestação de contas', 'conselho municipal', 'espaço público', 'economia informal',
    'transporte público', 'mudanças climáticas', 'qualidade do ar', 'plano de ação', 'compras públicas',
    'direitos humanos', 'igualdade de gênero', 'serviços públicos', 'gestão de resíduos', 'habitação social',
    'portal da transparência', 'saúde pública', 'controle social', 'audiências públicas', 'conselhos gestores',
  ],
};

export const VOCABULARIES = [ENGLISH, SPANISH, FRENCH, PORTUGUESE] as const;

/** Card language mix. */
export const LANGUAGE_SHARES: Record<LanguageVocabulary['code'], number> = { en: 0.7, es: 0.15, fr: 0.1, pt: 0.05 };

/** Syllables for synthetic proper nouns (places, projects, organisations): 22 onsets × 8 nuclei × 5 codas. */
export const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'tr', 'st', 'gr', 'pl'];
export const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ia'];
export const CODAS = ['', 'n', 'r', 'l', 's'];

/** Networks (a dozen), with their share of cards and the languages they favour. */
export const NETWORKS = [
  { slug: 'uclg-transparency', name: 'UCLG Community of Practice on Transparency and Open Government', share: 0.16, languages: ['en', 'es', 'fr'] },
  { slug: 'ogp-local', name: 'OGP Local Program', share: 0.2, languages: ['en', 'es', 'fr', 'pt'] },
  { slug: 'eurocities', name: 'Eurocities', share: 0.09, languages: ['en', 'fr', 'es', 'pt'] },
  { slug: 'metropolis', name: 'Metropolis World Association of Major Metropolises', share: 0.08, languages: ['en', 'es', 'fr'] },
  { slug: 'iclei', name: 'ICLEI Local Governments for Sustainability', share: 0.08, languages: ['en', 'es', 'pt'] },
  { slug: 'c40', name: 'C40 Cities Climate Leadership Group', share: 0.07, languages: ['en'] },
  { slug: 'mercociudades', name: 'Mercociudades', share: 0.06, languages: ['es', 'pt'] },
  { slug: 'uclg-africa', name: 'UCLG Africa', share: 0.06, languages: ['en', 'fr', 'pt'] },
  { slug: 'citynet', name: 'CityNet Asia Pacific', share: 0.05, languages: ['en'] },
  { slug: 'cities-alliance', name: 'Cities Alliance', share: 0.06, languages: ['en', 'fr', 'es'] },
  { slug: 'local2030', name: 'Local2030 Coalition', share: 0.05, languages: ['en', 'es'] },
  { slug: 'fmdv', name: 'FMDV Global Fund for Cities Development', share: 0.04, languages: ['fr', 'en', 'es'] },
] as const;

/** Relative weights of SDGs when drawing a card's 1–4 goals: 11 and 16 dominate, as in the white paper. */
export const SDG_WEIGHTS: Record<number, number> = {
  1: 5, 2: 2, 3: 6, 4: 5, 5: 7, 6: 4, 7: 3, 8: 6, 9: 4, 10: 8, 11: 30, 12: 3, 13: 8, 14: 1.5, 15: 1.5, 16: 25, 17: 10,
};

/** Share of cities per M49 region (networks of local governments skew to the Americas, Europe and Africa). */
export const REGION_SHARES: Record<string, number> = { Americas: 0.3, Europe: 0.26, Africa: 0.2, Asia: 0.19, Oceania: 0.05 };

/** Countries where each non-English language's cards are set (English cards go anywhere). */
export const LANGUAGE_COUNTRIES: Record<string, string[]> = {
  es: ['ES', 'MX', 'CO', 'AR', 'CL', 'PE', 'EC', 'BO', 'UY', 'PY', 'GT', 'HN', 'SV', 'CR', 'PA', 'DO', 'VE'],
  fr: ['FR', 'BE', 'CH', 'CA', 'SN', 'CI', 'MA', 'TN', 'CM', 'BF', 'ML', 'BJ', 'TG', 'MG', 'CD'],
  pt: ['BR', 'PT', 'MZ', 'AO', 'CV', 'GW', 'ST'],
};
