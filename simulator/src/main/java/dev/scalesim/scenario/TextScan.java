package dev.scalesim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checks of a whole text file that come before parsing it, each one streaming pass in
 * constant memory, whatever the file's size: strict UTF-8 with no NUL byte (else
 * {@link TextEncoding} tries Windows-1252) (and the file's
 * SHA-256 on the way), the header's delimiter, and a quote that never closes.
 */
final class TextScan {
    private static final int CHUNK = 1 << 16;
    private static final String NOT_TEXT = "not a text file";

    private TextScan() {
    }

    /** A problem at a line: {@code line} 1-based. */
    record Failure(int line, int column, String message) {
    }

    /** The file's SHA-256 (hex) or, when it is not UTF-8 text, why. */
    record Bytes(String sha256, Failure failure) {
        /** True when the failure is binary content (a NUL byte), not just bytes that are not UTF-8. */
        boolean binary() {
            return failure != null && failure.message().startsWith(NOT_TEXT);
        }
    }

    /** Hashes the file and checks that it is UTF-8 text without NUL bytes. */
    static Bytes bytes(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK + 8);
        CharBuffer out = CharBuffer.allocate(CHUNK + 8);
        byte[] chunk = new byte[CHUNK];
        long offset = 0; // of in's first byte in the file
        int line = 1;
        Failure failure = null;
        try (InputStream s = new DigestInputStream(Files.newInputStream(file), digest)) {
            int n;
            while ((n = s.read(chunk)) >= 0) {
                if (failure != null) {
                    continue; // finish the hash only
                }
                for (int i = 0; i < n && failure == null; i++) {
                    if (chunk[i] == 0) {
                        failure = new Failure(line + lines(in, 0, in.position()) + lines(chunk, i), 0,
                                NOT_TEXT + ": found a NUL byte at offset " + (offset + in.position() + i)
                                        + " (expected a UTF-8 CSV file)");
                    }
                }
                if (failure != null) {
                    continue;
                }
                in.put(chunk, 0, n).flip();
                failure = decode(decoder, in, out, false, offset, line);
                line += lines(in, 0, in.position());
                offset += in.position();
                in.compact();
            }
            if (failure == null) {
                in.flip();
                failure = decode(decoder, in, out, true, offset, line);
            }
        }
        return new Bytes(HexFormat.of().formatHex(digest.digest()), failure);
    }

    private static Failure decode(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end, long offset,
            int line) {
        while (true) {
            CoderResult r = decoder.decode(in, out, end);
            out.clear();
            if (r.isError()) {
                int at = in.position();
                return new Failure(line + lines(in, 0, at), 0, "not UTF-8 text: invalid byte 0x"
                        + String.format("%02X", in.get(at) & 0xFF) + " at offset " + (offset + at)
                        + " (save the file as CSV UTF-8)");
            }
            if (r.isUnderflow()) {
                return null;
            }
        }
    }

    private static int lines(ByteBuffer b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (b.get(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int lines(byte[] b, int to) {
        int n = 0;
        for (int i = 0; i < to; i++) {
            if (b[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The header's delimiter: ';' when it has more semicolons than commas outside quotes. */
    static char delimiter(Reader text) throws IOException {
        boolean lineStart = true;
        boolean comment = false;
        boolean content = false;
        boolean quoted = false;
        boolean openingQuote = false;
        int commas = 0;
        int semicolons = 0;
        int c;
        while ((c = text.read()) >= 0) {
            if (c == '\n' && !quoted) {
                if (content) {
                    break;
                }
                lineStart = true;
                comment = false;
                continue;
            }
            if (comment || lineStart && Character.isWhitespace(c)) {
                continue;
            }
            if (lineStart && c == '#' || openingQuote && c == '#') {
                // a comment line, also one a spreadsheet re-saved as a quoted cell ("# ...",,,)
                comment = true;
                quoted = false;
                openingQuote = false;
                continue;
            }
            if (lineStart && c == '"') {
                lineStart = false;
                openingQuote = true;
                quoted = true;
                continue;
            }
            lineStart = false;
            openingQuote = false;
            content = true;
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** A quoted cell that never closes, with the line and cell where it opens, or null. */
    static Failure unclosedQuote(Reader text, char delimiter) throws IOException {
        int line = 1;
        boolean lineStart = true;
        boolean comment = false;
        boolean fieldStart = true;
        boolean quoted = false;
        int openLine = 0;
        int openColumn = 0;
        int cell = 1;
        int next = text.read();
        while (next >= 0) {
            int ch = next;
            next = text.read();
            if (quoted) {
                if (ch == '"') {
                    if (next == '"') {
                        next = text.read();
                    } else {
                        quoted = false;
                    }
                } else if (ch == '\n') {
                    line++;
                }
                continue;
            }
            if (ch == '\n') {
                line++;
                lineStart = true;
                comment = false;
                fieldStart = true;
                cell = 1;
                continue;
            }
            if (comment) {
                continue;
            }
            if (lineStart && ch == '#') {
                comment = true;
                continue;
            }
            lineStart = false;
            if (ch == delimiter) {
                fieldStart = true;
                cell++;
                continue;
            }
            if (fieldStart && ch == '"') {
                quoted = true;
                openLine = line;
                openColumn = cell;
            }
            if (!Character.isWhitespace(ch)) {
                fieldStart = false;
            }
        }
        return quoted ? new Failure(openLine, openColumn, "unterminated quote: this cell opens a quote that "
                + "never closes (expected a closing \")") : null;
    }
}
