import { existsSync } from "node:fs";
import { resolve } from "node:path";

/**
 * The workplace's shared folder beside the project (../shared: schemas and corpora), which the
 * project never copies in; WORKBENCH_SHARED names another place. Undefined when none is there.
 */
export function sharedFolder(has: string): string | undefined {
  return [process.env.WORKBENCH_SHARED, resolve(process.cwd(), "../shared"), "/work/shared"].filter((d): d is string => !!d).find((d) => existsSync(resolve(d, has)));
}
