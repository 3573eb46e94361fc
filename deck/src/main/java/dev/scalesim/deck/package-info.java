/**
 * {@code deck.pptx} with Apache POI's XSLF: the {@link dev.scalesim.report.deck.DeckWriter}
 * service the simulator finds on its class path when a run wants a deck. It only lays out the
 * {@link dev.scalesim.report.deck.Deck} the simulator decided on; it computes nothing.
 */
package dev.scalesim.deck;
