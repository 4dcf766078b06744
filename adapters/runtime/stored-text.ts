/**
 * What any question store (SQLite here, others later) does before it keeps a question:
 * the file is private to its owner, and the text can be printed in a terminal safely.
 */
import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";

// A stored question is shown in terminals: no escape sequence or other control character survives.
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/** Text with every control or format character replaced by a space, safe to store and to print. */
export const withoutControls = (text: string) => text.replace(CONTROL, " ");

/**
 * Questions are personal data: the folder is created 0700 and the file 0600 before the
 * database opens it (SQLite gives its -wal and -shm files the database's mode). An existing
 * file is narrowed to 0600 too; an existing folder is left as its owner set it.
 */
export function createPrivately(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, "a", 0o600));
  chmodSync(path, 0o600);
}
