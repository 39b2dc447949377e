export { formatMinutes, t, uiLang } from '../platform/browser-ports';
