import type { DemoCase } from './demo.types.js';

/**
 * Demo translations, in our own words, each linked to its original (`translationOf`): a French version of
 * the Johannesburg/Tshwane card, as a francophone member of the network would share it.
 */
export const demoTranslations: (DemoCase & { translationOf: string })[] = [
  {
    slug: 'johannesburg-tshwane-cartographier-le-transport-informel',
    translationOf: 'johannesburg-tshwane-mapping-informal-transit',
    network: 'uclg-transparency',
    title: 'Cartographier le transport informel pour améliorer les services de transport public',
    summary:
      "Formés par Where Is My Transport, des usagers du Gauteng ont relevé en quatre semaines plus de 2 800 lignes de taxis collectifs : pour la première fois, les villes et leurs habitants disposent d'une carte détaillée de ce réseau informel.",
    challenge: `Dans une grande partie des pays du Sud, le transport public est lacunaire et largement informel. Quand les emplois sont loin des logements et que la voiture est hors de portée, le transport partagé conditionne l'accès à la ville — mais beaucoup de collectivités ne peuvent pas offrir de réseau formel et régulé.

En Afrique du Sud, les minibus-taxis informels assurent 65 % des déplacements en transport public, contre 21 % pour les bus et 14 % pour les trains. Des exploitants privés répondent ainsi à un besoin public, mais au prix d'émissions, de risques et de temps perdu, et ce sont les ménages modestes qui paient le plus : au Cap, certains consacrent plus de 46 % de leur revenu mensuel à se déplacer. Les lignes sont souvent ni régulées, ni cartographiées, ni dotées d'horaires.

La province du Gauteng compte près de 13 millions d'habitants et quelque 2 800 lignes de minibus-taxis, dans un territoire encore marqué par la ségrégation héritée de l'apartheid. Pour améliorer ce système, il fallait d'abord savoir à quoi il ressemblait.`,
    approach: `Faute de registre officiel des lignes, des exploitants, des tarifs ou des horaires, l'organisation Where Is My Transport et ses partenaires locaux ont recruté et formé une équipe d'enquêteurs. Tous empruntaient eux-mêmes les minibus-taxis dans les quartiers étudiés : ils pouvaient noter à la fois des mesures et leur expérience du service.

Avec une application mobile conçue par Where Is My Transport, ils ont relevé :

- les itinéraires et les arrêts habituels ;
- la fréquence du service ;
- les tarifs.

Des partenaires et des développeurs locaux ont ensuite vérifié les données. En quatre semaines, plus de 2 800 lignes distinctes, soit 44 000 km, ont été recensées. Les deux villes peuvent s'en servir pour comprendre le réseau, évaluer le niveau de service et planifier des améliorations ; les usagers, pour choisir des trajets plus rapides, moins chers ou plus accessibles.`,
    innovation: `L'urbanisme de l'apartheid a éloigné beaucoup de Sud-Africains noirs de leur lieu de travail et les a rendus dépendants d'un transport informel que les pouvoirs locaux ne soutiennent pas : les trajets sont longs et coûteux. Des informations fiables sur les lignes, la qualité du service et les horaires les aident à comparer leurs options.

La méthode participative a depuis été reprise dans d'autres villes du Sud. Une fois le réseau informel cartographié, des développeurs peuvent créer des calculateurs d'itinéraires, des outils de signalement des problèmes de véhicules ou de voirie, ou des alertes de sécurité avec des applications comme Safetipin.`,
    openGovernment: `Oui. Le projet réunit trois ingrédients du gouvernement ouvert :

- **l'accès à l'information** : les usagers voient désormais comment fonctionne le réseau informel ;
- **la participation citoyenne** : les habitants ont eux-mêmes collecté les données ;
- **l'innovation technologique** : une application dédiée et une étape de validation.

Ensemble, ils ont facilité l'accès à l'information sur les transports et donné aux municipalités des éléments solides pour décider de la mobilité et de l'aménagement urbain.`,
    lessons: `Les partenariats entre acteurs locaux et entreprises technologiques peuvent élargir l'accès à l'information et améliorer le service, même quand l'administration détient elle-même peu de données, comme pour les minibus-taxis informels.

S'appuyer sur les personnes qui utilisent le service chaque jour donne aussi une information plus riche que les seuls registres officiels : des chiffres, mais aussi une connaissance pratique du fonctionnement réel du réseau.`,
    sdgs: [10, 11],
    themes: ['urban-planning', 'social-inclusion', 'open-data'],
    ogpValues: ['access-to-information', 'civic-participation', 'technology-innovation'],
    yearStarted: null,
    language: 'fr',
    cities: [
      { name: 'Johannesburg', country: 'ZA', latitude: -26.2041, longitude: 28.0473 },
      { name: 'Tshwane (Pretoria)', country: 'ZA', latitude: -25.7479, longitude: 28.2293 },
    ],
    contacts: [
      {
        name: 'Équipe Where Is My Transport',
        role: 'Partenaire de la collecte de données',
        organisation: 'Where Is My Transport',
      },
    ],
    links: [],
    // Before its original, so that the original stays first wherever the two tie (newest first).
    publishedAt: '2025-05-07',
  },
];
