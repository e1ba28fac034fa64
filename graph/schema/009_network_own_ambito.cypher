// A network is placed by the one Ambito it is FOR, the office that keeps it, no longer by its members'
// Ambiti (issue 13: a member from another Ambito made the network that Ambito's too). Networks
// stored before get, once, the Ambito most of their members are in (ties: the first by id); those
// without members stay unanchored, kept by their author.
MATCH (n:Network) WHERE NOT (n)-[:FOR]->(:Ambito)
CALL (n) {
  MATCH (n)<-[:MEMBER_OF]-(a:Actor)
  UNWIND [(a)-[:SEATED_IN]->(:Comune)-[:IN]->(x:Ambito) | x] + [(a)-[:ACTIVE_IN]->(x:Ambito) | x]
    + [(a:Comune)-[:IN]->(x:Ambito) | x] + CASE WHEN a:Ambito THEN [a] ELSE [] END AS x
  WITH DISTINCT a, x
  WITH x, count(a) AS members ORDER BY members DESC, x.id LIMIT 1
  MERGE (n)-[:FOR]->(x)
};
