/**
 * Imported for its effect: every English message built into the code that imports it. functions.js (the
 * manifest's script, which may run where no chunk can be fetched) and the Node tools (scripts, tests) run
 * with English at once; the task pane's page fetches each part on first use instead (the cell messages
 * with the first formula, src/functions/messages.ts; the rate engine's and the ECB file reader's with
 * their code).
 */
import { ECB_FILE_MESSAGES_EN } from "./ecbFileEn";
import { FUNCTION_MESSAGES_EN } from "./en";
import { RATE_SERVICE_MESSAGES_EN } from "./rateServiceEn";
import { addEnglishMessages, useEnglishMessages } from "./text";

useEnglishMessages(FUNCTION_MESSAGES_EN);
addEnglishMessages(RATE_SERVICE_MESSAGES_EN);
addEnglishMessages(ECB_FILE_MESSAGES_EN);
