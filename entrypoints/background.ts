import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../app/worker';

export default defineBackground(startBackground);
