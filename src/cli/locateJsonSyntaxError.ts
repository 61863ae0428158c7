// The scanner lives in opcat-npm/io, which reads every form of a dataset; the CLI uses it from there.
export { locateJsonSyntaxError, type Failure } from "../io/locateJsonSyntaxError";
