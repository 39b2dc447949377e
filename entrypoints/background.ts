import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../platform/start-background';

export default defineBackground(startBackground);
