// The progress bar and Cancel button shown while a file is read and parsed in the import worker.
// Bytes read fill the bar; parsing, building and layout report no fraction, so the bar runs
// indeterminate then. File names reach the page as text only (textContent).
import "./import-progress.css";
import type { ImportProgress } from "./import-file";
import { importStageText } from "./import-in-worker";

export interface ImportProgressBar {
  /** shows the bar for `subject` (“a file name”, quoted, or "the pasted article"); its Cancel button calls `onCancel` */
  start(subject: string, onCancel: () => void): void;
  update(progress: ImportProgress): void;
  hide(): void;
}

/** Drives the `[data-role=progress]` box of index.html. */
export function importProgressBar(box: HTMLElement): ImportProgressBar {
  const text = box.querySelector<HTMLElement>('[data-role="progress-text"]')!;
  const bar = box.querySelector<HTMLProgressElement>('[data-role="progress-bar"]')!;
  const cancel = box.querySelector<HTMLButtonElement>('[data-action="cancel-import"]')!;
  let subject = "";
  let onCancel: (() => void) | null = null;
  cancel.addEventListener("click", () => onCancel?.());
  return {
    start(what, cancelled) {
      subject = what;
      onCancel = cancelled;
      text.textContent = `Opening ${what}…`;
      bar.removeAttribute("value");
      box.hidden = false;
    },
    update(progress) {
      text.textContent = importStageText(subject, progress);
      if (progress.stage === "reading" && progress.total > 0) {
        bar.max = progress.total;
        bar.value = progress.loaded;
      } else bar.removeAttribute("value");
    },
    hide() {
      onCancel = null;
      box.hidden = true;
    },
  };
}
