// Cookies of a site the extension may read: whether one exists, or the value of one that is no
// secret (a CSRF token the page itself sends in a header).
import { browser } from 'wxt/browser';

export interface CookiePort {
  exists(url: string, name: string): Promise<boolean>;
  value(url: string, name: string): Promise<string | null>;
}

export const cookiePort: CookiePort = {
  exists: async (url, name) => (await browser.cookies.get({ url, name })) !== null,
  value: async (url, name) => (await browser.cookies.get({ url, name }))?.value ?? null,
};
