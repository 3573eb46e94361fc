/**
 * The investor deck's contract: {@link dev.scalesim.report.deck.Deck} says what a scenario's
 * {@code deck.pptx} shows (decided by {@link dev.scalesim.report.DeckFile} from the report's own
 * tables, charts and insights), and a {@link dev.scalesim.report.deck.DeckWriter} lays it out.
 * The writer lives in the {@code deck} Maven module (Apache POI, too heavy for the main jar) and
 * is found with {@link java.util.ServiceLoader} only when a run wants a deck, so runs with
 * {@code --no-deck} or {@code --no-charts} load none of it. Depends on nothing.
 */
package dev.scalesim.report.deck;
