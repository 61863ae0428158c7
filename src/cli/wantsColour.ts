/**
 * Whether the CLI's output is coloured, as other command-line tools decide it: `FORCE_COLOR`
 * when set (`0` or `false` turn colour off, any other value on, even without a terminal);
 * else none when `NO_COLOR` is set to anything but the empty string (no-color.org) or
 * `TERM` is `dumb`; else colour exactly when stdout is a terminal.
 */
export function wantsColour(env: Readonly<Record<string, string | undefined>>, stdoutIsTerminal: boolean): boolean {
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  if (env["TERM"] === "dumb") return false;
  return stdoutIsTerminal;
}
