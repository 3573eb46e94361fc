package dev.scalesim.scenario;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that changes its input one character at a time ({@link #read()}); bulk reads go
 * through that method, so a subclass writes its rule once.
 */
abstract class CharFilter extends FilterReader {
    CharFilter(Reader in) {
        super(in);
    }

    @Override
    public abstract int read() throws IOException;

    @Override
    public final int read(char[] buffer, int offset, int length) throws IOException {
        int n = 0;
        while (n < length) {
            int c = read();
            if (c < 0) {
                return n == 0 ? -1 : n;
            }
            buffer[offset + n++] = (char) c;
        }
        return n;
    }
}
