// The schema's public face: types, validators, the evidence accessor and the graph model.
export * from "./graph";
export * from "./model";
