// A clerk's most common mistakes with the files (issue 12, point 5): an xlsx saved as
// visits.csv, a UTF-16 file, a missing column, a stray quote, a cut-off JSON file, a missing
// file, a folder given as a file, a file over a limit, no permission. Each is one ReadError
// whose message is in the language asked for: through openDataset's `lang`, validateSource's
// `lang`, errorMessage, and `opcat-npm validate <data> --lang`. The expected lines are
// written here by hand.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { errorMessage } from "../../src/errors/errorMessage";
import { OpcatError } from "../../src/errors/OpcatError";
import { readErrorOf as readErrorOfSystem } from "../../src/io/fileErrors";
import { openDataset } from "../../src/io/openDataset";
import { ReadError } from "../../src/io/types";
import { validateSource } from "../../src/io/validateSource";
import type { Language } from "../../src/model/language";
import { cli } from "../hostile/cli";
import { collect, readErrorOf, scratchFolder } from "./scratch";

const scratch = scratchFolder("read-errors-languages");
afterAll(() => {
  scratch.remove();
});

const OWN_FIELDS = JSON.stringify({ format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2023-01-01", to: "2023-12-31" } });
const VISITS_HEADER = "id,type,startedOn,endedOn,facilityIds,followUpOf,trigger.kind,trigger.receivedOn,announced,teamSize";
const NBSP = "\u00A0";

/** A dataset folder (dataset.json and the given files); a file of `null` is a folder of that name. */
function folder(files: Readonly<Record<string, string | Uint8Array | null>>): string {
  const target = scratch.fresh("folder");
  mkdirSync(target);
  writeFileSync(join(target, "dataset.json"), OWN_FIELDS);
  for (const [name, content] of Object.entries(files)) {
    if (content === null) mkdirSync(join(target, name));
    else writeFileSync(join(target, name), content);
  }
  return target;
}

function file(name: string, content: string): string {
  const target = scratch.fresh(name);
  writeFileSync(target, content);
  return target;
}

/** A case: the data to read, and the one line of its error in each language. */
interface Case {
  readonly name: string;
  readonly code: string;
  readonly data: () => string;
  readonly expected: (data: string) => Readonly<Record<Language, string>>;
}

const CASES: readonly Case[] = [
  {
    name: "an Excel workbook saved as visits.csv",
    code: "io.binary",
    data: () => folder({ "visits.csv": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) }),
    expected: (data) => {
      const f = join(data, "visits.csv");
      return {
        en: `${f} is an Excel workbook (or another zip archive), not a text file: in Excel, use File → Save As → “CSV UTF-8”`,
        ru: `${f} — это книга Excel (или другой zip-архив), а не текстовый файл: в Excel выберите Файл → Сохранить как → «CSV UTF-8 (разделитель — запятая)»`,
        kk: `${f} — мәтіндік файл емес, Excel кітабы (немесе басқа zip мұрағаты): Excel-де Файл → Сохранить как → «CSV UTF-8 (разделитель — запятая)» тармағын таңдаңыз`,
      };
    },
  },
  {
    name: "a UTF-16 file (Excel's Unicode Text)",
    code: "io.encoding",
    data: () => folder({ "visits.csv": new Uint8Array([0xff, 0xfe, ...Buffer.from(`${VISITS_HEADER}\r\n`, "utf16le")]) }),
    expected: (data) => {
      const f = join(data, "visits.csv");
      return {
        en: `${f} is UTF-16 text (Excel's “Unicode Text”), not UTF-8: open it in Excel (or another spreadsheet) and save it as “CSV UTF-8”, or re-save it as UTF-8 in a text editor`,
        ru: `${f} — текст в кодировке UTF-16 («Текст Юникод» в Excel), а не UTF-8: откройте его в Excel (или другой программе электронных таблиц) и выберите Файл → Сохранить как → «CSV UTF-8 (разделитель — запятая)» либо пересохраните его в кодировке UTF-8 в текстовом редакторе`,
        kk: `${f} — UTF-8 емес, UTF-16 кодтауындағы мәтін (Excel-дегі «Текст Юникод»): оны Excel-де (немесе басқа электрондық кесте бағдарламасында) ашып, Файл → Сохранить как → «CSV UTF-8 (разделитель — запятая)» тармағын таңдаңыз немесе мәтіндік редакторда UTF-8 кодтауымен қайта сақтаңыз`,
      };
    },
  },
  {
    name: "a missing column",
    code: "io.missing_columns",
    data: () => folder({ "visits.csv": "id,type,endedOn,facilityIds\r\nV-1,periodic,,F-1\r\n" }),
    expected: (data) => {
      const f = join(data, "visits.csv");
      return {
        en: `${f}, line 1: the header lacks the required column “startedOn”; opcat-npm template <folder> writes the headers`,
        ru: `${f}, строка 1: в заголовке нет обязательного столбца «startedOn»; команда opcat-npm template <папка> создаёт файлы с заголовками`,
        kk: `${f}, 1-жол: тақырыпта міндетті баған жоқ: «startedOn»; opcat-npm template <қалта> командасы тақырыптары бар файлдарды жазады`,
      };
    },
  },
  {
    name: "two missing columns",
    code: "io.missing_columns",
    data: () => folder({ "visits.csv": "id,type,endedOn\r\nV-1,periodic,\r\n" }),
    expected: (data) => {
      const f = join(data, "visits.csv");
      return {
        en: `${f}, line 1: the header lacks the required columns “startedOn”, “facilityIds”; opcat-npm template <folder> writes the headers`,
        ru: `${f}, строка 1: в заголовке нет обязательных столбцов «startedOn», «facilityIds»; команда opcat-npm template <папка> создаёт файлы с заголовками`,
        kk: `${f}, 1-жол: тақырыпта міндетті баған жоқ: «startedOn», «facilityIds»; opcat-npm template <қалта> командасы тақырыптары бар файлдарды жазады`,
      };
    },
  },
  {
    name: "a stray quote in a cell",
    code: "io.bad_csv",
    data: () => folder({ "visits.csv": `${VISITS_HEADER}\r\nV-1,periodic,2023-02-14,,F-1,,,,,3\r\nV-2,periodic,2023-02-15,,F-1 "main",,,,,3\r\n` }),
    expected: (data) => {
      const f = join(data, "visits.csv");
      return {
        en: `${f}, line 3, column facilityIds: a double quote inside a cell that does not start with one; put the whole cell in double quotes and double the quotes inside it`,
        ru: `${f}, строка 3, столбец facilityIds: двойная кавычка внутри ячейки, которая не начинается с кавычки; заключите всю ячейку в двойные кавычки, а кавычки внутри неё удвойте`,
        kk: `${f}, 3-жол, facilityIds бағаны: тырнақшадан басталмайтын ұяшықтың ішінде қос тырнақша бар; бүкіл ұяшықты қос тырнақшаға алып, оның ішіндегі тырнақшаларды екі еселеңіз`,
      };
    },
  },
  {
    name: "a cut-off JSON file",
    code: "io.truncated",
    data: () => file("data.json", '{\n  "format": "opcat-npm/dataset@1",\n  "visits": [\n    {"id": "V-1", '),
    expected: (f) => ({
      en: `${f} ends in the middle of the document (line 4, column 19: expected a property name in double quotes): the file is cut off; is it complete?`,
      ru: `${f} обрывается посреди документа (строка 4, позиция 19: ожидается имя свойства в двойных кавычках): файл обрезан; он скопирован или выгружен полностью?`,
      kk: `${f} құжаттың ортасында үзіледі (4-жол, 19-позиция: қос тырнақшадағы қасиет атауы күтіледі): файл қиылған; ол толық көшірілді ме, толық экспортталды ма?`,
    }),
  },
  {
    name: "a JSON file broken in the middle",
    code: "io.bad_json",
    data: () => file("data.json", '{"format": "opcat-npm/dataset@1" "profile": "kz"}'),
    expected: (f) => ({
      en: `${f} is not valid JSON: line 1, column 34: expected ',' or '}', found "\\""`,
      ru: `${f} — недопустимый JSON: строка 1, позиция 34: ожидается «,» или «}», а найдено "\\""`,
      kk: `${f} — жарамсыз JSON: 1-жол, 34-позиция: «,» немесе «}» күтіледі, ал табылғаны — "\\""`,
    }),
  },
  {
    name: "a missing file",
    code: "io.not_found",
    data: () => join(scratch.root, "no-such-data.json"),
    expected: (f) => ({
      en: `cannot read ${f}: no such file`,
      ru: `не удаётся прочитать ${f}: такого файла нет`,
      kk: `${f} файлын оқу мүмкін емес: мұндай файл жоқ`,
    }),
  },
  {
    name: "a folder without dataset.json",
    code: "io.not_found",
    data: () => {
      const target = scratch.fresh("no-fields");
      mkdirSync(target);
      writeFileSync(join(target, "visits.csv"), `${VISITS_HEADER}\r\n`);
      return target;
    },
    expected: (f) => ({
      en: `${f} has no dataset.json: a dataset folder needs one, with the dataset's format, profile and period (opcat-npm template <folder> writes one)`,
      ru: `в папке ${f} нет файла dataset.json: он нужен в папке каждого набора данных, с форматом, профилем и периодом набора (команда opcat-npm template <папка> создаёт такой файл)`,
      kk: `${f} қалтасында dataset.json файлы жоқ: ол әр деректер жиынтығының қалтасында жиынтықтың пішімімен, профилімен және кезеңімен болуы керек (opcat-npm template <қалта> командасы мұндай файлды жазады)`,
    }),
  },
  {
    name: "a folder where a collection's file belongs",
    code: "io.unreadable",
    data: () => folder({ "visits.csv": null }),
    expected: (data) => {
      const f = join(data, "visits.csv");
      return {
        en: `cannot read ${f}: it is a folder, not a file`,
        ru: `не удаётся прочитать ${f}: это папка, а не файл`,
        kk: `${f} оқылмайды: бұл файл емес, қалта`,
      };
    },
  },
  {
    name: "a header over the limit of columns",
    code: "io.too_large",
    data: () => folder({ "visits.csv": `${Array.from({ length: 10_001 }, (_, i) => `c${String(i)}`).join(",")}\r\n` }),
    expected: (data) => {
      const f = join(data, "visits.csv");
      return {
        en: `${f}, line 1: the header row names 10,001 columns, more than 10,000: a collection's file has fewer than 20 columns (opcat-npm template <folder> writes the headers); is the first row the header, with a line break after it?`,
        ru: `${f}, строка 1: в строке заголовка 10${NBSP}001 столбец, больше 10${NBSP}000: в файле раздела меньше 20 столбцов (команда opcat-npm template <папка> создаёт файлы с заголовками); первая строка — заголовок, и после неё есть перевод строки?`,
        kk: `${f}, 1-жол: тақырып жолында 10${NBSP}001 баған бар, бұл 10${NBSP}000 шегінен көп: бөлім файлында 20-дан аз баған болады (opcat-npm template <қалта> командасы тақырыптары бар файлдарды жазады); бірінші жол тақырып па және одан кейін жол ауысуы бар ма?`,
      };
    },
  },
  {
    name: "a row with a cell too few, not the last",
    code: "io.bad_csv",
    data: () => folder({ "visits.csv": `${VISITS_HEADER}\r\nV-1,periodic,2023-02-14,,F-1,,,,\r\nV-2,periodic,2023-02-15,,F-1,,,,,3\r\n` }),
    expected: (data) => {
      const f = join(data, "visits.csv");
      return {
        en: `${f}, line 2: the row has 9 cells, the header 10: every row needs a cell for each column, even if empty`,
        ru: `${f}, строка 2: в строке 9 ячеек, а в заголовке 10: в каждой строке нужна ячейка для каждого столбца, пусть даже пустая`,
        kk: `${f}, 2-жол: жолда 9 ұяшық, ал тақырыпта 10: әр жолда әр бағанға бос болса да ұяшық болуы керек`,
      };
    },
  },
  {
    name: "an NDJSON line that is not JSON",
    code: "io.bad_json",
    data: () => folder({ "visits.ndjson": '{"id": "V-1"}\n{"id": V-2}\n{"id": "V-3"}\n' }),
    expected: (data) => {
      const f = join(data, "visits.ndjson");
      return {
        en: `${f}, line 2, column 8: expected a value, found "V" (each line of an NDJSON file is one JSON record)`,
        ru: `${f}, строка 2, позиция 8: ожидается значение, а найдено "V" (каждая строка файла NDJSON — одна запись JSON)`,
        kk: `${f}, 2-жол, 8-позиция: мән күтіледі, ал табылғаны — "V" (NDJSON файлының әр жолы — бір JSON жазбасы)`,
      };
    },
  },
];

const LANGUAGES: readonly Language[] = ["en", "ru", "kk"];

/** The error of reading the data whole, opened with `lang` (or none). */
async function failure(data: string, lang?: Language): Promise<ReadError> {
  return readErrorOf(openDataset(data, lang === undefined ? {} : { lang }).then(collect));
}

describe.each(CASES)("$name ($code)", ({ code, data, expected }) => {
  const target = data();
  const lines = expected(target);

  it.each(LANGUAGES)("openDataset with lang %s: the message in that language, the same code, params and location", async (lang) => {
    const english = await failure(target);
    const error = await failure(target, lang);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toBeInstanceOf(OpcatError);
    expect([error.code, error.message]).toEqual([code, lines[lang]]);
    expect([error.params, error.location, error.problems[0]?.message]).toEqual([english.params, english.location, lines[lang]]);
    expect(english.message).toBe(lines.en);
  });

  it.each(LANGUAGES)("errorMessage in %s of the error in English", async (lang) => {
    expect(errorMessage(await failure(target), lang)).toBe(lines[lang]);
  });

  it.each(LANGUAGES)("opcat-npm validate <data> --lang %s: the line, exit 2", async (lang) => {
    expect(await cli("validate", target, "--lang", lang)).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${lines[lang]}\n` });
  });
});

describe("validateSource with lang: an error met while the records are read, in that language", () => {
  const target = folder({ "visits.csv": `${VISITS_HEADER}\r\nV-1,periodic,2023-02-14,,F-1 "main",,,,,3\r\n` });
  const f = join(target, "visits.csv");
  const tail = {
    en: `${f}, line 2, column facilityIds: a double quote inside a cell that does not start with one; put the whole cell in double quotes and double the quotes inside it`,
    ru: `${f}, строка 2, столбец facilityIds: двойная кавычка внутри ячейки, которая не начинается с кавычки; заключите всю ячейку в двойные кавычки, а кавычки внутри неё удвойте`,
    kk: `${f}, 2-жол, facilityIds бағаны: тырнақшадан басталмайтын ұяшықтың ішінде қос тырнақша бар; бүкіл ұяшықты қос тырнақшаға алып, оның ішіндегі тырнақшаларды екі еселеңіз`,
  };

  it.each(LANGUAGES)("%s", async (lang) => {
    const error = await readErrorOf(openDataset(target).then((source) => validateSource(source, { lang })));
    expect([error.code, error.params["reason"], error.message]).toEqual(["io.bad_csv", "opening_quote", tail[lang]]);
  });

  it("a source opened in one language, validated in another: the validation's", async () => {
    const error = await readErrorOf(openDataset(target, { lang: "kk" }).then((source) => validateSource(source, { lang: "ru" })));
    expect(error.message).toBe(tail.ru);
  });
});

describe("no permission to read (the system's error, as the one boundary translates it)", () => {
  const systemError = (code: string): Error => Object.assign(new Error(`${code}: refused`), { code });

  it.each<[string, Language, string]>([
    ["EACCES", "en", "cannot read data/visits.csv: permission denied"],
    ["EACCES", "ru", "не удаётся прочитать data/visits.csv: нет прав на чтение файла; попросите администратора открыть к нему доступ"],
    ["EPERM", "kk", "data/visits.csv оқылмайды: файлды оқуға рұқсат жоқ; оған қолжетімділік беруді әкімшіден сұраңыз"],
  ])("%s in %s", (code, lang, line) => {
    const error = readErrorOfSystem(systemError(code), "data/visits.csv");
    expect([error.code, error.params, error.location]).toEqual(["io.unreadable", { reason: "permission", cause: code, file: "data/visits.csv" }, { file: "data/visits.csv", line: 0 }]);
    expect(errorMessage(error, lang)).toBe(line);
  });
});

describe("every command that reads prints the file's error in --lang", () => {
  const missing = join(scratch.root, "absent.json");
  const out = join(scratch.root, "never-written");
  it.each<[string, string[]]>([
    ["summary", ["summary", missing]],
    ["report", ["report", missing, "--as-of", "2024-11-08"]],
    ["followup", ["followup", missing, "--as-of", "2024-11-08"]],
    ["convert", ["convert", missing, "--to", "csv", "--out", out]],
  ])("%s --lang ru", async (_name, argv) => {
    expect(await cli(...argv, "--lang", "ru")).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: не удаётся прочитать ${missing}: такого файла нет\n` });
  });

  it("report --lang kk, an error met while reading the records", async () => {
    const target = folder({ "visits.csv": `${VISITS_HEADER}\r\nV-1,periodic,2023-02-14,,F-1,,,,\r\nV-2,periodic,2023-02-15,,F-1,,,,,3\r\n` });
    const line = `${join(target, "visits.csv")}, 2-жол: жолда 9 ұяшық, ал тақырыпта 10: әр жолда әр бағанға бос болса да ұяшық болуы керек`;
    expect(await cli("report", target, "--as-of", "2024-11-08", "--lang", "kk")).toEqual({ code: 2, stdout: "", stderr: `opcat-npm: ${line}\n` });
  });
});
