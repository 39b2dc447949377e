// The registry of every name the extension keeps in the browser: storage items, storage.session
// values, alarms and commands. Each feature declares its own; this list lets one test see that no
// two collide and that the manifest's commands are the ones the worker handles.
import { PROBLEMS_KEY } from '../browser/storage';
import { ALARM_POLL, ALARM_RETRY, ALARM_TICK, COMMAND_END, COMMAND_TOGGLE } from '../features/focus/config';
import { extrasItem, stateItem } from '../features/focus/items';
import { DEVICE_KEY } from '../features/focus/ticktick/web-headers';
import { presenceValue } from '../features/guard/presence';
import { ALARM_BLOCK } from '../features/guard/rules';
import { exceptionsValue, nonceValue } from '../features/guard/session';
import { sitesItem } from '../features/guard/site-store';
import { tasksItem } from '../features/tasks/fetch-tasks';
import { tokenValue } from '../features/zoho/auth';
import { ALARM_ZOHO } from '../features/zoho/config';
import { zohoItem } from '../features/zoho/item';
import { ignoredItem } from '../features/zoho/ignored';
import { listsItem } from '../features/stats/lists';
import { DAY_PREFIX, metaItem } from '../features/stats/store';
import { ALARM_HEADS_UP, ALARM_REPEAT } from '../features/alerts/worker';
import { repeatValue } from './alert-repeat';
import { settingsItem } from './settings';
import { COMMAND_PANEL } from '../browser/side-panel';
import { welcomedItem } from './welcome/open';
import { gapsValue } from '../features/zoho/gaps-memo';

const local = (key: string) => `local:${key}`;

/** `area:key` of every stored item (a `.backup` beside one is the item's own); `*`: one per day. */
export const STORED = [stateItem, extrasItem, settingsItem, zohoItem, ignoredItem, sitesItem, tasksItem, metaItem, listsItem, welcomedItem]
  .map((i) => `${i.area}:${i.key}`).concat(local(DEVICE_KEY), local(PROBLEMS_KEY), local(`${DAY_PREFIX}*`));

/** Keys in storage.session: gone when the browser closes. */
export const SESSION = [presenceValue, tokenValue, nonceValue, exceptionsValue, repeatValue, gapsValue].map((v) => v.key);

export const ALARMS = [ALARM_TICK, ALARM_POLL, ALARM_RETRY, ALARM_ZOHO, ALARM_BLOCK, ALARM_REPEAT, ALARM_HEADS_UP];

/** The commands the worker handles (the manifest adds `_execute_action`, which opens the popup). */
export const COMMANDS = [COMMAND_TOGGLE, COMMAND_END, COMMAND_PANEL];
