package dev.scalesim.scenario;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A text file's encoding as Excel saves it: UTF-8 (with or without BOM) when the bytes are
 * valid UTF-8 ({@link TextScan#bytes} checks that), else Windows-1252 ("CSV (Comma delimited)"
 * on Windows in Western locales) when they are valid Windows-1252. UTF-8 is tried first because a
 * valid UTF-8 file of non-ASCII text is almost never meant as Windows-1252, while the reverse (é
 * saved as the single byte 0xE9) is what Excel writes. Binary content (a NUL byte) and bytes
 * neither reading accepts are refused with their position. Each check is a streaming pass.
 */
final class TextEncoding {
    /** The name recorded in manifests for a UTF-8 file. */
    static final String UTF_8 = "UTF-8";
    /** The name recorded in manifests for a Windows-1252 file. */
    static final String WINDOWS_1252 = "windows-1252";
    private static final Charset CP1252 = Charset.forName(WINDOWS_1252);
    private static final int CHUNK = 1 << 16;

    private TextEncoding() {
    }

    /** The charset to read the file with, given its UTF-8 scan; refuses binary and undecodable files. */
    static Charset charset(Path file, TextScan.Bytes scan) throws ScenarioException, IOException {
        TextScan.Failure failure = scan.failure();
        if (failure == null) {
            return StandardCharsets.UTF_8;
        }
        if (scan.binary()) {
            throw new ScenarioException(List.of(new Problem(file, failure.line(), failure.column(),
                    failure.message())));
        }
        long cp1252Error = firstBad(file, CP1252);
        if (cp1252Error < 0) {
            return CP1252;
        }
        long utf8Error = firstBad(file, StandardCharsets.UTF_8);
        String where = utf8Error == cp1252Error ? "not UTF-8 or Windows-1252 text: invalid byte 0x"
                + hex(file, utf8Error) + " at offset " + utf8Error
                : "not UTF-8 text: invalid byte 0x" + hex(file, utf8Error) + " at offset " + utf8Error
                        + ", nor Windows-1252 (byte 0x" + hex(file, cp1252Error) + " at offset " + cp1252Error + ")";
        throw new ScenarioException(List.of(new Problem(file, line(file, Math.min(utf8Error, cp1252Error)), 0,
                where + " (save the file as CSV UTF-8)")));
    }

    /** The manifest name of a charset {@link #charset} returns. */
    static String name(Charset charset) {
        return charset.equals(CP1252) ? WINDOWS_1252 : UTF_8;
    }

    /** Decodes the file strictly, streamed; the offset of the first bad byte, or -1. */
    private static long firstBad(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK + 8);
        CharBuffer out = CharBuffer.allocate(CHUNK + 8);
        byte[] chunk = new byte[CHUNK];
        long offset = 0; // of in's first byte in the file
        try (InputStream s = Files.newInputStream(file)) {
            int n;
            boolean end = false;
            while (!end) {
                n = s.read(chunk);
                end = n < 0;
                if (!end) {
                    in.put(chunk, 0, n);
                }
                in.flip();
                while (true) {
                    CoderResult r = decoder.decode(in, out, end);
                    out.clear();
                    if (r.isError()) {
                        return offset + in.position();
                    }
                    if (r.isUnderflow()) {
                        break;
                    }
                }
                offset += in.position();
                in.compact();
            }
        }
        return -1;
    }

    private static String hex(Path file, long offset) throws IOException {
        try (InputStream s = Files.newInputStream(file)) {
            s.skipNBytes(offset);
            return String.format("%02X", s.read() & 0xFF);
        }
    }

    /** The 1-based line of a byte offset. */
    private static int line(Path file, long offset) throws IOException {
        int line = 1;
        try (InputStream s = new BufferedInputStream(Files.newInputStream(file))) {
            for (long i = 0; i < offset; i++) {
                if (s.read() == '\n') {
                    line++;
                }
            }
        }
        return line;
    }
}
