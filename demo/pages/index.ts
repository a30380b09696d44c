/** The demo's pages, in navigation order. A page may take one parameter: `#/<id>/<param>`. */
import type { DemoPage } from './page.js';

export type { DemoLang, DemoPage } from './page.js';

import { overviewPage } from './overview.js';
import { residentsPage } from './residents.js';
import { residentPage } from './resident.js';
import { hospitalPage, kioskPage } from './hospital.js';
import { publicLedgerPage, staffLedgerPage } from './ledger.js';
import { statisticsPage } from './statistics.js';

export const pages: DemoPage[] = [
  overviewPage,
  residentsPage,
  residentPage,
  hospitalPage,
  kioskPage,
  publicLedgerPage,
  staffLedgerPage,
  statisticsPage,
];
