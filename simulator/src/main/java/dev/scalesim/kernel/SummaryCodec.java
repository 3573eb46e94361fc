package dev.scalesim.kernel;

import dev.scalesim.stats.ArrayVisitor;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Binary form of a block's {@link Summary} and of a worker's {@link Quantiles}, for runs whose
 * blocks execute elsewhere ({@link Remote}). It copies primitive arrays exactly (doubles by
 * their bits), so a decoded block merges to the very numbers a local run gets; it knows nothing
 * of what the arrays mean ({@link Summary#visit}), so new metrics or statistics need no change
 * here. A version and the type and length of every array are checked on reading: a driver and
 * executors built from different scalesim versions fail loudly instead of merging garbage.
 *
 * <p>Layout (big-endian): magic, version, kind; a block adds its index, trials, the first
 * captured trial and rows captured, then per array: type ({@code 'J'} long, {@code 'D'}
 * double), length, values written (trailing zeros are not), values. Sketches are written by
 * their numbers and {@link dev.scalesim.stats.Sketches#write}.
 */
final class SummaryCodec {
    static final int MAGIC = 0x53534d42; // "SSMB"
    static final byte VERSION = 2; // 2: paired ties (Summary.equal) and the paired-change sketches
    static final byte BLOCK = 1;
    static final byte SKETCHES = 2;
    private static final int HEADER = Integer.BYTES + 2;

    private SummaryCodec() {
    }

    static byte[] encodeBlock(int index, Summary s) {
        List<Object> arrays = arrays(s);
        long size = HEADER + Integer.BYTES + 2L * Long.BYTES + 2 * Integer.BYTES;
        for (Object a : arrays) {
            size += 1 + 2 * Integer.BYTES + 8L * used(a);
        }
        ByteBuffer out = allocate(size);
        header(out, BLOCK);
        out.putInt(index);
        out.putLong(s.trials);
        out.putLong(s.records.first);
        out.putInt(s.records.count);
        out.putInt(arrays.size());
        for (Object a : arrays) {
            int used = used(a);
            if (a instanceof long[] l) {
                out.put((byte) 'J').putInt(l.length).putInt(used);
                out.asLongBuffer().put(l, 0, used);
            } else {
                double[] d = (double[]) a;
                out.put((byte) 'D').putInt(d.length).putInt(used);
                out.asDoubleBuffer().put(d, 0, used);
            }
            out.position(out.position() + 8 * used);
        }
        return out.array();
    }

    /** The block's index; its summary goes into {@code into}, which must be empty. */
    static int decodeBlock(byte[] bytes, Summary into) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        check(in, BLOCK);
        int index = in.getInt();
        into.trials = in.getLong();
        into.records.first = in.getLong();
        into.records.count = in.getInt();
        List<Object> arrays = arrays(into);
        int count = in.getInt();
        if (count != arrays.size()) {
            throw mismatch("block " + index + " has " + count + " arrays, expected " + arrays.size());
        }
        for (int i = 0; i < count; i++) {
            Object a = arrays.get(i);
            byte type = in.get();
            int length = in.getInt();
            int used = in.getInt();
            int expected = a instanceof long[] l ? l.length : ((double[]) a).length;
            if (type != (a instanceof long[] ? 'J' : 'D') || length != expected || used < 0 || used > length) {
                throw mismatch("block " + index + ", array " + i + ": " + (char) type + "[" + length + "], expected "
                        + (a instanceof long[] ? 'J' : 'D') + "[" + expected + "]");
            }
            if (a instanceof long[] l) {
                in.asLongBuffer().get(l, 0, used);
                Arrays.fill(l, used, length, 0);
            } else {
                double[] d = (double[]) a;
                in.asDoubleBuffer().get(d, 0, used);
                Arrays.fill(d, used, length, 0);
            }
            in.position(in.position() + 8 * used);
        }
        if (in.hasRemaining()) {
            throw mismatch("block " + index + " has " + in.remaining() + " bytes too many");
        }
        return index;
    }

    /** A worker's sketches, with the trials they hold (checked by the driver against the blocks merged). */
    static byte[] encodeSketches(Quantiles q, long trials) {
        ByteBuffer out = allocate(HEADER + Long.BYTES + 2 * Integer.BYTES + q.monthly.encodedBytes()
                + q.outcomes.encodedBytes() + q.deltas.encodedBytes());
        header(out, SKETCHES);
        out.putLong(trials);
        out.putInt(q.monthly.size()).putInt(q.outcomes.size());
        q.monthly.write(out);
        q.outcomes.write(out);
        q.deltas.write(out);
        return out.array();
    }

    /** Merges encoded sketches into {@code into}; returns the trials they hold. */
    static long mergeSketches(byte[] bytes, Quantiles into) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        check(in, SKETCHES);
        long trials = in.getLong();
        in.getInt();
        in.getInt();
        try {
            into.monthly.mergeEncoded(in);
            into.outcomes.mergeEncoded(in);
            into.deltas.mergeEncoded(in);
        } catch (IllegalArgumentException e) {
            throw mismatch("sketches: " + e.getMessage());
        }
        if (in.hasRemaining()) {
            throw mismatch("sketches have " + in.remaining() + " bytes too many");
        }
        return trials;
    }

    /** Two encoded sketch sets merged into one (order-free), without knowing the simulation. */
    static byte[] mergeEncoded(byte[] a, byte[] b) {
        ByteBuffer in = ByteBuffer.wrap(a);
        check(in, SKETCHES);
        in.getLong();
        Quantiles q = new Quantiles(in.getInt(), in.getInt());
        long trials = mergeSketches(a, q) + mergeSketches(b, q);
        return encodeSketches(q, trials);
    }

    static boolean isSketches(byte[] bytes) {
        return bytes.length >= HEADER && bytes[Integer.BYTES + 1] == SKETCHES;
    }

    private static List<Object> arrays(Summary s) {
        List<Object> arrays = new ArrayList<>();
        s.visit(new ArrayVisitor() {
            @Override
            public void longs(long[] values) {
                arrays.add(values);
            }

            @Override
            public void doubles(double[] values) {
                arrays.add(values);
            }
        });
        return arrays;
    }

    /** Values up to the last one that is not zero (bit for bit: -0.0 is written). */
    private static int used(Object a) {
        if (a instanceof long[] l) {
            int n = l.length;
            while (n > 0 && l[n - 1] == 0) {
                n--;
            }
            return n;
        }
        double[] d = (double[]) a;
        int n = d.length;
        while (n > 0 && Double.doubleToRawLongBits(d[n - 1]) == 0) {
            n--;
        }
        return n;
    }

    private static ByteBuffer allocate(long size) {
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("a block summary of " + size + " bytes is too large to ship");
        }
        return ByteBuffer.allocate((int) size);
    }

    private static void header(ByteBuffer out, byte kind) {
        out.putInt(MAGIC).put(VERSION).put(kind);
    }

    private static void check(ByteBuffer in, byte kind) {
        if (in.remaining() < HEADER || in.getInt() != MAGIC) {
            throw mismatch("not a scalesim block summary");
        }
        byte version = in.get();
        if (version != VERSION) {
            throw mismatch("codec version " + version + ", this scalesim reads " + VERSION);
        }
        byte k = in.get();
        if (k != kind) {
            throw mismatch("kind " + k + ", expected " + kind);
        }
    }

    private static IllegalStateException mismatch(String what) {
        return new IllegalStateException(what + " (are the driver and the executors running the same scalesim?)");
    }
}
