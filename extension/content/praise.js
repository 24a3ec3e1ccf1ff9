/*
 * What a draft does well, said plainly, read off the server's report: only what the report
 * shows. A check that found nothing is a strength only when the user has not turned it off;
 * the length note uses the report's own count and the network's limit.
 */
(function (ns) {
  "use strict";

  /** A strength holds when none of `codes` is among the findings (and none is turned off). */
  const ABSENCES = Object.freeze([
    {
      codes: ["SMM201", "SMM202"], // missing-question, missing-engagement
      note: "It invites a conversation: it asks or speaks to the reader.",
    },
    {
      codes: ["SMM101", "SMM103", "SMM104"], // sales-push, multiple-ctas, engagement-bait
      note: "No sales push and no bait for reactions.",
    },
    {
      codes: ["SMM301", "SMM302", "SMM303"], // all-caps, punctuation-pileup, emoji-wall
      note: "A calm voice: no shouting in capitals, !!! or emoji.",
    },
  ]);

  /**
   * The notes for a report ({findings, metrics, platform}) given the codes the user turned off.
   */
  function strengths(report, disabled = []) {
    const found = new Set((report.findings ?? []).map((finding) => finding.code));
    const off = new Set(disabled);
    const notes = ABSENCES.filter(({ codes }) =>
      codes.every((code) => !found.has(code) && !off.has(code)),
    ).map(({ note }) => note);
    const length = report.metrics?.length;
    if (length && Number.isFinite(length.limit) && length.platform <= length.limit) {
      const unit = length.unit ?? "characters";
      notes.push(`It fits the limit here: ${length.platform} of ${length.limit} ${unit}.`);
    }
    return notes;
  }

  ns.praise = Object.freeze({ strengths });
})((globalThis.smmlint ??= {}));
