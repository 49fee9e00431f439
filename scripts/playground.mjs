// `npm run playground`: chat with the local bot in Microsoft 365 Agents Playground (a Teams-like
// client that runs offline). Starts the bot too when it is not already running on PORT.

import { spawn } from "node:child_process";
import { setTimeout as delay } from "node:timers/promises";

const port = Number(process.env.PORT || 3978);
const botUrl = `http://localhost:${port}`;
const children = [];

async function botIsUp() {
  try {
    const res = await fetch(`${botUrl}/api/health`);
    return res.ok;
  } catch {
    return false;
  }
}

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", env: process.env });
  children.push(child);
  child.on("exit", (code) => {
    console.log(`${command} ${args[0] ?? ""} exited (${code ?? "signal"}); stopping.`);
    shutdown(code ?? 0);
  });
  return child;
}

function shutdown(code) {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

if (!(await botIsUp())) {
  console.log(`Starting the bot on ${botUrl} ...`);
  run("npx", ["tsx", "bot/index.ts"]);
  for (let i = 0; i < 60 && !(await botIsUp()); i++) await delay(500);
  if (!(await botIsUp())) {
    console.error(`The bot did not come up on ${botUrl}; see its log above.`);
    shutdown(1);
  }
}

console.log(`Starting Agents Playground against ${botUrl}/api/messages — open http://localhost:56150`);
run("npx", ["agentsplayground", "-e", `${botUrl}/api/messages`, "-c", "msteams", "--disable-telemetry"]);
