/** The demo's pages. Each component issue adds its page here. */
export type DemoLang = 'vi' | 'en';

export interface DemoPage {
  id: string;
  title: Record<DemoLang, string>;
  render(lang: DemoLang): Node;
}

import { overviewPage } from './overview.js';

export const pages: DemoPage[] = [overviewPage];
