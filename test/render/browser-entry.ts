// Browser bundle entry for the Chromium test: proves layout + SVG run without Node APIs.
export { layoutGraph } from "../../src/layout/index";
export { renderSvg, visibleLabels } from "../../src/render/svg";
export { graphFromJSON } from "../../src/schema/model";
