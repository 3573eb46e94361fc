package dev.scalesim.report.deck;

import java.io.IOException;
import java.nio.file.Path;

/** Lays out a {@link Deck} as a PowerPoint file (a service: see the package's description). */
public interface DeckWriter {
    /** Writes the deck to {@code file}, which does not exist yet. */
    void write(Deck deck, Path file) throws IOException;
}
