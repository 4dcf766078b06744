/**
 * Where the corpus lives: `--home`, else `BRANDBOT_HOME`, else the project's own folders.
 * A folder outside the package lets a container mount the corpus as a volume, or a
 * curator keep it in their own repository, without touching the installed bot.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { projectRoot } from "../runtime/load.js";

/** Resolves the corpus home; throws naming the folder and its source when it has no seeds/ or corpus/. */
export function corpusHome(flag: string | undefined, env: Record<string, string | undefined>): string {
  const given = flag?.trim() ? { path: flag.trim(), from: "--home" } : env.BRANDBOT_HOME?.trim() ? { path: env.BRANDBOT_HOME.trim(), from: "BRANDBOT_HOME" } : null;
  if (!given) return projectRoot();
  const home = resolve(given.path);
  for (const dir of ["seeds", "corpus"]) {
    const path = resolve(home, dir);
    if (!existsSync(path) || !statSync(path).isDirectory())
      throw new Error(`home: ${given.from} is "${given.path}", which has no ${dir}/ folder: point it at a folder holding seeds/ and corpus/`);
  }
  return home;
}
