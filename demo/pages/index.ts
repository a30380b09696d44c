/** The demo's pages, in navigation order. A page may take one parameter: `#/<id>/<param>`. */
export type DemoLang = 'vi' | 'en';

export interface DemoPage {
  id: string;
  title: Record<DemoLang, string>;
  /** Hidden from the navigation (reached from another page). */
  hidden?: boolean;
  render(lang: DemoLang, param?: string): Node;
}

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
