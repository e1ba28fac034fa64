// A same-name actor added in a workshop merges only when the Comuni do not differ (mergeContribution in
// workshop-queries.ts), read from Contribution.seatIstat beside the name key. Rows written before
// kept the seat only in their payload (JSON.stringify writes `"seatIstat":"019035"`): copied here.
MATCH (c:Contribution {type: 'actor'}) WHERE c.seatIstat IS NULL AND c.payloadJson CONTAINS '"seatIstat":"'
SET c.seatIstat = split(split(c.payloadJson, '"seatIstat":"')[1], '"')[0];
