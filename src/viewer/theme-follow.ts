// The viewer's colour theme: the one asked for, or with "auto" the system's
// (prefers-color-scheme), followed live while the viewer is mounted.
import type { ThemeName } from "../appearance/appearance";

export type ThemeChoice = ThemeName | "auto";

export interface ThemeFollower {
  /** the theme in use now */
  current(): ThemeName;
  /** a new choice; calls onChange */
  choose(choice: ThemeChoice): void;
  destroy(): void;
}

/** The theme a choice means, given whether the system is dark. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): ThemeName {
  return choice === "auto" ? (systemDark ? "dark" : "light") : choice;
}

/** Follows the choice and, under "auto", the system: onChange runs when the theme may have changed. */
export function followTheme(view: Window | null, choice: ThemeChoice, onChange: () => void): ThemeFollower {
  // optional calls: a page without matchMedia (old or test environments) is simply light
  const darkQuery = view?.matchMedia?.("(prefers-color-scheme: dark)") ?? null;
  const onSystemTheme = () => choice === "auto" && onChange();
  darkQuery?.addEventListener?.("change", onSystemTheme);
  return {
    current: () => resolveTheme(choice, darkQuery?.matches ?? false),
    choose(next) {
      choice = next;
      onChange();
    },
    destroy: () => darkQuery?.removeEventListener?.("change", onSystemTheme),
  };
}
