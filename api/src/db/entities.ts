import { CaseCard } from '../modules/cases/case.entity.js';
import { City } from '../modules/cities/city.entity.js';
import { Network } from '../modules/networks/network.entity.js';

/** Every entity, listed once so that the ORM, the CLI and tests agree. */
export const entities = [Network, City, CaseCard];
