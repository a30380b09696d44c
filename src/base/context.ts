import { createContext } from '@lit/context';
import type { DataSource } from '../data/source.js';
import type { Lang } from '../i18n/lang.js';

/** The DataSource an <ansinh-provider> hands to every ansinh element below it. */
export const dataSourceContext = createContext<DataSource | undefined>(Symbol.for('ansinh.data-source'));

/** The provider's language, so descendants re-render when it changes even across shadow roots. */
export const langContext = createContext<Lang | undefined>(Symbol.for('ansinh.lang'));
