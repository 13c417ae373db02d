// Shared by the tests: the example lesson printed in lessons/README.md.
import { readFileSync } from "node:fs";
import path from "node:path";
import { LESSONS_DIR } from "../tools/validate.js";

// The complete example lesson in lessons/README.md (first json fence after
// "## A complete example"), and where the README says it would be stored.
export function readmeExample() {
  const readme = readFileSync(path.join(LESSONS_DIR, "README.md"), "utf8");
  const m = readme.split("## A complete example")[1].match(/```json\n([\s\S]*?)\n```/);
  return JSON.parse(m[1]);
}

