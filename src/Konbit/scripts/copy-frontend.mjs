// Copies the built files of npm front-end packages into wwwroot/lib, which git ignores.
import { mkdirSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = [
  ["node_modules/chart.js/dist/chart.umd.min.js", "chart.umd.min.js"],
  ["node_modules/leaflet/dist/leaflet.js", "leaflet/leaflet.js"],
  ["node_modules/leaflet/dist/leaflet.css", "leaflet/leaflet.css"],
];
mkdirSync(join(root, "wwwroot/lib/leaflet"), { recursive: true });
for (const [from, to] of files) copyFileSync(join(root, from), join(root, "wwwroot/lib", to));
console.log(`copied ${files.length} front-end file(s) into wwwroot/lib`);
