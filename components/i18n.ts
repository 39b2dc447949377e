export { t, uiLang } from '../platform/browser-ports';
