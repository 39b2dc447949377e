// TickTick's focus wire types (docs/ticktick-protocol.md §3).

export type OpName =
  | 'start' | 'pause' | 'continue' | 'finish' | 'drop' | 'exit'
  | 'startBreak' | 'endBreak' | 'focus' | 'note' | 'changeDuration';

/** One entry of `opList`, field for field as the web app sends it (seed 001). */
export interface FocusOp {
  id: string;
  oId: string;
  oType: 0 | 1;
  op: OpName;
  duration: number;
  firstFocusId: string;
  focusOnId: string;
  /** 0 task; sent with a binding only (docs/ticktick-protocol.md §3.1: optional on the web). */
  focusOnType?: number;
  /** The bound task's title, at most 64 characters, with a binding only. */
  focusOnTitle?: string;
  autoPomoLeft: number;
  pomoCount: number;
  manual: boolean;
  note: string;
  time: string;
}

export interface PauseLog { type: 0 | 1; time: string }
export interface FocusBreak { startTime?: string; duration?: number; endTime?: string }
export interface FocusOnLog { id: string; type?: number; time: string; title?: string }
export interface FocusTask { id: string; title?: string; startTime?: string; endTime?: string }

/** `current` and each `updates[]` entry. Status: 0 running, 1 paused, 2 finished, 3 dropped. */
export interface FocusRecord {
  id: string;
  type: 0 | 1;
  status: 0 | 1 | 2 | 3;
  valid: boolean;
  exited: boolean;
  firstId: string;
  duration: number;
  startTime: string;
  endTime?: string;
  autoPomoLeft: number;
  pomoCount: number;
  focusBreak: FocusBreak;
  pauseLogs: PauseLog[];
  focusOnLogs: FocusOnLog[];
  focusTasks: FocusTask[];
  note?: string;
}

export interface FocusReply {
  /** The next cursor; absent when TickTick sent none (ours is kept). */
  point?: number;
  /** `undefined`: a record we could not read (an unknown status): the last good one stays. */
  current: FocusRecord | null | undefined;
  /** How many `updates` came back, and the ids of their records; the records are not kept. */
  updates: number;
  ids: string[];
  /** What was odd but bearable, for the connection check. */
  odd?: string;
}

/** `GET /api/v2/user/preferences/pomodoro`, the fields we use: the user's rhythm. */
export interface PomoPrefs {
  pomoDuration: number;
  shortBreakDuration: number;
  longBreakDuration: number;
  longBreakInterval: number;
  /** Daily goal in pomodoros. */
  pomoGoal: number;
  /** Start the next pomodoro by itself when a break runs out. */
  autoPomo: boolean;
  /** Start the break by itself when a pomodoro runs out. */
  autoBreak: boolean;
  /** Daily goal in focus minutes; 0 for none. */
  focusDuration: number;
  /**
   * Pomodoros in an auto-started chain, 2–10. Not in TickTick's reply (docs/ticktick-protocol.md §4):
   * the desktop app keeps it on the device, so it is ours to set.
   */
  autoPomoCount: number;
}

/** `GET /api/v2/pomodoros/statistics/generalForDesktop`; durations in minutes. */
export interface TodayStats {
  todayPomoCount: number;
  todayPomoDuration: number;
}
