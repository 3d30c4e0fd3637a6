/**
 * The DESK functions' messages in Dutch (see en.ts, the source). Typography: “ ” around quoted values; argument values a formula takes stay as they are typed.
 */
import type { FunctionMessages } from "./en";

export const FUNCTION_MESSAGES_NL: FunctionMessages = {
  "arg.amount": "bedrag",
  "arg.from": "van",
  "arg.to": "naar",
  "arg.date": "datum",
  "arg.rule": "regel",
  "arg.full_precision": "volledige_precisie",
  "arg.part": "deel",
  "arg.total": "totaal",
  "arg.id": "id",
  "arg.place": "plaats",
  "arg.year": "jaar",
  "arg.source": "bron",
  "arg.region": "regio",
  "arg.basis": "basis",
  "cell.empty": "een lege cel",
  "cell.text": "de tekst “{text}”",
  "cell.true": "WAAR",
  "cell.false": "ONWAAR",
  "cell.otherType": "een waarde van het type {type}",
  "cell.excelError": "een Excel-fout in een argumentcel",
  "input.notNumber": "Het argument {name} moet een getal zijn; opgegeven: {got}.",
  "input.notFinite": "Het argument {name} moet een eindig getal zijn; opgegeven: {got}.",
  "input.notText": "Het argument {name} moet tekst zijn; opgegeven: {got}.",
  "grid.shapeMismatch":
    "{name} beslaat {rows}×{cols} cellen, maar {other} beslaat {otherRows}×{otherCols}: geef bereiken van dezelfde vorm, één rij of kolom die erop aansluit, of één cel.",
  "rows.oneRowPerInput":
    "Deze functie geeft één rij per invoer: geef losse cellen of een kolom met invoer, geen rij of blok.",
  "share.partNegative": "Het deel moet nul of meer zijn; opgegeven: {part}.",
  "share.totalNegative": "Het totaal moet meer dan nul zijn; opgegeven: {total}.",
  "share.totalZero": "Het totaal is nul: een aandeel van nul heeft geen betekenis.",
  "share.partOverTotal":
    "Het deel ({part}) is groter dan het totaal ({total}): een aandeel kan niet groter zijn dan 1.",
  "figures.unknownId":
    "Geen cijfer in de dataset heeft de id “{id}”. De id’s staan in het taakvenster (de cijfers van elke tabel) en op het werkblad Bronnen, bijvoorbeeld “seized.be.2023.euda”.",
  "figures.yearNotCovered":
    "Geen gepubliceerd cijfer voor {place} in {year}. Beschikbare jaren: {first}–{last}.",
  "figures.notReported":
    "Geen enkele bron in de dataset geeft een cijfer voor {place} in {year} (niet gerapporteerd). Voor {year} bevat de dataset: {others}.",
  "figures.noPlace": "geen",
  "figures.unknownPlace":
    "Geen reeks inbeslagnames voor “{place}”. Plaatsen: {places} (ISO-code of Engelse naam; havens met de naam van hun stad).",
  "figures.wholeYear": "Het jaar moet een heel jaar zijn, zoals 2021; opgegeven: {year}.",
  "figures.unknownSource": "Onbekende bron “{source}”. Bronnen: {sources}.",
  "figures.noSourceFigure":
    "Geen cijfer van “{source}” voor {place} in {year}. Gepubliceerd voor dat jaar: {published}.",
  "figures.notTonnes": "Het cijfer {id} is geen hoeveelheid in ton.",
  "figures.unknownRegion": "Onbekende regio “{region}”. Regio’s: {regions}.",
  "figures.unknownBasis": "Onbekende basis “{basis}”. Mogelijke bases: {bases}.",
  "figures.defaultBasis": "prosecutor (standaard)",
  "figures.noUserShare": "De bron “{basis}” geeft geen aandeel Sky ECC-gebruikers voor {region}.",
  "figures.noUserCount": "De bron “{basis}” geeft geen aantal Sky ECC-gebruikers voor {region}.",
  "figures.notNumber": "Het cijfer {id} is geen getal.",
  "rates.badCode":
    "Het argument {name} moet een ISO 4217-valutacode zijn, zoals EUR, USD of COP; opgegeven: {got}.",
  "rates.emptyDate":
    "datum: de datumcel is leeg. Geef een datumcel of tekst JJJJ-MM-DD, of laat het argument datum weg uit de formule voor de laatste koers.",
  "rates.badDate": "datum: {reason}",
  "rates.badRule": "De regel moet “previous”, “next” of “exact” zijn; opgegeven: {got}.",
  "rates.engine": "{message}",
  "rates.tooLarge": "Het bedrag {amount} is te groot om om te rekenen.",
  "rates.badFullPrecision":
    "volledige_precisie moet WAAR (de koers vóór afronding) of ONWAAR (de koers zoals DESK.RATE die toont) zijn, of worden weggelaten; opgegeven: {got}.",
  "rates.dateSystemUnknown":
    "datum: het datumsysteem van de werkmap (1900 of 1904) is nog niet bekend: open het taakvenster van Seizure Desk, dan wordt de cel opnieuw berekend",
  "rates.dateUsedSystemUnknown":
    "gebruikte datum: het datumsysteem van de werkmap (1900 of 1904) is nog niet bekend: open het taakvenster van Seizure Desk, dan wordt de cel opnieuw berekend",
  "rates.ruleHint":
    "De regel moet “previous” (de laatst gepubliceerde koers vóór een dag zonder koers), “next” of “exact” zijn.",
  "rates.unknownCurrency":
    "“{code}” is geen valuta met meegeleverde koersen. Gebruik een ISO-code: {codes}.",
  "rates.notACurrency":
    "Deze waarde is geen valuta met meegeleverde koersen. Gebruik een ISO-code: {codes}.",
  "rates.dateBetween": "Een datum moet tussen {first} en {last} liggen.",
  "rates.dateCellOrIso":
    "Een datum moet een datumcel of tekst JJJJ-MM-DD zijn, bijvoorbeeld 2021-03-09.",
  "rates.dayNumber": "dag {day}",
  "rates.noCommonDay": "Er is geen dag met meegeleverde koersen voor zowel {from} als {to}.",
  "rates.bundledRange": "de meegeleverde {pair}-koersen lopen van {first} tot {last}",
  "rates.noBundledRateOn":
    "De meegeleverde koersen hebben geen {pair}-koers voor {day} ({weekday}); de dichtstbijzijnde zijn die van {before} (regel “previous”) en {after} (regel “next”).",
  "rates.outsideBundled": "{day} valt buiten de meegeleverde koersen: {range}.",
  "rates.staleBundled":
    "De meegeleverde {pair}-koers die volgens regel “{rule}” het dichtst bij {day} ligt, is die van {found}, {gap} dagen ervandaan; een koers die meer dan {max} dagen van de gevraagde datum af ligt, wordt niet gebruikt ({range}).",
  "rates.ecbNoRateOn": "De ECB publiceerde geen {pair}-koers op {day} ({weekday}).",
  "rates.ecbFileNoPair": "Het historische ECB-bestand heeft geen {pair}-koersen.",
  "rates.ecbFileNoRateNear":
    "Het historische ECB-bestand heeft geen {pair}-koers binnen {max} dagen van {day} volgens regel “{rule}”.",
  "rates.ecbStart": "de referentiekoersen van de ECB beginnen op {day}",
  "rates.future": "{day} ligt in de toekomst",
  "rates.ecbNoneNear": "de ECB publiceerde geen {pair}-koers in de buurt van {day}",
  "rates.ecbNoRatePublished":
    "Op {day} ({weekday}) publiceerde de ECB geen {pair}-referentiekoers; de dichtstbijzijnde zijn die van {before} (regel “previous”) en {next}.",
  "rates.nextRule": "die van {day} (regel “next”)",
  "rates.noneYet": "nog geen latere",
  "rates.ecbNoPair": "De ECB publiceert geen {pair}-koers.",
  "rates.ecbUnavailable": "ECB-koersen niet beschikbaar: {failure}.",
  "rates.ecbNotFetched": "de koersen konden niet worden opgehaald",
  "rates.ecbServiceNoRate": "De ECB-dienst heeft geen koers: {reason}.",
  "rates.noSource":
    "{why} Recentste {pair}-koers per bron: {newest}. Maak verbinding met de koersendienst, of importeer het historische ECB-bestand (eurofxref-hist.zip) in het taakvenster.",
  "pins.insideExcelOnly": "Koersen worden in een werkmap vastgelegd: dit werkt alleen in Excel.",
  "pins.refetchFailed":
    "De koersen konden niet opnieuw worden opgehaald ({reason}); de vastgelegde koersen blijven ongewijzigd.",
  "rates.engineNotFetched":
    "De wisselkoerscode van de invoegtoepassing kon niet worden opgehaald ({reason}); de volgende koersformule probeert het opnieuw.",
  "service.sentNotObject": "de koersdienst stuurde iets anders dan een JSON-object",
  "service.sentBase": "de koersdienst stuurde koersen tegenover {base}, niet tegenover {expected}",
  "service.sentAmount": "de koersdienst stuurde koersen voor een bedrag van {amount}",
  "service.sentNoRates": "de koersdienst stuurde geen “rates”-object",
  "service.sentNotDate": "de koersdienst stuurde “{text}” waar een datum hoort",
  "service.sentOutside": "de koersdienst stuurde {day}, buiten het gevraagde bereik",
  "service.sentSampled":
    "de koersdienst stuurde een uitgedunde reeks (geen koers van {from} tot {to})",
  "service.sentNoRatesFor": "de koersdienst stuurde geen koersen voor {day}",
  "service.sentBadRate": "de koersdienst stuurde {value} als {code}-koers van {day}",
  "rateAsset.unreadable": "koersbestand onleesbaar: {reason}",
  "rateAsset.notAsset": "geen koersbestand van Seizure Desk.",
  "rateAsset.version": "versie {version}, verwacht: {expected}.",
  "rateAsset.digits": "{digits} significante cijfers vallen buiten het toegestane bereik.",
  "rateAsset.truncatedHeader": "afgekapte header.",
  "rateAsset.truncatedRecords": "afgekapte valutarecords.",
  "rateAsset.truncatedBody": "afgekapte inhoud.",
  "rateAsset.noValues": "geen waarden voor {code}.",
  "rateAsset.badPeg": "ongeldige vaste koers voor {code}.",
  "rateAsset.unknownKind": "onbekend recordtype {kind} voor {code}.",
  "rateAsset.badRange": "ongeldig datumbereik voor {code}.",
  "rateAsset.countsMismatch":
    "{code}: het aantal waarden en ontbrekende dagen vult het datumbereik niet.",
  "rateAsset.badValueCount": "ongeldig aantal waarden voor {code}.",
  "rateAsset.noBase": "geen basisvaluta of geen reeks.",
  "rateAsset.streamEnds": "de koersstroom eindigt te vroeg.",
  "rateAsset.valuesMismatch": "{code}: de dagen en de waarden komen niet overeen.",
  "rateAsset.pegNoSeries": "{code} is gekoppeld aan {anchor}, dat geen reeks heeft.",
  "rateAsset.pegOutside": "{code} reikt buiten het datumbereik van {anchor}.",
  "rates.bundledNotLoaded":
    "De meegeleverde wisselkoersen konden niet worden geladen van {url} ({reason}).",
  "rates.timedOut": "time-out",
  "rates.reasons": "{first} {then}",
  "rates.noSourceAvailable": "Er is geen bron van koersen beschikbaar.",
  "rates.newestOfSource": "{source}: {day}",
  "rates.newestNone": "geen",
  "rates.list": "{first}; {rest}",
  "service.offline": "{origin} is onbereikbaar: deze computer is offline",
  "service.policy":
    "{origin} is geen adres waarmee deze pagina verbinding mag maken: haar Content-Security-Policy staat alleen de koersdienst toe waarvoor de invoegtoepassing is gebouwd (RATES_API_URL); kies die dienst hieronder",
  "service.noCors":
    "{origin} antwoordde, maar zonder de CORS-header (Access-Control-Allow-Origin) waarmee deze pagina het antwoord kan lezen",
  "service.unreachable":
    "{origin} is onbereikbaar: geen verbinding (de server ligt plat of weigert verbindingen, het adres is fout, of een firewall blokkeert het)",
  "service.unreachableBecause": "{origin} is onbereikbaar ({error})",
  "service.httpStatus": "{origin} antwoordde HTTP {status}",
  "service.notJson": "{origin} stuurde een antwoord dat geen JSON is",
  "service.timeout": "{origin} antwoordde niet binnen {seconds} s",
  "service.movedTo":
    "de koersdienst {baseUrl} is verhuisd naar {newBase} (hij antwoordt met een doorverwijzing, die deze invoegtoepassing niet volgt); bouw de invoegtoepassing met RATES_API_URL={newBase} en kies die hieronder",
  "service.moved":
    "de koersdienst {baseUrl} is verhuisd naar een ander adres (hij antwoordt met een doorverwijzing, die deze invoegtoepassing niet volgt); bouw de invoegtoepassing met RATES_API_URL=<het nieuwe adres> en kies die hieronder",
  "service.notUrl": "“{text}” is geen URL; gebruik bijvoorbeeld {example}",
  "service.notHttps": "De koersdienst moet https gebruiken.",
  "service.baseOnly":
    "Geef alleen de basis-URL van de dienst: zonder gebruikersnaam, query of #fragment.",
  "service.notAllowed":
    "Deze invoegtoepassing mag alleen verbinding maken met {origins}; {origin} vraagt een build met RATES_API_URL ingesteld op dat adres.",
  "service.noService": "geen koersdienst",
  "ecbFile.expected":
    "eurofxref-hist.zip of eurofxref-hist.csv van de ECB (een kolom Date, dan een kolom per munt, de nieuwste dag eerst)",
  "ecbFile.notHistory":
    "Dit is niet het historiekbestand van de ECB: de eerste regel zou “Date,” moeten zijn, gevolgd door muntcodes (Date,USD,JPY,…), maar is “{line}”. Kies {expected}.",
  "ecbFile.badColumn":
    "De kop noemt een kolom “{code}”: na Date moet elke kolom een muntcode van drie letters zijn, zoals USD.",
  "ecbFile.twice": "De kop noemt {code} twee keer: elke munt heeft één kolom.",
  "ecbFile.empty": "Het bestand is leeg. Kies {expected}.",
  "ecbFile.noRates":
    "Het bestand heeft een kop maar geen koersen: download het volledige bestand opnieuw bij de ECB.",
  "ecbFile.fieldCount":
    "Regel {line} heeft {fields} velden waar de kop er {headerFields} heeft: het bestand is afgebroken of na het downloaden gewijzigd.",
  "ecbFile.notDate": "Regel {line}: “{date}” is geen datum; de ECB schrijft JJJJ-MM-DD.",
  "ecbFile.repeated":
    "Regel {line}: {date} staat er twee keer; het bestand van de ECB vermeldt elke dag één keer, de nieuwste eerst.",
  "ecbFile.outOfOrder":
    "Regel {line}: {date} staat niet op zijn plaats; het bestand van de ECB vermeldt elke dag één keer, de nieuwste eerst.",
  "ecbFile.notRate":
    "Regel {line}, {code}: “{field}” is geen koers; een koers is een positief getal met een punt als decimaalteken en hoogstens {digits} significante cijfers (1.1894), of “N/A”.",
  "ecbFile.extraValue":
    "Regel {line} heeft een waarde na de laatste muntkolom: het bestand is na het downloaden gewijzigd.",
  "ecbFile.zipDamaged":
    "Het zipbestand is beschadigd of onvolledig ({reason}): download eurofxref-hist.zip opnieuw bij de ECB, of kies de CSV erin.",
  "ecbFile.zipEntryTooLarge":
    "{name} in de zip is groter dan {megabytes} MB: het is niet het historiekbestand van de ECB.",
  "ecbFile.zipNoCsv": "De zip bevat geen CSV-bestand. Kies {expected}.",
  "ecbFile.zipManyCsv":
    "De zip bevat {count} CSV-bestanden en geen ervan is eurofxref-hist.csv. Kies {expected}.",
  "ecbFile.tooLarge":
    "Het bestand is groter dan {megabytes} MB: het is niet het historiekbestand van de ECB.",
  "ecbFile.notText": "Het bestand is geen tekst (en geen zip): kies {expected}.",
  "ecbFile.notKept":
    "Het bestand is geldig, maar de opslag van de browser heeft het niet bewaard ({reason}); het eerder bewaarde bestand is ongewijzigd.",
  "storage.refused": "de opslag van de browser weigerde het verzoek",
  "storage.notKept": "de opslag van de browser heeft het bestand niet bewaard",
  "storage.full": "de opslag van de browser is vol",
  "storage.refusedAs": "de opslag van de browser weigerde het verzoek ({name})",
  "source.pinned": "vastgelegd",
  "source.ecbLive": "ECB live",
  "source.ecbFile": "ECB-bestand",
  "source.bundled": "meegeleverd",
  "citation.sameCurrency": "Dezelfde valuta: 1 {code} = 1 {code}",
  "citation.bundledUsd":
    "Dagreeksen van {publisher} via {dataset} (koers tegenover de Amerikaanse dollar)",
  "citation.bundledCross":
    "Dagreeksen van {publisher} via {dataset} (kruiskoers via de Amerikaanse dollar)",
  "citation.fixedRate": "{cited}; {code} tegen zijn vaste koers van {factor} per {anchor}",
  "citation.ecbLive": "Euroreferentiekoers van de ECB via {service}",
  "citation.ecbLiveCross":
    "Euroreferentiekoersen van de ECB (kruiskoers via de euro) via {service}",
  "citation.live": "live",
  "citation.cached": "uit de cache, opgehaald op {day}",
  "citation.retrieved": "{cited} ({retrieval})",
  "citation.ecbFile": "Euroreferentiekoers van de ECB (ECB-historiebestand)",
  "citation.ecbFileCross":
    "Euroreferentiekoersen van de ECB (ECB-historiebestand, kruiskoers via de euro)",
  "citation.fallback": "{cited} (ECB-koersen niet beschikbaar: {reason})",
  "citation.pinned": "{source} (vastgelegd in deze werkmap op {day})",
  "weekday.Monday": "een maandag",
  "weekday.Tuesday": "een dinsdag",
  "weekday.Wednesday": "een woensdag",
  "weekday.Thursday": "een donderdag",
  "weekday.Friday": "een vrijdag",
  "weekday.Saturday": "een zaterdag",
  "weekday.Sunday": "een zondag",
  "dates.notADate":
    "Een datum moet een datumcel, een datumserienummer of tekst JJJJ-MM-DD zijn, bijvoorbeeld 2021-03-09.",
  "dates.serialOutside":
    "{serial} is geen datum in het {system}-datumsysteem van Excel: datumserienummers lopen van {firstSerial} ({firstDate}) tot {lastSerial} ({lastDate}).",
  "dates.phantomLeapDay":
    "Serienummer 60 is in Excel 29 februari 1900, een dag die nooit heeft bestaan (1900 was geen schrikkeljaar); gebruik 28 februari 1900 (serienummer 59) of 1 maart 1900 (serienummer 61).",
  "dates.notWholeDay": "{day} is geen geheel dagnummer.",
  "dates.noSerial":
    "Het {system}-datumsysteem van Excel heeft geen serienummer voor die dag: de datums lopen van {firstDate} tot {lastDate}.",
  "dates.notIso":
    "“{text}” is geen datum: gebruik tekst JJJJ-MM-DD, bijvoorbeeld 2021-03-09, of een datumcel.",
  "dates.yearTooEarly": "“{text}”: het jaar moet 0001 of later zijn.",
  "dates.badMonth": "“{text}”: de maand moet tussen 01 en 12 liggen.",
  "dates.noSuchDay": "“{text}” bestaat niet: {month} heeft de dagen 01 tot en met {days}.",
};
