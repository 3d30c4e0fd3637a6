/**
 * Les textes des tableaux insérés et de la feuille Sources, en français. Keys follow the English texts in
 * src/data (see core/i18n/englishTexts.ts); the typography (no-break spaces) is applied by frenchSpacing.
 */
import type { DatasetTexts } from "../../core/i18n/datasetTexts";
import { frenchSpacing } from "./typography";

/** Reasons the changelog gives several figures of one version (see the changelog below). */
const WHY_FR = {
  policeThreeYears:
    "Bilan à trois ans de la police fédérale belge (9 mars 2024), qui comble le vide entre décembre 2023 et février 2026.",
  policeOctober2024:
    "Résultats de la police fédérale du 28 octobre 2024 (RTL), qui remplacent les chiffres d’octobre 2024 cités d’après la page d’accueil de Bruzz.",
  antwerpHalfYear: "Communiqué semestriel de la douane belge (juillet 2025).",
  afpCustoms2024: "L’AFP sur les résultats 2024 de la douane : infractions et grosses saisies.",
  latinAmerica:
    "Cocaïne à destination de la Belgique interceptée en Amérique latine ; l’AFP et Belga divergent, les deux chiffres sont gardés.",
  southAmericaHalfYear:
    "Cocaïne à destination de la Belgique interceptée en Amérique du Sud, au premier semestre de l’année (The Brussels Times).",
  retrievers:
    "Arrestations de personnes qui sortaient de la drogue de conteneurs à Rotterdam (OM, via l’ANP).",
  vlissingen: "Flessingue, le chiffre de chaque périmètre tenu à part.",
  seaportsHalfYear: "Totaux semestriels de la douane néerlandaise pour les ports maritimes.",
  encroVerdict:
    "Jugement du méga-procès Encro (Bruxelles, 29 octobre 2024), pour le nouveau tableau des procès.",
  encroAppeal: "Le procès en appel Encro, pour le nouveau tableau des procès.",
  parisCase:
    "L’affaire de Paris contre les concepteurs et distributeurs de Sky ECC, pour le nouveau tableau des procès.",
  dutchDistributors:
    "Arrestations aux Pays-Bas de distributeurs de Sky ECC (janvier 2025), pour le nouveau tableau des procès.",
  justicePage:
    "Valeur inchangée ; cité d’après la page du ministère de la Justice du 9 mars 2022 au lieu de sa page d’accueil.",
  claimConfidence:
    "Valeur inchangée ; fiabilité abaissée d’élevée à faible : les sources primaires contredisent l’affirmation ou ne l’ont jamais faite, et le niveau dit désormais dans quelle mesure les sources appuient une affirmation.",
};

