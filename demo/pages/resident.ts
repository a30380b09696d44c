import type { DemoPage } from './page.js';
import { ce, el, panel } from './dom.js';
import { carePlanFor, resident, residents } from '../data.js';

/** A demo staff member, recorded on each step of the care-plan process. */
const USER = { id: 'nv-01', name: 'Trần Thị Hoa', role: 'social-worker' };

export const residentPage: DemoPage = {
  id: 'resident',
  title: { vi: 'Hồ sơ và kế hoạch trợ giúp', en: 'Profile and care plan' },
  render(lang, param) {
    const wrap = el('div');
    const status = el('p', undefined, { role: 'status' });
    wrap.append(status);
    void (async () => {
      const id = param ?? (await residents())[0]?.id;
      const r = id ? await resident(id) : undefined;
      if (!r) {
        wrap.append(ce('ansinh-state', { kind: 'empty' }));
        return;
      }
      const card = ce('ansinh-resident-card', { variant: 'full', 'allow-reveal': '' }, { resident: r });
      card.addEventListener('ansinh-reveal', (e) => {
        // A portal would write this to its audit log.
        status.textContent =
          lang === 'vi'
            ? `Đã ghi nhật ký: xem ${e.detail.field} lúc ${new Date().toLocaleTimeString('vi-VN')}`
            : `Logged: ${e.detail.field} revealed at ${new Date().toLocaleTimeString('en-GB')}`;
      });
      wrap.append(panel(lang === 'vi' ? 'Thông tin đối tượng' : 'Resident', card));
      const plan = await carePlanFor(r.id);
      if (!plan) {
        wrap.append(panel(lang === 'vi' ? 'Kế hoạch trợ giúp' : 'Care plan', ce('ansinh-state', { kind: 'empty' })));
        return;
      }
      const editor = ce('ansinh-care-plan-editor', {}, { plan, user: USER });
      // The editor saves through the provider's source itself (with the version it loaded, so a
      // save over someone else's shows the conflict state); the page only says it was sent.
      editor.addEventListener('ansinh-submit', () => {
        status.textContent = lang === 'vi' ? 'Đang lưu kế hoạch trợ giúp…' : 'Saving the care plan…';
      });
      wrap.append(panel(lang === 'vi' ? 'Kế hoạch trợ giúp' : 'Care plan', editor));
    })();
    return wrap;
  },
};
