/**
 * Hot reload: a Brandbot that serves the current index and can swap in a new one built
 * in the background. Answering is synchronous, so an answer in flight always finishes on
 * the index it started with; the swap is a single assignment. A reload that fails
 * (bad corpus) keeps serving the last good index and says why.
 */
import { watch, type FSWatcher } from "node:fs";
import { join } from "node:path";
import type { Brandbot, Logger } from "../../src/types.js";

/** What the last reload did, for `:reload`, logs and `/healthz`. */
export interface ReloadStatus {
  ok: boolean;
  at: string;
  documents: number;
  sentences: number;
  /** Why the reload was refused, when it was. */
  error?: string;
}

/** A Brandbot whose index can be replaced while it serves. */
export interface ReloadingBot extends Brandbot {
  /** Rebuilds from disk; resolves (never rejects) with what happened. */
  reload(): Promise<ReloadStatus>;
  lastReload(): ReloadStatus | null;
}

/** Wraps `initial`; `load` builds a fresh bot from disk (and throws on a bad corpus). */
export function createReloadingBot(initial: Brandbot, load: () => Promise<Brandbot>, logger: Logger): ReloadingBot {
  let current = initial;
  let last: ReloadStatus | null = null;
  let running: Promise<ReloadStatus> | null = null;

  const reloadOnce = async (): Promise<ReloadStatus> => {
    const at = new Date().toISOString();
    try {
      const next = await load();
      current = next;
      last = { ok: true, at, ...next.stats() };
      logger.info({ component: "reload", ...last }, "corpus reloaded");
    } catch (error) {
      last = { ok: false, at, ...current.stats(), error: error instanceof Error ? error.message : String(error) };
      logger.error({ component: "reload", error: last.error }, "corpus reload refused; still serving the last good index");
    }
    return last;
  };

  return {
    // Every argument is passed on: dropping `previous` would silently turn off follow-ups.
    answer: (question, previous) => current.answer(question, previous),
    help: (language) => current.help(language),
    expand: (citation, around) => current.expand(citation, around),
    suggest: (answer, max) => current.suggest(answer, max),
    sources: () => current.sources(),
    stats: () => current.stats(),
    lastReload: () => last,
    reload() {
      // Changes that arrive during a reload are picked up by one more reload after it.
      const next: Promise<ReloadStatus> = (running ?? Promise.resolve()).then(reloadOnce);
      running = next;
      // Only the newest reload clears the chain, so a third one waits for the second.
      void next.finally(() => {
        if (running === next) running = null;
      });
      return next;
    },
  };
}

/** Watches seeds/ and corpus/ and calls `onChange` once per burst of changes. */
export function watchCorpus(root: string, onChange: () => void, options: { debounceMs?: number; logger: Logger }): { close(): void } {
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
    timer.unref();
  };
  const watchers: FSWatcher[] = [];
  for (const dir of ["seeds", "corpus"]) {
    try {
      watchers.push(watch(join(root, dir), { persistent: false }, fire));
    } catch (error) {
      options.logger.warn({ component: "reload", dir, error: (error as Error).message }, "cannot watch for corpus changes");
    }
  }
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
