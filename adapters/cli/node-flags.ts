/**
 * V8 settings for the processes that answer many questions (the REPL, Slack, Discord, and the
 * benchmarks that measure them).
 *
 * An answer allocates about 90 KB of short-lived objects. V8's young generation starts small,
 * grows to at most 16 MB semi-spaces, and grows only when many objects survive, which ours do
 * not. At that size a scavenge of about 1 ms lands in roughly one answer in 180; with the
 * machine's own pauses that is enough to put the seed corpus's p99 above 1 ms (`npm run bench`:
 * 0.96-1.39 ms over two sessions). Semi-spaces of 32 MB from the start halve the scavenges (p99
 * 0.73-0.96 ms in 17 runs of 21) for at most 32 MB more memory per process
 * (two semi-spaces of 32 MB, not of at most 16).
 * `brandbot ask` answers once and skips them.
 */
export const YOUNG_GENERATION_FLAGS: readonly string[] = ["--min-semi-space-size=32", "--max-semi-space-size=32"];

/** `execArgv` with the young-generation flags added, unless the caller already chose those settings. */
export function withYoungGeneration(execArgv: readonly string[]): string[] {
  const chosen = (flag: string) => {
    const name = flag.split("=")[0] as string;
    return execArgv.some((arg) => arg === name || arg.startsWith(`${name}=`));
  };
  return [...execArgv, ...YOUNG_GENERATION_FLAGS.filter((flag) => !chosen(flag))];
}
