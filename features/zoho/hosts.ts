// The one module that knows Zoho's hosts (docs/zoho-people.md §6): each data centre's accounts
// server (OAuth) and People API host. A base URL (sandbox, e2e) sends both to one origin.

export const DATA_CENTRES = ['com', 'eu', 'in', 'com.au', 'jp', 'com.cn', 'ca', 'sa', 'uk'] as const;
export type DataCentre = (typeof DATA_CENTRES)[number];

/** Canada lives on zohocloud.ca, not zoho.ca. */
const domain = (dc: DataCentre) => (dc === 'ca' ? 'zohocloud.ca' : `zoho.${dc}`);

export interface ZohoHosts {
  /** `<accounts>/oauth/v2/auth`: the implicit-grant page. */
  auth: string;
  /** `<people>/people/api/timetracker/<op>`. */
  api(op: string): string;
  /** Host permission the API needs. */
  origin: string;
}

export function zohoHosts(dc: DataCentre, base?: string): ZohoHosts {
  const b = base?.replace(/\/+$/, '');
  const accounts = b ?? `https://accounts.${domain(dc)}`;
  const people = b ?? `https://people.${domain(dc)}`;
  return { auth: `${accounts}/oauth/v2/auth`, api: (op) => `${people}/people/api/timetracker/${op}`, origin: `${hostPattern(people)}` };
}

function hostPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Every People host, for `optional_host_permissions` (asked for one at a time when the mirror is turned on). */
export const optionalZohoHosts = (): string[] => DATA_CENTRES.map((dc) => zohoHosts(dc).origin);

/** Zoho's hosts for a data centre on the known list only: a crafted stored value sends no token elsewhere. */
export function checkedHosts(dc: DataCentre, base?: string): ZohoHosts {
  if (!DATA_CENTRES.includes(dc)) throw new Error(`unknown Zoho data centre ${dc}`);
  return zohoHosts(dc, base);
}
