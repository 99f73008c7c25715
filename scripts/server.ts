// The production server behind `npm start`: Next's request handler behind the front server's
// checks (client address, body size). Runs without the react-server condition: Next loads its
// own React builds for each layer.
import next from "next";
import { createFrontServer } from "./lib/front-server";

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createFrontServer((req, res) => handle(req, res));
server.listen(port, () => console.log(`Serving on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Live event streams never end by themselves: close them (browsers reconnect to the next process).
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 2000).unref();
  });
}
