/**
 * The demo portal: a host page like a provincial portal's, with a hash router over pages that
 * each show ansinh elements on the embedded sample data. Pages register in ./pages/index.ts.
 * Everything is built with DOM APIs (no innerHTML), as a portal under a strict CSP would.
 */
import '../src/index.js';
import { pages, type DemoLang } from './pages/index.js';

const strings = {
  vi: {
    skip: 'Bỏ qua, đến nội dung chính',
    portal: 'Cổng thông tin an sinh xã hội',
    tagline: 'Bản trình diễn các thành phần ansinh, trên dữ liệu mẫu',
    language: 'Ngôn ngữ',
    theme: 'Giao diện',
    'theme-auto': 'Theo hệ thống',
    'theme-light': 'Sáng',
    'theme-dark': 'Tối',
    'theme-hc': 'Tương phản cao',
    footer: 'Dữ liệu mẫu được tạo để trình diễn; không phải dữ liệu thật của người nào.',
    nav: 'Các trang',
  },
  en: {
    skip: 'Skip to main content',
    portal: 'Social protection portal',
    tagline: 'A demo of the ansinh components, on sample data',
    language: 'Language',
    theme: 'Theme',
    'theme-auto': 'System',
    'theme-light': 'Light',
    'theme-dark': 'Dark',
    'theme-hc': 'High contrast',
    footer: 'Sample data made up for the demo; it describes no real person.',
    nav: 'Pages',
  },
} satisfies Record<DemoLang, Record<string, string>>;

const langSelect = document.querySelector<HTMLSelectElement>('#lang-select')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme-select')!;
const nav = document.querySelector<HTMLElement>('#portal-nav')!;
const page = document.querySelector<HTMLElement>('#page')!;

function currentLang(): DemoLang {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}

function applyLang(lang: DemoLang): void {
  document.documentElement.lang = lang;
  localStorage.setItem('ansinh-demo-lang', lang);
  langSelect.value = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n as keyof (typeof strings)['vi'];
    if (key in strings[lang]) el.textContent = strings[lang][key];
  }
  nav.setAttribute('aria-label', strings[lang].nav);
  document.title = `${strings[lang].portal} (ansinh demo)`;
  render();
}

function applyTheme(theme: string): void {
  if (theme) document.documentElement.dataset.ansinhTheme = theme;
  else delete document.documentElement.dataset.ansinhTheme;
  localStorage.setItem('ansinh-demo-theme', theme);
  themeSelect.value = theme;
}

function route(): string {
  const id = location.hash.replace(/^#\/?/, '');
  return pages.some((p) => p.id === id) ? id : pages[0]!.id;
}

function render(): void {
  const lang = currentLang();
  const active = route();
  nav.replaceChildren(
    ...pages.map((p) => {
      const a = document.createElement('a');
      a.href = `#/${p.id}`;
      a.textContent = p.title[lang];
      if (p.id === active) a.setAttribute('aria-current', 'page');
      return a;
    }),
  );
  const def = pages.find((p) => p.id === active)!;
  const heading = document.createElement('h1');
  heading.textContent = def.title[lang];
  page.replaceChildren(heading, def.render(lang));
}

langSelect.addEventListener('change', () => applyLang(langSelect.value === 'en' ? 'en' : 'vi'));
themeSelect.addEventListener('change', () => applyTheme(themeSelect.value));
window.addEventListener('hashchange', () => {
  render();
  document.querySelector<HTMLElement>('#main')?.focus();
});

applyTheme(localStorage.getItem('ansinh-demo-theme') ?? '');
applyLang(localStorage.getItem('ansinh-demo-lang') === 'en' ? 'en' : 'vi');
