/** What every demo page is (the pages import this, and index.ts lists them). */
export type DemoLang = 'vi' | 'en';

export interface DemoPage {
  id: string;
  title: Record<DemoLang, string>;
  /** Hidden from the navigation (reached from another page). */
  hidden?: boolean;
  render(lang: DemoLang, param?: string): Node;
}
