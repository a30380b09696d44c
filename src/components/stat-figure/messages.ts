import { defineMessages } from '../../i18n/catalogue.js';

/** Texts of `<ansinh-stat-figure>`. */
export const figureMessages = defineMessages({
  vi: {
    figureLabel: 'Chỉ số',
    change: (dir: 'up' | 'down' | 'same', pct: string, prev: string) =>
      dir === 'same' ? `Không đổi so với ${prev}` : `${dir === 'up' ? 'Tăng' : 'Giảm'} ${pct} so với ${prev}`,
    targetMet: (t: string) => `Đạt mục tiêu (${t})`,
    targetNotMet: (t: string) => `Chưa đạt mục tiêu (${t})`,
    noValue: 'Chưa có số liệu',
    suppressedValue: (t: number) => `Dưới ${t} (ẩn để bảo vệ danh tính)`,
  },
  en: {
    figureLabel: 'Indicator',
    change: (dir: 'up' | 'down' | 'same', pct: string, prev: string) =>
      dir === 'same' ? `Unchanged from ${prev}` : `${dir === 'up' ? 'Up' : 'Down'} ${pct} from ${prev}`,
    targetMet: (t: string) => `Target met (${t})`,
    targetNotMet: (t: string) => `Target not met (${t})`,
    noValue: 'No figure yet',
    suppressedValue: (t: number) => `Below ${t} (hidden to protect identities)`,
  },
});
