export { type Lang, DEFAULT_LANG, toLang, resolveLang } from './lang.js';
export { type Message, type Catalogue, defineMessages } from './catalogue.js';
export {
  formatNumber,
  formatVnd,
  formatPercent,
  formatCompact,
  formatDate,
  pluralCategory,
  plural,
  compareText,
  foldForSearch,
  matchesSearch,
} from './format.js';
