/**
 * The DESK functions' messages in German (see en.ts, the source). Typography: „ “ around quoted values; the reader is addressed with „Sie“; argument values a
 * formula takes stay as they are typed.
 */
import type { FunctionMessages } from "./en";

export const FUNCTION_MESSAGES_DE: FunctionMessages = {
  "arg.amount": "Betrag",
  "arg.from": "von",
  "arg.to": "nach",
  "arg.date": "Datum",
  "arg.rule": "Regel",
  "arg.full_precision": "volle_Genauigkeit",
  "arg.part": "Teil",
  "arg.total": "Gesamtwert",
  "arg.id": "ID",
  "arg.place": "Ort",
  "arg.year": "Jahr",
  "arg.source": "Quelle",
  "arg.region": "Region",
  "arg.basis": "Grundlage",
  "cell.empty": "eine leere Zelle",
  "cell.text": "der Text „{text}“",
  "cell.true": "WAHR",
  "cell.false": "FALSCH",
  "cell.otherType": "ein Wert vom Typ {type}",
  "cell.excelError": "ein Excel-Fehler in einer Argumentzelle",
  "input.notNumber": "Das Argument {name} muss eine Zahl sein; angegeben wurde {got}.",
  "input.notFinite": "Das Argument {name} muss eine endliche Zahl sein; angegeben wurde {got}.",
  "input.notText": "Das Argument {name} muss Text sein; angegeben wurde {got}.",
  "grid.shapeMismatch":
    "{name} umfasst {rows}×{cols} Zellen, {other} aber {otherRows}×{otherCols}: Geben Sie Bereiche derselben Form an, eine einzelne passende Zeile oder Spalte oder eine einzelne Zelle.",
  "rows.oneRowPerInput":
    "Diese Funktion antwortet mit einer Zeile je Eingabe: Geben Sie einzelne Zellen oder eine Spalte von Eingaben an, keine Zeile und keinen Block.",
  "share.partNegative": "Der Teil muss null oder größer sein; angegeben wurde {part}.",
  "share.totalNegative": "Der Gesamtwert muss mehr als null sein; angegeben wurde {total}.",
  "share.totalZero": "Der Gesamtwert ist null: Ein Anteil an null ist nicht definiert.",
  "share.partOverTotal":
    "Der Teil ({part}) ist größer als der Gesamtwert ({total}): Ein Anteil kann 1 nicht übersteigen.",
  "figures.unknownId":
    "Keine Zahl im Datensatz hat die ID „{id}“. Die IDs stehen im Aufgabenbereich (die Zahlen jeder Tabelle) und auf dem Blatt „Quellen“, zum Beispiel „seized.be.2023.euda“.",
  "figures.yearNotCovered":
    "Keine veröffentlichte Zahl für {place} im Jahr {year}. Erfasste Jahre: {first}–{last}.",
  "figures.notReported":
    "Keine Quelle im Datensatz nennt eine Zahl für {place} im Jahr {year} (nicht gemeldet). Für {year} enthält er: {others}.",
  "figures.noPlace": "keine",
  "figures.unknownPlace":
    "Keine Reihe von Sicherstellungen für „{place}“. Orte: {places} (ISO-Code oder englischer Name; Häfen mit dem Namen ihrer Stadt).",
  "figures.wholeYear": "Das Jahr muss ein ganzes Jahr sein, etwa 2021; angegeben wurde {year}.",
  "figures.unknownSource": "Unbekannte Quelle „{source}“. Quellen: {sources}.",
  "figures.noSourceFigure":
    "Keine Zahl der Quelle „{source}“ für {place} im Jahr {year}. Für dieses Jahr veröffentlicht: {published}.",
  "figures.notTonnes": "Die Angabe {id} ist keine Menge in Tonnen.",
  "figures.unknownRegion": "Unbekannte Region „{region}“. Regionen: {regions}.",
  "figures.unknownBasis": "Unbekannte Grundlage „{basis}“. Grundlagen: {bases}.",
  "figures.defaultBasis": "prosecutor (Standard)",
  "figures.noUserShare":
    "Die Quelle „{basis}“ nennt keinen Anteil der Sky-ECC-Nutzer für {region}.",
  "figures.noUserCount": "Die Quelle „{basis}“ nennt keine Zahl der Sky-ECC-Nutzer für {region}.",
  "figures.notNumber": "Die Angabe {id} ist keine Zahl.",
  "rates.badCode":
    "Das Argument {name} muss ein Währungscode nach ISO 4217 sein, etwa EUR, USD oder COP; angegeben wurde {got}.",
  "rates.emptyDate":
    "Datum: Die Datumszelle ist leer. Geben Sie eine Datumszelle oder Text im Format JJJJ-MM-TT an, oder lassen Sie das Argument Datum in der Formel weg, um den neuesten Kurs zu erhalten.",
  "rates.badDate": "Datum: {reason}",
  "rates.badRule": "Die Regel muss „previous“, „next“ oder „exact“ sein; angegeben wurde {got}.",
  "rates.engine": "{message}",
  "rates.tooLarge": "Der Betrag {amount} ist zu groß für eine Umrechnung.",
  "rates.badFullPrecision":
    "volle_Genauigkeit muss WAHR (der Kurs vor dem Runden) oder FALSCH (der Kurs, wie DESK.RATE ihn zeigt) sein oder weggelassen werden; angegeben wurde {got}.",
  "rates.dateSystemUnknown":
    "Datum: Das Datumssystem der Arbeitsmappe (1900 oder 1904) ist noch nicht bekannt: Öffnen Sie den Aufgabenbereich von Seizure Desk, dann wird die Zelle neu berechnet",
  "rates.dateUsedSystemUnknown":
    "Verwendetes Datum: Das Datumssystem der Arbeitsmappe (1900 oder 1904) ist noch nicht bekannt: Öffnen Sie den Aufgabenbereich von Seizure Desk, dann wird die Zelle neu berechnet",
  "rates.ruleHint":
    "Die Regel muss „previous“ (der letzte veröffentlichte Kurs vor einem Tag ohne Kurs), „next“ oder „exact“ sein.",
  "rates.unknownCurrency":
    "„{code}“ ist keine Währung mit mitgelieferten Kursen. Verwenden Sie einen ISO-Code: {codes}.",
  "rates.notACurrency":
    "Dieser Wert ist keine Währung mit mitgelieferten Kursen. Verwenden Sie einen ISO-Code: {codes}.",
  "rates.dateBetween": "Ein Datum muss zwischen dem {first} und dem {last} liegen.",
  "rates.dateCellOrIso":
    "Ein Datum muss eine Datumszelle oder Text im Format JJJJ-MM-TT sein, etwa 2021-03-09.",
  "rates.dayNumber": "Tag {day}",
  "rates.noCommonDay":
    "Für keinen Tag gibt es mitgelieferte Kurse sowohl für {from} als auch für {to}.",
  "rates.bundledRange": "die mitgelieferten {pair}-Kurse reichen vom {first} bis zum {last}",
  "rates.noBundledRateOn":
    "Die mitgelieferten Kurse haben keinen {pair}-Kurs für den {day} ({weekday}); die nächsten sind die vom {before} (Regel „previous“) und vom {after} (Regel „next“).",
  "rates.outsideBundled": "Der {day} liegt außerhalb der mitgelieferten Kurse: {range}.",
  "rates.staleBundled":
    "Der mitgelieferte {pair}-Kurs, der dem {day} nach der Regel „{rule}“ am nächsten liegt, ist der vom {found}, {gap} Tage entfernt; ein Kurs, der mehr als {max} Tage vom gefragten Datum entfernt ist, wird nicht verwendet ({range}).",
  "rates.ecbNoRateOn": "Die EZB hat am {day} ({weekday}) keinen {pair}-Kurs veröffentlicht.",
  "rates.ecbFileNoPair": "Die Datei mit der Kurshistorie der EZB enthält keine {pair}-Kurse.",
  "rates.ecbFileNoRateNear":
    "Die Datei mit der Kurshistorie der EZB enthält keinen {pair}-Kurs innerhalb von {max} Tagen um den {day} nach der Regel „{rule}“.",
  "rates.ecbStart": "die Referenzkurse der EZB beginnen am {day}",
  "rates.future": "der {day} liegt in der Zukunft",
  "rates.ecbNoneNear": "die EZB hat um den {day} keinen {pair}-Kurs veröffentlicht",
  "rates.ecbNoRatePublished":
    "Am {day} ({weekday}) hat die EZB keinen {pair}-Referenzkurs veröffentlicht; die nächsten sind der vom {before} (Regel „previous“) und {next}.",
  "rates.nextRule": "der vom {day} (Regel „next“)",
  "rates.noneYet": "noch kein späterer",
  "rates.ecbNoPair": "Die EZB veröffentlicht keinen {pair}-Kurs.",
  "rates.ecbUnavailable": "EZB-Kurse nicht verfügbar: {failure}.",
  "rates.ecbNotFetched": "die Kurse konnten nicht abgerufen werden",
  "rates.ecbServiceNoRate": "Der EZB-Dienst hat keinen Kurs: {reason}.",
  "rates.noSource":
    "{why} Neuester {pair}-Kurs je Quelle: {newest}. Verbinden Sie sich mit dem Kursdienst, oder importieren Sie die Datei mit der Kurshistorie der EZB (eurofxref-hist.zip) im Aufgabenbereich.",
  "pins.insideExcelOnly":
    "Kurse werden in einer Arbeitsmappe festgeschrieben: Das funktioniert nur in Excel.",
  "pins.refetchFailed":
    "Die Kurse konnten nicht erneut abgerufen werden ({reason}); die festgeschriebenen Kurse bleiben unverändert.",
  "rates.engineNotFetched":
    "Der Wechselkurs-Code des Add-Ins konnte nicht geladen werden ({reason}); die nächste Kursformel versucht es erneut.",
  "service.sentNotObject": "Der Kursdienst hat etwas anderes als ein JSON-Objekt gesendet",
  "service.sentBase":
    "Der Kursdienst hat Kurse gegenüber {base} gesendet, nicht gegenüber {expected}",
  "service.sentAmount": "Der Kursdienst hat Kurse für einen Betrag von {amount} gesendet",
  "service.sentNoRates": "Der Kursdienst hat kein „rates“-Objekt gesendet",
  "service.sentNotDate": "Der Kursdienst hat „{text}“ gesendet, wo ein Datum stehen muss",
  "service.sentOutside": "Der Kursdienst hat {day} gesendet, außerhalb des angefragten Bereichs",
  "service.sentSampled":
    "Der Kursdienst hat eine ausgedünnte Reihe gesendet (kein Kurs von {from} bis {to})",
  "service.sentNoRatesFor": "Der Kursdienst hat keine Kurse für {day} gesendet",
  "service.sentBadRate": "Der Kursdienst hat {value} als {code}-Kurs vom {day} gesendet",
  "rateAsset.unreadable": "Kursdatei unlesbar: {reason}",
  "rateAsset.notAsset": "keine Kursdatei von Seizure Desk.",
  "rateAsset.version": "Version {version}, erwartet: {expected}.",
  "rateAsset.digits": "{digits} signifikante Stellen liegen außerhalb des zulässigen Bereichs.",
  "rateAsset.truncatedHeader": "abgeschnittener Dateikopf.",
  "rateAsset.truncatedRecords": "abgeschnittene Währungsdatensätze.",
  "rateAsset.truncatedBody": "abgeschnittener Dateiinhalt.",
  "rateAsset.noValues": "keine Werte für {code}.",
  "rateAsset.badPeg": "ungültiger fester Kurs für {code}.",
  "rateAsset.unknownKind": "unbekannte Datensatzart {kind} für {code}.",
  "rateAsset.badRange": "ungültiger Datumsbereich für {code}.",
  "rateAsset.countsMismatch":
    "{code}: Die Zahl der Werte und fehlenden Tage füllt den Datumsbereich nicht.",
  "rateAsset.badValueCount": "ungültige Zahl von Werten für {code}.",
  "rateAsset.noBase": "keine Basiswährung oder keine Reihe.",
  "rateAsset.streamEnds": "der Kursdatenstrom endet zu früh.",
  "rateAsset.valuesMismatch": "{code}: Tage und Werte passen nicht zusammen.",
  "rateAsset.pegNoSeries": "{code} ist an {anchor} gebunden, das keine Reihe hat.",
  "rateAsset.pegOutside": "{code} reicht über den Datumsbereich von {anchor} hinaus.",
  "rates.bundledNotLoaded":
    "Die mitgelieferten Wechselkurse konnten nicht von {url} geladen werden ({reason}).",
  "rates.timedOut": "Zeitüberschreitung",
  "rates.reasons": "{first} {then}",
  "rates.noSourceAvailable": "Es ist keine Kursquelle verfügbar.",
  "rates.newestOfSource": "{source}: {day}",
  "rates.newestNone": "keiner",
  "rates.list": "{first}; {rest}",
  "service.offline": "{origin} ist nicht erreichbar: Dieser Computer ist offline",
  "service.policy":
    "{origin} gehört nicht zu den Adressen, mit denen sich diese Seite verbinden darf: Ihre Content-Security-Policy erlaubt nur den Kursdienst, für den das Add-In gebaut wurde (RATES_API_URL); wählen Sie diesen Dienst unten",
  "service.noCors":
    "{origin} hat geantwortet, aber ohne den CORS-Header (Access-Control-Allow-Origin), mit dem diese Seite die Antwort lesen kann",
  "service.unreachable":
    "{origin} ist nicht erreichbar: Keine Verbindung (der Server ist ausgefallen oder lehnt Verbindungen ab, die Adresse ist falsch, oder eine Firewall blockiert sie)",
  "service.unreachableBecause": "{origin} ist nicht erreichbar ({error})",
  "service.httpStatus": "{origin} hat mit HTTP {status} geantwortet",
  "service.notJson": "{origin} hat eine Antwort gesendet, die kein JSON ist",
  "service.timeout": "{origin} hat nicht innerhalb von {seconds} s geantwortet",
  "service.movedTo":
    "der Kursdienst {baseUrl} ist nach {newBase} umgezogen (er antwortet mit einer Weiterleitung, der dieses Add-In nicht folgt); bauen Sie das Add-In mit RATES_API_URL={newBase} und wählen Sie ihn unten",
  "service.moved":
    "der Kursdienst {baseUrl} ist an eine andere Adresse umgezogen (er antwortet mit einer Weiterleitung, der dieses Add-In nicht folgt); bauen Sie das Add-In mit RATES_API_URL=<seine neue Adresse> und wählen Sie ihn unten",
  "service.notUrl": "„{text}“ ist keine URL; verwenden Sie z. B. {example}",
  "service.notHttps": "Der Kursdienst muss https verwenden.",
  "service.baseOnly":
    "Geben Sie nur die Basis-URL des Dienstes an: Ohne Benutzernamen, Query oder #Fragment.",
  "service.notAllowed":
    "Dieses Add-In darf sich nur mit {origins} verbinden; {origin} braucht einen Build, in dem RATES_API_URL auf diese Adresse gesetzt ist.",
  "service.noService": "keinem Kursdienst",
  "ecbFile.expected":
    "die Datei eurofxref-hist.zip oder eurofxref-hist.csv der EZB (eine Spalte Date, dann eine Spalte je Währung, der neueste Tag zuerst)",
  "ecbFile.notHistory":
    "Das ist nicht die Verlaufsdatei der EZB: Ihre erste Zeile sollte „Date,“ gefolgt von Währungscodes sein (Date,USD,JPY,…), sie lautet aber „{line}“. Wählen Sie {expected}.",
  "ecbFile.badColumn":
    "Die Kopfzeile nennt eine Spalte „{code}“: Nach Date muss jede Spalte ein dreibuchstabiger Währungscode wie USD sein.",
  "ecbFile.twice": "Die Kopfzeile nennt {code} zweimal: Jede Währung hat eine Spalte.",
  "ecbFile.empty": "Die Datei ist leer. Wählen Sie {expected}.",
  "ecbFile.noRates":
    "Die Datei hat ihre Kopfzeile, aber keine Kurse: Laden Sie die vollständige Datei erneut von der EZB herunter.",
  "ecbFile.fieldCount":
    "Zeile {line} hat {fields} Felder, wo die Kopfzeile {headerFields} hat: Die Datei ist abgeschnitten oder wurde nach dem Herunterladen geändert.",
  "ecbFile.notDate": "Zeile {line}: „{date}“ ist kein Datum; die EZB schreibt JJJJ-MM-TT.",
  "ecbFile.repeated":
    "Zeile {line}: {date} kommt doppelt vor; die Datei der EZB führt jeden Tag einmal auf, den neuesten zuerst.",
  "ecbFile.outOfOrder":
    "Zeile {line}: {date} steht nicht an seinem Platz; die Datei der EZB führt jeden Tag einmal auf, den neuesten zuerst.",
  "ecbFile.notRate":
    "Zeile {line}, {code}: „{field}“ ist kein Kurs; ein Kurs ist eine positive Zahl mit einem Punkt als Dezimaltrennzeichen und höchstens {digits} signifikanten Stellen (1.1894), oder „N/A“.",
  "ecbFile.extraValue":
    "Zeile {line} hat einen Wert nach der letzten Währungsspalte: Die Datei wurde nach dem Herunterladen geändert.",
  "ecbFile.zipDamaged":
    "Die ZIP-Datei ist beschädigt oder unvollständig ({reason}): Laden Sie eurofxref-hist.zip erneut von der EZB herunter, oder wählen Sie die CSV-Datei darin.",
  "ecbFile.zipEntryTooLarge":
    "{name} in der ZIP-Datei ist größer als {megabytes} MB: Es ist nicht die Verlaufsdatei der EZB.",
  "ecbFile.zipNoCsv": "Die ZIP-Datei enthält keine CSV-Datei. Wählen Sie {expected}.",
  "ecbFile.zipManyCsv":
    "Die ZIP-Datei enthält {count} CSV-Dateien, und keine ist eurofxref-hist.csv. Wählen Sie {expected}.",
  "ecbFile.tooLarge":
    "Die Datei ist größer als {megabytes} MB: Es ist nicht die Verlaufsdatei der EZB.",
  "ecbFile.notText": "Die Datei ist kein Text (und kein ZIP): Wählen Sie {expected}.",
  "ecbFile.notKept":
    "Die Datei ist gültig, aber der Speicher des Browsers hat sie nicht behalten ({reason}); die zuvor behaltene Datei ist unverändert.",
  "storage.refused": "der Speicher des Browsers hat die Anfrage abgelehnt",
  "storage.notKept": "der Speicher des Browsers hat die Datei nicht behalten",
  "storage.full": "der Speicher des Browsers ist voll",
  "storage.refusedAs": "der Speicher des Browsers hat die Anfrage abgelehnt ({name})",
  "source.pinned": "festgeschrieben",
  "source.ecbLive": "EZB live",
  "source.ecbFile": "EZB-Datei",
  "source.bundled": "mitgeliefert",
  "citation.sameCurrency": "Dieselbe Währung: 1 {code} = 1 {code}",
  "citation.bundledUsd":
    "Tagesreihen von {publisher} über {dataset} (Kurs gegenüber dem US-Dollar)",
  "citation.bundledCross":
    "Tagesreihen von {publisher} über {dataset} (Kreuzkurs über den US-Dollar)",
  "citation.fixedRate": "{cited}; {code} zu seinem festen Kurs von {factor} je {anchor}",
  "citation.ecbLive": "Euro-Referenzkurs der EZB von {service}",
  "citation.ecbLiveCross": "Euro-Referenzkurse der EZB (Kreuzkurs über den Euro) von {service}",
  "citation.live": "live",
  "citation.cached": "zwischengespeichert, abgerufen am {day}",
  "citation.retrieved": "{cited} ({retrieval})",
  "citation.ecbFile": "Euro-Referenzkurs der EZB (EZB-Verlaufsdatei)",
  "citation.ecbFileCross":
    "Euro-Referenzkurse der EZB (EZB-Verlaufsdatei, Kreuzkurs über den Euro)",
  "citation.fallback": "{cited} (EZB-Kurse nicht verfügbar: {reason})",
  "citation.pinned": "{source} (in dieser Arbeitsmappe festgeschrieben am {day})",
  "weekday.Monday": "ein Montag",
  "weekday.Tuesday": "ein Dienstag",
  "weekday.Wednesday": "ein Mittwoch",
  "weekday.Thursday": "ein Donnerstag",
  "weekday.Friday": "ein Freitag",
  "weekday.Saturday": "ein Samstag",
  "weekday.Sunday": "ein Sonntag",
  "dates.notADate":
    "Ein Datum muss eine Datumszelle, eine fortlaufende Datumszahl oder Text im Format JJJJ-MM-TT sein, etwa 2021-03-09.",
  "dates.serialOutside":
    "{serial} ist kein Datum im {system}-Datumssystem von Excel: Die fortlaufenden Datumszahlen reichen von {firstSerial} ({firstDate}) bis {lastSerial} ({lastDate}).",
  "dates.phantomLeapDay":
    "Die fortlaufende Zahl 60 ist in Excel der 29. Februar 1900, ein Tag, den es nie gab (1900 war kein Schaltjahr); verwenden Sie den 28. Februar 1900 (Zahl 59) oder den 1. März 1900 (Zahl 61).",
  "dates.notWholeDay": "{day} ist keine ganze Tageszahl.",
  "dates.noSerial":
    "Das {system}-Datumssystem von Excel hat für diesen Tag keine fortlaufende Zahl: Seine Daten reichen vom {firstDate} bis zum {lastDate}.",
  "dates.notIso":
    "„{text}“ ist kein Datum: Verwenden Sie Text im Format JJJJ-MM-TT, etwa 2021-03-09, oder eine Datumszelle.",
  "dates.yearTooEarly": "„{text}“: Das Jahr muss 0001 oder später sein.",
  "dates.badMonth": "„{text}“: Der Monat muss zwischen 01 und 12 liegen.",
  "dates.noSuchDay": "„{text}“ gibt es nicht: {month} hat die Tage 01 bis {days}.",
};
