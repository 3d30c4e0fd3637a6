/**
 * The DESK functions' messages in French (see en.ts, the source). Typography: a narrow no-break space before ; : ! ? and a no-break space inside « », as French
 * newsrooms set them; argument values a formula takes stay as they are typed.
 */
import type { FunctionMessages } from "./en";

export const FUNCTION_MESSAGES_FR: FunctionMessages = {
  "arg.amount": "montant",
  "arg.from": "de",
  "arg.to": "vers",
  "arg.date": "date",
  "arg.rule": "règle",
  "arg.full_precision": "précision_totale",
  "arg.part": "partie",
  "arg.total": "total",
  "arg.id": "identifiant",
  "arg.place": "lieu",
  "arg.year": "année",
  "arg.source": "source",
  "arg.region": "région",
  "arg.basis": "base",
  "cell.empty": "une cellule vide",
  "cell.text": "le texte « {text} »",
  "cell.true": "VRAI",
  "cell.false": "FAUX",
  "cell.otherType": "une valeur de type {type}",
  "cell.excelError": "une erreur Excel dans une cellule d’argument",
  "input.notNumber": "L’argument {name} doit être un nombre, pas {got}.",
  "input.notFinite": "L’argument {name} doit être un nombre fini, pas {got}.",
  "input.notText": "L’argument {name} doit être un texte, pas {got}.",
  "grid.shapeMismatch":
    "{name} compte {rows}×{cols} cellules, mais {other} en compte {otherRows}×{otherCols} : donnez des plages de même forme, une seule ligne ou colonne qui leur correspond, ou une seule cellule.",
  "rows.oneRowPerInput":
    "Cette fonction répond par une ligne par entrée : donnez des cellules seules ou une colonne d’entrées, pas une ligne ni un bloc.",
  "share.partNegative": "La partie doit être positive ou nulle, pas {part}.",
  "share.totalNegative": "Le total doit valoir plus de zéro, pas {total}.",
  "share.totalZero": "Le total est nul : une part de zéro n’a pas de sens.",
  "share.partOverTotal":
    "La partie ({part}) dépasse le total ({total}) : une part ne peut excéder 1.",
  "figures.unknownId":
    "Aucun chiffre du jeu de données n’a l’identifiant « {id} ». Les identifiants figurent dans le volet (les chiffres de chaque tableau) et sur la feuille Sources, par exemple « seized.be.2023.euda ».",
  "figures.yearNotCovered":
    "Aucun chiffre publié pour {place} en {year}. Années couvertes : {first}–{last}.",
  "figures.notReported":
    "Aucune source du jeu de données ne donne de chiffre pour {place} en {year} (non communiqué). Pour {year}, il contient : {others}.",
  "figures.noPlace": "aucun",
  "figures.unknownPlace":
    "Aucune série de saisies pour « {place} ». Lieux : {places} (code ISO ou nom anglais ; les ports par le nom de leur ville).",
  "figures.wholeYear": "L’année doit être une année entière, comme 2021, pas {year}.",
  "figures.unknownSource": "Source inconnue : « {source} ». Sources : {sources}.",
  "figures.noSourceFigure":
    "Aucun chiffre « {source} » pour {place} en {year}. Publiés pour cette année : {published}.",
  "figures.notTonnes": "Le chiffre {id} n’est pas une quantité en tonnes.",
  "figures.unknownRegion": "Région inconnue : « {region} ». Régions : {regions}.",
  "figures.unknownBasis": "Base inconnue : « {basis} ». Bases : {bases}.",
  "figures.defaultBasis": "prosecutor (par défaut)",
  "figures.noUserShare":
    "La source « {basis} » ne donne pas de part d’utilisateurs de Sky ECC pour {region}.",
  "figures.noUserCount":
    "La source « {basis} » ne donne pas de nombre d’utilisateurs de Sky ECC pour {region}.",
  "figures.notNumber": "Le chiffre {id} n’est pas un nombre.",
  "rates.badCode":
    "L’argument {name} doit être un code de devise ISO 4217, comme EUR, USD ou COP, pas {got}.",
  "rates.emptyDate":
    "date : la cellule de date est vide. Donnez une cellule de date ou un texte AAAA-MM-JJ, ou retirez l’argument date de la formule pour obtenir le dernier taux.",
  "rates.badDate": "date : {reason}",
  "rates.badRule": "La règle doit être « previous », « next » ou « exact », pas {got}.",
  "rates.engine": "{message}",
  "rates.tooLarge": "Le montant {amount} est trop grand pour être converti.",
  "rates.badFullPrecision":
    "précision_totale doit être VRAI (le taux avant arrondi) ou FAUX (le taux tel que DESK.RATE l’affiche), ou être omis ; reçu : {got}.",
  "rates.dateSystemUnknown":
    "date : le système de dates du classeur (1900 ou 1904) n’est pas encore connu : ouvrez le volet Seizure Desk, et la cellule sera recalculée",
  "rates.dateUsedSystemUnknown":
    "date utilisée : le système de dates du classeur (1900 ou 1904) n’est pas encore connu : ouvrez le volet Seizure Desk, et la cellule sera recalculée",
  "rates.ruleHint":
    "La règle doit être « previous » (le dernier taux publié avant un jour qui n’en a pas), « next » ou « exact ».",
  "rates.unknownCurrency":
    "« {code} » n’est pas une devise couverte par les taux intégrés. Utilisez un code ISO : {codes}.",
  "rates.notACurrency":
    "Cette valeur n’est pas une devise couverte par les taux intégrés. Utilisez un code ISO : {codes}.",
  "rates.dateBetween": "Une date doit être comprise entre le {first} et le {last}.",
  "rates.dateCellOrIso":
    "Une date doit être une cellule de date ou un texte AAAA-MM-JJ, par exemple 2021-03-09.",
  "rates.dayNumber": "jour {day}",
  "rates.noCommonDay": "Aucun jour n’a de taux intégrés à la fois pour {from} et pour {to}.",
  "rates.bundledRange": "les taux {pair} intégrés vont du {first} au {last}",
  "rates.noBundledRateOn":
    "Les taux intégrés n’ont pas de taux {pair} pour le {day} ({weekday}) ; les plus proches sont ceux du {before} (règle « previous ») et du {after} (règle « next »).",
  "rates.outsideBundled": "La date du {day} sort de la période des taux intégrés : {range}.",
  "rates.staleBundled":
    "Le taux {pair} intégré le plus proche du {day} selon la règle « {rule} » est celui du {found}, à {gap} jours ; un taux éloigné de plus de {max} jours de la date demandée n’est pas utilisé ({range}).",
  "rates.ecbNoRateOn": "La BCE n’a publié aucun taux {pair} le {day} ({weekday}).",
  "rates.ecbFileNoPair": "Le fichier historique de la BCE n’a pas de taux {pair}.",
  "rates.ecbFileNoRateNear":
    "Le fichier historique de la BCE n’a pas de taux {pair} à moins de {max} jours du {day} selon la règle « {rule} ».",
  "rates.ecbStart": "les taux de référence de la BCE commencent le {day}",
  "rates.future": "le {day} est dans le futur",
  "rates.ecbNoneNear": "la BCE n’a publié aucun taux {pair} proche du {day}",
  "rates.ecbNoRatePublished":
    "Aucun taux de référence {pair} de la BCE n’a été publié le {day} ({weekday}) ; les plus proches sont ceux du {before} (règle « previous ») et {next}.",
  "rates.nextRule": "du {day} (règle « next »)",
  "rates.noneYet": "aucun pour l’instant après cette date",
  "rates.ecbNoPair": "La BCE ne publie pas de taux {pair}.",
  "rates.ecbUnavailable": "Taux de la BCE indisponibles : {failure}.",
  "rates.ecbNotFetched": "les taux n’ont pas pu être récupérés",
  "rates.ecbServiceNoRate": "Le service de la BCE n’a pas de taux : {reason}.",
  "rates.noSource":
    "{why} Taux {pair} le plus récent par source : {newest}. Connectez-vous au service de taux, ou importez le fichier historique de la BCE (eurofxref-hist.zip) dans le volet.",
  "pins.insideExcelOnly":
    "Les taux sont figés dans un classeur : cette commande ne fonctionne que dans Excel.",
  "pins.refetchFailed":
    "Les taux n’ont pas pu être récupérés à nouveau ({reason}) ; les taux figés restent inchangés.",
  "rates.engineNotFetched":
    "Le code des taux de change du complément n’a pas pu être chargé ({reason}) ; la prochaine formule de taux réessaiera.",
  "service.sentNotObject": "le service de taux a envoyé autre chose qu’un objet JSON",
  "service.sentBase": "le service de taux a envoyé des taux par rapport à {base}, pas à {expected}",
  "service.sentAmount": "le service de taux a envoyé des taux pour un montant de {amount}",
  "service.sentNoRates": "le service de taux a envoyé une réponse sans objet « rates »",
  "service.sentNotDate": "le service de taux a envoyé « {text} » là où une date est attendue",
  "service.sentOutside": "le service de taux a envoyé le {day}, hors de la plage de dates demandée",
  "service.sentSampled":
    "le service de taux a envoyé une série échantillonnée (aucun taux du {from} au {to})",
  "service.sentNoRatesFor": "le service de taux n’a envoyé aucun taux pour le {day}",
  "service.sentBadRate": "le service de taux a envoyé {value} comme taux {code} du {day}",
  "rateAsset.unreadable": "fichier des taux illisible : {reason}",
  "rateAsset.notAsset": "ce n’est pas un fichier de taux de Seizure Desk.",
  "rateAsset.version": "version {version}, alors que la version {expected} est attendue.",
  "rateAsset.digits": "{digits} chiffres significatifs, hors de la plage admise.",
  "rateAsset.truncatedHeader": "en-tête tronqué.",
  "rateAsset.truncatedRecords": "enregistrements de devises tronqués.",
  "rateAsset.truncatedBody": "corps tronqué.",
  "rateAsset.noValues": "aucune valeur pour {code}.",
  "rateAsset.badPeg": "taux fixe invalide pour {code}.",
  "rateAsset.unknownKind": "type d’enregistrement inconnu {kind} pour {code}.",
  "rateAsset.badRange": "plage de dates invalide pour {code}.",
  "rateAsset.countsMismatch":
    "{code} : le nombre de valeurs et de jours manquants ne remplit pas sa plage de dates.",
  "rateAsset.badValueCount": "nombre de valeurs invalide pour {code}.",
  "rateAsset.noBase": "aucune devise de base ou aucune série.",
  "rateAsset.streamEnds": "le flux des taux s’arrête trop tôt.",
  "rateAsset.valuesMismatch": "{code} : ses jours et ses valeurs ne concordent pas.",
  "rateAsset.pegNoSeries": "{code} est fixé à {anchor}, qui n’a pas de série.",
  "rateAsset.pegOutside": "{code} dépasse la plage de dates de {anchor}.",
  "rates.bundledNotLoaded":
    "Les taux de change intégrés n’ont pas pu être chargés depuis {url} ({reason}).",
  "rates.timedOut": "délai dépassé",
  "rates.reasons": "{first} {then}",
  "rates.noSourceAvailable": "Aucune source de taux n’est disponible.",
  "rates.newestOfSource": "{source} : {day}",
  "rates.newestNone": "aucun",
  "rates.list": "{first} ; {rest}",
  "service.offline": "{origin} est injoignable : cet ordinateur est hors ligne",
  "service.policy":
    "{origin} ne fait pas partie des adresses auxquelles cette page peut se connecter : sa Content-Security-Policy n’autorise que le service de taux pour lequel le complément a été construit (RATES_API_URL) ; choisissez ce service ci-dessous",
  "service.noCors":
    "{origin} a répondu, mais sans l’en-tête CORS (Access-Control-Allow-Origin) qui permet à cette page de lire la réponse",
  "service.unreachable":
    "{origin} est injoignable : pas de connexion (le serveur est arrêté ou refuse les connexions, l’adresse est fausse, ou un pare-feu la bloque)",
  "service.unreachableBecause": "{origin} est injoignable ({error})",
  "service.httpStatus": "{origin} a répondu HTTP {status}",
  "service.notJson": "{origin} a envoyé une réponse qui n’est pas du JSON",
  "service.timeout": "{origin} n’a pas répondu en {seconds} s",
  "service.movedTo":
    "le service de taux {baseUrl} a déménagé vers {newBase} (il répond par une redirection, que ce complément ne suit pas) ; construisez le complément avec RATES_API_URL={newBase} et choisissez-le ci-dessous",
  "service.moved":
    "le service de taux {baseUrl} a déménagé vers une autre adresse (il répond par une redirection, que ce complément ne suit pas) ; construisez le complément avec RATES_API_URL=<sa nouvelle adresse> et choisissez-le ci-dessous",
  "service.notUrl": "« {text} » n’est pas une URL ; utilisez par exemple {example}",
  "service.notHttps": "Le service de taux doit utiliser https.",
  "service.baseOnly":
    "Donnez seulement l’URL de base du service : sans nom d’utilisateur, paramètres de requête ni #fragment.",
  "service.notAllowed":
    "Ce complément ne peut se connecter qu’à {origins} ; {origin} demande une version construite avec RATES_API_URL réglé sur cette adresse.",
  "service.noService": "aucun service de taux",
  "ecbFile.expected":
    "le fichier eurofxref-hist.zip ou eurofxref-hist.csv de la BCE (une colonne Date, puis une colonne par devise, le jour le plus récent en premier)",
  "ecbFile.notHistory":
    "Ce n’est pas le fichier d’historique de la BCE : sa première ligne devrait être « Date, » suivi de codes de devises (Date,USD,JPY,…), mais c’est « {line} ». Choisissez {expected}.",
  "ecbFile.badColumn":
    "L’en-tête nomme une colonne « {code} » : après Date, chaque colonne doit être un code de devise de trois lettres comme USD.",
  "ecbFile.twice": "L’en-tête nomme {code} deux fois : chaque devise a une seule colonne.",
  "ecbFile.empty": "Le fichier est vide. Choisissez {expected}.",
  "ecbFile.noRates":
    "Le fichier a son en-tête mais aucun taux : téléchargez à nouveau le fichier complet depuis le site de la BCE.",
  "ecbFile.fieldCount":
    "La ligne {line} a {fields} champs là où l’en-tête en a {headerFields} : le fichier est tronqué ou a été modifié après le téléchargement.",
  "ecbFile.notDate": "Ligne {line} : « {date} » n’est pas une date ; la BCE écrit AAAA-MM-JJ.",
  "ecbFile.repeated":
    "Ligne {line} : {date} apparaît deux fois ; le fichier de la BCE liste chaque jour une fois, le plus récent en premier.",
  "ecbFile.outOfOrder":
    "Ligne {line} : {date} n’est pas à sa place ; le fichier de la BCE liste chaque jour une fois, le plus récent en premier.",
  "ecbFile.notRate":
    "Ligne {line}, {code} : « {field} » n’est pas un taux ; un taux est un nombre positif, avec un point comme séparateur décimal et au plus {digits} chiffres significatifs (1.1894), ou « N/A ».",
  "ecbFile.extraValue":
    "La ligne {line} a une valeur après la dernière colonne de devise : le fichier a été modifié après le téléchargement.",
  "ecbFile.zipDamaged":
    "Le fichier zip est endommagé ou incomplet ({reason}) : téléchargez à nouveau eurofxref-hist.zip depuis le site de la BCE, ou choisissez le CSV qu’il contient.",
  "ecbFile.zipEntryTooLarge":
    "{name} dans le zip dépasse {megabytes} Mo : ce n’est pas le fichier d’historique de la BCE.",
  "ecbFile.zipNoCsv": "Le zip ne contient aucun fichier CSV. Choisissez {expected}.",
  "ecbFile.zipManyCsv":
    "Le zip contient {count} fichiers CSV et aucun n’est eurofxref-hist.csv. Choisissez {expected}.",
  "ecbFile.tooLarge":
    "Le fichier dépasse {megabytes} Mo : ce n’est pas le fichier d’historique de la BCE.",
  "ecbFile.notText": "Le fichier n’est pas du texte (ni un zip) : choisissez {expected}.",
  "ecbFile.notKept":
    "Le fichier est valide, mais le stockage du navigateur ne l’a pas gardé ({reason}) ; le fichier gardé auparavant est inchangé.",
  "storage.refused": "le stockage du navigateur a refusé la demande",
  "storage.notKept": "le stockage du navigateur n’a pas gardé le fichier",
  "storage.full": "le stockage du navigateur est plein",
  "storage.refusedAs": "le stockage du navigateur a refusé la demande ({name})",
  "source.pinned": "figé",
  "source.ecbLive": "BCE en direct",
  "source.ecbFile": "fichier BCE",
  "source.bundled": "intégrés",
  "citation.sameCurrency": "Même devise : 1 {code} = 1 {code}",
  "citation.bundledUsd":
    "Séries quotidiennes {publisher} via {dataset} (taux par rapport au dollar américain)",
  "citation.bundledCross":
    "Séries quotidiennes {publisher} via {dataset} (taux croisé via le dollar américain)",
  "citation.fixedRate": "{cited} ; {code} à son taux fixe de {factor} pour 1 {anchor}",
  "citation.ecbLive": "Taux de référence de l’euro de la BCE via {service}",
  "citation.ecbLiveCross":
    "Taux de référence de l’euro de la BCE (taux croisé via l’euro) via {service}",
  "citation.live": "en direct",
  "citation.cached": "en cache, récupéré le {day}",
  "citation.retrieved": "{cited} ({retrieval})",
  "citation.ecbFile": "Taux de référence de l’euro de la BCE (fichier d’historique de la BCE)",
  "citation.ecbFileCross":
    "Taux de référence de l’euro de la BCE (fichier d’historique de la BCE, taux croisé via l’euro)",
  "citation.fallback": "{cited} (taux de la BCE indisponibles : {reason})",
  "citation.pinned": "{source} (figé dans ce classeur le {day})",
  "weekday.Monday": "un lundi",
  "weekday.Tuesday": "un mardi",
  "weekday.Wednesday": "un mercredi",
  "weekday.Thursday": "un jeudi",
  "weekday.Friday": "un vendredi",
  "weekday.Saturday": "un samedi",
  "weekday.Sunday": "un dimanche",
  "dates.notADate":
    "Une date doit être une cellule de date, un numéro de série de date ou un texte AAAA-MM-JJ, par exemple 2021-03-09.",
  "dates.serialOutside":
    "{serial} n’est pas une date dans le système de dates {system} d’Excel : les numéros de série vont de {firstSerial} ({firstDate}) à {lastSerial} ({lastDate}).",
  "dates.phantomLeapDay":
    "Le numéro de série 60 est le 29 février 1900 d’Excel, un jour qui n’a jamais existé (l’année 1900 n’était pas bissextile) ; utilisez le 28 février 1900 (numéro 59) ou le 1er mars 1900 (numéro 61).",
  "dates.notWholeDay": "{day} n’est pas un numéro de jour entier.",
  "dates.noSerial":
    "Le système de dates {system} d’Excel n’a pas de numéro de série pour ce jour : ses dates vont du {firstDate} au {lastDate}.",
  "dates.notIso":
    "« {text} » n’est pas une date : utilisez un texte AAAA-MM-JJ, par exemple 2021-03-09, ou une cellule de date.",
  "dates.yearTooEarly": "« {text} » : l’année doit être 0001 ou postérieure.",
  "dates.badMonth": "« {text} » : le mois doit aller de 01 à 12.",
  "dates.noSuchDay": "« {text} » n’existe pas : le mois {month} compte les jours 01 à {days}.",
};
