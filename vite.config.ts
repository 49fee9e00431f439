// Builds the tab (tab/ → dist/tab, served by the bot's server at `/`) and runs its dev server,
// which forwards /api to the bot's server on port 3978.

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: "tab",
  base: "./",
  plugins: [react()],
  build: {
    outDir: "../dist/tab",
    emptyOutDir: true,
    // Libraries in their own chunks: they change less often than the tab, so browsers keep
    // them cached. teams-js is only imported when the tab runs in an iframe.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "fluent", test: /node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui)[\\/]/ },
            { name: "teams-js", test: /node_modules[\\/]@microsoft[\\/]teams-js[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 53000,
    strictPort: true,
    proxy: { "/api": "http://localhost:3978" },
  },
});
