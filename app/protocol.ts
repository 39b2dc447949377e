// The one map from message name to data and reply the worker answers: each feature's own map
// (features/*/messages.ts), joined. A name two features declared would not type-check here.
import type { Handlers } from '../browser/messaging';
import type { AlertMessages } from '../features/alerts/messages';
import type { FocusMessages } from '../features/focus/messages';
import type { GuardMessages } from '../features/guard/messages';
import type { ZohoMessages } from '../features/zoho/messages';

export type ProtocolMap = FocusMessages & ZohoMessages & GuardMessages & AlertMessages;
export type AppHandlers = Handlers<ProtocolMap>;
