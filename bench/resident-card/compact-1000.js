// 1,000 compact resident cards in one page (a centre's whole list), with the modules already
// loaded. ?mode=first (default): create the cards, hand each its resident (validated by the
// contract), wait for render and force layout. ?mode=update: after a first render, hand every card
// a changed resident (room, flags, care-plan step) and time the re-render and layout.
import { importDist, param, rendered, done, fail, painted } from '../lib/harness.js';

const COUNT = Number(param('count', '1000'));
const MODE = param('mode', 'first');

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Lò', 'Hà'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Ngọc', 'Minh', 'Thu', 'Hữu'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hoa', 'Khánh', 'Lan', 'Mai', 'Nam', 'Phúc', 'Quý', 'Sơn', 'Tâm'];
const CATEGORIES = ['nguoi-cao-tuoi', 'tre-em-khong-nguon-nuoi-duong', 'nguoi-khuyet-tat', 'cham-soc-tai-co-so', 'bao-ve-khan-cap'];
const STEPS = ['intake', 'planning', 'implementing', 'monitoring'];

function resident(i, version) {
  const category = CATEGORIES[i % CATEGORIES.length];
  const r = {
    id: `r-${String(i).padStart(5, '0')}`,
    fullName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`,
    birthDate: i % 3 === 0 ? String(1930 + (i % 90)) : `${1930 + (i % 90)}-0${1 + (i % 9)}-1${i % 9}`,
    sex: i % 2 ? 'female' : 'male',
    citizenId: `0${String(10 + (i % 80)).padStart(2, '0')}0${String(i % 100).padStart(2, '0')}${String(100000 + i).slice(-6)}`,
    beneficiaryCategory: { code: category, legalBasis: 'Nghị định 20/2021/NĐ-CP' },
    admission: { decisionNumber: `${i}/QĐ-TTBTXH`, date: `20${10 + (i % 15)}-0${1 + (i % 9)}-01`, type: 'regular' },
    room: `Nhà ${'ABCDE'[i % 5]}, phòng ${100 + (i % 40) + version}`,
    consent: { photo: false, publishName: false, shareHealthData: i % 4 === 0 },
    flags: i % 3 === 0 ? { fallRisk: true, diet: version ? ['Ăn mềm'] : ['Ăn nhạt'] } : i % 3 === 1 ? { allergy: ['Penicillin'] } : undefined,
    currentCarePlanStep: STEPS[(i + version) % STEPS.length],
  };
  if (category === 'nguoi-khuyet-tat') r.disability = { level: 'nang', type: 'van-dong' };
  if (!r.flags) delete r.flags;
  return r;
}

try {
  const [{ AnsinhResidentCard }, { AnsinhBadge }, { AnsinhState }, { installTokens }] = await Promise.all([
    importDist('components/resident-card/resident-card.js'),
    importDist('base/primitives/badge.js'),
    importDist('base/primitives/state.js'),
    importDist('tokens/install.js'),
  ]);
  const first = Array.from({ length: COUNT }, (_, i) => resident(i, 0));
  const second = Array.from({ length: COUNT }, (_, i) => resident(i, 1));
  const host = document.getElementById('host');
  const badges = () => Array.from(host.querySelectorAll('ansinh-resident-card')).flatMap((c) => Array.from(c.shadowRoot.querySelectorAll('ansinh-badge')));

  const renderAll = async () => {
    installTokens(document);
    AnsinhBadge.define('ansinh-badge');
    AnsinhState.define('ansinh-state');
    AnsinhResidentCard.define('ansinh-resident-card');
    const cards = [];
    const frag = document.createDocumentFragment();
    for (let i = 0; i < COUNT; i++) {
      const card = document.createElement('ansinh-resident-card');
      card.setAttribute('variant', 'compact');
      card.setAttribute('on-date', '2026-11-22');
      card.resident = first[i];
      cards.push(card);
      frag.append(card);
    }
    host.append(frag);
    await rendered(cards);
    await rendered(badges());
    await painted();
    return cards;
  };

  if (MODE === 'update') {
    const cards = await renderAll();
    await painted();
    const start = performance.now();
    for (let i = 0; i < COUNT; i++) cards[i].resident = second[i];
    await rendered(cards);
    await rendered(badges());
    await painted();
    const ms = performance.now() - start;
    const wrong = cards.filter((c, i) => c.resident?.room !== second[i].room).length;
    if (wrong) throw new Error(`${wrong} cards did not update`);
    performance.measure('ansinh-resident-card-update-1000', { start, duration: ms });
    done(ms, ms.toFixed(1));
  } else {
    const start = performance.now();
    const cards = await renderAll();
    const ms = performance.now() - start;
    const invalid = cards.filter((c) => c.hasContractErrors).length;
    if (invalid) throw new Error(`${invalid} cards have contract errors`);
    performance.measure('ansinh-resident-card-first-1000', { start, duration: ms });
    done(ms, ms.toFixed(1));
  }
} catch (err) {
  fail(err);
}
