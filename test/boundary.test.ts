import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers/corpus.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

// Comments may name what the code must not do; only code counts.
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
const core = sourceFiles(join(root, "src")).map((f) => ({ file: relative(root, f), text: code(readFileSync(f, "utf8")) }));
const imports = (text: string) => [...text.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2] ?? "");

describe("the core stays pure", () => {
  it("finds the core's files", () => expect(core.length).toBeGreaterThan(10));

  it.each(["@slack/bolt", "discord.js", "pino", "dotenv", "node:fs", "node:net", "node:http", "node:child_process"])(
    "no file in src/ imports %s",
    (lib) => {
      expect(core.filter((f) => imports(f.text).some((i) => i === lib || i.startsWith(`${lib}/`))).map((f) => f.file)).toEqual([]);
    },
  );

  it("no file in src/ imports from adapters/", () => {
    expect(core.filter((f) => imports(f.text).some((i) => i.includes("adapters/"))).map((f) => f.file)).toEqual([]);
  });

  it("no file in src/ reads process.env or writes to the console", () => {
    expect(core.filter((f) => /process\.env|console\./.test(f.text)).map((f) => f.file)).toEqual([]);
  });
});

describe("adapters use the core's public entries only", () => {
  const adapters = sourceFiles(join(root, "adapters")).map((f) => ({ file: relative(root, f), text: code(readFileSync(f, "utf8")) }));
  const PUBLIC = /\/src\/(?:core|index|types)\.js$/;

  it("imports from src/ go through src/core.js, src/index.js (validation) or src/types.js", () => {
    expect(adapters.length).toBeGreaterThan(20);
    const reachingIn = adapters.flatMap((f) => imports(f.text).filter((i) => /(?:^|\/)src\//.test(i) && !PUBLIC.test(i)).map((i) => `${f.file}: ${i}`));
    expect(reachingIn).toEqual([]);
  });

  it("src/core.ts loads no zod, so answering never pays for schema validation", () => {
    const reachable = new Set<string>();
    const visit = (file: string) => {
      if (reachable.has(file)) return;
      reachable.add(file);
      const text = core.find((f) => f.file === file)?.text ?? "";
      // Type-only imports and exports are erased: they load nothing.
      const loaded = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1] as string);
      for (const spec of loaded) {
        expect(`${file} imports ${spec}`).not.toMatch(/ imports zod$/);
        if (spec.startsWith(".")) visit(join(file, "..", spec).replace(/\.js$/, ".ts"));
      }
    };
    visit("src/core.ts");
    expect(reachable.size).toBeGreaterThan(20);
    expect([...reachable].filter((f) => f.endsWith("validate.ts") || f.endsWith("schema.ts"))).toEqual([]);
  });
});

describe("the test suite", () => {
  // A test file imported by another runs its suites twice (the 10,000-input fuzz did).
  it("no test file imports another test file", () => {
    const tests = sourceFiles(join(root, "test")).map((f) => ({ file: relative(root, f), text: code(readFileSync(f, "utf8")) }));
    expect(tests.length).toBeGreaterThan(20);
    expect(tests.filter((f) => imports(f.text).some((i) => /\.test(?:\.[jt]s)?$/.test(i))).map((f) => f.file)).toEqual([]);
  });
});
