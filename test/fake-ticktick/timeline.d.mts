// Types for the fake's year of focus records (timeline.mjs).
export const GONE_TASKS: { id: string; title: string; projectName?: string }[];
export function focusYear(o: {
  year: number; count: number; tasks: { id: string; title: string; projectId: string }[];
  lists: { id: string; name: string }[]; inboxId?: string;
}): Record<string, unknown>[];
