import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Libraries every page needs, in long-lived chunks of their own. antd is deliberately not
 * grouped: left to the bundler, each lazy page pulls only the antd components it uses, so
 * the phone-first portal does not download the admin pages' tables, trees and pickers.
 */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: 'dayjs', test: /node_modules[\\/]dayjs[\\/]/ },
];

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000' } },
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The largest chunks are the shell (~330 kB: layouts, ConfigProvider, Menu, both antd
    // locales) and React (~310 kB); a chunk past 600 kB means a page stopped being lazy.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
});
