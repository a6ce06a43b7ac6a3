// Importing this module (Node only) loads and registers the committed models,
// so extractGraph() works without passing them: the CLI, scripts and tests do.
import { loadDefaultModels } from "./node";

loadDefaultModels();
