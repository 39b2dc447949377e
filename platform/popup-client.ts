// TickTick reads for extension pages (popup, chooser, options) over the worker's browser adapters.
import { getJson, type ClientPorts } from '../core/ticktick/client';
import type { Site } from '../core/ticktick/hosts';
import { sessionPort } from './browser-ports';
import { BASE_URL } from './env';
import { httpPort } from './http';
import { webHeaders } from './web-headers';

const ports: ClientPorts = { http: httpPort, session: sessionPort, webHeaders, base: BASE_URL };
export const pageGet = (site: Site, url: string) => getJson(ports, site, url);
