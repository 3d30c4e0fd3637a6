/** The bundled rates (dist/rates.bin) as the last source of the chain. */
import { newestPairDay, rateOnDay } from "../lookup";
import type { RateTable } from "../rateTable";
import type { RateSource } from "./source";

export function bundledSource(table: RateTable): RateSource {
  return {
    name: "bundled",
    answer(q) {
      const result = rateOnDay(table, q.from, q.to, q.day, q.rule);
      if (result.ok) return result;
      // Input the table cannot read is an error whatever else is asked; a missing rate is a reason.
      if (result.kind === "value") return { kind: "refused", error: result };
      return { kind: "passed", text: result.text };
    },
    newestDay: (from, to) => newestPairDay(table, from, to),
  };
}
