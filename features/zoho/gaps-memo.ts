// The popup's count of today's reconciliation gaps (app/popup/today-gaps.ts), kept for a few
// minutes in storage.session; "Log it" and "Ignore" on the statistics page drop it, so the popup
// counts again.
import { sessionValue } from '../../browser/session';

export const gapsValue = sessionValue<{ at: number; date: string; gaps: number }>('zohoTodayGaps');
