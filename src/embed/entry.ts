// Entry of the embed bundle (ES module and inlinable IIFE): defines <newsgraph-view>.
import { defineNewsgraphView, NewsgraphViewElement } from "./element";

defineNewsgraphView();

export { NewsgraphViewElement, defineNewsgraphView };
