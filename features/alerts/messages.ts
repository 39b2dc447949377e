// What the options page asks of the alerts.
import { sender } from '../../browser/messaging';

export interface AlertMessages {
  /** Options' "Test notification and sound". */
  testAlert: () => void;
}

export const sendAlerts = sender<AlertMessages>();
