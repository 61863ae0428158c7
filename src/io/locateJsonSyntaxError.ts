import type { JsonExpectation } from "../errors/errorTexts";

/**
 * Where a JSON text breaks, and what was expected there (its words in each language are
 * `expected.<name>` of the error texts).
 *
 * @internal
 */
export interface Failure {
  readonly offset: number;
  readonly expected: JsonExpectation;
}

/**
 * The offset of the first JSON syntax error in a text, with what was expected there, or
 * `undefined` when the text is valid JSON. An iterative scanner (no recursion, so deep
 * nesting is safe), run only after JSON.parse has failed, because V8's messages often do
 * not say where.
 *
 * @internal
 */
export function locateJsonSyntaxError(text: string): Failure | undefined {
  let i = 0;
  const stack: ("object" | "array")[] = [];
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const fail = (expected: JsonExpectation): Failure => ({ offset: i, expected });
  const literal = (word: string) => text.startsWith(word, i) && ((i += word.length), true);
  // false: no string here; a failure: a string that is broken at that offset.
  const string = (): boolean | Failure => {
    if (text.charAt(i) !== '"') return false;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) return (i++, true);
      if (c < 32) return fail("control_character");
      if (c === 92) {
        const next = text.charAt(i + 1);
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail("hex_digits");
          i += 6;
        } else if (next !== "" && '"\\/bfnrt'.includes(next)) i += 2;
        else return fail("escape");
      } else i++;
    }
    return fail("closing_quote");
  };
  const number = (): boolean => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (match === null) return false;
    i += match[0].length;
    return true;
  };
  // After a value: close containers or expect a separator.
  const afterValue = (): Failure | "next" | "done" => {
    for (;;) {
      ws();
      const top = stack.at(-1);
      if (top === undefined) return i === text.length ? "done" : fail("end");
      const c = text.charAt(i);
      if (c === ",") {
        i++;
        ws();
        if (top === "object") {
          const name = string();
          if (name === false) return fail("name");
          if (name !== true) return name;
          ws();
          if (text.charAt(i) !== ":") return fail("colon");
          i++;
        }
        return "next";
      }
      if ((top === "object" && c === "}") || (top === "array" && c === "]")) {
        stack.pop();
        i++;
        continue;
      }
      return fail(top === "object" ? "comma_or_brace" : "comma_or_bracket");
    }
  };
  for (;;) {
    ws();
    const c = text.charAt(i);
    if (c === "{") {
      i++;
      ws();
      if (text.charAt(i) === "}") i++;
      else {
        stack.push("object");
        const name = string();
        if (name === false) return fail("name_or_brace");
        if (name !== true) return name;
        ws();
        if (text.charAt(i) !== ":") return fail("colon");
        i++;
        continue;
      }
    } else if (c === "[") {
      i++;
      ws();
      if (text.charAt(i) === "]") i++;
      else {
        stack.push("array");
        continue;
      }
    } else {
      const quoted = string();
      if (quoted !== true && quoted !== false) return quoted;
      if (!(quoted || number() || literal("true") || literal("false") || literal("null"))) return fail("value");
    }
    const next = afterValue();
    if (next === "done") return undefined;
    if (next !== "next") return next;
  }
}
