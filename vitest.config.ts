import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // WxtVitest ignores wxt.config's vite plugins, so zustand's `react` import is aliased here.
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    server: { deps: { inline: ['zustand'] } },
  },
});
