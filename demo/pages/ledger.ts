import type { DemoPage } from './page.js';
import { ce, el, panel } from './dom.js';
import { funds, ledger, source } from '../data.js';

function ledgerPage(view: 'public' | 'staff'): DemoPage {
  return {
    id: `ledger-${view}`,
    title:
      view === 'public'
        ? { vi: 'Công khai tài trợ', en: 'Public donation ledger' }
        : { vi: 'Sổ tài trợ (cán bộ)', en: 'Donation ledger (staff)' },
    render(lang) {
      const wrap = el('div');
      const attrs: Record<string, string> = { view };
      if (view === 'staff') attrs['entry-form'] = '';
      const el2 = ce('ansinh-donation-ledger', attrs, { funds });
      el2.addEventListener('ansinh-submit', async (e) => {
        await source.appendLedgerEntry!(e.detail);
        el2.entries = await ledger();
      });
      wrap.append(
        el(
          'p',
          view === 'public'
            ? lang === 'vi' ? 'Tiếp nhận và phân phối, công khai theo Nghị định 93/2021/NĐ-CP.' : 'Received and distributed, published under Decree 93/2021.'
            : lang === 'vi' ? 'Toàn bộ sổ; cán bộ thêm khoản tiếp nhận hoặc phân phối.' : 'The whole ledger; staff add donations and distributions.',
        ),
        panel(undefined, el2),
      );
      void ledger().then((entries) => Object.assign(el2, { entries }));
      return wrap;
    },
  };
}

export const publicLedgerPage = ledgerPage('public');
export const staffLedgerPage = ledgerPage('staff');
