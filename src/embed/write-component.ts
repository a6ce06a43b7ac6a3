// Writes the <newsgraph-view> ES module for sites hosting several graphs:
//   npx tsx src/embed/write-component.ts [OUT.js]     (default dist-embed/newsgraph-view.js)
// then on a page: <script type="module" src="newsgraph-view.js"></script>
//                 <newsgraph-view src="graph.json" height="480"></newsgraph-view>
import { writeWebComponent } from "./index";

const out = await writeWebComponent(process.argv[2]);
process.stderr.write(`newsgraph: wrote ${out}\n`);
