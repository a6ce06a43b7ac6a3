// Types for the environment-neutral entry points of graphology-gexf: the parser factory
// (given a DOMParser and Document class) and the writer, neither tied to Node or the browser.
declare module "graphology-gexf/common/parser.js" {
  import type Graph from "graphology";
  import type { GraphConstructor } from "graphology-types";
  type Parse = (
    Graph: GraphConstructor,
    source: string | Document,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean; respectInputGraphType?: boolean },
  ) => Graph;
  const createParserFunction: (DOMParser: unknown, Document: unknown) => Parse;
  export default createParserFunction;
}

declare module "graphology-gexf/common/writer.js" {
  import type Graph from "graphology";
  type Formatted = {
    label?: string;
    viz?: { color?: string; size?: number; x?: number; y?: number; thickness?: number };
    attributes?: Record<string, unknown>;
    kind?: string;
    weight?: number;
  };
  const write: (
    graph: Graph,
    options?: {
      version?: "1.2" | "1.3";
      pretty?: boolean;
      formatNode?: (key: string, attributes: Record<string, unknown>) => Formatted;
      formatEdge?: (key: string, attributes: Record<string, unknown>) => Formatted;
    },
  ) => string;
  export default write;
}
