package dev.scalesim.scenario;

import java.io.IOException;
import java.io.Reader;

/**
 * UTF-8 text as the CSV parser reads it: the byte-order mark dropped and every line end
 * ({@code \r\n}, {@code \r}, {@code \n}) turned into {@code \n}, read as a stream.
 */
final class LineEnds extends CharFilter {
    private boolean started;
    private boolean afterCr;

    LineEnds(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        while (true) {
            int c = in.read();
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (c == '\n' && afterCr) {
                afterCr = false;
                continue;
            }
            afterCr = c == '\r';
            return afterCr ? '\n' : c;
        }
    }
}
