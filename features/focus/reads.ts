// The focus feature's second public module: TickTick reads for extension pages (the task chooser,
// statistics). Apart from features/focus/index.ts so that a page importing the view does not
// load the HTTP client with its first paint.
export { pageGet } from './ticktick/page-client';
