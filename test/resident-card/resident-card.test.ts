import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/define/resident-card.js';
import '../../src/define/provider.js';
import type { AnsinhResidentCard } from '../../src/components/resident-card/resident-card.js';
import { MemorySource } from '../../src/data/memory-source.js';
import { DataSourceError } from '../../src/data/errors.js';
import type { DataSource } from '../../src/data/source.js';
import type { PolicyTable } from '../../src/contract/index.js';
import { ON_DATE, childResident, copy, disabilityResident, olderResident, publicResident } from './fixtures.js';
import { focusables, nextFrame, shadowText } from './helpers.js';
import { until } from '../data/servers.js';
import { engine, setViewport, underMedia } from '../helpers/engine.js';

const card = (el: AnsinhResidentCard) => el.shadowRoot!.querySelector<HTMLElement>('.card')!;
const row = (el: AnsinhResidentCard, term: string) => {
  const dt = Array.from(el.shadowRoot!.querySelectorAll('dt')).find((d) => d.textContent!.trim() === term);
  return dt?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
};

async function render(resident: unknown, attrs: { variant?: string; lang?: string } = {}) {
  const el = await fixture<AnsinhResidentCard>(
    html`<ansinh-resident-card
      lang=${attrs.lang ?? 'vi'}
      variant=${attrs.variant ?? 'full'}
      on-date=${ON_DATE}
      .resident=${resident}
    ></ansinh-resident-card>`,
  );
  await el.updateComplete;
  return el;
}

