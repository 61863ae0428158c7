import type { LanguageTexts } from "../model/language";
import { defineCatalogue } from "../text/catalogue";

// Russian and Kazakh Excel: the menu names are those of Excel in Russian (Файл → Сохранить как,
// «CSV UTF-8 (разделитель — запятая)», «Текст Юникод»); the Kazakh texts name them so too, as
// the Excel that clerks in Kazakhstan have is in Russian or English (no Kazakh interface of
// Excel's menus could be confirmed).

/**
 * The message of each read and write error in English, Russian and Kazakh, keyed by the
 * error's code, or `code.reason` for a code with several causes (see {@link ERROR_CATALOGUE}):
 * what cannot be read or written, where, and what to do. `{name}` stands for the param
 * `name`; `{place}` for the file and line (and column) in the words of the language;
 * `{name|form|form…}` for a number with the noun form its plural category takes. The
 * messages are built by {@link errorMessage}.
 *
 * @example
 * ```ts
 * import { ERROR_TEXTS } from "opcat-npm";
 *
 * ERROR_TEXTS["io.not_found"].ru;
 * //=> "не удаётся прочитать {file}: такого файла нет"
 * ```
 */
export const ERROR_TEXTS = {
  // Missing, unreadable, empty.
  "io.not_found": {
    en: "cannot read {file}: no such file",
    ru: "не удаётся прочитать {file}: такого файла нет",
    kk: "{file} файлын оқу мүмкін емес: мұндай файл жоқ",
  },
  "io.not_found.dataset_fields": {
    en: "{folder} has no dataset.json: a dataset folder needs one, with the dataset's format, profile and period (opcat-npm template <folder> writes one)",
    ru: "в папке {folder} нет файла dataset.json: он нужен в папке каждого набора данных, с форматом, профилем и периодом набора (команда opcat-npm template <папка> создаёт такой файл)",
    kk: "{folder} қалтасында dataset.json файлы жоқ: ол әр деректер жиынтығының қалтасында жиынтықтың пішімімен, профилімен және кезеңімен болуы керек (opcat-npm template <қалта> командасы мұндай файлды жазады)",
  },
  "io.unreadable.folder": {
    en: "cannot read {file}: it is a folder, not a file",
    ru: "не удаётся прочитать {file}: это папка, а не файл",
    kk: "{file} оқылмайды: бұл файл емес, қалта",
  },
  "io.unreadable.permission": {
    en: "cannot read {file}: permission denied",
    ru: "не удаётся прочитать {file}: нет прав на чтение файла; попросите администратора открыть к нему доступ",
    kk: "{file} оқылмайды: файлды оқуға рұқсат жоқ; оған қолжетімділік беруді әкімшіден сұраңыз",
  },
  "io.unreadable.fifo": {
    en: "cannot read {file}: it is a named pipe (FIFO), not a file: it would be read without end or wait for a writer",
    ru: "не удаётся прочитать {file}: это именованный канал (FIFO), а не файл: его чтение не закончилось бы или ждало бы записи",
    kk: "{file} оқылмайды: бұл файл емес, атаулы арна (FIFO): оны оқу аяқталмас еді немесе жазуды күтер еді",
  },
  "io.unreadable.socket": {
    en: "cannot read {file}: it is a socket, not a file",
    ru: "не удаётся прочитать {file}: это сокет, а не файл",
    kk: "{file} оқылмайды: бұл файл емес, сокет",
  },
  "io.unreadable.device": {
    en: "cannot read {file}: it is a device (such as /dev/zero), not a file: it would be read without end",
    ru: "не удаётся прочитать {file}: это устройство (например, /dev/zero), а не файл: его чтение не закончилось бы",
    kk: "{file} оқылмайды: бұл файл емес, құрылғы (мысалы, /dev/zero): оны оқу аяқталмас еді",
  },
  "io.unreadable.not_regular": {
    en: "cannot read {file}: it is not a regular file",
    ru: "не удаётся прочитать {file}: это не обычный файл",
    kk: "{file} оқылмайды: бұл кәдімгі файл емес",
  },
  "io.unreadable.system": {
    en: "cannot read {file}: {detail}",
    ru: "не удаётся прочитать {file}: {detail}",
    kk: "{file} оқылмайды: {detail}",
  },
  "io.empty.json": {
    en: "{file} is empty",
    ru: "файл {file} пуст",
    kk: "{file} файлы бос",
  },
  "io.empty.csv": {
    en: "{file} is empty: it needs at least the header row of column names",
    ru: "файл {file} пуст: в нём должна быть хотя бы строка заголовка с названиями столбцов",
    kk: "{file} файлы бос: онда кемінде бағандар атаулары бар тақырып жолы болуы керек",
  },
  // Not text, not UTF-8.
  "io.binary.workbook_csv": {
    en: "{file} is an Excel workbook (or another zip archive), not a text file: in Excel, use File → Save As → “CSV UTF-8”",
    ru: "{file} — это книга Excel (или другой zip-архив), а не текстовый файл: в Excel выберите Файл → Сохранить как → «CSV UTF-8 (разделитель — запятая)»",
    kk: "{file} — мәтіндік файл емес, Excel кітабы (немесе басқа zip мұрағаты): Excel-де Файл → Сохранить как → «CSV UTF-8 (разделитель — запятая)» тармағын таңдаңыз",
  },
  "io.binary.workbook_json": {
    en: "{file} is an Excel workbook (or another zip archive), not a text file: export the data as JSON",
    ru: "{file} — это книга Excel (или другой zip-архив), а не текстовый файл: выгрузите данные в формате JSON",
    kk: "{file} — мәтіндік файл емес, Excel кітабы (немесе басқа zip мұрағаты): деректерді JSON пішімінде экспорттаңыз",
  },
  "io.binary.nul": {
    en: "{file} is not a text file: it holds a NUL byte (line {line}); export the data as “CSV UTF-8”, NDJSON or JSON",
    ru: "{file} — не текстовый файл: в нём есть нулевой байт (NUL, строка {line}); выгрузите данные как «CSV UTF-8», NDJSON или JSON",
    kk: "{file} — мәтіндік файл емес: онда нөлдік байт бар (NUL, {line}-жол); деректерді «CSV UTF-8», NDJSON немесе JSON ретінде экспорттаңыз",
  },
  "io.encoding.utf16_csv": {
    en: "{file} is UTF-16 text (Excel's “Unicode Text”), not UTF-8: open it in Excel (or another spreadsheet) and save it as “CSV UTF-8”, or re-save it as UTF-8 in a text editor",
    ru: "{file} — текст в кодировке UTF-16 («Текст Юникод» в Excel), а не UTF-8: откройте его в Excel (или другой программе электронных таблиц) и выберите Файл → Сохранить как → «CSV UTF-8 (разделитель — запятая)» либо пересохраните его в кодировке UTF-8 в текстовом редакторе",
    kk: "{file} — UTF-8 емес, UTF-16 кодтауындағы мәтін (Excel-дегі «Текст Юникод»): оны Excel-де (немесе басқа электрондық кесте бағдарламасында) ашып, Файл → Сохранить как → «CSV UTF-8 (разделитель — запятая)» тармағын таңдаңыз немесе мәтіндік редакторда UTF-8 кодтауымен қайта сақтаңыз",
  },
  "io.encoding.utf16_json": {
    en: "{file} is UTF-16 text (Excel's “Unicode Text”), not UTF-8: re-save it as UTF-8 (without conversion to another code page)",
    ru: "{file} — текст в кодировке UTF-16 («Текст Юникод» в Excel), а не UTF-8: пересохраните его в кодировке UTF-8 (без перевода в другую кодовую страницу)",
    kk: "{file} — UTF-8 емес, UTF-16 кодтауындағы мәтін (Excel-дегі «Текст Юникод»): оны UTF-8 кодтауымен қайта сақтаңыз (басқа код бетіне аудармай)",
  },
  "io.encoding.not_utf8_csv": {
    en: "{file} is not UTF-8 text (line {line}): open it in Excel (or another spreadsheet) and save it as “CSV UTF-8”, or re-save it as UTF-8 in a text editor",
    ru: "{file} — текст не в кодировке UTF-8 (строка {line}): откройте его в Excel (или другой программе электронных таблиц) и выберите Файл → Сохранить как → «CSV UTF-8 (разделитель — запятая)» либо пересохраните его в кодировке UTF-8 в текстовом редакторе",
    kk: "{file} — UTF-8 кодтауындағы мәтін емес ({line}-жол): оны Excel-де (немесе басқа электрондық кесте бағдарламасында) ашып, Файл → Сохранить как → «CSV UTF-8 (разделитель — запятая)» тармағын таңдаңыз немесе мәтіндік редакторда UTF-8 кодтауымен қайта сақтаңыз",
  },
  "io.encoding.not_utf8_json": {
    en: "{file} is not UTF-8 text (line {line}): re-save it as UTF-8 (without conversion to another code page)",
    ru: "{file} — текст не в кодировке UTF-8 (строка {line}): пересохраните его в кодировке UTF-8 (без перевода в другую кодовую страницу)",
    kk: "{file} — UTF-8 кодтауындағы мәтін емес ({line}-жол): оны UTF-8 кодтауымен қайта сақтаңыз (басқа код бетіне аудармай)",
  },
  "io.encoding.json": {
    en: "{file} is not UTF-8 text: re-save it as UTF-8 (without conversion to another code page)",
    ru: "{file} — текст не в кодировке UTF-8: пересохраните его в кодировке UTF-8 (без перевода в другую кодовую страницу)",
    kk: "{file} — UTF-8 кодтауындағы мәтін емес: оны UTF-8 кодтауымен қайта сақтаңыз (басқа код бетіне аудармай)",
  },
  // Cut off.
  "io.truncated.character": {
    en: "{file} ends in the middle of a character: the file is cut off; is it complete?",
    ru: "{file} обрывается посреди символа: файл обрезан; он скопирован или выгружен полностью?",
    kk: "{file} таңбаның ортасында үзіледі: файл қиылған; ол толық көшірілді ме, толық экспортталды ма?",
  },
  "io.truncated.json": {
    en: "{file} ends in the middle of the document (line {line}, column {column}: expected {expected}): the file is cut off; is it complete?",
    ru: "{file} обрывается посреди документа (строка {line}, позиция {column}: ожидается {expected}): файл обрезан; он скопирован или выгружен полностью?",
    kk: "{file} құжаттың ортасында үзіледі ({line}-жол, {column}-позиция: {expected} күтіледі): файл қиылған; ол толық көшірілді ме, толық экспортталды ма?",
  },
  "io.truncated.ndjson": {
    en: "{place}: the last record is cut off (expected {expected} at column {column}): is the file complete?",
    ru: "{place}: последняя запись обрезана (в позиции {column} ожидается {expected}): файл полный?",
    kk: "{place}: соңғы жазба қиылған ({column}-позицияда {expected} күтіледі): файл толық па?",
  },
  "io.truncated.csv_quote": {
    en: "{place}: a quoted cell opened there is never closed: the file is cut off, or a cell has a stray double quote",
    ru: "{place}: открытая здесь кавычка ячейки нигде не закрыта: файл обрезан или в ячейке лишняя двойная кавычка",
    kk: "{place}: мұнда ашылған ұяшық тырнақшасы еш жерде жабылмаған: файл қиылған немесе ұяшықта артық қос тырнақша бар",
  },
  "io.truncated.csv_row": {
    en: "{place}: the last row has {cells} of the {headerCells} cells of the header: is the file cut off?",
    ru: "{place}: в последней строке {cells} из {headerCells} ячеек заголовка: файл обрезан?",
    kk: "{place}: соңғы жолда тақырыптың {headerCells} ұяшығының {cells} ұяшығы ғана бар: файл қиылған ба?",
  },
  // Not JSON.
  "io.bad_json": {
    en: "{file} is not valid JSON",
    ru: "{file} — недопустимый JSON",
    kk: "{file} — жарамсыз JSON",
  },
  "io.bad_json.at": {
    en: "{file} is not valid JSON: line {line}, column {column}: expected {expected}, found {found}",
    ru: "{file} — недопустимый JSON: строка {line}, позиция {column}: ожидается {expected}, а найдено {found}",
    kk: "{file} — жарамсыз JSON: {line}-жол, {column}-позиция: {expected} күтіледі, ал табылғаны — {found}",
  },
  "io.bad_json.ndjson": {
    en: "{place}, column {column}: expected {expected}, found {found} (each line of an NDJSON file is one JSON record)",
    ru: "{place}, позиция {column}: ожидается {expected}, а найдено {found} (каждая строка файла NDJSON — одна запись JSON)",
    kk: "{place}, {column}-позиция: {expected} күтіледі, ал табылғаны — {found} (NDJSON файлының әр жолы — бір JSON жазбасы)",
  },
  "io.bad_json.ndjson_line": {
    en: "{place} (each line of an NDJSON file is one JSON record)",
    ru: "{place}: строка — не запись JSON (каждая строка файла NDJSON — одна запись JSON)",
    kk: "{place}: жол JSON жазбасы емес (NDJSON файлының әр жолы — бір JSON жазбасы)",
  },
  "io.bad_json.stream_record": {
    en: "{place}: each line after the first holds one record under the name of its collection, as {\"visits\": {…}} (facilities, visits, recommendations, accountability)",
    ru: "{place}: каждая строка после первой содержит одну запись под названием своего раздела, например {\"visits\": {…}} (facilities, visits, recommendations, accountability)",
    kk: "{place}: біріншіден кейінгі әр жолда бір жазба өз бөлімінің атауымен беріледі, мысалы {\"visits\": {…}} (facilities, visits, recommendations, accountability)",
  },
  "io.misplaced_records.stream_fields": {
    en: "{place}: the first line holds the dataset's own fields (format, profile, period, reported); “{collection}” belongs on lines of their own after it, a record each: {\"{collection}\": {…}}",
    ru: "{place}: первая строка содержит только собственные поля набора данных (format, profile, period, reported); записям «{collection}» место в отдельных строках после неё, по одной записи в строке: {\"{collection}\": {…}}",
    kk: "{place}: бірінші жолда деректер жиынтығының өз өрістері ғана болады (format, profile, period, reported); «{collection}» жазбалары одан кейінгі жеке жолдарда, әр жолда бір жазбадан болуы керек: {\"{collection}\": {…}}",
  },
  "io.misplaced_records.stream_order": {
    en: "{place}: a record of {collection} after those of {before}: the lines of each collection go together, in the order facilities, visits, recommendations, accountability",
    ru: "{place}: запись раздела {collection} стоит после записей раздела {before}: строки каждого раздела идут подряд, в порядке facilities, visits, recommendations, accountability",
    kk: "{place}: {collection} бөлімінің жазбасы {before} бөлімінің жазбаларынан кейін тұр: әр бөлімнің жолдары қатар, facilities, visits, recommendations, accountability ретімен жүреді",
  },
  "io.not_a_list": {
    en: '{place}: "{collection}" is {received}, not a list of records in [ ]: write it as [ {…}, {…} ]',
    ru: "{place}: «{collection}» — это {received}, а не список записей в [ ]: запишите его как [ {…}, {…} ]",
    kk: "{place}: «{collection}» — [ ] ішіндегі жазбалар тізімі емес, {received}: оны [ {…}, {…} ] түрінде жазыңыз",
  },
  "io.misplaced_records": {
    en: "{place}: “{collection}” belongs in {collection}.{extension} of the folder; dataset.json holds only the dataset's own fields (format, profile, period, reported)",
    ru: "{place}: записям «{collection}» место в файле {collection}.{extension} этой папки; в dataset.json — только собственные поля набора данных (format, profile, period, reported)",
    kk: "{place}: «{collection}» жазбалары осы қалтаның {collection}.{extension} файлында болуы керек; dataset.json файлында деректер жиынтығының өз өрістері ғана болады (format, profile, period, reported)",
  },
  // Not CSV as the contract has it.
  "io.bad_csv.header": {
    en: "{place}: the header row cannot be read as CSV (a stray quote?)",
    ru: "{place}: строку заголовка не удаётся прочитать как CSV (лишняя кавычка?)",
    kk: "{place}: тақырып жолын CSV ретінде оқу мүмкін емес (артық тырнақша бар ма?)",
  },
  "io.bad_csv.duplicate_columns": {
    en: "{place}: the header names {columns} more than once",
    ru: "{place}: в заголовке больше одного раза указаны столбцы {columns}; оставьте каждый столбец один раз",
    kk: "{place}: тақырыпта {columns} бағандары бірнеше рет көрсетілген; әр бағанды бір рет қалдырыңыз",
  },
  "io.bad_csv.extra_cells": {
    en: "{place}: the row has {cells} cells, the header {headerCells}: a cell with “{delimiter}” that is not in double quotes?",
    ru: "{place}: в строке {cells|# ячейка|# ячейки|# ячеек}, а в заголовке {headerCells}: нет ли ячейки со знаком «{delimiter}» не в двойных кавычках?",
    kk: "{place}: жолда {cells} ұяшық, ал тақырыпта {headerCells}: қос тырнақшаға алынбаған «{delimiter}» белгісі бар ұяшық жоқ па?",
  },
  "io.bad_csv.more_cells": {
    en: "{place}: the row has more cells, the header {headerCells}: a cell with “{delimiter}” that is not in double quotes?",
    ru: "{place}: в строке больше ячеек, чем в заголовке ({headerCells}): нет ли ячейки со знаком «{delimiter}» не в двойных кавычках?",
    kk: "{place}: жолда тақырыптағыдан ({headerCells}) көп ұяшық бар: қос тырнақшаға алынбаған «{delimiter}» белгісі бар ұяшық жоқ па?",
  },
  "io.bad_csv.short_row": {
    en: "{place}: the row has {cells} cells, the header {headerCells}: every row needs a cell for each column, even if empty",
    ru: "{place}: в строке {cells|# ячейка|# ячейки|# ячеек}, а в заголовке {headerCells}: в каждой строке нужна ячейка для каждого столбца, пусть даже пустая",
    kk: "{place}: жолда {cells} ұяшық, ал тақырыпта {headerCells}: әр жолда әр бағанға бос болса да ұяшық болуы керек",
  },
  "io.bad_csv.opening_quote": {
    en: "{place}: a double quote inside a cell that does not start with one; put the whole cell in double quotes and double the quotes inside it",
    ru: "{place}: двойная кавычка внутри ячейки, которая не начинается с кавычки; заключите всю ячейку в двойные кавычки, а кавычки внутри неё удвойте",
    kk: "{place}: тырнақшадан басталмайтын ұяшықтың ішінде қос тырнақша бар; бүкіл ұяшықты қос тырнақшаға алып, оның ішіндегі тырнақшаларды екі еселеңіз",
  },
  "io.bad_csv.closing_quote": {
    en: "{place}: text after a closing double quote; put the whole cell in double quotes and double the quotes inside it",
    ru: "{place}: текст после закрывающей двойной кавычки; заключите всю ячейку в двойные кавычки, а кавычки внутри неё удвойте",
    kk: "{place}: жабатын қос тырнақшадан кейін мәтін бар; бүкіл ұяшықты қос тырнақшаға алып, оның ішіндегі тырнақшаларды екі еселеңіз",
  },
  "io.bad_csv.parser": {
    en: "{place}: {detail}",
    ru: "{place}: {detail}",
    kk: "{place}: {detail}",
  },
  "io.bad_csv.header_changed": {
    en: "{place}: the header row changed while the file was read",
    ru: "{place}: строка заголовка изменилась во время чтения файла",
    kk: "{place}: файлды оқу кезінде тақырып жолы өзгерді",
  },
  "io.missing_columns": {
    en: "{place}: the header lacks the required {count|column|columns} {columns}; opcat-npm template <folder> writes the headers",
    ru: "{place}: в заголовке нет {count|обязательного столбца|обязательных столбцов|обязательных столбцов} {columns}; команда opcat-npm template <папка> создаёт файлы с заголовками",
    kk: "{place}: тақырыпта міндетті баған жоқ: {columns}; opcat-npm template <қалта> командасы тақырыптары бар файлдарды жазады",
  },
  "io.missing_columns.delimiter": {
    en: "{place}: the header lacks the required {count|column|columns} {columns} (is the delimiter something other than “,” or “;”?); opcat-npm template <folder> writes the headers",
    ru: "{place}: в заголовке нет {count|обязательного столбца|обязательных столбцов|обязательных столбцов} {columns} (может быть, ячейки разделены не знаком «,» или «;»?); команда opcat-npm template <папка> создаёт файлы с заголовками",
    kk: "{place}: тақырыпта міндетті баған жоқ: {columns} (ұяшықтар «,» немесе «;» белгісінен басқа белгімен бөлінген бе?); opcat-npm template <қалта> командасы тақырыптары бар файлдарды жазады",
  },
  // Over a limit of READ_LIMITS.
  "io.too_large.string": {
    en: "cannot read {file}: it is too large to read as one JSON document; write the data as NDJSON (a folder with a file per collection, one record per line), which is read as a stream",
    ru: "не удаётся прочитать {file}: файл слишком велик, чтобы прочитать его как один документ JSON; запишите данные в NDJSON (папка с файлом на каждый раздел, одна запись в строке), который читается потоком",
    kk: "{file} оқылмайды: файл бір JSON құжаты ретінде оқуға тым үлкен; деректерді NDJSON түрінде жазыңыз (әр бөлімге бір файлы бар қалта, әр жолда бір жазба), ол ағынмен оқылады",
  },
  "io.too_large.json_file": {
    en: "{file} is {fileSize} ({fileBytes|# byte|# bytes}), more than the {limitSize} ({limitBytes|# byte|# bytes}) a JSON file can be, as it is read whole: write the data as NDJSON (a folder with dataset.json and a file per collection, one record per line), which is read as a stream at any size",
    ru: "размер {file} — {fileSize} ({fileBytes|# байт|# байта|# байт}), больше {limitSize} ({limitBytes|# байт|# байта|# байт}), допустимых для файла JSON, который читается целиком: запишите данные в NDJSON (папка с dataset.json и файлом на каждый раздел, одна запись в строке), который читается потоком при любом размере",
    kk: "{file} көлемі — {fileSize} ({fileBytes} байт), бұл тұтас оқылатын JSON файлына рұқсат етілген {limitSize} ({limitBytes} байт) шегінен көп: деректерді NDJSON түрінде жазыңыз (dataset.json және әр бөлімге бір файлы бар қалта, әр жолда бір жазба), ол кез келген көлемде ағынмен оқылады",
  },
  "io.too_large.line": {
    en: "{place}: the line is longer than {limit} characters, the most one NDJSON record may be: each line holds one record (is it a whole JSON document written on one line?)",
    ru: "{place}: строка длиннее {limit} символов — предела для одной записи NDJSON: в каждой строке одна запись (не записан ли в одну строку целый документ JSON?)",
    kk: "{place}: жол {limit} таңбадан ұзын — бұл бір NDJSON жазбасының шегі: әр жолда бір жазба болады (бір жолға тұтас JSON құжаты жазылған жоқ па?)",
  },
  "io.too_large.csv_row": {
    en: "{place}: the row is longer than {limit} characters, the most one CSV row may be: is a double quote opened there never closed?",
    ru: "{place}: строка длиннее {limit} символов — предела для одной строки CSV: не осталась ли открытая здесь двойная кавычка незакрытой?",
    kk: "{place}: жол {limit} таңбадан ұзын — бұл бір CSV жолының шегі: мұнда ашылған қос тырнақша жабылмай қалған жоқ па?",
  },
  "io.too_large.csv_header_size": {
    en: "{place}: the header row is longer than {limitSize}: a collection's file has fewer than 20 columns (opcat-npm template <folder> writes the headers); is the first row the header, with a line break after it?",
    ru: "{place}: строка заголовка длиннее {limitSize}: в файле раздела меньше 20 столбцов (команда opcat-npm template <папка> создаёт файлы с заголовками); первая строка — заголовок, и после неё есть перевод строки?",
    kk: "{place}: тақырып жолы {limitSize} шегінен ұзын: бөлім файлында 20-дан аз баған болады (opcat-npm template <қалта> командасы тақырыптары бар файлдарды жазады); бірінші жол тақырып па және одан кейін жол ауысуы бар ма?",
  },
  "io.too_large.csv_header_columns": {
    en: "{place}: the header row names {count} columns, more than {limit}: a collection's file has fewer than 20 columns (opcat-npm template <folder> writes the headers); is the first row the header, with a line break after it?",
    ru: "{place}: в строке заголовка {count|# столбец|# столбца|# столбцов}, больше {limit}: в файле раздела меньше 20 столбцов (команда opcat-npm template <папка> создаёт файлы с заголовками); первая строка — заголовок, и после неё есть перевод строки?",
    kk: "{place}: тақырып жолында {count} баған бар, бұл {limit} шегінен көп: бөлім файлында 20-дан аз баған болады (opcat-npm template <қалта> командасы тақырыптары бар файлдарды жазады); бірінші жол тақырып па және одан кейін жол ауысуы бар ма?",
  },
  // What the path holds is no dataset.
  "io.unknown_form.both": {
    en: "{folder} holds both CSV and NDJSON collection files: keep one form in a folder (or say which with --form csv|ndjson)",
    ru: "в папке {folder} есть файлы разделов и в CSV, и в NDJSON: оставьте в папке одну форму (или укажите её: --form csv|ndjson)",
    kk: "{folder} қалтасында бөлімдердің CSV файлдары да, NDJSON файлдары да бар: қалтада бір пішінді қалдырыңыз (немесе оны --form csv|ndjson арқылы көрсетіңіз)",
  },
  "io.unknown_form.no_dataset": {
    en: "{folder} holds no dataset: a folder needs dataset.json and the collection files ({files}, or the same as .ndjson); opcat-npm template <folder> writes an empty one",
    ru: "в папке {folder} нет набора данных: в папке должны быть dataset.json и файлы разделов ({files} или те же в .ndjson); команда opcat-npm template <папка> создаёт пустой набор",
    kk: "{folder} қалтасында деректер жиынтығы жоқ: қалтада dataset.json және бөлімдер файлдары ({files} немесе .ndjson түріндегі дәл солар) болуы керек; opcat-npm template <қалта> командасы бос жиынтық жазады",
  },
  "io.unknown_form.file_for_folder": {
    en: "{file} is a file: the {form} form is a folder with dataset.json and a file per collection",
    ru: "{file} — это файл, а форма {form} — папка с dataset.json и файлом на каждый раздел",
    kk: "{file} — файл, ал {form} пішіні — dataset.json және әр бөлімге бір файлы бар қалта",
  },
  "io.unknown_form.one_collection": {
    en: "{file} holds one collection: give the folder it is in, with dataset.json and the other collections' files",
    ru: "в {file} только один раздел: укажите папку, в которой он лежит, вместе с dataset.json и файлами других разделов",
    kk: "{file} файлында бір ғана бөлім бар: ол жатқан қалтаны dataset.json және басқа бөлімдердің файлдарымен бірге көрсетіңіз",
  },
  "io.unknown_form.folder_for_json": {
    en: "{file} is a folder: the json form is one file",
    ru: "{file} — это папка, а форма json — один файл",
    kk: "{file} — қалта, ал json пішіні — бір файл",
  },
  "io.misnamed_file.one": {
    en: "{folder}: {name} looks like {expected}, which the folder lacks: rename it to {expected} (a file is read only under its exact name; nothing was read)",
    ru: "{folder}: {name} похож на {expected}, которого в папке нет: переименуйте его в {expected} (файл читается только под точным именем; ничего не прочитано)",
    kk: "{folder}: {name} қалтада жоқ {expected} файлына ұқсайды: оның атын {expected} деп өзгертіңіз (файл тек дәл атауымен оқылады; ештеңе оқылмады)",
  },
  "io.misnamed_file.several": {
    en: "{folder}: {files}: rename each (a file is read only under its exact name; nothing was read)",
    ru: "{folder}: {files}: переименуйте каждый (файл читается только под точным именем; ничего не прочитано)",
    kk: "{folder}: {files}: әрқайсысының атын өзгертіңіз (файл тек дәл атауымен оқылады; ештеңе оқылмады)",
  },
  // Files that cannot be written.
  "io.no_space": {
    en: "cannot write {file}: no space left on the disk ({cause}); nothing was written",
    ru: "не удаётся записать {file}: на диске не осталось места ({cause}); ничего не записано",
    kk: "{file} жазылмайды: дискіде орын қалмады ({cause}); ештеңе жазылмады",
  },
  "io.not_permitted.permission": {
    en: "cannot write {file}: permission denied ({cause}); nothing was written",
    ru: "не удаётся записать {file}: нет прав на запись ({cause}); ничего не записано",
    kk: "{file} жазылмайды: жазуға рұқсат жоқ ({cause}); ештеңе жазылмады",
  },
  "io.not_permitted.read_only": {
    en: "cannot write {file}: the file system is read-only (EROFS); nothing was written",
    ru: "не удаётся записать {file}: файловая система доступна только для чтения (EROFS); ничего не записано",
    kk: "{file} жазылмайды: файлдық жүйе тек оқуға арналған (EROFS); ештеңе жазылмады",
  },
  "io.target_not_folder.in_the_way": {
    en: "cannot write {file}: a file is in the way where a folder should be; choose another place",
    ru: "не удаётся записать {file}: там, где должна быть папка, лежит файл; выберите другое место",
    kk: "{file} жазылмайды: қалта болуы керек жерде файл тұр; басқа орын таңдаңыз",
  },
  "io.target_not_folder.file": {
    en: "{file} is a file, not a folder: choose a folder (it is created if needed)",
    ru: "{file} — это файл, а не папка: выберите папку (при необходимости она будет создана)",
    kk: "{file} — қалта емес, файл: қалтаны таңдаңыз (қажет болса, ол жасалады)",
  },
  "io.unwritable": {
    en: "cannot write {file}: {detail}; nothing was written",
    ru: "не удаётся записать {file}: {detail}; ничего не записано",
    kk: "{file} жазылмайды: {detail}; ештеңе жазылмады",
  },
  "io.target_is_input": {
    en: "{file} is the data being read ({input}) or inside it: writing there would replace it; choose another place",
    ru: "{file} — это читаемые данные ({input}) или место внутри них: запись туда заменила бы их; выберите другое место",
    kk: "{file} — оқылып жатқан деректер ({input}) немесе олардың ішіндегі орын: онда жазу оларды ауыстырып жібереді; басқа орын таңдаңыз",
  },
  "io.target_is_folder": {
    en: "{file} is a folder, where a file is to be written: choose another name",
    ru: "{file} — это папка, а записать нужно файл: выберите другое имя",
    kk: "{file} — қалта, ал файл жазылуы керек: басқа атау таңдаңыз",
  },
  "io.target_other_form": {
    en: "{folder} holds a dataset in {other} form ({names}): with both forms the folder could not be read; write to another folder, or remove those files",
    ru: "в папке {folder} уже есть набор данных в форме {other} ({names}): с обеими формами папку не удалось бы прочитать; запишите в другую папку или удалите эти файлы",
    kk: "{folder} қалтасында {other} пішініндегі деректер жиынтығы бар ({names}): екі пішін бірге болса, қалтаны оқу мүмкін болмайды; басқа қалтаға жазыңыз немесе ол файлдарды жойыңыз",
  },
  "io.target_exists": {
    en: "{file} exists already; replacing it needs overwrite",
    ru: "{file} уже существует; чтобы заменить его, нужен параметр overwrite",
    kk: "{file} бұрыннан бар; оны ауыстыру үшін overwrite параметрі қажет",
  },
} as const satisfies Readonly<Record<string, LanguageTexts>>;

