// The app's colour theme: the system's (prefers-color-scheme) until the user picks one
// with the toggle, then that choice, kept in localStorage across visits.
import type { ThemeName } from "../appearance/appearance";

const KEY = "newsgraph:theme";

export function storedTheme(): ThemeName | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null; // storage blocked (privacy mode, sandboxed frame): follow the system
  }
}

export function systemTheme(): ThemeName {
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function currentTheme(): ThemeName {
  return storedTheme() ?? systemTheme();
}

export function storeTheme(theme: ThemeName): void {
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // not kept, still applied
  }
}

export function applyPageTheme(theme: ThemeName): void {
  document.documentElement.dataset.theme = theme;
}
