/**
 * The exports of a plan and of a results file for other systems and spreadsheets: one JSON
 * document (keys in English, the plan's text as written, money as exact decimal strings) and two
 * CSV tables, and the JSON Schema that describes the documents. Made from the bound model; the
 * results' figures by the same code as the report's ({@link plan.model.Outcome}, the budget's year).
 */
package plan.render.export;
