// Migrates the database and loads the sample report once. Run by `npm run dev`.
import { prepareDatabase } from "./lib/prepare";

await prepareDatabase();
