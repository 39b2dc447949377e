export { t } from '../platform/browser-ports';
