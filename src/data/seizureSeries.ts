/**
 * Which figure answers "cocaine seized in <place> in <year>" (DESK.SEIZED), per source. The default is the
 * national authority's figure (customs, police, prosecutors, ministry or government) where one is published,
 * else the EU drugs agency's (EMCDDA, EUDA since 2024). Every other published value stays reachable by its
 * source key; nothing is averaged.
 */

export const SEIZURE_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

export const SEIZURE_PLACES = [
  "BE",
  "NL",
  "DE",
  "ES",
  "FR",
  "IT",
  "PT",
  "EU",
  "Antwerp",
  "Rotterdam",
  "Hamburg",
] as const;
export type SeizurePlace = (typeof SEIZURE_PLACES)[number];

/** Names accepted for each place, compared case-insensitively after trimming. */
export const SEIZURE_PLACE_NAMES: Readonly<Record<SeizurePlace, readonly string[]>> = {
  BE: ["BE", "Belgium"],
  NL: ["NL", "Netherlands", "The Netherlands"],
  DE: ["DE", "Germany"],
  ES: ["ES", "Spain"],
  FR: ["FR", "France"],
  IT: ["IT", "Italy"],
  PT: ["PT", "Portugal"],
  EU: ["EU", "European Union", "EU total"],
  Antwerp: ["Antwerp", "Antwerp port", "Port of Antwerp"],
  Rotterdam: ["Rotterdam", "Rotterdam port", "Port of Rotterdam"],
  Hamburg: ["Hamburg", "Hamburg port", "Port of Hamburg"],
};

/** Source keys a caller may ask for, with what each means. */
export const SEIZURE_SOURCE_KEYS: Readonly<Record<string, string>> = {
  national:
    "the national authority's figure, whichever authority publishes it (the default where one exists)",
  customs: "national customs (Belgian FPS Finance, Dutch Douane, German Zoll)",
  "customs-joint": "customs, as given in the joint Belgian–Dutch customs results",
  "customs-later": "customs' figure as given in a later year's report",
  "customs-port-only": "customs, the port of Hamburg without Bremerhaven",
  europol: "a Europol spokesperson",
  "customs-prelim": "national customs, preliminary figure",
  police: "national police or anti-drug office (BKA, OFAST, DCSA, Polícia Judiciária)",
  "police-first-report": "national anti-drug office, first published figure later revised",
  prosecutor: "prosecutors (Rotterdam HARC team)",
  "prosecutor-revised": "prosecutors, a year's figure as restated in a later year",
  ministry:
    "ministry or minister (Belgian finance minister, French interior ministry, Portuguese RASI)",
  "ministry-prelim": "ministry, first estimate later revised",
  government: "government (Spanish written parliamentary answer)",
  citco: "Spanish CITCO annual drug statistics",
  natsec: "Spanish Annual National Security Report (preliminary)",
  euda: "EU drugs agency (EMCDDA until 2024, EUDA since)",
};

/** Alternative spellings of source keys. */
export const SEIZURE_SOURCE_ALIASES: Readonly<Record<string, string>> = {
  emcdda: "euda",
  eu: "euda",
};

export interface SeizureEntry {
  /** Source key of the default figure: the national authority's where published. */
  defaultSource: string;
  /** Figure id per source key. */
  bySource: Readonly<Record<string, string>>;
}

export type SeizureSeries = Readonly<
  Record<SeizurePlace, Readonly<Partial<Record<number, SeizureEntry>>>>
>;

const one = (source: string, id: string): SeizureEntry => ({
  defaultSource: source,
  bySource: { [source]: id },
});

