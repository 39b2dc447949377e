export { formatMinutes, t, uiLang } from './ports';
