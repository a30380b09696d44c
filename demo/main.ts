/**
 * The demo portal: a host page like a provincial portal's, with a hash router over pages that
 * each show ansinh elements on the embedded sample data. Pages register in ./pages/index.ts.
 * Everything is built with DOM APIs (no innerHTML), as a portal under a strict CSP would.
 */
import '../src/index.js';
import { pages, type DemoLang } from './pages/index.js';
import { local, source } from './data.js';

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
    reset: 'Khôi phục dữ liệu mẫu',
    'reset-done': 'Đã khôi phục dữ liệu mẫu.',
    'reset-confirm': 'Xóa mọi thay đổi trong bản trình diễn và khôi phục dữ liệu mẫu?',
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
    reset: 'Reset demo data',
    'reset-done': 'Demo data reset.',
    'reset-confirm': 'Discard every change made in the demo and restore the sample data?',
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

function route(): { id: string; param?: string } {
  const [id = '', param] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  return pages.some((p) => p.id === id) ? { id, param } : { id: pages[0]!.id };
}

function render(): void {
  const lang = currentLang();
  const active = route();
  nav.replaceChildren(
    ...pages.map((p) => {
      const a = document.createElement('a');
      a.href = `#/${p.id}`;
      a.textContent = p.title[lang];
      if (p.id === active.id) a.setAttribute('aria-current', 'page');
      return a;
    }),
  );
  const def = pages.find((p) => p.id === active.id)!;
  const heading = document.createElement('h1');
  heading.textContent = def.title[lang];
  page.replaceChildren(heading, def.render(lang, active.param));
}

document.querySelector('#reset-demo')!.addEventListener('click', async () => {
  const lang = currentLang();
  if (!confirm(strings[lang]['reset-confirm'])) return;
  await local.reset();
  render();
  document.querySelector('#demo-status')!.textContent = strings[lang]['reset-done'];
});

(document.querySelector('#provider') as HTMLElement & { source?: unknown }).source = source;

langSelect.addEventListener('change', () => applyLang(langSelect.value === 'en' ? 'en' : 'vi'));
themeSelect.addEventListener('change', () => applyTheme(themeSelect.value));
window.addEventListener('hashchange', () => {
  render();
  document.querySelector<HTMLElement>('#main')?.focus();
});

applyTheme(localStorage.getItem('ansinh-demo-theme') ?? '');
applyLang(localStorage.getItem('ansinh-demo-lang') === 'en' ? 'en' : 'vi');
