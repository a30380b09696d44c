/**
 * Deterministic generator of realistic survey responses for any definition (used by the tests
 * and the stories). Same seed, same responses.
 */
import { parseSurveyDefinition } from '../../src/contract/parse.js';
import { surveyItems, type SurveyDefinition, type SurveyResponse } from '../../src/contract/survey.js';

export const WARDS = ['Khoa Nội tổng hợp', 'Khoa Ngoại', 'Khoa Nhi', 'Khoa Sản', 'Khoa Hồi sức tích cực'];

/** mulberry32: small, fast, good enough for fixtures. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  count?: number;
  seed?: number;
  /** First month, e.g. '2026-01'; responses spread over `months` months. */
  from?: string;
  months?: number;
  wards?: string[];
}

export function generateResponses(def: SurveyDefinition, options: GenerateOptions = {}): SurveyResponse[] {
  const { count = 60, seed = 7, from = '2026-01', months = 6, wards = WARDS } = options;
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const [y0, m0] = from.split('-').map(Number) as [number, number];
  const items = surveyItems(def);
  const hasNotUsed = (code: string) => {
    const item = items.find((i) => i.code === code);
    return item?.type === 'scale5' && item.notApplicable !== false;
  };
  const out: SurveyResponse[] = [];
  for (let n = 0; n < count; n++) {
    const monthIndex = m0 - 1 + Math.floor(random() * months);
    const year = y0 + Math.floor(monthIndex / 12);
    const month = String((monthIndex % 12) + 1).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const filledOn = `${year}-${month}-${day}`;
    const ward = pick(wards);
    // Each ward has its own level, so ward tables differ.
    const wardBias = (wards.indexOf(ward) % 3) * 0.12;
    const answers: SurveyResponse['answers'] = {};
    for (const item of items) {
      if (item.type === 'scale5') {
        const x = random();
        if (hasNotUsed(item.code) && x < 0.05) answers[item.code] = 0;
        else answers[item.code] = x < 0.08 + wardBias / 2 ? 2 : x < 0.25 + wardBias ? 3 : x < 0.7 ? 4 : 5;
      } else if (item.type === 'single' && !item.code.startsWith('meta.')) {
        answers[item.code] = pick(item.options).value;
      } else if (item.code === 'G1') {
        answers[item.code] = Math.round(60 + random() * 50);
      } else if (item.type === 'number' && item.code.startsWith('info.')) {
        answers[item.code] = item.code === 'info.A2' ? 18 + Math.floor(random() * 70) : 1 + Math.floor(random() * 10);
      }
    }
    if (n % 9 === 0 && items.some((i) => i.code === 'H1')) answers['H1'] = 'Phòng vệ sinh chưa sạch, phải chờ lâu.';
    out.push({
      id: `r-${seed}-${n + 1}`,
      definitionId: def.id,
      definitionVersion: def.version,
      status: 'completed',
      answers,
      metadata: {
        surveyType: 'self-assessment-periodic',
        administeredBy: 'self',
        respondent: def.audience === 'staff' ? 'staff' : n % 4 === 0 ? 'relative' : 'patient',
        wardCode: ward,
        filledOn,
        mode: n % 3 === 0 ? 'kiosk' : 'paper',
      },
      submittedAt: `${filledOn}T09:30:00+07:00`,
    });
  }
  return out;
}

/** A hand-sized form and responses whose indices are worked out by hand in the tests. */
export function smallDefinition(): SurveyDefinition {
  const r = parseSurveyDefinition({
    id: 'mini',
    version: '1',
    title: { vi: 'Phiếu thử', en: 'Test form' },
    sections: [
      { id: 'meta', title: { vi: 'Thông tin', en: 'Info' }, items: [{ code: 'meta.ward', type: 'text', text: { vi: 'Khoa', en: 'Ward' } }] },
      {
        id: 'A',
        code: 'A',
        title: { vi: 'Tiếp cận', en: 'Access' },
        items: [
          { code: 'A1', type: 'scale5', text: { vi: 'Biển báo', en: 'Signs' } },
          { code: 'A2', type: 'scale5', text: { vi: 'Lối đi', en: 'Paths' } },
        ],
      },
      { id: 'B', code: 'B', title: { vi: 'Minh bạch', en: 'Transparency' }, items: [{ code: 'B1', type: 'scale5', text: { vi: 'Giá', en: 'Prices' } }] },
      {
        id: 'G',
        title: { vi: 'Chung', en: 'Overall' },
        items: [
          { code: 'G1', type: 'number', min: 0, text: { vi: 'Đáp ứng %', en: '% met' } },
          {
            code: 'G2',
            type: 'single',
            text: { vi: 'Quay lại?', en: 'Come back?' },
            options: [1, 2, 3, 4, 5, 6].map((v) => ({ value: v, label: { vi: `PA ${v}`, en: `Option ${v}` } })),
          },
        ],
      },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const resp = (
  id: string,
  answers: SurveyResponse['answers'],
  ward: string,
  filledOn: string,
  extra: Partial<SurveyResponse> = {},
): SurveyResponse => ({
  id,
  definitionId: 'mini',
  definitionVersion: '1',
  status: 'completed',
  answers,
  metadata: { wardCode: ward, filledOn },
  ...extra,
});

export const smallResponses = (): SurveyResponse[] => [
  resp('r1', { A1: 5, A2: 4, B1: 3, G1: 80, G2: 5 }, 'W1', '2026-01-10'),
  resp('r2', { A1: 0, A2: 2, B1: { value: 4, reason: 'x' }, G1: 120, G2: 3 }, 'W2', '2026-02-03'),
  resp('r3', { A1: 3, A2: null, B1: 5, G1: '90', G2: 5 }, 'W1', '2026-04-01'),
  resp('r4', { A1: 1, A2: 1, B1: 1 }, 'W1', '2026-04-01', { status: 'in-progress' }),
  resp('r5', { A1: 1, A2: 1, B1: 1 }, 'W1', '2026-04-01', { definitionId: 'other' }),
  resp('r6', { A1: 7, A2: '4', B1: 1 }, 'W2', '2026-04-20'),
];

