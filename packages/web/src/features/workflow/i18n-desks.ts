import { i18n } from './i18n';
import { viDesks } from './locales/vi-desks';

// The desks' strings (inbox, consolidation board, decisions, cycle settings) load with the screens that
// use them, so that a cadre's task page does not carry them; the English bundle (./i18n) has them all.
i18n.addResourceBundle('vi', 'translation', { workflow: viDesks }, true, true);