export const SEIZURE_SERIES: SeizureSeries = {
  BE: {
    2019: one("euda", "seized.be.2019.emcdda"),
    2020: one("euda", "seized.be.2020.emcdda"),
    2021: one("euda", "seized.be.2021.emcdda"),
    2023: one("euda", "seized.be.2023.euda"),
  },
  NL: {
    2019: one("customs", "seized.nl.2019.customs"),
    2020: {
      defaultSource: "customs",
      bySource: { customs: "seized.nl.2020.customs", euda: "seized.nl.2020.emcdda" },
    },
    2021: one("customs", "seized.nl.2021.customs"),
    2022: one("customs", "seized.nl.2022.customs"),
    2023: {
      defaultSource: "customs",
      bySource: { customs: "seized.nl.2023.customs", euda: "seized.nl.2023.euda" },
    },
    2024: one("customs", "seized.nl.2024.customs"),
    2025: one("customs", "seized.nl.2025.customs"),
  },
  DE: {
    2019: one("police", "seized.de.2019.bka"),
    2020: one("police", "seized.de.2020.bka"),
    2021: one("police", "seized.de.2021.bka"),
    2022: one("police", "seized.de.2022.bka"),
    2023: {
      defaultSource: "police",
      bySource: { police: "seized.de.2023.bka", euda: "seized.de.2023.euda" },
    },
    2024: {
      defaultSource: "police",
      bySource: { police: "seized.de.2024.bka", customs: "seized.de.2024.zoll" },
    },
  },
  ES: {
    2019: one("government", "seized.es.2019.govt"),
    2020: {
      defaultSource: "government",
      bySource: { government: "seized.es.2020.govt", euda: "seized.es.2020.emcdda" },
    },
    2021: one("government", "seized.es.2021.govt"),
    2022: {
      defaultSource: "government",
      bySource: { government: "seized.es.2022.govt", citco: "seized.es.2022.citco" },
    },
    2023: {
      defaultSource: "government",
      bySource: {
        government: "seized.es.2023.govt",
        euda: "seized.es.2023.euda",
        natsec: "seized.es.2023.natsec",
      },
    },
  },
  FR: {
    2019: one("customs", "seized.fr.2019.customs"),
    2020: one("police", "seized.fr.2020.ofast"),
    2021: {
      defaultSource: "police",
      bySource: {
        police: "seized.fr.2021.ofast",
        "ministry-prelim": "seized.fr.2021.interior-prelim",
      },
    },
    2022: one("ministry", "seized.fr.2022.interior"),
    2023: {
      defaultSource: "police",
      bySource: { police: "seized.fr.2023.ofast", euda: "seized.fr.2023.euda" },
    },
  },
  IT: {
    2019: {
      defaultSource: "police",
      bySource: {
        police: "seized.it.2019.dcsa-2021",
        "police-first-report": "seized.it.2019.dcsa-2020",
      },
    },
    2020: one("police", "seized.it.2020.dcsa"),
    2021: one("police", "seized.it.2021.dcsa"),
    2022: one("police", "seized.it.2022.dcsa"),
  },
  PT: {
    2019: one("police", "seized.pt.2019.pj"),
    2020: one("ministry", "seized.pt.2020.rasi"),
    2021: one("police", "seized.pt.2021.pj"),
    // The police's figure is preliminary ("more than 16 t"); the EUDA's final 17 t comes first.
    2022: {
      defaultSource: "euda",
      bySource: { police: "seized.pt.2022.pj", euda: "seized.pt.2022.euda" },
    },
    2023: {
      defaultSource: "police",
      bySource: { police: "seized.pt.2023.pj", euda: "seized.pt.2023.euda" },
    },
  },
  EU: {
    2019: one("euda", "seized.eu.2019.emcdda"),
    2020: one("euda", "seized.eu.2020.emcdda"),
    2021: one("euda", "seized.eu.2021.emcdda"),
    2022: one("euda", "seized.eu.2022.euda"),
    2023: one("euda", "seized.eu.2023.euda"),
  },
  Antwerp: {
    2019: {
      defaultSource: "customs",
      bySource: {
        customs: "port.antwerp.2019.customs",
        "customs-joint": "port.antwerp.2019.rijnmond",
      },
    },
    2020: one("customs", "port.antwerp.2020.customs"),
    2021: {
      defaultSource: "customs",
      bySource: { customs: "port.antwerp.2021.customs", euda: "port.antwerp.2021.emcdda" },
    },
    2022: one("customs", "port.antwerp.2022.customs"),
    2023: {
      defaultSource: "customs",
      bySource: {
        customs: "port.antwerp.2023.customs",
        "customs-later": "port.antwerp.2023.belga",
        europol: "port.antwerp.2023.europol-spokesperson",
      },
    },
    2024: one("customs", "port.antwerp.2024.customs"),
    2025: one("customs", "port.antwerp.2025.customs"),
  },
  Rotterdam: {
    2019: {
      defaultSource: "prosecutor",
      bySource: { prosecutor: "port.rotterdam.2019.om", customs: "port.rotterdam.2019.customs" },
    },
    2020: one("prosecutor", "port.rotterdam.2020.om"),
    2021: {
      defaultSource: "prosecutor",
      bySource: {
        prosecutor: "port.rotterdam.2021.om",
        "prosecutor-revised": "port.rotterdam.2021.om-revised",
      },
    },
    2022: {
      defaultSource: "prosecutor",
      bySource: { prosecutor: "port.rotterdam.2022.om", customs: "port.rotterdam.2022.customs" },
    },
    2023: one("prosecutor", "port.rotterdam.2023.om"),
    2024: {
      defaultSource: "prosecutor",
      bySource: { prosecutor: "port.rotterdam.2024.om", customs: "port.rotterdam.2024.customs" },
    },
    2025: {
      defaultSource: "prosecutor",
      bySource: { prosecutor: "port.rotterdam.2025.om", customs: "port.rotterdam.2025.customs" },
    },
  },
  Hamburg: {
    2019: one("customs", "port.hamburg.2019.customs"),
    2020: one("customs", "port.hamburg.2020.customs"),
    2021: one("customs", "port.hamburg.2021.customs"),
    2022: {
      defaultSource: "customs",
      bySource: {
        customs: "port.hamburg.2022.customs",
        "customs-prelim": "port.hamburg.2022.customs-prelim",
      },
    },
    // Hamburg with Bremerhaven first, like 2022's final count, so that the change on the year compares like
    // with like; the port of Hamburg alone stays reachable.
    2023: {
      defaultSource: "customs",
      bySource: {
        customs: "port.hamburg.2023.customs-with-bremerhaven",
        "customs-port-only": "port.hamburg.2023.customs",
      },
    },
  },
};