describe('<ansinh-resident-card> content', () => {
  it('full profile in Vietnamese: every field, formatted for a Vietnamese reader', async () => {
    const el = await render(olderResident);
    const name = el.shadowRoot!.querySelector('[part="name"]')!;
    expect(name.getAttribute('role')).to.equal('heading');
    expect(name.getAttribute('aria-level')).to.equal('3');
    expect(name.textContent!.trim()).to.equal('Nguyễn Văn An');
    expect(row(el, 'Ngày sinh')).to.equal('12/03/1948 (78 tuổi)');
    expect(row(el, 'Giới tính')).to.equal('Nam');
    expect(row(el, 'Diện đối tượng')).to.equal('Người cao tuổi');
    expect(row(el, 'Căn cứ pháp lý')).to.equal('Khoản 5 Điều 5 Nghị định 20/2021/NĐ-CP');
    // In a centre (admitted, not exited, not self-paying): the nurture allowance of Art. 25.
    expect(row(el, 'Trợ cấp hằng tháng')).to.equal(
      '2.000.000 ₫ Trợ cấp nuôi dưỡng tại cơ sở trợ giúp xã hội. Mức chuẩn 500.000 ₫ × hệ số 4, áp dụng ngày 22/11/2026 ' +
        'Sống tại cơ sở trợ giúp xã hội, từ đủ 4 tuổi · Nghị định 20/2021/NĐ-CP, Điều 25 khoản 1 Mức chuẩn theo Nghị định 76/2024/NĐ-CP',
    );
    expect(row(el, 'Mức độ khuyết tật')).to.equal('Nặng');
    expect(row(el, 'Dạng khuyết tật')).to.equal('Vận động');
    expect(row(el, 'Ngày tiếp nhận')).to.equal('01/09/2023');
    expect(row(el, 'Hình thức tiếp nhận')).to.equal('Tiếp nhận thường xuyên');
    expect(row(el, 'Thời gian ở trung tâm')).to.equal('3 năm 2 tháng');
    expect(row(el, 'Phòng / khu')).to.equal('Nhà B, phòng 204');
    expect(row(el, 'Bước kế hoạch trợ giúp')).to.equal('Thực hiện kế hoạch');
    expect(row(el, 'Người giám hộ')).to.equal('Nguyễn Thị Bình (Cháu gái)');
    expect(el.shadowRoot!.querySelector('a[href="tel:0912345678"]')!.textContent).to.equal('0912 345 678');
    const badges = Array.from(el.shadowRoot!.querySelectorAll('ansinh-badge')).map((b) => [b.getAttribute('tone'), b.textContent!.trim()]);
    expect(badges).to.deep.equal([
      ['danger', 'Dị ứng: Penicillin'],
      ['warning', 'Nguy cơ té ngã'],
      ['info', 'Chế độ ăn: Ăn nhạt'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('English: ages, money and dates follow the reader; partial birth dates give an approximate age', async () => {
    const el = await render(olderResident, { lang: 'en' });
    expect(row(el, 'Date of birth')).to.equal('12 Mar 1948 (78 years old)');
    expect(row(el, 'Sex')).to.equal('Male');
    expect(row(el, 'Monthly allowance')).to.match(
      /^₫2,000,000 Nurture allowance in a social assistance facility\. Standard level ₫500,000 × coefficient 4, on 22 Nov 2026 Living in a social assistance facility, aged 4 and over · /,
    );
    expect(row(el, 'Length of stay')).to.equal('3 years 2 months');
    const child = await render(childResident, { lang: 'en' });
    expect(row(child, 'Date of birth')).to.equal('2019 (about 7 years old)');
    const childVi = await render(childResident);
    expect(row(childVi, 'Ngày sinh')).to.equal('năm 2019 (khoảng 7 tuổi)');
    expect(childVi.shadowRoot!.querySelector('#meta')!.textContent).to.equal('khoảng 7 tuổi · Nữ · Khu Hoa Mai, phòng 3');
    await expect(child).to.be.accessible();
  });

  it('language follows the page: switching lang re-renders', async () => {
    const el = await render(childResident);
    expect(shadowText(el)).to.include('Trẻ em không có nguồn nuôi dưỡng');
    el.lang = 'en';
    await el.updateComplete;
    expect(shadowText(el)).to.include('Child without carers');
    expect(shadowText(el)).not.to.include('Trẻ em không có nguồn nuôi dưỡng');
  });

  it('photo only with recorded consent; initials otherwise; a broken photo falls back to initials', async () => {
    const withConsent = await render(olderResident);
    const img = withConsent.shadowRoot!.querySelector<HTMLImageElement>('img[part="avatar"]')!;
    expect(img.getAttribute('src')).to.equal('/test/resident-card/portrait.svg');
    expect(img.alt).to.equal('');
    const noConsent = await render(childResident);
    expect(noConsent.shadowRoot!.querySelector('img')).to.equal(null);
    expect(noConsent.shadowRoot!.querySelector('[part="avatar"]')!.textContent).to.equal('LM');
    // Consent withdrawn: the photo is no longer shown.
    const withdrawn = await render(disabilityResident);
    expect(withdrawn.shadowRoot!.querySelector('img')).to.equal(null);
    expect(withdrawn.shadowRoot!.querySelector('[part="avatar"]')!.textContent).to.equal('TH');
    const broken = await render({ ...copy(olderResident), photoUrl: '/test/resident-card/missing.jpg' });
    // Photos load lazily: bring the card into view so the browser fetches (and fails) it.
    broken.scrollIntoView();
    for (let i = 0; i < 100 && broken.shadowRoot!.querySelector('img'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(!!broken.shadowRoot!.querySelector('img'), 'broken photo removed').to.equal(false);
    expect(broken.shadowRoot!.querySelector('[part="avatar"]')!.textContent).to.equal('NA');
  });

  it('allowance from the dated policy table: setting, age band, a portal table, on-date, gaps and hidden formulas', async () => {
    // At home (exited on 2026-05-01): an adult with an extremely severe disability, Art. 6(1)(e).
    const home = await render({ ...copy(disabilityResident), exit: { date: '2026-05-01', reason: 'hoi-gia' } });
    expect(row(home, 'Trợ cấp hằng tháng')).to.match(/^1\.000\.000 ₫ Trợ cấp xã hội hằng tháng tại cộng đồng\. Mức chuẩn 500\.000 ₫ × hệ số 2, .*Điều 6 khoản 1 điểm e/);
    // The same person before the exit: in the centre.
    home.onDate = '2026-04-30';
    await home.updateComplete;
    expect(row(home, 'Trợ cấp hằng tháng')).to.match(/^2\.000\.000 ₫ Trợ cấp nuôi dưỡng/);
    // A portal's own table (a province pays more in its centres from 2026).
    const table: PolicyTable = {
      standardLevels: [
        { from: '2021-07-01', amountVnd: 360000 },
        { from: '2026-01-01', amountVnd: 540000, source: 'Nghị quyết HĐND tỉnh' },
      ],
      coefficients: [{ setting: 'facility', coefficient: 4.5 }],
    };
    const older = await render(olderResident);
    older.policyTable = table;
    await older.updateComplete;
    expect(row(older, 'Trợ cấp hằng tháng')).to.match(/^2\.430\.000 ₫ .*× hệ số 4,5.*Mức chuẩn theo Nghị quyết HĐND tỉnh$/);
    older.onDate = '2024-01-01';
    await older.updateComplete;
    expect(row(older, 'Trợ cấp hằng tháng')).to.match(/^1\.620\.000 ₫ .*Mức chuẩn 360\.000 ₫ × hệ số 4,5/);
    // Self-paying: no allowance; an older person at home without the point of Art. 5(5): say what to record.
    const self = await render({ ...copy(publicResident), beneficiaryCategory: { code: 'tu-nguyen-tu-chi-tra' } });
    expect(row(self, 'Trợ cấp hằng tháng')).to.equal('Không có mức trong bảng trợ cấp');
    const olderAtHome = await render({ ...copy(olderResident), exit: { date: '2025-01-01', reason: 'hoi-gia' } });
    expect(row(olderAtHome, 'Trợ cấp hằng tháng')).to.equal('Cần ghi điểm a, b, c hoặc d khoản 5 Điều 5 Nghị định 20/2021/NĐ-CP để tính');
    const grouped = await render({ ...copy(olderResident), exit: { date: '2025-01-01', reason: 'hoi-gia' }, beneficiaryCategory: { code: 'nguoi-cao-tuoi', olderPersonGroup: 'a' } });
    expect(row(grouped, 'Trợ cấp hằng tháng')).to.match(/^750\.000 ₫ .*Điểm a khoản 5 Điều 5, từ đủ 60 tuổi đến 80 tuổi/);
    // A child known by birth year only, at the band's edge: the amount and a prompt to check.
    const infant = await render({ ...copy(childResident), birthDate: '2022', exit: { date: '2025-01-01', reason: 'hoi-gia' } });
    expect(row(infant, 'Trợ cấp hằng tháng')).to.match(/^750\.000 ₫ .*Chỉ có năm sinh/);
    // A sensitive category, sensitive data not allowed: neither amount nor gap, at home or in a
    // centre (whether there is an amount, and how much, would name the category).
    for (const code of ['nguoi-nhiem-hiv-ho-ngheo', 'bao-ve-khan-cap', 'cai-nghien-bat-buoc', 'cai-nghien-tu-nguyen'] as const) {
      for (const exit of [{ exit: { date: '2025-01-01', reason: 'hoi-gia' } }, {}]) {
        const hidden = await render({ ...copy(publicResident), birthDate: '1980-01-01', ...exit, beneficiaryCategory: { code } });
        expect(row(hidden, 'Trợ cấp hằng tháng'), `${code} ${JSON.stringify(exit)}`).to.equal('Ẩn (diện được bảo vệ)');
      }
    }
    // Drug rehabilitation, with sensitive data allowed: named, and outside Nghị định 20 even in a centre.
    const learner = await render({ ...copy(publicResident), birthDate: '1995-01-01', beneficiaryCategory: { code: 'cai-nghien-bat-buoc' }, consent: { ...copy(publicResident).consent, shareHealthData: true } });
    learner.showSensitive = true;
    await learner.updateComplete;
    expect(shadowText(learner)).to.include('Cai nghiện ma túy bắt buộc');
    expect(row(learner, 'Trợ cấp hằng tháng')).to.match(/^Không thuộc diện trợ cấp của Nghị định 20\/2021\/NĐ-CP \(cai nghiện ma túy/);
    // A broken table is a warning and the default applies.
    older.policyTable = { standardLevels: 'nope' };
    older.onDate = ON_DATE;
    await older.updateComplete;
    expect(row(older, 'Trợ cấp hằng tháng')).to.match(/^2\.000\.000 ₫/);
    expect(shadowText(older)).to.include('Bảng mức trợ cấp không hợp lệ');
  });

  it('heading-level sets the name heading and section headings one lower', async () => {
    const el = await fixture<AnsinhResidentCard>(
      html`<ansinh-resident-card heading-level="2" on-date=${ON_DATE} .resident=${olderResident}></ansinh-resident-card>`,
    );
    expect(el.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('2');
    expect(el.shadowRoot!.querySelector('.section-title')!.getAttribute('aria-level')).to.equal('3');
  });
});

describe('<ansinh-resident-card> variants', () => {
  it('compact: one row of name, age · sex · room, flags as badges; fixed height', async () => {
    const el = await render(olderResident, { variant: 'compact' });
    expect(el.shadowRoot!.querySelector('.name')!.textContent!.trim()).to.equal('Nguyễn Văn An');
    expect(el.shadowRoot!.querySelector('#meta')!.textContent).to.equal('78 tuổi · Nam · Nhà B, phòng 204');
    // Flags: text plus a shape per tone (not colour alone), drawn light-weight in a list row.
    const flags = Array.from(el.shadowRoot!.querySelectorAll('.flag')).map((f) => [f.getAttribute('data-tone'), f.textContent]);
    expect(flags).to.deep.equal([
      ['danger', '✕Dị ứng: Penicillin'],
      ['warning', '!Nguy cơ té ngã'],
      ['info', 'iChế độ ăn: Ăn nhạt'],
    ]);
    expect(el.shadowRoot!.querySelector('.flag .glyph')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.getAttribute('variant')).to.equal('compact');
    // Off-screen rows skip rendering work; their reserved size is the real size.
    expect(getComputedStyle(el).contentVisibility).to.equal('auto');
    const reserved = getComputedStyle(el).containIntrinsicBlockSize;
    expect(reserved).to.match(/^auto \d+(\.\d+)?px$/);
    expect(parseFloat(reserved.slice(5))).to.be.closeTo(card(el).getBoundingClientRect().height, 0.5);
    // No identity numbers, contacts or sections in a list row.
    expect(shadowText(el)).not.to.include('Nguyễn Thị Bình');
    expect(el.shadowRoot!.querySelector('dl')).to.equal(null);
    const other = await render(childResident, { variant: 'compact' });
    expect(card(el).getBoundingClientRect().height).to.equal(card(other).getBoundingClientRect().height);
    await expect(el).to.be.accessible();
  });

  it('works from 320 px wide without horizontal overflow, in every variant', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      for (const variant of ['compact', 'full', 'public']) {
        const wrap = await fixture<HTMLElement>(html`<div style="width:320px">
          <ansinh-resident-card variant=${variant} allow-reveal on-date=${ON_DATE} .resident=${publicResident}></ansinh-resident-card>
        </div>`);
        const el = wrap.querySelector('ansinh-resident-card')!;
        await el.updateComplete;
        await nextFrame();
        const c = card(el);
        expect(c.scrollWidth, variant).to.be.at.most(c.clientWidth + 1);
        expect(el.getBoundingClientRect().width, variant).to.be.at.most(320);
        if (variant === 'full') {
          // Narrow: terms sit above their values (one column).
          const r = el.shadowRoot!.querySelector('.row')!;
          expect(getComputedStyle(r).gridTemplateColumns.split(' ').length).to.equal(1);
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('print attribute: the A4 sheet preview, full content, no actions or reveal buttons', async () => {
    const el = await fixture<AnsinhResidentCard>(html`<ansinh-resident-card print variant="compact" allow-reveal on-date=${ON_DATE} .resident=${olderResident}>
      <button slot="actions">Mở hồ sơ</button>
    </ansinh-resident-card>`);
    const c = card(el);
    expect(c.classList.contains('sheet')).to.equal(true);
    expect(c.classList.contains('full')).to.equal(true);
    expect(c.innerText).to.include('Người giám hộ');
    expect(c.innerText).not.to.include('Hiện số đầy đủ');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.actions')!).display).to.equal('none');
    expect(getComputedStyle(c).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('dark, high-contrast and forced colours stay accessible', async () => {
    for (const theme of ['dark', 'high-contrast']) {
      const wrap = await fixture<HTMLElement>(html`<div data-ansinh-theme=${theme}>
        <ansinh-resident-card interactive on-date=${ON_DATE} .resident=${olderResident}></ansinh-resident-card>
        <ansinh-resident-card variant="compact" on-date=${ON_DATE} .resident=${disabilityResident}></ansinh-resident-card>
      </div>`);
      for (const el of Array.from(wrap.querySelectorAll('ansinh-resident-card'))) await el.updateComplete;
      await expect(wrap).to.be.accessible();
    }
    const el = await render(childResident);
    const avatar = el.shadowRoot!.querySelector<HTMLElement>('.avatar')!;
    expect(getComputedStyle(avatar).borderTopStyle).to.equal('none');
    await underMedia({ forcedColors: 'active' }, () => expect(getComputedStyle(avatar).borderTopStyle).to.equal('solid'));
  });
});

describe('<ansinh-resident-card> states', () => {
  function provider(source: DataSource, id: string, variant = 'full') {
    return fixture<HTMLElement>(html`<ansinh-provider .source=${source}>
      <ansinh-resident-card variant=${variant} resident-id=${id} on-date=${ON_DATE}></ansinh-resident-card>
    </ansinh-provider>`);
  }

  it('resident-id + provider: a loading skeleton of the final size, then the card', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const memory = new MemorySource({ residents: [olderResident] });
    const slow: DataSource = { kind: 'slow', getResident: async (id) => (await gate, memory.getResident(id)) };
    const wrap = await provider(slow, 'r-0001', 'compact');
    const el = wrap.querySelector('ansinh-resident-card')!;
    await el.updateComplete;
    const skeleton = card(el);
    expect(skeleton.getAttribute('role')).to.equal('status');
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.textContent).to.include('Đang tải hồ sơ đối tượng…');
    await expect(el).to.be.accessible();
    const before = skeleton.getBoundingClientRect();
    const hostBefore = el.getBoundingClientRect().height;
    release();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#meta')!.textContent).to.equal('78 tuổi · Nam · Nhà B, phòng 204');
    // What the page around it sees: the row keeps its height from skeleton to card.
    expect(el.getBoundingClientRect().height).to.equal(hostBefore);
    // The card inside has the skeleton's size. A compact row has content-visibility: auto, and
    // WebKit lays out its new content at a later rendering update (until then it measures 0);
    // with Firefox running beside it, WebKit left it unrendered for over 10 s in three runs of
    // three, so there the row's own height (above) is what is checked.
    el.scrollIntoView({ block: 'nearest' });
    const laidOut = await until(
      () => new Promise<boolean>((r) => requestAnimationFrame(() => r(card(el).getBoundingClientRect().height > 0))),
      engine === 'webkit' ? 2000 : 10_000,
      'the card laid out',
    ).catch((error: unknown) => {
      if (engine === 'webkit') return false;
      throw error;
    });
    if (laidOut) {
      const after = card(el).getBoundingClientRect();
      expect(after.height).to.equal(before.height);
      expect(after.width).to.equal(before.width);
    }
  });

  it('full skeleton reserves at least the configured profile height', async () => {
    const slow: DataSource = { kind: 'slow', getResident: () => new Promise(() => {}) };
    const wrap = await provider(slow, 'r-0001');
    const el = wrap.querySelector('ansinh-resident-card')!;
    await el.updateComplete;
    const h = card(el).getBoundingClientRect().height;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(h).to.be.at.least(20 * rem - 1);
  });

  it('not found: a clear empty state naming the ID', async () => {
    const wrap = await provider(new MemorySource({ residents: [] }), 'r-9999');
    const el = wrap.querySelector('ansinh-resident-card')!;
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    const state = el.shadowRoot!.querySelector('ansinh-state')!;
    expect(state.getAttribute('kind')).to.equal('empty');
    expect(state.getAttribute('heading')).to.equal('Không tìm thấy hồ sơ');
    expect(state.textContent).to.include('r-9999');
    await expect(el).to.be.accessible();
  });

  it('error: the DataSourceError message in the page language, and retry loads again', async () => {
    let calls = 0;
    const memory = new MemorySource({ residents: [childResident] });
    const flaky: DataSource = {
      kind: 'flaky',
      getResident: (id) => {
        calls += 1;
        return calls === 1 ? Promise.reject(new DataSourceError({ code: 'network', source: 'flaky' })) : memory.getResident(id);
      },
    };
    const wrap = await fixture<HTMLElement>(html`<ansinh-provider lang="en" .source=${flaky}>
      <ansinh-resident-card resident-id="r-0420" on-date=${ON_DATE}></ansinh-resident-card>
    </ansinh-provider>`);
    const el = wrap.querySelector('ansinh-resident-card')!;
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    const state = el.shadowRoot!.querySelector('ansinh-state')!;
    expect(state.getAttribute('kind')).to.equal('error');
    expect(state.getAttribute('heading')).to.equal('The record could not be loaded');
    expect(state.textContent!.trim()).to.equal(new DataSourceError({ code: 'network' }).messageIn('en'));
    await state.updateComplete;
    await expect(el).to.be.accessible();
    const retry = state.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    retry.click();
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    expect(calls).to.equal(2);
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Lò Thị Mai');
  });

  it('no provider, or a source that cannot read residents: an explained error, no retry loop', async () => {
    const lone = await fixture<AnsinhResidentCard>(html`<ansinh-resident-card resident-id="r-1"></ansinh-resident-card>`);
    await lone.updateComplete;
    expect(lone.shadowRoot!.querySelector('ansinh-state')!.textContent).to.include('Chưa có nguồn dữ liệu');
    const wrap = await provider({ kind: 'empty' }, 'r-1');
    const el = wrap.querySelector('ansinh-resident-card')!;
    await el.updateComplete;
    const state = el.shadowRoot!.querySelector('ansinh-state')!;
    expect(state.textContent).to.include('Nguồn dữ liệu này không hỗ trợ đọc loại dữ liệu này.');
    expect(state.hasAttribute('retry')).to.equal(false);
  });

  it('a slow stale response never overwrites a newer resident-id', async () => {
    const memory = new MemorySource({ residents: [olderResident, childResident] });
    // The answer for r-0001 is held back until the test lets it go, after r-0420 has been shown.
    let releaseStale!: () => void;
    const staleAnswered = new Promise<void>((done) => {
      releaseStale = done;
    });
    let staleDelivered = false;
    const source: DataSource = {
      kind: 'race',
      getResident: async (id) => {
        if (id === 'r-0001') {
          await staleAnswered;
          staleDelivered = true;
        }
        return memory.getResident(id);
      },
    };
    const wrap = await provider(source, 'r-0001');
    const el = wrap.querySelector('ansinh-resident-card')!;
    await el.updateComplete;
    el.residentId = 'r-0420';
    await until(() => el.resident?.id === 'r-0420', 3000, 'the newer resident');
    releaseStale();
    await until(() => staleDelivered, 3000, 'the stale answer came back');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.resident?.id).to.equal('r-0420');
  });

  it('JSON child script fills .resident (server-rendered portals)', async () => {
    const el = document.createElement('ansinh-resident-card');
    el.setAttribute('on-date', ON_DATE);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(childResident);
    el.append(script);
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    wrap.append(el);
    await el.updateComplete;
    expect(el.resident?.fullName).to.equal('Lò Thị Mai');
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Lò Thị Mai');
  });
});

describe('<ansinh-resident-card> interaction', () => {
  it('interactive: one focusable target named by the resident; Enter, Space and click fire ansinh-select', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <ansinh-resident-card interactive variant="compact" on-date=${ON_DATE} .resident=${olderResident}></ansinh-resident-card>
    </div>`);
    const el = wrap.querySelector('ansinh-resident-card')!;
    await el.updateComplete;
    const targets = focusables(el);
    expect(targets.length).to.equal(1);
    const target = targets[0]!;
    expect(target.textContent!.trim()).to.equal('Nguyễn Văn An');
    expect(el.shadowRoot!.getElementById(target.getAttribute('aria-describedby')!)!.textContent).to.equal(
      '78 tuổi · Nam · Nhà B, phòng 204',
    );
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(target);
    let fired = oneEvent(el, 'ansinh-select');
    await sendKeys({ press: 'Enter' });
    let event = await fired;
    expect(event.detail).to.deep.equal({ residentId: 'r-0001' });
    expect(event.bubbles && event.composed).to.equal(true);
    fired = oneEvent(el, 'ansinh-select');
    await sendKeys({ press: ' ' });
    event = await fired;
    expect(event.detail).to.deep.equal({ residentId: 'r-0001' });
    // A click anywhere on the card (here: on the meta line) chooses it.
    const meta = el.shadowRoot!.querySelector('#meta')!.getBoundingClientRect();
    fired = oneEvent(el, 'ansinh-select');
    await sendMouse({ type: 'click', position: [Math.round(meta.left + 10), Math.round(meta.top + meta.height / 2)] });
    event = await fired;
    expect(event.detail).to.deep.equal({ residentId: 'r-0001' });
    await resetMouse();
    await expect(el).to.be.accessible();
  });

  it('portal actions in the actions slot stay clickable and do not select the card', async () => {
    const el = await fixture<AnsinhResidentCard>(html`<ansinh-resident-card interactive on-date=${ON_DATE} .resident=${olderResident}>
      <button slot="actions" id="edit">Sửa kế hoạch</button>
    </ansinh-resident-card>`);
    let selected = 0;
    let edited = 0;
    el.addEventListener('ansinh-select', () => (selected += 1));
    el.querySelector('#edit')!.addEventListener('click', () => (edited += 1));
    el.querySelector('#edit')!.scrollIntoView({ block: 'center' });
    const r = el.querySelector('#edit')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await resetMouse();
    expect(edited).to.equal(1);
    expect(selected).to.equal(0);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="actions"]')!;
    expect(slot.assignedElements()[0]!.id).to.equal('edit');
    // Not interactive: no target and no event.
    el.interactive = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="select"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('the interactive full card has no second focusable link (phone shown as text)', async () => {
    const el = await render(olderResident);
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).not.to.equal(null);
    el.interactive = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
    expect(focusables(el).length).to.equal(1);
    expect(row(el, 'Điện thoại')).to.equal('0912 345 678');
  });
});