/**
 * The catalogue of {@link ERROR_TEXTS}, by the name a language pack gives its texts under.
 *
 * @internal
 */
export const ERROR_TEXT_CATALOGUE = /* @__PURE__ */ defineCatalogue("errors", ERROR_TEXTS);


/**
 * A key of {@link ERROR_TEXTS}: an error code, or `code.reason`.
 *
 * @internal
 */
export type ErrorTextKey = keyof typeof ERROR_TEXTS;

/**
 * The words a message puts in for the values of its params: what a JSON reader expected
 * (`params.expected` of `io.bad_json` and `io.truncated`), what it found instead, and what a
 * collection was instead of a list (`params.received` of `io.not_a_list`); and the phrase of
 * one file of `io.misnamed_file.several`.
 *
 * @internal
 */
export const ERROR_WORDS = {
  "expected.control_character": {
    en: "no control character inside a string (write it as an escape such as \\n)",
    ru: "отсутствие управляющего символа внутри строки (запишите его escape-последовательностью, например \\n)",
    kk: "жол ішінде басқару таңбасының болмауы (оны \\n сияқты escape-тізбекпен жазыңыз)",
  },
  "expected.hex_digits": { en: "four hex digits after \\u", ru: "четыре шестнадцатеричные цифры после \\u", kk: "\\u кейін төрт он алтылық цифр" },
  "expected.escape": { en: "a valid escape after \\", ru: "допустимая escape-последовательность после \\", kk: "\\ кейін жарамды escape-тізбек" },
  "expected.closing_quote": { en: "a closing double quote", ru: "закрывающая двойная кавычка", kk: "жабатын қос тырнақша" },
  "expected.end": { en: "end of input", ru: "конец данных", kk: "деректердің соңы" },
  "expected.name": { en: "a property name in double quotes", ru: "имя свойства в двойных кавычках", kk: "қос тырнақшадағы қасиет атауы" },
  "expected.name_or_brace": { en: "a property name in double quotes or '}'", ru: "имя свойства в двойных кавычках или «}»", kk: "қос тырнақшадағы қасиет атауы немесе «}»" },
  "expected.colon": { en: "':'", ru: "«:»", kk: "«:»" },
  "expected.comma_or_brace": { en: "',' or '}'", ru: "«,» или «}»", kk: "«,» немесе «}»" },
  "expected.comma_or_bracket": { en: "',' or ']'", ru: "«,» или «]»", kk: "«,» немесе «]»" },
  "expected.value": { en: "a value", ru: "значение", kk: "мән" },
  "found.end_of_file": { en: "the end of the file", ru: "конец файла", kk: "файлдың соңы" },
  "found.end_of_line": { en: "the end of the line", ru: "конец строки", kk: "жолдың соңы" },
  "received.null": { en: "null", ru: "null (пусто)", kk: "null (бос)" },
  "received.string": { en: "string", ru: "текст", kk: "мәтін" },
  "received.number": { en: "number", ru: "число", kk: "сан" },
  "received.boolean": { en: "boolean", ru: "логическое значение", kk: "логикалық мән" },
  "received.object": { en: "object", ru: "объект", kk: "объект" },
  misnamed: {
    en: "{name} looks like {expected}, which the folder lacks",
    ru: "{name} похож на {expected}, которого в папке нет",
    kk: "{name} қалтада жоқ {expected} файлына ұқсайды",
  },
} as const satisfies Readonly<Record<string, LanguageTexts>>;

/**
 * The catalogue of {@link ERROR_WORDS}, by the name a language pack gives its texts under.
 *
 * @internal
 */
export const ERROR_WORD_CATALOGUE = /* @__PURE__ */ defineCatalogue("errorWords", ERROR_WORDS);


/**
 * What a JSON reader expected where a text breaks: a key of {@link ERROR_WORDS} after `expected.`.
 *
 * @internal
 */
export type JsonExpectation = keyof typeof ERROR_WORDS extends infer K ? (K extends `expected.${infer E}` ? E : never) : never;
