// The tests' paths are the repo's one paths module (tools/paths.ts).
export * from "../../tools/paths";
