/** The DESK functions' help in French (see help.ts). */
import type { FunctionsHelp } from "./help";

export const FUNCTIONS_HELP_FR: FunctionsHelp = {
  SHARE: {
    description:
      "Part d’une partie dans un total (partie / total, de 0 à 1) ; refuse les valeurs négatives, une partie supérieure au total et un total nul.",
    parameters: {
      part: "La partie : un nombre, ou une plage de nombres.",
      total: "Le total : un nombre, ou une plage de même forme que la partie.",
    },
  },
  FIGURE: {
    description:
      "Un chiffre du jeu de données, par son identifiant, tel que sa source l’a publié. DESK.SOURCE en donne la référence.",
    parameters: {
      id: "Identifiant du chiffre, par exemple « seized.be.2023.euda » (une cellule ou une plage d’identifiants).",
    },
  },
  SOURCE: {
    description:
      "La référence d’un chiffre du jeu de données, prête à coller : éditeur, titre, date et URL de chaque source.",
    parameters: {
      id: "Identifiant du chiffre (une cellule ou une plage d’identifiants).",
    },
  },
  SEIZED: {
    description:
      "Tonnes de cocaïne saisies dans un pays ou un port au cours d’une année ; par défaut, le chiffre de l’autorité nationale.",
    parameters: {
      place:
        "Pays (code ISO comme « BE », ou nom anglais) ou port (« Antwerp », « Rotterdam », « Hamburg »).",
      year: "Année, de 2019 à 2025.",
      source:
        "Quelle source : « national » (par défaut, là où elle publie), « euda », « customs », « police », « prosecutor », « ministry »…",
    },
  },
  SHAREOFUSERS: {
    description: "Part (de 0 à 1) des utilisateurs de Sky ECC dans une région, selon une source.",
    parameters: {
      region: "« BE », « NL », « BE+NL » ou « Antwerp area ».",
      basis:
        "Source : « prosecutor » (parquet fédéral belge, par défaut), « europol », « dutch-police » ou « article ».",
    },
  },
  USERS: {
    description: "Nombre d’utilisateurs de Sky ECC dans une région, là où la source le donne.",
    parameters: {
      region: "« BE », « NL », « BE+NL » ou « Antwerp area ».",
      basis: "Source : « prosecutor » (par défaut), « europol », « dutch-police » ou « article ».",
    },
  },
  CONVERT: {
    description: "Un montant converti d’une devise dans une autre au taux de référence d’une date.",
    parameters: {
      amount: "Le montant dans la devise « de » (un nombre, ou une plage).",
      from: "Code ISO 4217 de la devise du montant, par exemple « EUR ».",
      to: "Code ISO 4217 de la devise voulue, par exemple « USD ».",
      date: "Date du taux : une cellule de date ou « AAAA-MM-JJ » ; omise : aujourd’hui (une cellule vide est une erreur).",
      rule: "Pour un jour sans taux publié : « previous » (par défaut), « next » ou « exact ».",
      full_precision:
        "VRAI : un taux calculé (inverse ou croisé) avant arrondi ; FAUX ou omis : tel que publié, ou arrondi à sa branche la moins précise.",
    },
  },
  RATE: {
    description:
      "Le taux de change utilisé : unités de « vers » pour une unité de « de » à une date.",
    parameters: {
      from: "Code ISO 4217, par exemple « EUR ».",
      to: "Code ISO 4217, par exemple « USD ».",
      date: "Date du taux : une cellule de date ou « AAAA-MM-JJ » ; omise : aujourd’hui (une cellule vide est une erreur).",
      rule: "Pour un jour sans taux publié : « previous » (par défaut), « next » ou « exact ».",
      full_precision:
        "VRAI : un taux calculé (inverse ou croisé) avant arrondi ; FAUX ou omis : tel que publié, ou arrondi à sa branche la moins précise.",
    },
  },
  RATEINFO: {
    description:
      "Une ligne par taux : le taux, la date du taux réellement utilisé, sa source (figé, BCE en direct, fichier BCE, intégrés), la règle appliquée et le nombre de jours entre la date demandée et la date utilisée (7 au plus).",
    parameters: {
      from: "Code ISO 4217, par exemple « EUR » (une cellule, ou une colonne de codes).",
      to: "Code ISO 4217, par exemple « USD ».",
      date: "Date du taux : une cellule de date ou « AAAA-MM-JJ » ; omise : aujourd’hui (une cellule vide est une erreur).",
      rule: "Pour un jour sans taux publié : « previous » (par défaut), « next » ou « exact ».",
    },
  },
};
