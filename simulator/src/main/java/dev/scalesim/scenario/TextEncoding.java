package dev.scalesim.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A text file's characters as Excel saves them: UTF-8 (with or without BOM) when the bytes are
 * valid UTF-8, else Windows-1252 ("CSV (Comma delimited)" on Windows in Western locales) when
 * they are valid Windows-1252. UTF-8 is tried first because a valid UTF-8 file of non-ASCII text
 * is almost never meant as Windows-1252, while the reverse (é saved as the single byte 0xE9) is
 * what Excel writes. Binary content (a NUL byte) and bytes neither reading accepts are refused
 * with their position.
 */
final class TextEncoding {
    /** The name recorded in manifests for a UTF-8 file. */
    static final String UTF_8 = "UTF-8";
    /** The name recorded in manifests for a Windows-1252 file. */
    static final String WINDOWS_1252 = "windows-1252";
    private static final Charset CP1252 = Charset.forName(WINDOWS_1252);

    /**
     * Decoded text.
     *
     * @param text the characters, BOM removed
     * @param encoding {@link #UTF_8} or {@link #WINDOWS_1252}
     */
    record Decoded(String text, String encoding) {
    }

    private TextEncoding() {
    }

    static Decoded decode(Path file, byte[] bytes) throws ScenarioException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw fail(file, bytes, i, "not a text file: found a NUL byte at offset " + i
                        + " (expected a UTF-8 CSV file)");
            }
        }
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int utf8Error = decode(StandardCharsets.UTF_8, bytes, out);
        if (utf8Error < 0) {
            String text = out.flip().toString();
            return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, UTF_8);
        }
        out.clear();
        int cp1252Error = decode(CP1252, bytes, out);
        if (cp1252Error < 0) {
            return new Decoded(out.flip().toString(), WINDOWS_1252);
        }
        String where = utf8Error == cp1252Error ? "not UTF-8 or Windows-1252 text: invalid byte 0x"
                + hex(bytes[utf8Error]) + " at offset " + utf8Error
                : "not UTF-8 text: invalid byte 0x" + hex(bytes[utf8Error]) + " at offset " + utf8Error
                        + ", nor Windows-1252 (byte 0x" + hex(bytes[cp1252Error]) + " at offset " + cp1252Error + ")";
        throw fail(file, bytes, Math.min(utf8Error, cp1252Error), where + " (save the file as CSV UTF-8)");
    }

    /** Decodes strictly into {@code out}; the offset of the first bad byte, or -1. */
    private static int decode(Charset charset, byte[] bytes, CharBuffer out) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    private static String hex(byte b) {
        return String.format("%02X", b & 0xFF);
    }

    private static ScenarioException fail(Path file, byte[] bytes, int offset, String message) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return new ScenarioException(List.of(new Problem(file, line, 0, message)));
    }
}
