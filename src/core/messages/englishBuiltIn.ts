/**
 * Imported for its effect: the English messages built into the code that imports it. functions.js (the
 * manifest's script, which may run where no chunk can be fetched) and the Node tools (scripts, tests) run
 * with English at once; the task pane's page fetches it on first use instead (src/functions/messages.ts).
 */
import { FUNCTION_MESSAGES_EN } from "./en";
import { useEnglishMessages } from "./text";

useEnglishMessages(FUNCTION_MESSAGES_EN);
