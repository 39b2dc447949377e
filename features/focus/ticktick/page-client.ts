// TickTick reads for extension pages (popup, chooser, options) over the worker's browser adapters.
import { getJson, type ClientPorts } from './client';
import type { Site } from './hosts';
import { sessionPort } from './session';
import { BASE_URL } from '../../../browser/env';
import { httpPort } from '../../../browser/http';
import { webHeaders } from './web-headers';

const ports: ClientPorts = { http: httpPort, session: sessionPort, webHeaders, base: BASE_URL };
export const pageGet = (site: Site, url: string) => getJson(ports, site, url);