const texts: DatasetTexts = frenchSpacing({
  words: {
    locale: "fr-FR",
    listSeparator: " ; ",
    colon: " : ",
    dayMonth: "{day} {month}",
    sourcesPrefix: "Sources : ",
    notePrefix: "Note : ",
    legendPrefix: "Signes devant un nombre, selon la réserve qu’exprime la source : ",
    legend: {
      about: "environ",
      nearly: "près de (juste en dessous)",
      "more than": "plus de",
      "at least": "au moins",
    },
    qualifiers: {
      about: "environ",
      nearly: "près de",
      "more than": "plus de",
      "at least": "au moins",
      from: "à partir de",
    },
    fromPrefix: "dès ",
    derivedHeading: "Calculé, non publié",
    provisionalHeading: "Provisoire",
    withheldHeading:
      "Parts et évolutions laissées vides parce qu’une donnée d’entrée est une borne, une partie d’année, un chiffre provisoire ou calculé",
    verdicts: { agrees: "conforme", differs: "diffère", not_found: "introuvable" },
    confidence: { high: "élevée", medium: "moyenne", low: "faible" },
    units: {
      tonnes: "t",
      kg: "kg",
      persons: "personnes",
      searches: "perquisitions",
      firearms: "armes à feu",
      weapons: "armes",
      seizures: "saisies",
      devices: "appareils",
      users: "utilisateurs",
      messages: "messages",
      messages_per_day: "messages par jour",
      cases: "dossiers",
      judgments: "jugements",
      years_prison: "années de prison",
      EUR: "€",
      USD: "US$",
      EUR_per_3_months: "€ par trimestre",
      EUR_per_6_months: "€ par semestre",
      EUR_per_year: "€ par an",
      USD_per_6_months: "US$ par semestre",
      share: "%",
      share_points: "points de pourcentage",
      days: "jours",
      years: "ans",
      convictions: "condamnations",
      date: "date",
      text: "texte",
    },
    // After a difference of shares, the glossary's short form of "points de pourcentage", as the header says it.
    formatUnits: { share_points: " pts" },
    perPeriod: {
      EUR_per_3_months: "par trimestre",
      EUR_per_6_months: "par semestre",
      EUR_per_year: "par an",
      USD_per_6_months: "par semestre",
    },
    // No-break space: the amount and its currency stay on one line.
    money: "{amount}\u00a0{symbol}",
    million: ["million", "millions"],
    billion: ["milliard", "milliards"],
    singularBelowTwo: true,
    places: {
      BE: "Belgique",
      NL: "Pays-Bas",
      DE: "Allemagne",
      ES: "Espagne",
      FR: "France",
      IT: "Italie",
      PT: "Portugal",
      AR: "Argentine",
      EU: "Union européenne",
      WORLD: "Monde",
      "BE+NL": "Belgique et Pays-Bas",
      "Antwerp area": "région d’Anvers",
      "Antwerp district": "arrondissement d’Anvers",
      "Antwerp port": "port d’Anvers",
      "Hamburg port": "port de Hambourg",
      "Hamburg port + Antwerp port": "ports de Hambourg et d’Anvers",
      "Rotterdam port": "port de Rotterdam",
      "Algeciras port": "port d’Algésiras",
      "Vlissingen port": "port de Flessingue",
      "Latin America": "Amérique latine",
      "South America": "Amérique du Sud",
      Brussels: "Bruxelles",
      Paris: "Paris",
    },
    homePageRemark: "(page d’accueil de l’éditeur : la page elle-même n’a pas été relevée)",
    sameReport: "(la même dépêche {wire} que {publisher})",
    unknownSource: "[source inconnue {id}]",
    datasetVersionLabel: "Version du jeu de données Seizure Desk",
  },
  sources: {
    marker: "Sources (rédigé par Seizure Desk)",
    sheetName: "Sources",
    fallbackSheetName: "Sources (Seizure Desk)",
    intro:
      "Chaque chiffre documenté et chaque taux de change qu’utilise ce classeur, avec sa provenance, pour que chaque nombre puisse être vérifié sans le complément Seizure Desk. Rédigé le {isoDate}.",
    tablesHeading: "Tableaux du catalogue Seizure Desk",
    tablesHeader: [
      "Tableau",
      "Identifiant au catalogue",
      "Feuille",
      "Tableau Excel",
      "Période",
      "Sources",
    ],
    noTables: "Aucun dans ce classeur.",
    figuresHeading: "Chiffres",
    figuresHeader: [
      "Identifiant du chiffre",
      "Mesure",
      "Lieu",
      "Période",
      "Valeur",
      "Unité",
      "Réserve",
      "Fiabilité",
      "Utilisé dans",
      "Note",
      "Référence",
      "Lien",
    ],
    ratesHeading: "Taux de change utilisés par DESK.CONVERT et DESK.RATE",
    ratesHeader: [
      "De",
      "Vers",
      "Date demandée",
      "Date utilisée",
      "Règle",
      "Taux (unités de « Vers » pour 1 unité de « De »)",
      "Source",
    ],
    sourcesHeading: "Sources citées",
    sourcesHeader: [
      "Identifiant de la source",
      "Éditeur",
      "Titre",
      "Date",
      "Langue",
      "Note",
      "Lien",
    ],
    noneUsed: "Aucun.",
    none: "Aucune.",
    notInDataset: "Absent de cette version du jeu de données",
    functionsUse: "fonctions DESK",
    tableUse: "tableau {id}",
    rules: {
      previous: "dernier taux publié à la date ou avant",
      next: "premier taux publié à la date ou après",
      exact: "le taux de cette date uniquement",
    },
    shareUnit: "part (affichée en %)",
    homePageNote:
      "Le lien mène à la page d’accueil de l’éditeur : la page portant le chiffre n’a pas été relevée.",
  },
  tables: {
    "operation-day-2021-03-09": {
      title: "Le jour de l’opération, 9 mars 2021 : Belgique et Pays-Bas",
      description:
        "Policiers, perquisitions, arrestations, argent liquide et armes à feu le jour même, les sources primaires à côté des affirmations de l’article.",
      period: "9 mars 2021",
      headers: [
        "Pays et source",
        "Policiers mobilisés (personnes)",
        "Perquisitions",
        "Arrestations (personnes)",
        "Argent liquide saisi (€)",
        "Armes saisies",
        "Armes comptées comme",
      ],
      labels: [
        "Belgique : parquet fédéral",
        "Belgique : récits ultérieurs",
        "Belgique : l’article",
        "Pays-Bas : police néerlandaise",
        "Pays-Bas : l’article",
      ],
      notes: [
        "Cellules vides : non publié. Aucun décompte belge des armes n’a été publié (les « dizaines » de l’article ne peuvent être vérifiées) ; aucun chiffre néerlandais n’a été publié pour les policiers mobilisés ni pour l’argent liquide.",
        "Les chiffres de l’article pour la Belgique concordent avec ceux du parquet fédéral ; des récits ultérieurs avancent davantage de policiers que le parquet le jour même.",
        "Pays-Bas : police néerlandaise, opération Argus ; toutes les armes à feu ont été saisies à Rotterdam, et {op.nl.arrests.before} avaient été arrêtées dans les semaines précédentes.",
      ],
    },
    "record-seizures-2021": {
      title: "Saisies record de cocaïne, février–avril 2021",
      description:
        "Les 16 t de Hambourg, les 7,2 t d’Anvers destinées aux Pays-Bas, les totaux d’Anvers, avec à côté les 17 / 16 / 7 t de l’article.",
      period: "févr.–avr. 2021",
      headers: [
        "Saisie",
        "Lieu",
        "Saisi (t)",
        "Période",
        "Découverte (date)",
        "Annonce (date)",
        "Chiffre de l’article (t)",
        "Verdict sur l’article",
      ],
      labels: [
        "Conteneurs en provenance du Paraguay, boîtes de mastic",
        "Même saisie, poids exact (parquet néerlandais)",
        "Conteneur de blocs de bois en provenance du Panama, à destination des Pays-Bas",
        "Même saisie, date selon la douane allemande",
        "Toutes les saisies de l’enquête Sky ECC à Anvers",
        "Saisies pendant la lecture des messages en direct",
        "Plus grosse saisie unique",
      ],
      notes: [
        "Les « {article.seized.be.17t} saisies mardi » de l’article sont le total de saisies distinctes à Anvers sur toute l’enquête ; ses {article.seized.de.16t} de « la semaine dernière » avaient été découvertes environ quatre semaines plus tôt ; ses {article.seized.nl.7t} « aux Pays-Bas » ont été découvertes à Anvers.",
        "Les saisies de février à Hambourg et à Anvers, {seizure.hamburg-antwerp.2021-02.combined} au total, ont été présentées par la police néerlandaise comme la plus grande quantité saisie dans une seule enquête.",
        "La date de la saisie des blocs de bois à Anvers diffère d’un jour selon les sources. La phase de lecture en direct a duré {seizure.antwerp.livephase.days} ; la cocaïne saisie était estimée à {seizure.antwerp.livephase.value}.",
        "Les lignes se recoupent : le total de la lecture en direct ({seizure.antwerp.livephase}) comprend la saisie des blocs de bois du 20 février ({seizure.antwerp.2021-02.wood}) et la plus grosse saisie unique des 2 et 3 avril ({seizure.antwerp.2021-04-03}) ; ne pas les additionner.",
      ],
    },
    "sky-ecc-in-numbers": {
      title: "Sky ECC en chiffres",
      description:
        "Utilisateurs et appareils dans le monde, en Belgique et aux Pays-Bas, messages, prix et prime au piratage.",
      period: "2021",
      headers: ["Mesure", "Valeur", "Unité", "Période", "Source"],
      labels: [
        "Utilisateurs dans le monde (Europol)",
        "Appareils distribués dans le monde (De Tijd)",
        "Utilisateurs dans le monde (justice belge)",
        "Utilisateurs surveillés depuis la mi-février 2021 (Europol)",
        "Appareils actifs chaque mois (parquet belge)",
        "Utilisateurs en Belgique (parquet belge)",
        "Utilisateurs aux Pays-Bas (parquet belge)",
        "Comptes aux Pays-Bas (police néerlandaise)",
        "Messages interceptés (parquet belge)",
        "Part déchiffrée au 9 mars 2021",
        "Messages interceptés (Europol)",
        "Messages d’utilisateurs néerlandais (police néerlandaise)",
        "Messages par jour (Europol)",
        "Abonnement, un an",
        "Abonnement, trois mois",
        "Téléphone",
        "Prime offerte pour casser Sky ECC",
        "Même prime en euros",
        "Téléphones saisis en Belgique dans des affaires antérieures",
      ],
      notes: [
        "Les sources ne comptent pas la même chose : utilisateurs (des personnes), appareils distribués, appareils actifs chaque mois, comptes.",
        "La fourchette de prix de l’article ({article.skyecc.price.low} à {article.skyecc.price.high}) ne correspond à aucune source.",
        "Aucun total européen des arrestations et des saisies issues de Sky ECC n’a été trouvé : Europol publie ses résultats opération par opération.",
      ],
    },
    "sky-ecc-user-shares": {
      title: "Part des utilisateurs de Sky ECC par région, selon la source",
      description:
        "La Belgique, les Pays-Bas, les deux, et la région d’Anvers : le parquet belge, Europol, la police néerlandaise et l’article.",
      period: "début 2021",
      headers: [
        "Région",
        "Parquet belge : part (%)",
        "Parquet belge : utilisateurs",
        "Europol : part (%)",
        "Police néerlandaise : part (%)",
        "Police néerlandaise : comptes",
        "L’article : part (%)",
        "Article moins parquet (points de pourcentage)",
      ],
      labels: ["Belgique", "Pays-Bas", "Belgique et Pays-Bas", "Région d’Anvers"],
      notes: [
        "La part de chaque source repose sur sa propre base : pour le parquet, {skyecc.devices.active.prosecutor} actifs chaque mois ; pour Europol, {skyecc.users.worldwide.europol} ; pour la police néerlandaise, {skyecc.users.worldwide.dutch-police} dans le monde. Les parts ne sont jamais calculées d’une source à l’autre.",
        "La part de {skyecc.users.share.benl.prosecutor} pour la Belgique et les Pays-Bas est donnée par le parquet ; les autres parts du parquet, et celle de la police néerlandaise, sont calculées à partir des propres décomptes de la source.",
        "La part que l’article attribue à la région d’Anvers ({article.skyecc.share.antwerp}) ne figure dans aucune source : à vérifier avant de la citer.",
      ],
    },
    "cocaine-seized-by-country": {
      title: "Cocaïne saisie par pays, 2019–2025",
      description:
        "Belgique, Pays-Bas, Allemagne, Espagne, France, Italie, Portugal et total de l’UE, avec la part de chaque pays dans le total de l’UE.",
      period: "2019–2025",
      headers: [
        "Année",
        "Belgique : saisi (t)",
        "Pays-Bas : saisi (t)",
        "Allemagne : saisi (t)",
        "Espagne : saisi (t)",
        "France : saisi (t)",
        "Italie : saisi (t)",
        "Portugal : saisi (t)",
        "Total UE : saisi (t)",
        "Belgique : part du total UE (%)",
        "Pays-Bas : part du total UE (%)",
        "Allemagne : part du total UE (%)",
        "Espagne : part du total UE (%)",
        "France : part du total UE (%)",
        "Italie : part du total UE (%)",
        "Portugal : part du total UE (%)",
      ],
      labels: ["2019", "2020", "2021", "2022", "2023", "2024", "2025"],
      notes: [
        "Chaque cellule donne le chiffre définitif de l’autorité nationale quand il est publié (douane, police, parquet, ministère ou gouvernement), sinon celui de l’agence européenne des drogues (OEDT, EUDA depuis 2024). Les pays ne comptent pas de la même façon : les parts du total de l’UE sont indicatives.",
        "Aucun total de l’UE pour 2024 ou 2025 n’était publié quand ce tableau a été établi (le rapport de l’EUDA sur les données 2024 est introuvable) : leurs parts restent vides.",
        "Belgique : aucun total national trouvé pour 2022 (le seul port d’Anvers : {port.antwerp.2022.customs}) ni pour 2024 et 2025 (le port seul : {port.antwerp.2024.customs} et {port.antwerp.2025.customs}).",
        "Pays-Bas : 2019 est déduit du total 2020 de la douane et de son évolution ; 2021 n’est compté que jusqu’au 25 décembre. L’EUDA donne {seized.nl.2020.emcdda} pour 2020 et {seized.nl.2023.euda} pour 2023.",
        "Allemagne : le BKA (tous services confondus), des minima pour 2019–2021 ; en 2024, la douane allemande a saisi à elle seule {seized.de.2024.zoll}. La plus grosse saisie unique jamais réalisée en Espagne, {seizure.es.2024-10.algeciras}, a eu lieu à Algésiras en octobre 2024.",
        "Espagne : la réponse écrite du gouvernement au Parlement. Autres valeurs publiées : OEDT {seized.es.2020.emcdda} (2020) ; CITCO {seized.es.2022.citco} (2022) ; EUDA {seized.es.2023.euda} et le rapport sur la sécurité nationale, provisoire, {seized.es.2023.natsec} (2023).",
        "France : pas de total national pour 2019 (la douane seule : {seized.fr.2019.customs}) ; 2020 est déduit du total 2021 de l’OFAST et de son évolution ; la première estimation pour 2021 était de {seized.fr.2021.interior-prelim} ; l’EUDA donne {seized.fr.2023.euda} pour 2023.",
        "Italie : les rapports de la DCSA révisent les années antérieures (2019 avait d’abord été donné à {seized.it.2019.dcsa-2020} ; des rapports ultérieurs révisent aussi légèrement 2020 et 2021) ; aucun chiffre pour 2023 n’a été trouvé.",
        "Portugal : 2021 est approximatif ; pour 2022, le chiffre provisoire de la police, {seized.pt.2022.pj}, cède la place au chiffre définitif de l’EUDA ; l’EUDA donne {seized.pt.2023.euda} pour 2023.",
      ],
    },
    "cocaine-seized-in-ports": {
      title: "Cocaïne saisie dans les ports d’Anvers, de Rotterdam et de Hambourg, 2019–2025",
      description:
        "Totaux annuels par port, selon la douane et le parquet, avec l’évolution sur un an.",
      period: "2019–2025",
      headers: [
        "Année",
        "Anvers : saisi (t)",
        "Rotterdam : saisi (t)",
        "Hambourg : saisi (t)",
        "Anvers : évolution sur un an (%)",
        "Rotterdam : évolution sur un an (%)",
        "Hambourg : évolution sur un an (%)",
      ],
      labels: ["2019", "2020", "2021", "2022", "2023", "2024", "2025"],
      notes: [
        "Anvers : douane belge. Les sources divergent : pour 2019, les résultats communs des douanes donnaient {port.antwerp.2019.rijnmond} ; l’OEDT donne {port.antwerp.2021.emcdda} pour 2021 ; pour 2023, la douane annonçait {port.antwerp.2023.customs} en janvier 2024, tandis que Belga (2025) et un porte-parole d’Europol (2024) donnent {port.antwerp.2023.belga}. Chaque valeur reste attachée à sa source.",
        "Rotterdam : l’équipe HARC (parquet, douane, FIOD, police portuaire). La douane compte autrement : {port.rotterdam.2019.customs} pour 2019, {port.rotterdam.2022.customs} pour 2022 (Le Soir : {port.rotterdam.2022.lesoir}), {port.rotterdam.2024.customs} pour 2024 et {port.rotterdam.2025.customs} pour 2025. Pour 2021, le parquet a ensuite donné {port.rotterdam.2021.om-revised}.",
        "Hambourg : le périmètre change. 2019 : douane de Hambourg, surtout le port. 2020 et 2021 : tous les ports à conteneurs allemands de la mer du Nord et de la Baltique (2021 comprend la saisie de février). 2022 et 2023 : ports maritimes allemands avec Bremerhaven (le chiffre provisoire de Hambourg pour 2022 était de {port.hamburg.2022.customs-prelim} ; le port de Hambourg seul comptait {port.hamburg.2023.customs} en 2023). Aucun total officiel pour 2024 ou 2025 n’a été trouvé : le décompte par dpa des saisies annoncées donne {port.hamburg.2024.announced-count} pour 2024.",
        "L’évolution sur un an compare des chiffres consécutifs ; là où le périmètre diffère (Hambourg de 2019 à 2020), la lire avec la note ci-dessus.",
      ],
    },
    "cocaine-ports-2023-2025-details": {
      title: "Ports, 2023–2025 : semestres, nombre de saisies et cocaïne interceptée en chemin",
      description:
        "Totaux semestriels pour Anvers et les ports maritimes néerlandais, nombre de saisies à Anvers, cocaïne destinée à la Belgique interceptée en Amérique latine, arrestations à Flessingue et à Rotterdam.",
      period: "2023–2025",
      headers: ["Mesure et source", "Valeur", "Unité", "Période", "Source"],
      labels: [
        "Anvers, janv.–juin 2024 : saisi par la douane",
        "Anvers, janv.–juin 2025 : saisi par la douane",
        "Anvers, janv.–juin 2024 : saisies",
        "Anvers, janv.–juin 2025 : saisies",
        "Anvers, 2023 : infractions constatées",
        "Anvers, 2024 : infractions constatées",
        "Anvers, 2023 : saisies de 2 t ou plus",
        "Anvers, 2024 : saisies de 2 t ou plus",
        "Destinée à la Belgique, interceptée en Amérique latine, 2023 (AFP)",
        "Idem, 2023 (Belga)",
        "Destinée à la Belgique, interceptée en Amérique latine, 2024 (AFP)",
        "Idem, 2024 (Belga)",
        "Destinée à la Belgique, interceptée en Amérique du Sud, janv.–juin 2024",
        "Destinée à la Belgique, interceptée en Amérique du Sud, janv.–juin 2025",
        "Ports maritimes néerlandais, janv.–juin 2023 : saisi par la douane",
        "Ports maritimes néerlandais, janv.–juin 2024 : saisi par la douane",
        "Ports maritimes néerlandais, janv.–juin 2025 : saisi par la douane",
        "Rotterdam, janv.–juin 2025 : saisi par la douane",
        "Flessingue, 2024 : OM et équipe HARC",
        "Flessingue, 2024 : douane néerlandaise",
        "Flessingue, 2025 : OM et équipe HARC",
        "Rotterdam, 2023 : personnes arrêtées en récupérant de la drogue",
        "Rotterdam, 2024 : personnes arrêtées en récupérant de la drogue",
      ],
      notes: [
        "Les chiffres semestriels ne sont pas comparables aux totaux annuels. L’AFP et Belga divergent sur la cocaïne destinée à la Belgique interceptée en Amérique latine : les deux chiffres sont donnés.",
        "Le chiffre 2024 de Flessingue dépend du périmètre : l’OM (parquet néerlandais) compte le port, la douane un autre ; le chiffre de l’OM de janvier 2025 pour tous les ports de Zélande–Brabant-Occidental (Flessingue, Terneuzen, Moerdijk) est plus élevé encore (voir la note du chiffre).",
      ],
    },
    "sky-ecc-belgium-aftermath": {
      title: "Après l’opération : le bilan belge de Sky ECC",
      description:
        "Enquêtes, suspects, arrestations, avoirs saisis et condamnations après un, deux, trois et cinq ans.",
      period: "mars 2022 – févr. 2026",
      headers: [
        "Étape et source",
        "Nouvelles enquêtes (dossiers)",
        "Enquêtes existantes enrichies (dossiers)",
        "Enquêtes au total (dossiers)",
        "Suspects (personnes)",
        "Arrêtés (personnes)",
        "Argent et avoirs saisis (€)",
        "Drogues saisies (t)",
        "Jugements définitifs",
        "Jugements non définitifs",
        "Condamnations",
        "Peines de prison (années)",
      ],
      labels: [
        "1 an (mars 2022) : parquet fédéral",
        "1 an (mars 2022) : SPF Justice",
        "2 ans (mars 2023)",
        "2 ans et 9 mois (déc. 2023) : SPF Justice",
        "3 ans (mars 2024) : police fédérale",
        "Oct. 2024 : police fédérale",
        "5 ans (févr. 2026)",
      ],
      notes: [
        "Cellules vides : non publié pour cette étape. Les enquêtes au total additionnent les nouvelles et les enrichies, données seulement là où elles ont été publiées.",
        "Suspects : identifiés ou visés par une enquête. Pour mars 2022, De Standaard (parquet fédéral) et le SPF Justice divergent. « Arrêtés » à un an compte les suspects arrêtés ou entendus.",
        "Les jugements (2023) comptent des décisions de justice, les condamnations (à partir de décembre 2023) des personnes condamnées : ils ne sont pas comparables.",
        "Drogues à un an : toutes drogues confondues, surtout de la cocaïne, d’une valeur à la revente de {aftermath.be.2022-03.drugs.value}. Le chiffre de la police fédérale d’octobre 2024 pour l’argent est plus élevé que le bilan de février 2026 : la police et le parquet ne comptent sans doute pas de la même façon.",
        "Octobre 2024 : {aftermath.be.2024-10.prosecuted} poursuivies et {aftermath.be.2024-10.judgments}, avant le jugement Encro. Février 2026 : le total des peines de prison provient de {aftermath.be.2026-02.decisions}.",
      ],
    },
    "sky-ecc-trials": {
      title: "Procès et jugements Sky ECC, 2024–2026",
      description:
        "Le méga-procès Encro à Bruxelles et son appel, les jugements belges à ce jour, l’affaire parisienne contre les concepteurs de Sky ECC, les arrestations de revendeurs aux Pays-Bas.",
      period: "2024–2026",
      headers: ["Procès et mesure", "Valeur", "Unité", "Période", "Source"],
      labels: [
        "Procès Encro, Bruxelles, jugement du 29 oct. 2024 : condamnés",
        "Procès Encro : acquittés",
        "Procès Encro : total des peines de prison",
        "Procès Encro : confiscations ordonnées",
        "Appel Encro : personnes rejugées",
        "Appel Encro : première audience",
        "Appel Encro : clôture des débats",
        "Appel Encro : arrêt attendu",
        "Belgique, toutes les affaires Sky ECC jusqu’en oct. 2024 : jugements",
        "Belgique, toutes les affaires Sky ECC jusqu’en oct. 2024 : personnes poursuivies",
        "Belgique, toutes les affaires Sky ECC jusqu’en oct. 2024 : peines de prison",
        "Belgique, toutes les affaires Sky ECC jusqu’en févr. 2026 : décisions de justice",
        "Belgique, toutes les affaires Sky ECC jusqu’en févr. 2026 : peines de prison",
        "Belgique, toutes les affaires Sky ECC jusqu’en févr. 2026 : condamnations",
        "Paris : renvoyés devant le tribunal (concepteurs et vendeurs de Sky ECC)",
        "Paris : mis en examen en personne",
        "Paris : sous mandat d’arrêt",
        "Pays-Bas, janv. 2025 : revendeurs arrêtés",
        "Pays-Bas, janv. 2025 : cryptomonnaie saisie",
      ],
      notes: [
        "Le procès Encro (EncroChat et Sky ECC) a été le plus grand procès pénal de Belgique. L’arrêt d’appel, attendu en avril 2026, et l’issue de l’affaire parisienne sont introuvables.",
        "Les totaux belges couvrent toutes les affaires Sky ECC : les jugements sont comptés par la police, les décisions de justice par le parquet.",
      ],
    },
    "fact-check-2021-03-10": {
      title: "Vérification : l’article des 9 et 10 mars 2021 face aux sources primaires",
      description:
        "Chaque chiffre de l’article de Clarín / Pledge Times, ce que disent les sources primaires, et le verdict.",
      period: "9–10 mars 2021",
      headers: [
        "L’affirmation de l’article",
        "L’article dit",
        "Unité (article)",
        "Les sources primaires disent",
        "Unité (sources)",
        "Verdict",
        "Source primaire",
        "Pourquoi",
      ],
      labels: [
        "cocaïne saisie en Belgique « mardi »",
        "les 17 t présentées comme un record européen",
        "cocaïne saisie en Allemagne « la semaine dernière »",
        "cocaïne saisie aux Pays-Bas",
        "policiers belges mobilisés",
        "perquisitions en Belgique",
        "arrestations en Belgique",
        "argent liquide saisi en Belgique",
        "autres biens saisis en Belgique",
        "nombre d’armes saisies en Belgique",
        "arrestations par la police néerlandaise",
        "armes illégales saisies par la police néerlandaise",
        "messages Sky ECC interceptés",
        "part des messages interceptés déchiffrés",
        "durée de l’enquête",
        "appareils Sky ECC saisis",
        "part des utilisateurs actifs de Sky ECC dans le monde en Belgique et aux Pays-Bas",
        "part de tous les utilisateurs de Sky ECC à quelques kilomètres du port d’Anvers",
        "prix de Sky ECC par semestre, bas de la fourchette",
        "prix de Sky ECC par semestre, haut de la fourchette",
        "prime offerte à qui piraterait Sky ECC",
        "d’où opère Sky ECC",
        "rôle de Frédéric Van Leeuw",
        "rôle d’Yve Driesen",
      ],
      notes: [
        "L’article : Clarín (Buenos Aires), 9-10 mars 2021, dans la traduction anglaise de Pledge Times du 10 mars 2021.",
        "Le verdict compare chaque affirmation aux sources primaires qu’elle cite ; le tableau montre la première, la colonne Pourquoi les autres. Une cellule primaire vide : aucune source n’a publié de chiffre comparable.",
      ],
    },
  },
  figures: {
    // The source article's claims
    "article.origin.publisher": {
      measure: "publication originale de l’article source",
      value:
        "Clarín, Buenos Aires : un quotidien argentin de langue espagnole, pas un journal espagnol",
      note: "Le texte de Clarín conservé correspond à l’article anglais phrase par phrase. Signature non relevée.",
    },
    "article.origin.translation": {
      measure: "traduction anglaise de l’article source",
      value: "Traduction anglaise publiée par Pledge Times",
      note: "Traduction d’allure automatique ; presque certainement la version anglaise en circulation.",
    },
    "article.seized.be.17t": {
      measure: "cocaïne saisie en Belgique « mardi »",
      period: "« mardi » (9 mars 2021)",
      note: "Le parquet a fait état de plus de 17 t saisies dans le port d’Anvers au fil d’une enquête d’environ deux ans, dans des affaires distinctes ; pas en un seul jour.",
    },
    "article.seized.be.record": {
      measure: "les 17 t présentées comme un record européen",
      period: "« mardi » (9 mars 2021)",
      note: "Pas un record européen : la plus grosse saisie unique était alors celle de Hambourg, 16 t le 12 février 2021, et la police néerlandaise a qualifié de record l’affaire de Hambourg et d’Anvers, 23 t.",
    },
    "article.seized.de.16t": {
      measure: "cocaïne saisie en Allemagne « la semaine dernière »",
      period: "« la semaine dernière »",
      note: "La quantité correspond, pas le moment : découverte le 12 février et annoncée le 24 février 2021, environ quatre et deux semaines avant l’article.",
    },
    "article.seized.nl.7t": {
      measure: "cocaïne saisie aux Pays-Bas",
      period: "rapporté les 9–10 mars 2021",
      note: "Environ 7,2 t ont été découvertes à Anvers, en Belgique, à destination des Pays-Bas, sur une piste néerlandaise ; aucune saisie d’environ 7 t sur le sol néerlandais n’a été trouvée entre janvier et mars 2021.",
    },
    "article.op.be.agents": {
      measure: "agents belges déployés",
      period: "« mardi » (9 mars 2021)",
      note: "Le parquet a annoncé 1 500 le jour même ; certains récits ultérieurs parlent de plus de 1 600.",
    },
    "article.op.be.searches": {
      measure: "perquisitions en Belgique",
      period: "« mardi » (9 mars 2021)",
      note: "Environ 200 (Le Soir) ou plus de 200 (HLN) perquisitions.",
    },
    "article.op.be.arrests": {
      measure: "arrestations en Belgique",
      period: "« mardi » (9 mars 2021)",
      note: "Correspond au chiffre du parquet.",
    },
    "article.op.be.cash": {
      measure: "argent liquide saisi en Belgique",
      period: "« mardi » (9 mars 2021)",
      note: "Correspond au chiffre du parquet.",
    },
    "article.op.be.items": {
      measure: "autres biens saisis en Belgique",
      period: "« mardi » (9 mars 2021)",
      note: "Les types de biens correspondent ; le parquet citait aussi des diamants.",
    },
    "article.op.be.weapons": {
      measure: "nombre d’armes saisies en Belgique",
      period: "« mardi » (9 mars 2021)",
      note: "Aucun décompte des armes n’a été publié : les « dizaines » ne peuvent être vérifiées.",
    },
    "article.op.nl.arrests": {
      measure: "arrestations par la police néerlandaise",
      period: "« mardi » (9 mars 2021)",
      note: "Correspond à la police néerlandaise (qui a aussi perquisitionné 75 habitations et bureaux, après 43 arrestations antérieures).",
    },
    "article.op.nl.weapons": {
      measure: "armes illégales saisies par la police néerlandaise",
      period: "« mardi » (9 mars 2021)",
      note: "L’article parle d’armes illégales ; la police néerlandaise d’armes à feu, toutes saisies à Rotterdam.",
    },
    "article.skyecc.messages": {
      measure: "messages Sky ECC interceptés",
      period: "rapporté les 9–10 mars 2021",
      note: "Conforme au chiffre belge ; Europol a parlé de centaines de millions, la police néerlandaise d’environ 80 millions provenant d’utilisateurs néerlandais.",
    },
    "article.skyecc.messages.decrypted": {
      measure: "part des messages interceptés déchiffrés",
      period: "rapporté les 9–10 mars 2021",
      note: "Conforme au parquet belge.",
    },
    "article.investigation.duration": {
      measure: "durée de l’enquête",
      period: "rapporté les 9–10 mars 2021",
      note: "Le dossier anversois a été ouvert fin 2018 ; le parquet fédéral vise Sky ECC depuis juin 2019.",
    },
    "article.skyecc.devices.seized": {
      measure: "appareils Sky ECC saisis",
      period: "« mardi » (9 mars 2021)",
      note: "Aucun décompte n’a été publié ; le parquet a indiqué que le plus possible d’appareils Sky ECC avaient été saisis chez les utilisateurs identifiés. Les 185 téléphones Sky ECC saisis en Belgique les années précédentes sont un autre décompte, pas une vérification de cette affirmation.",
    },
    "article.skyecc.share.benl": {
      measure:
        "part des utilisateurs actifs de Sky ECC dans le monde situés en Belgique et aux Pays-Bas",
      period: "rapporté les 9–10 mars 2021",
      note: "Conforme au parquet belge (environ 6 000 en Belgique et 12 000 aux Pays-Bas sur environ 70 000 appareils actifs) ; diffère d’Europol (environ 20 % des utilisateurs) et de la police néerlandaise (environ 11 000 comptes néerlandais).",
    },
    "article.skyecc.share.antwerp": {
      measure:
        "part de l’ensemble des utilisateurs de Sky ECC à quelques kilomètres du port d’Anvers",
      period: "rapporté les 9–10 mars 2021",
      note: "L’article parle de près de 15 %. Introuvable dans les sources. Le parquet situe environ la moitié des utilisateurs belges (environ 3 000) dans l’arrondissement d’Anvers, dans le port et autour : environ 4 % de 70 000 appareils actifs, environ 17 % des utilisateurs belges et néerlandais. Sans doute un nouveau calcul ou une erreur de lecture.",
    },
    "article.skyecc.price.low": {
      measure: "prix de Sky ECC par semestre, bas de la fourchette",
      period: "rapporté les 9–10 mars 2021",
      note: "L’article donne 800 à 2 200 € par semestre ; aucune source ne le fait. Le parquet belge (2022) donnait 2 200 € par an ou 600 € par trimestre, les téléphones à partir de 729 €.",
    },
    "article.skyecc.price.high": {
      measure: "prix de Sky ECC par semestre, haut de la fourchette",
      period: "rapporté les 9–10 mars 2021",
      note: "2 200 € est le prix annuel selon le parquet, pas le prix pour six mois.",
    },
    "article.skyecc.bounty": {
      measure: "prime offerte à qui parviendrait à pirater Sky ECC",
      period: "rapporté les 9–10 mars 2021",
      note: "Le site de Sky ECC offrait 5 millions de dollars (environ 4,2 millions d’euros).",
    },
    "article.skyecc.base": {
      measure: "d’où Sky ECC est exploité",
      period: "rapporté les 9–10 mars 2021",
      note: "Europol : exploité depuis les États-Unis et le Canada, avec des serveurs en Europe.",
    },
    "article.person.vanleeuw": {
      measure: "fonction de Frédéric Van Leeuw",
      period: "rapporté les 9–10 mars 2021",
      note: "Procureur fédéral de Belgique.",
    },
    "article.person.driesen": {
      measure: "fonction d’Yve Driesen",
      period: "rapporté les 9–10 mars 2021",
      note: "Directeur judiciaire de la police judiciaire fédérale d’Anvers depuis juin 2020.",
    },
    // The operation of 9 March 2021 and the seizures before it
    "op.be.agents.prosecutor": {
      measure: "enquêteurs déployés en Belgique le jour de l’opération",
      note: "Chiffre du parquet fédéral belge à la conférence de presse du 9 mars 2021.",
    },
    "op.be.agents.later": {
      measure: "enquêteurs déployés en Belgique le jour de l’opération (récits ultérieurs)",
      note: "Des récits ultérieurs parlent de plus de 1 600 (aussi le Guardian via elDiario, 25 avril 2021, et des résumés fondés sur Europol) ; le jour même, le parquet a dit 1 500.",
    },
    "op.be.searches": {
      measure: "perquisitions simultanées en Belgique",
      note: "Le Soir : 200 perquisitions simultanées ; HLN : plus de 200.",
    },
    "op.be.arrests": {
      measure: "personnes privées de liberté en Belgique",
      note: "Arrestations le jour de l’opération.",
    },
    "op.be.cash": {
      measure: "argent liquide saisi en Belgique",
      note: "Argent liquide seulement ; des diamants, des bijoux, des véhicules de luxe, des uniformes de police et des armes ont aussi été saisis.",
    },
    "op.be.items": {
      measure: "autres biens saisis en Belgique",
      value: "Diamants, bijoux, voitures de luxe, uniformes de police et armes",
      note: "Types de biens seulement : aucun décompte des armes n’a été publié.",
    },
    "op.nl.arrests": {
      measure: "arrestations aux Pays-Bas",
      note: "Police néerlandaise, opération Argus.",
    },
    "op.nl.searches": {
      measure: "habitations et bureaux perquisitionnés aux Pays-Bas",
      note: "Police néerlandaise, opération Argus.",
    },
    "op.nl.firearms": {
      measure: "armes à feu saisies aux Pays-Bas",
      note: "Toutes saisies à Rotterdam.",
    },
    "op.nl.arrests.before": {
      measure: "arrestations aux Pays-Bas avant le jour de l’opération",
      period: "semaines précédant le 9 mars 2021",
      note: "Arrestations antérieures de l’opération Argus, pendant les semaines de lecture en direct.",
    },
    "seizure.hamburg.2021-02.zoll": {
      measure: "cocaïne découverte dans 3 des 5 conteneurs venus du Paraguay (boîtes de mastic)",
      note: "Douane allemande : la plus grande quantité de cocaïne jamais saisie en Europe. Découverte le 12 février, annoncée le 24 février 2021.",
    },
    "seizure.hamburg.2021-02.om": {
      measure: "cocaïne découverte dans des conteneurs venus du Paraguay, poids exact",
      note: "16 174 kg, le poids exact donné par le ministère public néerlandais, qui dirigeait l’affaire.",
    },
    "seizure.hamburg.2021-02.found": {
      measure: "date de la découverte de la cocaïne de Hambourg",
      note: "Environ quatre semaines avant l’article.",
    },
    "seizure.hamburg.2021-02.announced": {
      measure: "date de l’annonce de la découverte de Hambourg",
      note: "Environ deux semaines avant l’article.",
    },
    "seizure.antwerp.2021-02.wood": {
      measure:
        "cocaïne découverte dans un conteneur de blocs de bois venu du Panama, à destination des Pays-Bas",
      note: "Saisie en Belgique, pas aux Pays-Bas ; la piste venait d’une enquête menée par les Pays-Bas. Découverte le samedi 20 février selon le parquet néerlandais, NRC et De Standaard, le 21 février selon le communiqué de la douane allemande. Aucune saisie distincte d’environ 7 t sur le sol néerlandais n’a été trouvée entre janvier et mars 2021.",
    },
    "seizure.antwerp.2021-02.found.om": {
      measure:
        "date de la découverte de la cocaïne des blocs de bois à Anvers (parquet néerlandais)",
      note: "« Samedi » dans le récit du parquet néerlandais ; le communiqué de la douane allemande indique le 21 février.",
    },
    "seizure.antwerp.2021-02.found.zoll": {
      measure: "date de la découverte de la cocaïne des blocs de bois à Anvers (douane allemande)",
      note: "Un jour plus tard que la date du parquet néerlandais.",
    },
    "seizure.antwerp.2021-02.announced": {
      measure: "date de l’annonce de la découverte des blocs de bois à Anvers",
      note: "Annoncée en même temps que la découverte de Hambourg.",
    },
    "seizure.antwerp.2021-02.arrest": {
      measure: "arrestation dans l’affaire des blocs de bois d’Anvers",
      value: "Un homme de 28 ans de Vlaardingen (Pays-Bas) a été arrêté le 24 février 2021",
      note: "Arrestation liée aux 7,2 t découvertes à Anvers.",
    },
    "seizure.hamburg-antwerp.2021-02.combined": {
      measure:
        "cocaïne saisie à Hambourg et à Anvers dans une même affaire menée par les Pays-Bas, à destination des Pays-Bas",
      note: "La police néerlandaise l’a qualifiée de plus grande quantité jamais saisie dans une seule enquête de police.",
    },
    "seizure.antwerp.investigation.cumulative": {
      measure:
        "cocaïne saisie dans le port d’Anvers pendant l’enquête Sky ECC, toutes saisies réunies",
      period: "fin 2018 – 9 mars 2021",
      note: "Total de saisies distinctes au fil d’une enquête d’environ deux ans, chaque dossier ouvert à mesure que des renseignements arrivaient ; ni une seule saisie ni un seul jour. HLN (mars 2021) parle aussi de plus de 17 t.",
    },
    "seizure.antwerp.investigation.announced": {
      measure: "date de l’annonce du total cumulé d’Anvers",
      note: "Conférence de presse du parquet fédéral.",
    },
    "seizure.antwerp.livephase": {
      measure:
        "cocaïne saisie dans le port d’Anvers pendant la lecture en direct des messages Sky ECC",
      period: "20 févr. – début avr. 2021",
      note: "Le parquet d’Anvers : 42 jours de saisies par la douane avec la police judiciaire fédérale d’Anvers et les parquets fédéral et d’Anvers depuis le 20 février 2021, dont le record de 10 964 kg des 2–3 avril 2021 (Reformatorisch Dagblad, via Belga : plus de 27,6 t en plus de quarante jours).",
    },
    "seizure.antwerp.livephase.days": {
      measure: "durée de la phase de saisies pendant la lecture en direct",
      period: "20 févr. – début avr. 2021",
      note: "Le parquet d’Anvers ; des reprises de Belga parlent de plus de quarante jours.",
    },
    "seizure.antwerp.livephase.value": {
      measure:
        "valeur marchande estimée de la cocaïne saisie pendant la phase de lecture en direct",
      period: "20 févr. – début avr. 2021",
      note: "Estimation du parquet d’Anvers ; des reprises de Belga l’arrondissent à près de 1,4 milliard d’euros.",
    },
    "seizure.antwerp.livephase.announced": {
      measure: "mois de l’annonce du total de la phase en direct",
      note: "Jour exact non relevé.",
    },
    "seizure.antwerp.2021-04-03": {
      measure: "saisie unique record de cocaïne dans le port d’Anvers",
      note: "10 964 kg, compris dans le total de la phase de lecture en direct.",
    },
    "investigation.opened": {
      measure: "début de l’enquête belge",
      period: "fin 2018",
      value:
        "La police judiciaire fédérale (PJF) d’Anvers a ouvert une enquête sur Sky ECC fin 2018",
      note: "Les enquêteurs d’Anvers ne pouvaient pas lire les téléphones Sky ECC qu’ils trouvaient sans cesse dans d’autres affaires.",
    },
    "investigation.prosecutor": {
      measure: "dossier du parquet fédéral contre Sky ECC",
      value:
        "À partir de juin 2019, le parquet fédéral a visé Sky ECC et ses distributeurs, avec les Pays-Bas",
      note: "Environ 21 mois avant le jour de l’opération.",
    },
    "skyecc.livereading.start": {
      measure: "début de la lecture en direct des messages Sky ECC",
      note: "Clé obtenue le 15 février 2021 ; selon Europol, les utilisateurs ont été surveillés à partir de la mi-février 2021.",
    },
    "person.vanleeuw.role": {
      measure: "fonction de Frédéric Van Leeuw",
      value: "Frédéric Van Leeuw, procureur fédéral de Belgique",
      note: "A pris la parole à la conférence de presse du 9 mars 2021.",
    },
    "person.driesen.role": {
      measure: "fonction d’Yve Driesen",
      period: "depuis le 2 juin 2020",
      value:
        "Yve Driesen, directeur judiciaire de la police judiciaire fédérale (PJF) d’Anvers depuis le 2 juin 2020",
      note: "Cité par Het Nieuwsblad et HLN le 9 mars 2021.",
    },
    // Sky ECC: users, messages, prices
    "skyecc.users.worldwide.europol": {
      measure: "utilisateurs de Sky ECC dans le monde",
      note: "Personnes utilisant Sky ECC ; De Tijd compte environ 171 000 appareils distribués, la justice belge (2022) plus de 100 000 utilisateurs.",
    },
    "skyecc.devices.distributed.tijd": {
      measure:
        "appareils Sky ECC distribués dans le monde par des grossistes et des revendeurs locaux",
      period: "début 2021",
      note: "Des appareils distribués, pas des utilisateurs.",
    },
    "skyecc.users.worldwide.justice": {
      measure: "utilisateurs de Sky ECC dans le monde, selon la justice belge",
      note: "Ministres belges de la Justice et de l’Intérieur, 9 mars 2022 : un milliard de messages de plus de 100 000 utilisateurs dans le monde ; moins que les 170 000 d’Europol.",
    },
    "skyecc.users.monitored.europol": {
      measure: "utilisateurs de Sky ECC surveillés",
      period: "mi-févr. – 9 mars 2021",
      note: "Surveillés à partir de la mi-février 2021. Un acte d’accusation américain (rapporté par Borderland Beat) parle d’au moins 70 000 appareils.",
    },
    "skyecc.devices.active.prosecutor": {
      measure: "appareils Sky ECC actifs sur le réseau chaque mois",
      period: "début 2021",
      note: "Parquet fédéral belge ; la base des parts par pays du parquet.",
    },
    "skyecc.users.worldwide.dutch-police": {
      measure: "utilisateurs de Sky ECC dans le monde, selon la police néerlandaise",
      note: "Police néerlandaise ; la base de la part néerlandaise ci-dessous.",
    },
    "skyecc.users.be.prosecutor": {
      measure: "utilisateurs de Sky ECC (appareils actifs) en Belgique",
      period: "début 2021",
      note: "Parquet fédéral belge : appareils utilisés en Belgique parmi les appareils actifs chaque mois.",
    },
    "skyecc.users.nl.prosecutor": {
      measure: "utilisateurs de Sky ECC (appareils actifs) aux Pays-Bas, selon le parquet belge",
      period: "début 2021",
      note: "Parquet fédéral belge ; la police néerlandaise compte environ 11 000 comptes néerlandais.",
    },
    "skyecc.users.nl.dutch-police": {
      measure: "comptes Sky ECC aux Pays-Bas, selon la police néerlandaise",
      note: "Décompte des comptes néerlandais par la police néerlandaise ; le parquet belge parle d’environ 12 000.",
    },
    "skyecc.users.benl.prosecutor": {
      measure: "utilisateurs de Sky ECC (appareils actifs) en Belgique et aux Pays-Bas ensemble",
      period: "début 2021",
      note: "Somme des décomptes du parquet pour la Belgique et les Pays-Bas. Calculé, non publié : skyecc.users.be.prosecutor + skyecc.users.nl.prosecutor.",
    },
    "skyecc.users.share-of-be.antwerp.prosecutor": {
      measure: "part des utilisateurs belges de Sky ECC situés dans l’arrondissement d’Anvers",
      period: "début 2021",
      note: "« La moitié » des utilisateurs en Belgique, dans le port d’Anvers et autour ; moins à Bruxelles, dans le Limbourg, en Flandre-Orientale, à Liège et à Charleroi.",
    },
    "skyecc.users.antwerp.prosecutor": {
      measure: "utilisateurs de Sky ECC dans l’arrondissement d’Anvers, dans le port et autour",
      period: "début 2021",
      note: "La moitié des utilisateurs belges, selon les mots du parquet. Calculé, non publié : skyecc.users.be.prosecutor * skyecc.users.share-of-be.antwerp.prosecutor.",
    },
    "skyecc.devices.seized.be.before": {
      measure: "téléphones Sky ECC saisis en Belgique dans des affaires pénales antérieures",
      period: "avant le 9 mars 2021 (années antérieures)",
      note: "Saisis dans d’autres affaires avant l’opération ; aucun décompte des appareils saisis le jour de l’opération n’a été publié.",
    },
    "skyecc.users.share.benl.prosecutor": {
      measure: "part des utilisateurs actifs de Sky ECC situés en Belgique et aux Pays-Bas",
      period: "début 2021",
      note: "Selon le parquet fédéral belge : environ 6 000 en Belgique plus 12 000 aux Pays-Bas sur environ 70 000 appareils actifs chaque mois (soit 25,7 %). Europol parle d’environ 20 %, sur environ 170 000 utilisateurs.",
    },
    "skyecc.users.share.be.prosecutor": {
      measure: "part des appareils Sky ECC actifs utilisés en Belgique",
      period: "début 2021",
      note: "Utilisateurs belges rapportés aux appareils actifs chaque mois, deux chiffres du parquet belge. Calculé, non publié : skyecc.users.be.prosecutor / skyecc.devices.active.prosecutor.",
    },
    "skyecc.users.share.nl.prosecutor": {
      measure: "part des appareils Sky ECC actifs utilisés aux Pays-Bas, selon le parquet belge",
      period: "début 2021",
      note: "Utilisateurs néerlandais rapportés aux appareils actifs chaque mois, deux chiffres du parquet belge. Calculé, non publié : skyecc.users.nl.prosecutor / skyecc.devices.active.prosecutor.",
    },
    "skyecc.users.share.antwerp.prosecutor": {
      measure: "part des appareils Sky ECC actifs utilisés dans l’arrondissement d’Anvers",
      period: "début 2021",
      note: "Utilisateurs de l’arrondissement d’Anvers rapportés aux appareils actifs chaque mois (environ 4 %). Calculé, non publié : skyecc.users.antwerp.prosecutor / skyecc.devices.active.prosecutor.",
    },
    "skyecc.users.share.antwerp-of-benl.prosecutor": {
      measure:
        "part des utilisateurs belges et néerlandais de Sky ECC situés dans l’arrondissement d’Anvers",
      period: "début 2021",
      note: "Utilisateurs de l’arrondissement d’Anvers rapportés aux utilisateurs belges et néerlandais ensemble (environ 17 %). Calculé, non publié : skyecc.users.antwerp.prosecutor / skyecc.users.benl.prosecutor.",
    },
    "skyecc.users.share.benl.europol": {
      measure: "part des utilisateurs de Sky ECC situés en Belgique et aux Pays-Bas, selon Europol",
      note: "La base d’Europol est d’environ 170 000 utilisateurs, pas les 70 000 appareils actifs du parquet : d’où l’écart avec 25 %.",
    },
    "skyecc.users.share.nl.dutch-police": {
      measure: "part des utilisateurs de Sky ECC aux Pays-Bas, selon la police néerlandaise",
      note: "Comptes néerlandais rapportés aux utilisateurs dans le monde, deux chiffres de la police néerlandaise. Calculé, non publié : skyecc.users.nl.dutch-police / skyecc.users.worldwide.dutch-police.",
    },
    "skyecc.messages.intercepted.prosecutor": {
      measure: "messages Sky ECC interceptés par les enquêteurs belges",
      period: "jusqu’au 9 mars 2021",
      note: "Chiffre belge ; Europol a parlé de centaines de millions, la police néerlandaise d’environ 80 millions provenant d’utilisateurs néerlandais.",
    },
    "skyecc.messages.decrypted.prosecutor": {
      measure: "part des messages Sky ECC interceptés déjà déchiffrés",
      period: "jusqu’au 9 mars 2021",
      note: "« La moitié » des messages interceptés, au 9 mars 2021.",
    },
    "skyecc.messages.intercepted.europol": {
      measure: "messages Sky ECC interceptés, selon Europol",
      period: "jusqu’au 9 mars 2021",
      value: "Des centaines de millions de messages",
      note: "Aucun décompte exact n’a été donné.",
    },
    "skyecc.messages.nl.dutch-police": {
      measure: "messages d’utilisateurs néerlandais de Sky ECC interceptés",
      period: "jusqu’au 9 mars 2021",
      note: "Police néerlandaise.",
    },
    "skyecc.messages.perday.europol": {
      measure: "messages Sky ECC échangés par jour",
      note: "Trafic quotidien sur le réseau.",
    },
    "skyecc.price.year.prosecutor": {
      measure: "prix de l’abonnement Sky ECC, un an",
      note: "Parquet fédéral belge (2022). Un blog donnait 1 200 à 2 000 US$ par semestre et des téléphones à 900 à 2 000 € ; la police espagnole (2025) donnait aussi 600 € par trimestre.",
    },
    "skyecc.price.3months.prosecutor": {
      measure: "prix de l’abonnement Sky ECC, trois mois",
      note: "Parquet fédéral belge (2022).",
    },
    "skyecc.handset.price.prosecutor": {
      measure: "prix d’un téléphone Sky ECC",
      note: "Parquet fédéral belge (2022) : les téléphones commençaient à ce prix.",
    },
    "skyecc.bounty.usd": {
      measure: "prime offerte par Sky ECC à qui parviendrait à le craquer",
      period: "offerte avant 2021, rapportée en mars 2021",
      note: "Offerte sur le site de Sky ECC ; selon De Standaard, le procureur fédéral a plaisanté en disant que la police enverrait son numéro de compte. NU.nl rapporte la récompense sans montant.",
    },
    "skyecc.bounty.eur": {
      measure: "prime offerte par Sky ECC à qui parviendrait à le craquer, en euros",
      period: "offerte avant 2021, rapportée en mars 2021",
      note: "La conversion faite par la source elle-même de 5 millions de dollars US.",
    },
    "skyecc.base.europol": {
      measure: "d’où Sky ECC était exploité",
      value: "Exploité depuis les États-Unis et le Canada, avec des serveurs en Europe",
      note: "Un acte d’accusation américain (rapporté par Borderland Beat) nomme Sky Global, basée à Vancouver, avec des serveurs au Canada et en France.",
    },
    // The aftermath in Belgium
    "aftermath.be.2022-03.cases.new": {
      measure: "nouvelles enquêtes ouvertes à partir des messages Sky ECC",
      period: "jusqu’en mars 2022",
      note: "Parquet fédéral, un an après.",
    },
    "aftermath.be.2022-03.cases.enriched": {
      measure: "enquêtes existantes enrichies des messages Sky ECC",
      period: "jusqu’en mars 2022",
      note: "Parquet fédéral, un an après.",
    },
    "aftermath.be.2022-03.arrested": {
      measure: "suspects arrêtés ou interrogés",
      period: "jusqu’en mars 2022",
      note: "Parquet fédéral, un an après ; beaucoup d’entre eux en détention en attendant leur procès.",
    },
    "aftermath.be.2022-03.suspects.standaard": {
      measure: "suspects identifiés",
      period: "jusqu’en mars 2022",
      note: "De Standaard, rapportant le parquet fédéral ; le ministère de la Justice donnait 2 000 pour la même étape.",
    },
    "aftermath.be.2022-03.suspects.justice": {
      measure: "suspects identifiés",
      period: "jusqu’en mars 2022",
      note: "Ministres belges de la Justice et de l’Intérieur (2 000 suspects identifiés, 888 arrêtés) ; De Standaard donnait 4 000 pour la même étape.",
    },
    "aftermath.be.2022-03.drugs": {
      measure: "drogues saisies dans les enquêtes Sky ECC, surtout de la cocaïne",
      period: "jusqu’en mars 2022",
      note: "Toutes drogues confondues, pas la cocaïne seule.",
    },
    "aftermath.be.2022-03.drugs.value": {
      measure: "valeur marchande des drogues saisies",
      period: "jusqu’en mars 2022",
      note: "Estimation du parquet fédéral.",
    },
    "aftermath.be.2022-03.money": {
      measure: "argent et biens saisis",
      period: "jusqu’en mars 2022",
      note: "Y compris des voitures de luxe ; De Standaard et La Libre disent tous deux près de (« bijna », « près de ») 60 millions d’euros.",
    },
    "aftermath.be.2023-03.cases": {
      measure: "enquêtes Sky ECC au total",
      period: "jusqu’en mars 2023",
      note: "Bilan à deux ans.",
    },
    "aftermath.be.2023-03.suspects": {
      measure: "suspects",
      period: "jusqu’en mars 2023",
      note: "Bilan à deux ans.",
    },
    "aftermath.be.2023-03.money": {
      measure: "argent et biens saisis",
      period: "jusqu’en mars 2023",
      note: "Bilan à deux ans.",
    },
    "aftermath.be.2023-03.judgments.final": {
      measure: "jugements définitifs",
      period: "jusqu’en mars 2023",
      note: "Jugements qui ne sont plus susceptibles d’appel ; les jugements ne sont pas un décompte des personnes condamnées.",
    },
    "aftermath.be.2023-03.judgments.nonfinal": {
      measure: "jugements pas encore définitifs",
      period: "jusqu’en mars 2023",
      note: "Jugements encore susceptibles d’appel.",
    },
    "aftermath.be.2023-12.cases": {
      measure: "enquêtes Sky ECC au total",
      period: "jusqu’en déc. 2023",
      note: "Ministère de la Justice, décembre 2023 ; la province d’Anvers en compte le plus.",
    },
    "aftermath.be.2023-12.suspects": {
      measure: "suspects",
      period: "jusqu’en déc. 2023",
      note: "Suspects visés par une enquête.",
    },
    "aftermath.be.2023-12.money": {
      measure: "argent et biens saisis",
      period: "jusqu’en déc. 2023",
      note: "Ministère de la Justice, décembre 2023.",
    },
    "aftermath.be.2023-12.convictions": {
      measure: "condamnations",
      period: "jusqu’en déc. 2023",
      note: "Le cap des 1 000 a été atteint en décembre 2023 ; il y en avait 344 en début d’année.",
    },
    "aftermath.be.2024-03.cases": {
      measure: "enquêtes Sky ECC au total",
      period: "jusqu’en mars 2024",
      note: "Police fédérale, trois ans après ; deux dossiers sur trois étaient au parquet d’Anvers.",
    },
    "aftermath.be.2024-03.suspects": {
      measure: "suspects",
      period: "jusqu’en mars 2024",
      note: "Police fédérale, trois ans après ; 3 720 personnes étaient poursuivies dans les seuls dossiers anversois.",
    },
    "aftermath.be.2024-03.money": {
      measure: "argent et biens saisis",
      period: "jusqu’en mars 2024",
      note: "Police fédérale, trois ans après.",
    },
    "aftermath.be.2024-03.convictions": {
      measure: "condamnations",
      period: "jusqu’en mars 2024",
      note: "Police fédérale : personnes condamnées, trois ans après.",
    },
    "aftermath.be.2024-10.cases": {
      measure: "enquêtes Sky ECC au total",
      period: "jusqu’au 28 oct. 2024",
      note: "Police fédérale, avant le jugement du procès Encro.",
    },
    "aftermath.be.2024-10.prosecuted": {
      measure: "personnes poursuivies",
      period: "jusqu’au 28 oct. 2024",
      note: "Police fédérale, avant le jugement du procès Encro ; pas le même décompte que les suspects.",
    },
    "aftermath.be.2024-10.money": {
      measure: "argent et biens saisis",
      period: "jusqu’au 28 oct. 2024",
      note: "Police fédérale (Bruzz donnait les mêmes 239 millions d’euros). Plus que le chiffre à cinq ans de février 2026 (224 millions d’euros) : la police et les parquets comptent sans doute différemment.",
    },
    "aftermath.be.2024-10.judgments": {
      measure: "jugements",
      period: "jusqu’au 28 oct. 2024",
      note: "Police fédérale, avant le jugement du procès Encro ; définitifs et non définitifs ensemble.",
    },
    "aftermath.be.2024-10.prison": {
      measure: "peines de prison prononcées, au total",
      period: "jusqu’au 28 oct. 2024",
      note: "Police fédérale, avant le jugement du procès Encro.",
    },
    "aftermath.be.2026-02.cases": {
      measure: "enquêtes Sky ECC au total",
      period: "jusqu’en févr. 2026",
      note: "Bilan à cinq ans : nouvelles enquêtes et enquêtes enrichies ensemble.",
    },
    "aftermath.be.2026-02.cases.new": {
      measure: "nouvelles enquêtes ouvertes à partir des messages Sky ECC",
      period: "jusqu’en févr. 2026",
      note: "Bilan à cinq ans.",
    },
    "aftermath.be.2026-02.cases.enriched": {
      measure: "enquêtes existantes enrichies des messages Sky ECC",
      period: "jusqu’en févr. 2026",
      note: "Bilan à cinq ans.",
    },
    "aftermath.be.2026-02.suspects": {
      measure: "suspects",
      period: "jusqu’en févr. 2026",
      note: "Bilan à cinq ans.",
    },
    "aftermath.be.2026-02.money": {
      measure: "argent et biens saisis",
      period: "jusqu’en févr. 2026",
      note: "Moins que les 239 millions d’euros rapportés par Bruzz en octobre 2024 ; les périmètres diffèrent peut-être.",
    },
    "aftermath.be.2026-02.convictions": {
      measure: "condamnations",
      period: "jusqu’en févr. 2026",
      note: "Bilan à cinq ans.",
    },
    "aftermath.be.2026-02.prison": {
      measure: "peines de prison prononcées, au total",
      period: "jusqu’en févr. 2026",
      note: "Somme des peines de prison infligées, dans 178 décisions de justice.",
    },
    "aftermath.be.2026-02.decisions": {
      measure: "décisions de justice",
      period: "jusqu’en févr. 2026",
      note: "Bilan à cinq ans ; beaucoup de dossiers étaient encore en cours ou en appel.",
    },
    // Cocaine seized by country
    "seized.eu.2019.emcdda": {
      measure: "cocaïne saisie",
      note: "EMCDDA, European Drug Report 2021, cité par la Commission européenne.",
    },
    "seized.eu.2020.emcdda": {
      measure: "cocaïne saisie",
      note: "EMCDDA et Europol ; un record pour la quatrième année consécutive. La Belgique, les Pays-Bas et l’Espagne en ont saisi près des trois quarts.",
    },
    "seized.eu.2021.emcdda": {
      measure: "cocaïne saisie",
      note: "EMCDDA, European Drug Report 2023.",
    },
    "seized.eu.2022.euda": { measure: "cocaïne saisie", note: "EUDA, European Drug Report 2025." },
    "seized.eu.2023.euda": {
      measure: "cocaïne saisie",
      note: "EUDA, European Drug Report 2025 : un record pour la septième année consécutive ; la Belgique, l’Espagne et les Pays-Bas en ont saisi 72 %.",
    },
    "seized.be.2019.emcdda": {
      measure: "cocaïne saisie",
      note: "EMCDDA, European Drug Report 2021 : 30 % du total de l’UE.",
    },
    "seized.be.2020.emcdda": {
      measure: "cocaïne saisie",
      note: "Données de l’EMCDDA ; le plus élevé de tous les pays déclarants cette année-là.",
    },
    "seized.be.2021.emcdda": {
      measure: "cocaïne saisie",
      note: "Données provisoires de l’EMCDDA : près de 92 t, presque toutes dans le port d’Anvers.",
    },
    "seized.be.2023.euda": {
      measure: "cocaïne saisie",
      note: "EUDA, European Drug Report 2025. Aucun total national des autorités belges n’a été relevé pour 2023 (le seul port d’Anvers : 116 t selon la douane).",
    },
    "seized.nl.2019.customs": {
      measure: "cocaïne saisie",
      note: "Total 2019 de la douane néerlandaise, 38 000 kg (50 % de plus qu’en 2018), rapporté par NRC avec les chiffres semestriels de la douane en juillet 2020. L’évolution d’environ 24 % du communiqué de 2020 implique environ 38,7 t ; les données de l’EMCDDA via Statista, environ 39 t. Rijnmond (janvier 2020) donnait 38 000 kg pour le seul port de Rotterdam.",
    },
    "seized.nl.2020.customs": {
      measure: "cocaïne saisie",
      note: "Douane néerlandaise, dans les ports maritimes néerlandais et à Schiphol : « 48.000 kilo » (des reprises ANP du même communiqué disent « ruim », plus de, 48 000 kg). 67 t de plus à destination des Pays-Bas ont été saisies à l’étranger. NH Nieuws a ensuite donné 49 000 kg pour toute l’année 2020 ; les données de l’EMCDDA 48,89 t.",
    },
    "seized.nl.2020.change-on-2019.customs": {
      measure: "évolution de la cocaïne saisie par la douane néerlandaise sur l’année précédente",
      note: "Douane néerlandaise : 2020 dépassait 2019 d’environ 24 %.",
    },
    "seized.nl.2020.emcdda": { measure: "cocaïne saisie", note: "Données de l’EMCDDA." },
    "seized.nl.2021.customs": {
      measure: "cocaïne saisie jusqu’à Noël (partie de l’année)",
      period: "2021 (jusqu’au 25 déc.)",
      note: "Chiffre partiel et provisoire de la douane néerlandaise : près de 68 000 kg jusqu’à Noël 2021 (« bijna » dans NH Nieuws ; des reprises de la NOS disent 68 000 kg). Aucun total définitif pour 2021 n’a été relevé. La seule équipe HARC de Rotterdam a annoncé 70,571 t pour 2021, plus que ce chiffre national : les deux comptent différemment.",
    },
    "seized.nl.2022.customs": {
      measure: "cocaïne saisie",
      note: "Douane néerlandaise (51 447 kg), en comparaison avec 2023 ; le Nationale Drug Monitor l’arrondit à 51 000 kg.",
    },
    "seized.nl.2023.customs": {
      measure: "cocaïne saisie",
      note: "Douane néerlandaise (59 116 kg) ; l’EUDA donne 59 t, DutchNews (2026) environ 60 t.",
    },
    "seized.nl.2023.euda": { measure: "cocaïne saisie", note: "EUDA, European Drug Report 2025." },
    "seized.nl.2024.customs": {
      measure: "cocaïne saisie",
      note: "Douane néerlandaise, ports maritimes et aéroports, chiffre donné en janvier 2026 ; l’ANP (janvier 2025) donnait 38 000 kg de « drogues » contre près de 60 t de cocaïne en 2023. Aucun communiqué primaire de la douane pour 2024 n’a été trouvé.",
    },
    "seized.nl.2025.customs": {
      measure: "cocaïne saisie",
      note: "Douane néerlandaise, ports maritimes et aéroports (communiqué du 22 janvier 2026) : plus d’un tiers de moins qu’en 2024, les trafiquants changeant de routes.",
    },
    "seized.de.2019.bka": {
      measure: "cocaïne saisie",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2019 ; la plus grosse découverte était de 4,5 t dans le port de Hambourg.",
    },
    "seized.de.2020.bka": {
      measure: "cocaïne saisie",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2021 (comparaison avec 2020).",
    },
    "seized.de.2021.bka": {
      measure: "cocaïne saisie",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2021.",
    },
    "seized.de.2022.bka": {
      measure: "cocaïne saisie",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2023 (comparaison avec 2022).",
    },
    "seized.de.2023.bka": {
      measure: "cocaïne saisie",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2023 ; l’EUDA donne aussi 43 t.",
    },
    "seized.de.2023.euda": { measure: "cocaïne saisie", note: "EUDA, European Drug Report 2025." },
    "seized.de.2024.bka": {
      measure: "cocaïne saisie",
      note: "BKA, Bundeslagebild Rauschgiftkriminalität 2024, tel que résumé par inside bw (le document du BKA n’a pas été consulté) ; en baisse par rapport à environ 43 t en 2023.",
    },
    "seized.de.2024.zoll": {
      measure: "cocaïne saisie par la douane allemande",
      note: "La seule douane allemande (Zoll Jahresbilanz 2024), sur environ 32 t de drogues au total ; pas le total du BKA, toutes administrations confondues.",
    },
    "seized.es.2019.govt": {
      measure: "cocaïne saisie",
      note: "Gouvernement espagnol, réponse parlementaire écrite (37 868 kg).",
    },
    "seized.es.2020.govt": {
      measure: "cocaïne saisie",
      note: "Gouvernement espagnol, réponse parlementaire écrite (36 948 kg) ; les données de l’EMCDDA donnent 36,9 t, HLN a rapporté 38 t.",
    },
    "seized.es.2020.emcdda": { measure: "cocaïne saisie", note: "Données de l’EMCDDA." },
    "seized.es.2021.govt": {
      measure: "cocaïne saisie",
      note: "Gouvernement espagnol, réponse parlementaire écrite (49 159 kg).",
    },
    "seized.es.2022.govt": {
      measure: "cocaïne saisie",
      note: "Gouvernement espagnol, réponse parlementaire écrite (57 790 kg) ; les statistiques du CITCO donnent 58 334 kg.",
    },
    "seized.es.2022.citco": {
      measure: "cocaïne saisie",
      note: "Statistiques annuelles sur les drogues du CITCO (centre de renseignement du ministère de l’Intérieur).",
    },
    "seized.es.2023.govt": {
      measure: "cocaïne saisie",
      note: "Gouvernement espagnol, réponse parlementaire écrite (117 713 kg) ; le chiffre officiel du ministère de l’Intérieur (117 t, El País, 17 décembre 2024) concorde. L’EUDA donne 118 t, le rapport sur la sécurité nationale (provisoire) 141,8 t.",
    },
    "seized.es.2023.euda": { measure: "cocaïne saisie", note: "EUDA, European Drug Report 2025." },
    "seizure.es.2024-10.algeciras": {
      measure: "plus grosse saisie unique de cocaïne jamais réalisée en Espagne",
      note: "Police nationale espagnole, via dpa : découverte dans des bananes venues d’Équateur ; citée par l’European Drug Report 2025 de l’EUDA.",
    },
    "seized.es.2023.natsec": {
      measure: "cocaïne saisie",
      note: "Rapport annuel sur la sécurité nationale, provisoire (141 765 kg, environ 141,8 t) ; plus que la réponse du gouvernement et que l’EUDA.",
    },
    "seized.fr.2019.customs": {
      measure: "cocaïne saisie par la douane française",
      note: "La seule douane française (27,8 % de moins qu’en 2018) ; aucun total national pour 2019 n’a été trouvé.",
    },
    "seized.fr.2020.ofast": {
      measure: "cocaïne saisie",
      note: "Déduit du total 2021 de l’OFAST et de son évolution sur 2020 (environ 13,1 t) ; les données de l’EMCDDA via Statista montrent environ 13 t. Calculé, non publié : seized.fr.2021.ofast / (1 + seized.fr.2021.change-on-2020.ofast).",
    },
    "seized.fr.2021.ofast": {
      measure: "cocaïne saisie",
      note: "OFAST (office antistupéfiants), via Le Parisien. La première estimation du ministre de l’Intérieur, en janvier 2022, était de 23 t.",
    },
    "seized.fr.2021.change-on-2020.ofast": {
      measure: "évolution de la cocaïne saisie sur l’année précédente",
      note: "OFAST : 2021 dépassait 2020 de près de 102 %.",
    },
    "seized.fr.2021.interior-prelim": {
      measure: "cocaïne saisie",
      note: "Première estimation annoncée par le ministre de l’Intérieur en janvier 2022 ; le total ultérieur de l’OFAST est de 26,5 t.",
    },
    "seized.fr.2022.interior": {
      measure: "cocaïne saisie",
      note: "Bilan annuel du ministère de l’Intérieur ; franceinfo parle de plus de 27 t, 5 % de plus qu’en 2021.",
    },
    "seized.fr.2023.ofast": {
      measure: "cocaïne saisie",
      note: "OFAST, chiffre rapporté par BFMTV ; l’EUDA donne 23 t.",
    },
    "seized.fr.2023.euda": { measure: "cocaïne saisie", note: "EUDA, European Drug Report 2025." },
    "seized.it.2019.dcsa-2020": {
      measure: "cocaïne saisie",
      note: "Rapport annuel 2020 de la DCSA, le premier sur 2019. Le rapport suivant donne 8,2 t : la fourchette publiée est de 8,2–8,4 t.",
    },
    "seized.it.2019.dcsa-2021": {
      measure: "cocaïne saisie",
      note: "Rapport annuel 2021 de la DCSA, qui révise 2019. Le premier rapport donnait 8,4 t : la fourchette publiée est de 8,2–8,4 t.",
    },
    "seized.it.2020.dcsa": {
      measure: "cocaïne saisie",
      note: "Rapport annuel 2021 de la DCSA ; des rapports ultérieurs de la DCSA donnent jusqu’à 13,6 t (fourchette de 13,4–13,6 t).",
    },
    "seized.it.2021.dcsa": {
      measure: "cocaïne saisie",
      note: "Rapport annuel 2022 de la DCSA ; une révision ultérieure de la DCSA donne 20 075 kg (fourchette de 20,1–20,7 t).",
    },
    "seized.it.2022.dcsa": {
      measure: "cocaïne saisie",
      note: "Rapport annuel 2023 de la DCSA ; un record. Aucun chiffre pour 2023 n’a été trouvé.",
    },
    "seized.pt.2019.pj": {
      measure: "cocaïne saisie",
      note: "Rapport annuel de la Polícia Judiciária (10 567,66 kg, environ 10,57 t).",
    },
    "seized.pt.2020.rasi": {
      measure: "cocaïne saisie",
      note: "Rapport annuel sur la sécurité intérieure (RASI).",
    },
    "seized.pt.2021.pj": {
      measure: "cocaïne saisie",
      note: "Chiffre exact non publié : la Polícia Judiciária a dit que les plus de 16 t de 2022 dépassaient 2021 de six tonnes.",
    },
    "seized.pt.2022.pj": {
      measure: "cocaïne saisie",
      note: "Chiffre provisoire de la Polícia Judiciária ; l’EUDA donne 17 t.",
    },
    "seized.pt.2022.euda": { measure: "cocaïne saisie", note: "EUDA, European Drug Report 2025." },
    "seized.pt.2023.pj": {
      measure: "cocaïne saisie",
      note: "Rapport sur le trafic de drogue au Portugal ; l’EUDA donne 22 t.",
    },
    "seized.pt.2023.euda": { measure: "cocaïne saisie", note: "EUDA, European Drug Report 2025." },
    // Ports
    "port.antwerp.2019.customs": {
      measure: "cocaïne saisie",
      note: "Douane belge (SPF Finances), via l’AFP.",
    },
    "port.antwerp.2019.rijnmond": {
      measure: "cocaïne saisie",
      note: "Chiffre de la douane belge tel que rapporté par Rijnmond avec les résultats communs belgo-néerlandais ; l’AFP donnait 62,1 t.",
    },
    "port.antwerp.2020.customs": {
      measure: "cocaïne saisie",
      note: "Douane belge (SPF Finances), via l’AFP ; 14 fois la quantité de 2013.",
    },
    "port.antwerp.2021.customs": {
      measure: "cocaïne saisie",
      note: "Douane belge, via l’AFP ; l’EMCDDA arrondit 2021 à 91 t.",
    },
    "port.antwerp.2021.emcdda": {
      measure: "cocaïne saisie",
      note: "EMCDDA, European Drug Report 2023 ; la douane belge donnait 89,5 t.",
    },
    "port.antwerp.2022.customs": {
      measure: "cocaïne saisie",
      note: "Douane belge, via l’AFP ; première année au-dessus de 100 t. Aucun total national belge n’a été trouvé pour 2022.",
    },
    "port.antwerp.2023.customs": {
      measure: "cocaïne saisie",
      note: "Douane belge, chiffre annoncé par le ministre des Finances ; 5 % de plus qu’en 2022.",
    },
    "port.antwerp.2023.europol-spokesperson": {
      measure: "cocaïne saisie",
      note: "Un porte-parole d’Europol (2024) a donné 121 t pour le port d’Anvers. Contesté : la douane belge a annoncé 116 t en janvier 2024 (l’AFP s’en tient à 116 t), tandis que des dépêches Belga de 2025 et 2026 donnent aussi 121 t, ou plus de 120 t, pour le port. Chaque valeur reste avec sa source.",
    },
    "port.antwerp.2023.belga": {
      measure: "cocaïne saisie",
      note: "Belga (janvier 2025), comparant 2024 à 2023 ; le chiffre de la douane de janvier 2024 était de 116 t, et l’AFP s’en tient à 116 t. Soit la douane a révisé 2023 à la hausse, soit les dépêches diffèrent ; aucune source primaire ne tranche.",
    },
    "port.antwerp.2024.customs": {
      measure: "cocaïne saisie",
      note: "Douane belge, conférence de presse du 9 janvier 2025 : la première baisse en plus de dix ans. Belga et l’AFP concordent sur 44 t ; pour 2023, Belga dit 121 t, l’AFP 116 t.",
    },
    "port.antwerp.2025.customs": {
      measure: "cocaïne saisie",
      note: "Douane belge (rapport du SPF Finances), cocaïne venue d’Amérique du Sud : environ 55 t, contre 44 t en 2024. Les deux dépêches donnent pour 2023 plus de 120 t.",
    },
    "port.rotterdam.2019.om": {
      measure: "cocaïne saisie",
      note: "Équipe HARC, chiffre annoncé par le parquet de Rotterdam (33 732 kg) ; presque le double de 2018.",
    },
    "port.rotterdam.2019.customs": {
      measure: "cocaïne saisie",
      note: "Résultats communs des douanes belge et néerlandaise (38 000 kilos) ; l’équipe HARC comptait 33 732 kg : des périmètres différents.",
    },
    "port.rotterdam.2020.om": {
      measure: "cocaïne saisie",
      note: "Équipe HARC, chiffre annoncé par le parquet de Rotterdam (40 641 kg), près de 7 000 kg de plus qu’en 2019.",
    },
    "port.rotterdam.2021.om": {
      measure: "cocaïne saisie",
      note: "Équipe HARC, chiffre annoncé par le parquet de Rotterdam en janvier 2022 ; un record. En janvier 2023, il donnait 72,808 t pour 2021.",
    },
    "port.rotterdam.2021.change-on-2020.om": {
      measure: "évolution de la cocaïne saisie par l’équipe HARC sur l’année précédente",
      note: "Parquet de Rotterdam : 2021 dépassait 2020 de 74 %.",
    },
    "port.rotterdam.2021.om-revised": {
      measure: "cocaïne saisie",
      note: "Chiffre 2021 de l’équipe HARC tel que redonné par le parquet de Rotterdam en janvier 2023 ; annoncé d’abord comme 70,571 t.",
    },
    "port.rotterdam.2021-11.om": {
      measure: "cocaïne saisie",
      period: "2021 (jusqu’au 27 nov.)",
      note: "Une partie de l’année seulement (jusqu’à fin novembre 2021).",
    },
    "port.rotterdam.2022.om": {
      measure: "cocaïne saisie",
      note: "Équipe HARC, chiffre annoncé par le parquet de Rotterdam. Le communiqué commun des douanes belge et néerlandaise donnait 52,5 t, Le Soir environ 50 t : des périmètres différents.",
    },
    "port.rotterdam.2022.customs": {
      measure: "cocaïne saisie",
      note: "Résultats communs des douanes belge et néerlandaise, via l’AFP ; l’équipe HARC compte 46,789 t.",
    },
    "port.rotterdam.2022.lesoir": {
      measure: "cocaïne saisie",
      note: "Le Soir sur le chiffre de la douane néerlandaise, arrondi ; 29 % de moins qu’en 2021.",
    },
    "port.rotterdam.2023.om": {
      measure: "cocaïne saisie",
      note: "Équipe HARC, chiffre annoncé par le parquet de Rotterdam.",
    },
    "port.rotterdam.2024.om": {
      measure: "cocaïne saisie",
      note: "Équipe HARC (25 900 kg, contre 45 506 kg en 2023) : la troisième baisse d’affilée. La douane néerlandaise a ensuite donné environ 25 t.",
    },
    "port.rotterdam.2024.customs": {
      measure: "cocaïne saisie",
      note: "Douane néerlandaise (25 000 kg), chiffre donné en janvier 2026 à titre de comparaison ; l’équipe HARC compte 25 900 kg.",
    },
    "port.rotterdam.2025.om": {
      measure: "cocaïne saisie",
      note: "Équipe HARC (11 466 kg), moins de la moitié de 2024 : la quatrième baisse d’affilée. La douane néerlandaise donne 11 500 kg.",
    },
    "port.rotterdam.2025.customs": {
      measure: "cocaïne saisie",
      note: "Douane néerlandaise (11 500 kg), via RTV Rijnmond ; l’équipe HARC compte 11 466 kg.",
    },
    "port.hamburg.2019.customs": {
      measure: "cocaïne saisie",
      note: "Hauptzollamt Hamburg, surtout dans le port de Hambourg ; Hambourg et Bremerhaven ensemble : 9,5 t.",
    },
    "port.hamburg.2020.customs": {
      measure: "cocaïne saisie",
      note: "Tous les ports à conteneurs allemands de la mer du Nord et de la Baltique (environ 8,1 t), pas le seul port de Hambourg. La douane de Hambourg n’a publié aucun total pour 2020 : en décembre 2020, le Zollfahndungsamt disait seulement que 2020 atteindrait le niveau record de 2019, et en mai 2022 il a indiqué que 2021 dépassait 2020 d’exactement 11,023 t. Calculé, non publié : port.hamburg.2021.customs - port.hamburg.2021.increase-on-2020.customs.",
    },
    "port.hamburg.2021.customs": {
      measure: "cocaïne saisie",
      note: "Zollfahndungsamt Hamburg : tous les ports à conteneurs allemands de la mer du Nord et de la Baltique, y compris les 16 t découvertes à Hambourg en février 2021 (environ 19,1 t).",
    },
    "port.hamburg.2021.increase-on-2020.customs": {
      measure: "hausse de la cocaïne saisie sur l’année précédente",
      note: "Zollfahndungsamt Hamburg (service d’enquêtes douanières de Hambourg) : 2021 dépassait 2020 de 11,023 t, même périmètre.",
    },
    "port.hamburg.2022.customs-prelim": {
      measure: "cocaïne saisie",
      note: "Chiffre provisoire de la douane de Hambourg de décembre 2022 ; le décompte définitif, avec Bremerhaven, est de 13 t.",
    },
    "port.hamburg.2022.customs": {
      measure: "cocaïne saisie",
      note: "Hauptzollamt Hamburg (bureau principal des douanes de Hambourg), ports maritimes allemands y compris Bremerhaven.",
    },
    "port.hamburg.2023.customs": {
      measure: "cocaïne saisie",
      note: "Le seul port de Hambourg ; avec Bremerhaven (2 t), environ 35 t. Le ministère fédéral de l’Intérieur et dpa parlaient d’environ 34 t.",
    },
    "port.hamburg.2023.customs-with-bremerhaven": {
      measure: "cocaïne saisie dans les ports de Hambourg et de Bremerhaven",
      note: "Hauptzollamt Hamburg : 33 t à Hambourg et 2 t à Bremerhaven.",
    },
    "port.antwerp.2024-h1.customs": {
      measure: "cocaïne saisie par la douane, premier semestre de l’année",
      note: "Communiqué semestriel de la douane belge de 2025, en comparaison avec 2024 : 62 saisies, en moyenne 359 kg chacune.",
    },
    "port.antwerp.2025-h1.customs": {
      measure: "cocaïne saisie par la douane, premier semestre de l’année",
      note: "Douane belge : plus de saisies (82) mais plus petites, en moyenne 204 kg. Principales provenances : Brésil, Panama, Costa Rica, Suriname, Nicaragua.",
    },
    "port.antwerp.2024-h1.seizures": {
      measure: "saisies de cocaïne par la douane, premier semestre de l’année",
      note: "Communiqué semestriel de la douane belge de 2025.",
    },
    "port.antwerp.2025-h1.seizures": {
      measure: "saisies de cocaïne par la douane, premier semestre de l’année",
      note: "Communiqué semestriel de la douane belge de 2025.",
    },
    "port.antwerp.2023.offences": {
      measure: "infractions liées à la cocaïne constatées par la douane",
      note: "L’AFP sur les résultats 2024 de la douane, en comparaison avec 2023.",
    },
    "port.antwerp.2024.offences": {
      measure: "infractions liées à la cocaïne constatées par la douane",
      note: "AFP : plus d’infractions mais beaucoup moins de grosses saisies ; une contrebande en envois plus petits.",
    },
    "port.antwerp.2023.seizures-2t": {
      measure: "saisies de cocaïne d’au moins deux tonnes",
      note: "L’AFP sur les résultats 2024 de la douane, en comparaison avec 2023.",
    },
    "port.antwerp.2024.seizures-2t": {
      measure: "saisies de cocaïne d’au moins deux tonnes",
      note: "L’AFP sur les résultats 2024 de la douane.",
    },
    "intercepted.latam-to-be.2023.afp": {
      measure: "cocaïne à destination d’Anvers interceptée dans des ports d’Amérique latine",
      note: "AFP ; Belga donnait 80 t pour 2023. Les sources divergent et aucune n’est retenue.",
    },
    "intercepted.latam-to-be.2023.belga": {
      measure:
        "cocaïne à destination de la Belgique interceptée dans les pays source et de transit",
      note: "Belga ; l’AFP donnait 45 t pour 2023. Les sources divergent et aucune n’est retenue.",
    },
    "intercepted.latam-to-be.2024.afp": {
      measure: "cocaïne à destination d’Anvers interceptée dans des ports d’Amérique latine",
      note: "AFP ; Belga donnait 91 t, le Brussels Times (juillet 2025) 81 t. Les sources divergent et aucune n’est retenue.",
    },
    "intercepted.latam-to-be.2024.belga": {
      measure:
        "cocaïne à destination de la Belgique interceptée dans les pays source et de transit",
      note: "Belga ; l’AFP donnait 81,4 t. Les sources divergent et aucune n’est retenue.",
    },
    "intercepted.latam-to-be.2024-h1": {
      measure:
        "cocaïne à destination de la Belgique interceptée en Amérique du Sud, premier semestre de l’année",
      note: "Le Brussels Times (Belga), en comparaison avec 2025 ; un article de juillet 2024 donnait 15,8 t pour le même semestre de l’année.",
    },
    "intercepted.latam-to-be.2025-h1": {
      measure:
        "cocaïne à destination de la Belgique interceptée en Amérique du Sud, premier semestre de l’année",
      note: "Le Brussels Times (Belga).",
    },
    "port.rotterdam.2023.uithalers": {
      measure: "personnes arrêtées pour avoir sorti de la drogue de conteneurs",
      note: "OM et équipe HARC, via l’ANP, comparant 2024 à 2023.",
    },
    "port.rotterdam.2024.uithalers": {
      measure: "personnes arrêtées pour avoir sorti de la drogue de conteneurs",
      note: "OM et équipe HARC, via l’ANP ; 59 d’entre elles étaient mineures, la plus jeune avait 14 ans.",
    },
    "port.vlissingen.2024.om": {
      measure: "cocaïne saisie",
      note: "OM et équipe HARC (janvier 2026). D’autres périmètres donnent d’autres nombres : 12 664 kg pour tous les ports de Zeeland-West-Brabant (OM, janvier 2025), près de 9,6 t (douane néerlandaise).",
    },
    "port.vlissingen.2024.customs": {
      measure: "cocaïne saisie par la douane néerlandaise",
      note: "Douane néerlandaise via DutchNews ; l’OM et l’équipe HARC comptent 8 939 kg.",
    },
    "port.vlissingen.2025.om": {
      measure: "cocaïne saisie",
      note: "OM et équipe HARC (janvier 2026).",
    },
    "nl.seaports.2023-h1.customs": {
      measure:
        "cocaïne saisie par la douane dans les ports maritimes néerlandais, premier semestre de l’année",
      note: "Douane néerlandaise, via la NOS, en comparaison avec 2024.",
    },
    "nl.seaports.2024-h1.customs": {
      measure:
        "cocaïne saisie par la douane dans les ports maritimes néerlandais, premier semestre de l’année",
      note: "Douane néerlandaise, via la NOS : 42 % de moins qu’un an plus tôt ; la plus grosse saisie était de 3 600 kg à Flessingue.",
    },
    "nl.seaports.2025-h1.customs": {
      measure:
        "cocaïne saisie par la douane dans les ports maritimes néerlandais, premier semestre de l’année",
      note: "Douane néerlandaise, via l’ANP : 400 kg de moins qu’un an plus tôt ; y compris un record de 4 500 kg dans le port d’Amsterdam et 4 140 kg à Flessingue.",
    },
    "port.rotterdam.2025-h1.customs": {
      measure: "cocaïne saisie par la douane, premier semestre de l’année",
      note: "Douane néerlandaise, via l’ANP. D’autres articles donnent plus de 7 000 kg ou sept tonnes pour le même semestre : les articles divergent.",
    },
    "port.hamburg.2024.announced-count": {
      measure:
        "cocaïne découverte dans le port, en additionnant les saisies annoncées par la douane et la police",
      period: "2024 (jusqu’au 25 déc.)",
      note: "Pas un total annuel officiel : dpa a additionné les saisies annoncées jusqu’à Noël (2023 : environ 34 t) ; la douane de Hambourg a refusé de donner un chiffre provisoire. Aucun total officiel du port pour 2024 ou 2025 n’a été trouvé.",
    },
    // The trials
    "trial.encro.2024-10-29.convicted": {
      measure: "prévenus condamnés au procès Encro (première instance)",
      note: "Tribunal correctionnel de Bruxelles : 115 personnes et 4 sociétés, avec des peines de prison de 14 mois à 17 ans (Reuters). Le plus grand procès pénal de Belgique.",
    },
    "trial.encro.2024-10-29.acquitted": {
      measure: "prévenus acquittés au procès Encro (première instance)",
      note: "Tribunal correctionnel de Bruxelles.",
    },
    "trial.encro.2024-10-29.prison": {
      measure: "peines de prison prononcées au procès Encro, au total",
      note: "Environ 700 ans (BX1, belgiquefois) ; Bruzz a rapporté 800 ans : les articles divergent.",
    },
    "trial.encro.2024-10-29.confiscated": {
      measure: "confiscations ordonnées au procès Encro",
      note: "Environ 60 millions d’euros (BX1, belgiquefois) ; un agrégateur donnait 65 millions d’euros.",
    },
    "trial.encro.appeal.retried": {
      measure: "personnes condamnées au procès Encro et rejugées en appel",
      note: "Cour d’appel de Bruxelles. Le parquet a demandé de confirmer la plupart des peines et d’en alourdir cinq.",
    },
    "trial.encro.appeal.opened": {
      measure: "premier jour du procès en appel Encro",
      note: "Cour d’appel de Bruxelles.",
    },
    "trial.encro.appeal.closed": {
      measure: "dernier jour d’audience du procès en appel Encro",
      note: "Après sept semaines d’audiences.",
    },
    "trial.encro.appeal.judgment-expected": {
      measure: "mois où l’arrêt d’appel du procès Encro était attendu",
      note: "Attendu, comme annoncé à la clôture des débats ; l’arrêt lui-même reste introuvable.",
    },
    "trial.fr.paris.sent-to-trial": {
      measure:
        "personnes renvoyées pour un procès devant la cour d’assises spéciale de Paris (concepteurs et distributeurs de Sky ECC)",
      note: "Ordonnance de mise en accusation d’août 2024, dont le directeur général de Sky Global. L’issue du procès de Paris reste introuvable.",
    },
    "trial.fr.paris.charged": {
      measure: "parmi elles, personnes mises en examen en personne pendant l’enquête",
      note: "Les 18 autres faisaient l’objet de mandats d’arrêt.",
    },
    "trial.fr.paris.warrants": {
      measure: "parmi elles, personnes encore sous mandat d’arrêt",
      note: "Dont le directeur général de Sky Global.",
    },
    "trial.nl.distributors.2025-01.arrested": {
      measure: "personnes arrêtées pour avoir distribué des téléphones Sky ECC",
      note: "Police néerlandaise : deux hommes arrêtés à Ibiza et à Alicante, un homme et une femme à Amsterdam.",
    },
    "trial.nl.distributors.2025-01.crypto": {
      measure: "cryptomonnaies saisies chez des distributeurs de Sky ECC",
      note: "Police néerlandaise ; des biens immobiliers ont aussi été saisis.",
    },
  },
  // The changelog: keyed by version, then by figure id (or source id and field), as its English in src/data.
  changelog: {
    words: {
      added: "Ajoutés ({count})",
      revised: "Révisés ({count})",
      withdrawn: "Retirés ({count})",
      sourcesCorrected: "Sources corrigées ({count})",
      wasValue: "valait {value}",
      sourcesLine: "Sources : {ids}.",
      fieldChange: "{field} : {old} → {new}",
      none: "néant",
      quoted: "« {text} »",
      fields: { title: "titre", date: "date" },
    },
    versions: {
      "2026-11-30": {
        summary:
          "Premier jeu de données publié : 193 chiffres tirés de 68 sources, en huit tableaux du catalogue (le jour de l’opération, les saisies record, Sky ECC en chiffres, les parts d’utilisateurs, les saisies par pays et par port 2019–2023, les suites en Belgique, la vérification des faits).",
      },
      "2026-12-05": {
        summary:
          "Les chiffres jusqu’en 2025 (ports, totaux nationaux, semestres), les procès Sky ECC et les corrections de la revue de décembre 2026 : des chiffres publiés au lieu de chiffres calculés, les réserves telles que les sources les expriment, plus aucune référence à une page d’accueil.",
        figures: {
          "aftermath.be.2024-03.cases": WHY_FR.policeThreeYears,
          "aftermath.be.2024-03.suspects": WHY_FR.policeThreeYears,
          "aftermath.be.2024-03.money": WHY_FR.policeThreeYears,
          "aftermath.be.2024-03.convictions": WHY_FR.policeThreeYears,
          "aftermath.be.2024-10.cases": WHY_FR.policeOctober2024,
          "aftermath.be.2024-10.prosecuted": WHY_FR.policeOctober2024,
          "aftermath.be.2024-10.money": WHY_FR.policeOctober2024,
          "aftermath.be.2024-10.judgments": WHY_FR.policeOctober2024,
          "aftermath.be.2024-10.prison": WHY_FR.policeOctober2024,
          "aftermath.be.2026-02.decisions":
            "Nouveau détail du bilan à cinq ans : le total des peines de prison provient de 178 décisions de justice.",
          "seized.nl.2023.customs":
            "Le chiffre exact de la douane néerlandaise pour 2023 ; la règle du tableau, qui donne d’abord le chiffre national, s’applique désormais à 2023 (il montrait les 59 t de l’EUDA).",
          "seized.nl.2024.customs": "Total national de la douane néerlandaise pour 2024.",
          "seized.nl.2025.customs": "Total national de la douane néerlandaise pour 2025.",
          "seized.de.2024.bka":
            "Total national du BKA pour 2024 (tous services confondus), tel que résumé par inside bw.",
          "seized.de.2024.zoll":
            "Le total 2024 propre à la douane allemande, tenu à part du total du BKA pour tous les services.",
          "seizure.es.2024-10.algeciras":
            "La plus grosse saisie de cocaïne jamais réalisée en une fois en Espagne, citée par le Rapport européen sur les drogues 2025 de l’EUDA.",
          "port.antwerp.2019.rijnmond":
            "Consigné comme un désaccord : les résultats communs des douanes donnaient 61,8 t pour Anvers en 2019, l’AFP 62,1 t.",
          "port.antwerp.2023.belga":
            "Les 121 t de Belga pour le port en 2023, en désaccord avec les 116 t annoncées par la douane en janvier 2024 ; les deux chiffres sont gardés.",
          "port.antwerp.2024.customs": "Total 2024 de la douane belge pour le port d’Anvers.",
          "port.antwerp.2025.customs": "Total 2025 de la douane belge pour le port d’Anvers.",
          "port.rotterdam.2019.customs":
            "Consigné comme un désaccord : les résultats communs des douanes donnaient 38 t pour Rotterdam en 2019, l’équipe HARC 33,732 t.",
          "port.rotterdam.2024.om": "Total 2024 de l’équipe HARC pour le port de Rotterdam.",
          "port.rotterdam.2024.customs":
            "Le chiffre 2024 de la douane néerlandaise pour Rotterdam, à côté de celui de l’équipe HARC.",
          "port.rotterdam.2025.om": "Total 2025 de l’équipe HARC pour le port de Rotterdam.",
          "port.rotterdam.2025.customs":
            "Le chiffre 2025 de la douane néerlandaise pour Rotterdam, à côté de celui de l’équipe HARC.",
          "port.antwerp.2024-h1.customs": WHY_FR.antwerpHalfYear,
          "port.antwerp.2025-h1.customs": WHY_FR.antwerpHalfYear,
          "port.antwerp.2024-h1.seizures": WHY_FR.antwerpHalfYear,
          "port.antwerp.2025-h1.seizures": WHY_FR.antwerpHalfYear,
          "port.antwerp.2023.offences": WHY_FR.afpCustoms2024,
          "port.antwerp.2024.offences": WHY_FR.afpCustoms2024,
          "port.antwerp.2023.seizures-2t": WHY_FR.afpCustoms2024,
          "port.antwerp.2024.seizures-2t": WHY_FR.afpCustoms2024,
          "intercepted.latam-to-be.2023.afp": WHY_FR.latinAmerica,
          "intercepted.latam-to-be.2023.belga": WHY_FR.latinAmerica,
          "intercepted.latam-to-be.2024.afp": WHY_FR.latinAmerica,
          "intercepted.latam-to-be.2024.belga": WHY_FR.latinAmerica,
          "intercepted.latam-to-be.2024-h1": WHY_FR.southAmericaHalfYear,
          "intercepted.latam-to-be.2025-h1": WHY_FR.southAmericaHalfYear,
          "port.rotterdam.2023.uithalers": WHY_FR.retrievers,
          "port.rotterdam.2024.uithalers": WHY_FR.retrievers,
          "port.vlissingen.2024.om": WHY_FR.vlissingen,
          "port.vlissingen.2024.customs": WHY_FR.vlissingen,
          "port.vlissingen.2025.om": WHY_FR.vlissingen,
          "nl.seaports.2023-h1.customs": WHY_FR.seaportsHalfYear,
          "nl.seaports.2024-h1.customs": WHY_FR.seaportsHalfYear,
          "nl.seaports.2025-h1.customs": WHY_FR.seaportsHalfYear,
          "port.rotterdam.2025-h1.customs":
            "Chiffre semestriel de la douane néerlandaise pour Rotterdam ; d’autres articles divergent (voir la note).",
          "port.hamburg.2024.announced-count":
            "Le décompte par dpa des saisies annoncées à Hambourg en 2024 : pas un total officiel, marqué provisoire.",
          "trial.encro.2024-10-29.convicted": WHY_FR.encroVerdict,
          "trial.encro.2024-10-29.acquitted": WHY_FR.encroVerdict,
          "trial.encro.2024-10-29.prison": WHY_FR.encroVerdict,
          "trial.encro.2024-10-29.confiscated": WHY_FR.encroVerdict,
          "trial.encro.appeal.retried": WHY_FR.encroAppeal,
          "trial.encro.appeal.opened": WHY_FR.encroAppeal,
          "trial.encro.appeal.closed": WHY_FR.encroAppeal,
          "trial.encro.appeal.judgment-expected": WHY_FR.encroAppeal,
          "trial.fr.paris.sent-to-trial": WHY_FR.parisCase,
          "trial.fr.paris.charged": WHY_FR.parisCase,
          "trial.fr.paris.warrants": WHY_FR.parisCase,
          "trial.nl.distributors.2025-01.arrested": WHY_FR.dutchDistributors,
          "trial.nl.distributors.2025-01.crypto": WHY_FR.dutchDistributors,
          "port.rotterdam.2020.om":
            "Était calculé à partir des 70,571 t de 2021 et de leur évolution de 74 % ; l’équipe HARC a publié 40 641 kg pour 2020. Le chiffre publié remplace le calcul (et l’évolution de 2021 par rapport à 2020 n’est plus circulaire).",
          "seized.nl.2019.customs":
            "Valeur inchangée ; désormais avec la réserve « environ » : elle est déduite d’une évolution d’environ 24 %. Les 38 000 kg annoncés par la douane elle-même (NRC, juillet 2020) n’avaient pas été relevés et ne peuvent donc pas encore la remplacer.",
          "seized.nl.2020.customs":
            "Valeur inchangée ; la réserve « plus de » est retirée : l’article cité du Telegraaf dit « 48.000 kilo » (les reprises de l’ANP disent « ruim », plus de).",
          "seized.nl.2021.customs":
            "Valeur inchangée ; sa mesure la désigne désormais comme un chiffre d’une partie de l’année (jusqu’à Noël 2021), et elle ne sert plus au calcul d’une part du total de l’UE.",
          "seized.nl.2022.customs":
            "Le chiffre exact de la douane néerlandaise (51 447 kg) remplace l’arrondi « environ 51 t ».",
          "seized.es.2023.govt":
            "Valeur inchangée ; n’est plus provisoire : le chiffre officiel du ministère espagnol de l’Intérieur (117 t, El País, 17 décembre 2024) concorde.",
          "seizure.antwerp.livephase":
            "Le chiffre du parquet d’Anvers lui-même, 27,64 t, remplace « environ 27,6 t » ; le chiffre est celui du parquet, il n’est plus cité d’après Le Vif (données de l’EMCDDA).",
          "seizure.antwerp.livephase.days":
            "Le parquet d’Anvers a parlé de 42 jours, pas d’environ 40.",
          "seizure.antwerp.livephase.value":
            "Le parquet d’Anvers a parlé de 1,382 milliard d’euros ; environ 1,4 milliard d’euros était un arrondi des reprises de Belga.",
          "article.skyecc.share.antwerp":
            "Valeur inchangée ; l’article parle de « près de » 15 %, pas d’« environ ». Fiabilité abaissée à faible (l’affirmation ne figure dans aucune source).",
          "article.seized.de.16t":
            "Valeur inchangée ; lieu corrigé de « port de Hambourg » en Allemagne, comme le dit l’article. Fiabilité abaissée à faible (la chronologie diffère).",
          "article.op.nl.weapons":
            "Valeur inchangée ; unité corrigée d’armes à feu en armes : l’article parle d’« armes illégales », la police néerlandaise d’armes à feu.",
          "aftermath.be.2022-03.money":
            "Valeur inchangée ; les deux sources disent près de (« bijna », « près de ») 60 millions d’euros, pas environ.",
          "skyecc.users.benl.prosecutor":
            "Valeur inchangée ; avec la réserve « environ », comme les deux nombres qu’elle additionne.",
          "skyecc.users.antwerp.prosecutor":
            "Valeur inchangée ; avec la réserve « environ », comme le nombre du parquet dont elle provient.",
          "skyecc.users.worldwide.justice": WHY_FR.justicePage,
          "aftermath.be.2022-03.suspects.justice": WHY_FR.justicePage,
          "article.seized.be.17t": WHY_FR.claimConfidence,
          "article.seized.be.record": WHY_FR.claimConfidence,
          "article.seized.nl.7t": WHY_FR.claimConfidence,
          "article.op.be.weapons": WHY_FR.claimConfidence,
          "article.skyecc.devices.seized": WHY_FR.claimConfidence,
          "article.skyecc.price.low": WHY_FR.claimConfidence,
          "article.skyecc.price.high": WHY_FR.claimConfidence,
          "seized.be.2023.finmin":
            "Cité seulement d’après la page d’accueil du ministère des Finances, et aucune source disponible n’appuie l’affirmation que 121 t était le total national de la Belgique. Pour la Belgique en 2023, le chiffre est désormais celui de l’EUDA, 123 t ; les 121 t pour le port restent attribuées à Belga (port.antwerp.2023.belga).",
          "skyecc.users.share.be.afp":
            "Cité seulement d’après la page d’accueil de La Nación : l’article de l’AFP lui-même est introuvable.",
          "aftermath.be.2024-10.money.bruzz":
            "Cité seulement d’après la page d’accueil de Bruzz. Les mêmes 239 millions d’euros sont désormais aftermath.be.2024-10.money, cité d’après RTL (28 octobre 2024).",
          "aftermath.be.2024-10.arrests.bruzz":
            "Cité seulement d’après la page d’accueil de Bruzz ; aucune page conservée ne donne « plus de 2 000 arrestations ».",
        },
      },
      "2026-12-06": {
        summary:
          "Les sources citées comme les donnent leurs pages conservées : trois titres ajoutés ou complétés et une date précisée, et chaque source sans titre ou sans jour complet dit désormais pourquoi ; le total 2019 de la douane néerlandaise tel que publié au lieu d’un chiffre calculé ; le chiffre 2020 de la douane de Hambourg reste calculé, avec la raison dans sa note.",
        figures: {
          "seized.nl.2019.customs":
            "Le total 2019 de la douane elle-même, 38 000 kg (NRC, 16 juillet 2020), remplace la valeur déduite du total de 2020 et de son évolution d’environ 24 %.",
          "port.hamburg.2020.customs":
            "Valeur inchangée ; toujours calculée, et sa note dit désormais pourquoi : la douane de Hambourg n’a publié aucun total pour 2020 (en décembre 2020, elle s’attendait seulement au niveau record de 2019 ; en mai 2022, elle a indiqué que 2021 dépassait 2020 d’exactement 11,023 t).",
        },
        sources: {
          "brusselstimes-2021-03-09": {
            title: "Le titre de la page conservée elle-même ; la fiche n’en avait aucun.",
          },
          "stadindex-2026-01-22": {
            title:
              "L’intitulé de la page conservée elle-même (22 janvier 2026) ; la fiche n’en avait aucun.",
          },
          "bx1-2026-02-27": { title: "Le titre complet de la page remplace le titre tronqué." },
          "abendblatt-2024": {
            date: "La page conservée est datée de mai 2024 (un bilan de la douane présenté un mercredi) ; elle n’indique aucun jour.",
          },
        },
      },
    },
  },
});

export default texts;
