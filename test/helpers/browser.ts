// The tests start Chromium the repo's one way (tools/browser.ts).
export * from "../../tools/browser";
