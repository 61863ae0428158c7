// opcat-npm/io: reading and writing datasets in files (Node only). The core (`opcat-npm`)
// stays browser-safe; this entry imports node:fs and friends.

export { ReadError, type DatasetForm, type DatasetSource, type FileLocation, type ReadNote } from "./types";
