// The mirror's stored item: its queue of calls, the log it mirrors, its retry and error.
import { defineItem } from '../../browser/storage';
import { isObj } from '../../kernel/json';
import { ZOHO_MIGRATIONS } from './migrations';
import { initialZoho, type ZohoState } from './state';

export const zohoItem = defineItem<ZohoState>('local:zoho', { fallback: initialZoho(), version: 2, migrations: ZOHO_MIGRATIONS, valid: isObj });
