// Real request and response examples from seed 001 (docs/ticktick-protocol.md §3.1), verbatim.
import type { FocusOp } from '../features/focus/ticktick/types';

const common = {
  oId: '6915ae6838b6e20c76868c44', oType: 0 as const, duration: 25,
  firstFocusId: '6915ae6838b6e20c76868c44', focusOnId: '', autoPomoLeft: 5, pomoCount: 1,
  manual: true, note: '',
};

export const seedStart = {
  lastPoint: 1760632928097,
  opList: [{ id: '6915ae6838b6e20c76868c45', ...common, op: 'start', time: '2025-11-13T10:09:44.765+0000' }] as FocusOp[],
};
export const seedPause = {
  lastPoint: 1763028586178,
  opList: [{ id: '6915aef838b6e20c76868c48', ...common, op: 'pause', time: '2025-11-13T10:12:08.069+0000' }] as FocusOp[],
};
export const seedContinue = {
  lastPoint: 1763028729470,
  opList: [{ id: '6915af5638b6e20c76868c4c', ...common, op: 'continue', time: '2025-11-13T10:13:42.178+0000' }] as FocusOp[],
};
export const seedDropExit = {
  lastPoint: 1763028864202,
  opList: [
    { id: '6915af8738b6e20c76868c52', ...common, op: 'drop', duration: 0, time: '2025-11-13T10:14:31.897+0000' },
    { id: '6915af8738b6e20c76868c53', ...common, op: 'exit', duration: 0, autoPomoLeft: 0, pomoCount: 0, time: '2025-11-13T10:14:31.989+0000' },
  ] as FocusOp[],
};

/** The seed's success response: paused at 10:12:08 (status 1). */
export const seedReplyPaused = {
  point: 1763028729470,
  current: {
    id: '6915ae6838b6e20c76868c44', type: 0, status: 1, valid: true, exited: false,
    firstId: '6915ae6838b6e20c76868c44', firstDid: '6915add138b6e20c76868ad8', duration: 25,
    startTime: '2025-11-13T10:09:44.765+0000', endTime: '2025-11-13T10:34:44.765+0000',
    autoPomoLeft: 5, pomoCount: 1, focusBreak: {},
    focusOnLogs: [{ id: '', time: '2025-11-13T10:09:44.765+0000' }],
    pauseLogs: [{ type: 0, time: '2025-11-13T10:12:08.069+0000' }],
    focusTasks: [{ id: '', startTime: '2025-11-13T10:09:44.765+0000', endTime: '2025-11-13T10:12:08.069+0000' }],
    etag: 'clvt5648', autoStart: false,
  },
  updates: [] as unknown[],
};
seedReplyPaused.updates = [structuredClone(seedReplyPaused.current)];

export const seedNoAuth = { error: 'no_auth_session', message: '未设置认证会话，请先完成微信登录' };

export const at = (iso: string) => Date.parse(iso.replace('+0000', 'Z'));
