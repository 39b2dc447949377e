// Whether a host is itself a public suffix (co.uk, com.cn, kawasaki.jp; ICANN section only, so
// github.io or blogspot.com, which the PSL lists as private, may be blocked as sites), from
// tldts-icann: the Public Suffix List, 30 KB gzip. Only the options page loads it, statically: a
// dynamic import would make Vite's preload helper a chunk of its own, ~200 B more for the popup's
// first paint (docs/site-blocking.md weighs this). The worker and the popup never need it.
import { getPublicSuffix } from 'tldts-icann/dist/index.esm.min.js';

export const isPublicSuffix = (host: string) => getPublicSuffix(host) === host;
