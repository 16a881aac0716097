import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The Electron preload as one CommonJS file: a sandboxed preload may require only 'electron',
// so the operation names from src/shared/contract.ts (and zod, which the contract is made of)
// are bundled in. Written beside main.js, which points the window at it.
export default defineConfig({
  // Nothing from the renderer's public folder or index.html belongs here.
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./out/main/electron', import.meta.url)),
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: false,
    minify: true,
    target: 'es2023',
    lib: {
      entry: fileURLToPath(new URL('./src/main/electron/preload.ts', import.meta.url)),
      formats: ['cjs'],
      fileName: () => 'preload.cjs',
    },
    rollupOptions: { external: ['electron'] },
  },
});
