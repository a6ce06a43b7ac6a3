// npm run build:lib, last step: the viewer bundle that `embed` and `report` inline, built with
// Vite ahead of time into build/embed-bundle/ so the installed package needs no Vite.
import { PREBUILT_DIR, writePrebuiltBundle } from "../src/embed/bundle";

await writePrebuiltBundle();
process.stdout.write(`viewer bundle written to ${PREBUILT_DIR}\n`);
