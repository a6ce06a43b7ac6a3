import { describe, expect, it } from "vitest";
import { createStore, INITIAL_STATE, reduce } from "../../src/viewer/state";
import { encodeViewState, decodeViewState } from "../../src/app/url-state";

describe("view state reducers", () => {
  it("return the same object when nothing changes, so views can skip work", () => {
    const s = reduce(INITIAL_STATE, { type: "select", selection: { kind: "node", key: "a" } });
    expect(s).not.toBe(INITIAL_STATE);
    expect(reduce(s, { type: "select", selection: { kind: "node", key: "a" } })).toBe(s);
    expect(reduce(s, { type: "hover", key: null })).toBe(s);
    expect(reduce(s, { type: "toggleType", nodeType: "event", visible: true })).toBe(s);
    expect(reduce(s, { type: "setCamera", camera: null })).toBe(s);
  });

  it("toggle filters on and off, keeping lists sorted", () => {
    let s = reduce(INITIAL_STATE, { type: "toggleType", nodeType: "place" });
    s = reduce(s, { type: "toggleType", nodeType: "event" });
    expect(s.hiddenTypes).toEqual(["event", "place"]);
    s = reduce(s, { type: "toggleType", nodeType: "place" });
    expect(s.hiddenTypes).toEqual(["event"]);
    s = reduce(s, { type: "toggleKind", kind: "meeting", visible: false });
    expect(s.hiddenKinds).toEqual(["meeting"]);
    expect(reduce(s, { type: "toggleKind", kind: "meeting", visible: false })).toBe(s);
  });

  it("clamp the minimum mentions to a whole number ≥ 0", () => {
    expect(reduce(INITIAL_STATE, { type: "setMinMentions", value: -3 }).minMentions).toBe(0);
    expect(reduce(INITIAL_STATE, { type: "setMinMentions", value: 2.7 }).minMentions).toBe(2);
    expect(reduce(INITIAL_STATE, { type: "setMinMentions", value: Number.NaN }).minMentions).toBe(0);
  });

  it("the store notifies subscribers only on change, with the previous state", () => {
    const store = createStore({ minMentions: 1 });
    const seen: Array<[number, number]> = [];
    const off = store.subscribe((s, p) => seen.push([s.minMentions, p.minMentions]));
    store.dispatch({ type: "setMinMentions", value: 1 });
    store.dispatch({ type: "setMinMentions", value: 4 });
    off();
    store.dispatch({ type: "setMinMentions", value: 5 });
    expect(seen).toEqual([[4, 1]]);
    expect(store.getState().minMentions).toBe(5);
  });
});

describe("URL state", () => {
  it("round-trips selection, filters and camera", () => {
    const state = {
      selection: { kind: "node" as const, key: "person:vladimir-putin" },
      hiddenTypes: ["place" as const, "event" as const],
      hiddenKinds: ["meeting" as const],
      minMentions: 2,
      camera: { x: 0.51234567, y: 0.4, ratio: 0.75, angle: 0 },
    };
    const hash = encodeViewState(state);
    expect(hash).toBe(
      "node=person%3Avladimir-putin&hide=event%2Cplace&kinds=meeting&min=2&cam=0.5123%2C0.4%2C0.75%2C0",
    );
    expect(decodeViewState(`#${hash}`)).toEqual({
      ...state,
      hiddenTypes: ["event", "place"],
      camera: { ...state.camera, x: 0.5123 },
    });
  });

  it("carries hostile keys safely", () => {
    const key = `person:<img src=x onerror=alert(1)>&node=x#y`;
    const hash = encodeViewState({ selection: { kind: "edge", key } });
    expect(decodeViewState(hash).selection).toEqual({ kind: "edge", key });
  });

  it("ignores malformed or unknown values", () => {
    expect(decodeViewState("#hide=bogus,person&kinds=NOPE,%3Cx%3E&min=-1&cam=1,2,nan,0")).toEqual({
      hiddenTypes: ["person"],
      hiddenKinds: [],
    });
    expect(decodeViewState("")).toEqual({});
    expect(encodeViewState({})).toBe("");
  });
});
