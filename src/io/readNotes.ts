import type { TextLanguage } from "../text/types";
import path from "node:path";
import type { LanguageTexts } from "../model/language";
import { defineCatalogue, textOf } from "../text/catalogue";
import { formatIssueMessage } from "../validate/messages";
import type { ReadNote } from "./types";

/**
 * The codes of {@link ReadNote}s.
 *
 * @internal
 */
export type ReadNoteCode = "io.bom_removed" | "io.delimiter_semicolon" | "io.decoded_windows_1251";

const READ_NOTE_CATALOGUE = /* @__PURE__ */ defineCatalogue("readNotes", {
  "io.bom_removed": {
    en: "{file}: the byte-order mark (BOM) at its start was removed",
    ru: "{file}: метка порядка байтов (BOM) в начале файла удалена",
    kk: "{file}: файл басындағы байт реті белгісі (BOM) алынып тасталды",
  },
  "io.delimiter_semicolon": {
    en: "{file}: cells are separated by “;” (as Excel saves CSV in Russian and Kazakh locales)",
    ru: "{file}: ячейки разделены знаком «;» (так Excel сохраняет CSV в русской и казахской локали)",
    kk: "{file}: ұяшықтар «;» белгісімен бөлінген (Excel орыс және қазақ тілді баптауларда CSV-ны осылай сақтайды)",
  },
  "io.decoded_windows_1251": {
    en: "{file} was decoded from Windows-1251; save it as “CSV UTF-8” to avoid this",
    ru: "{file} прочитан в кодировке Windows-1251; сохраните его как «CSV UTF-8», чтобы этого не требовалось",
    kk: "{file} Windows-1251 кодтауынан оқылды; мұның қажеті болмауы үшін оны «CSV UTF-8» ретінде сақтаңыз",
  },
} satisfies Readonly<Record<ReadNoteCode, LanguageTexts>>);

/**
 * A note of how a file was read, with its message in a language.
 *
 * @internal
 */
export function readNote(code: ReadNoteCode, file: string, lang: TextLanguage = "en"): ReadNote {
  return { code, file, message: textOf(READ_NOTE_CATALOGUE, code, lang, { file }) };
}

/**
 * The codes of the notes that are warnings: a folder's file missing, or one not read.
 *
 * @internal
 */
export type FileWarningCode = "io.missing_file" | "io.ignored_file";

/**
 * Whether a note is a warning about the files of a folder (see {@link FileWarningCode}).
 *
 * @internal
 */
export function isFileWarning(note: ReadNote): note is ReadNote & { readonly code: FileWarningCode } {
  return note.code === "io.missing_file" || note.code === "io.ignored_file";
}

/**
 * A warning about a file of a folder as a note: `file` is its path, the message (the
 * validator's, in `lang`) names it by its name in the folder.
 *
 * @internal
 */
export function fileWarningNote(code: FileWarningCode, file: string, params: Readonly<Record<string, string>>, lang: TextLanguage = "en"): ReadNote {
  return { code, file, params, message: formatIssueMessage(code, { ...params, file: path.basename(file) }, lang) };
}

/**
 * The notes with their messages in a language (a note of an unknown code is kept as it is).
 *
 * @internal
 */
export function notesIn(notes: readonly ReadNote[], lang: TextLanguage): readonly ReadNote[] {
  return notes.map((note) => {
    if (isFileWarning(note)) return fileWarningNote(note.code, note.file, note.params ?? {}, lang);
    return Object.prototype.hasOwnProperty.call(READ_NOTE_CATALOGUE.texts, note.code) ? readNote(note.code as ReadNoteCode, note.file, lang) : note;
  });
}
