export const HELP = `newsgraph — turn a news article into a knowledge graph

Usage:
  newsgraph build ARTICLE.txt -o GRAPH.(json|graphml|gexf|csv|svg|png)   extract a graph ("-" reads stdin)
  newsgraph export GRAPH.(json|graphml|gexf) -o OUT.(json|graphml|gexf|csv|svg|png)
  newsgraph embed GRAPH -o PAGE.html [--title T] [--height H] [--compact]
  newsgraph report GRAPH -o REPORT.html [--title T]
  newsgraph --version | --help | help COMMAND

A .csv output writes two files: NAME.nodes.csv and NAME.edges.csv.
Errors are one line on stderr; nothing is written when a command fails.
`;

export const COMMAND_HELP = {
  build: `Usage: newsgraph build ARTICLE.txt -o OUT.(json|graphml|gexf|csv|svg|png) [--title T] [-q]

Reads a plain-text English news article (UTF-8; "-" for stdin), extracts people,
countries, places, organizations, events and relations with their evidence, lays the
graph out deterministically and writes it. Prints a one-line summary on stderr.
`,
  export: `Usage: newsgraph export GRAPH.(json|graphml|gexf) -o OUT.(json|graphml|gexf|csv|svg|png) [-q]

Converts a graph between formats. Reads newsgraph's own exports and graphs written by Gephi and other tools.
`,
  embed: `Usage: newsgraph embed GRAPH -o PAGE.html [--title T] [--height H] [--compact] [-q]

Writes one self-contained interactive HTML file (viewer, styles and data inlined; no network
requests), for reports and iframes. --compact hides the side panels for small frames.
`,
  report: `Usage: newsgraph report GRAPH -o REPORT.html [--title T] [-q]

Writes a report page: the interactive graph, a table of entities, a timeline of events and the
article with highlighted mentions, in one file that prints well to PDF.
`,
} as const;
