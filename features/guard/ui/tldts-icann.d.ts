// The package's prebuilt minified ES module (30 KB gzip, against 77 KB for its `module` entry once
// bundled): same API, so its types are the package's own.
declare module 'tldts-icann/dist/index.esm.min.js' {
  export { getPublicSuffix } from 'tldts-icann';
}
