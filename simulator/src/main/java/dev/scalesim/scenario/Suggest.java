package dev.scalesim.scenario;

import java.util.Collection;
import java.util.Locale;

/** The nearest valid id to a misspelt one, for "did you mean" hints. */
public final class Suggest {
    private Suggest() {
    }

    /** The closest candidate within a third of the word's length (at least 2 edits), or null. */
    public static String nearest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, w.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String lower = c.toLowerCase(Locale.ROOT);
            if (Math.abs(w.length() - lower.length()) > allowed) {
                // the distance is at least the difference in length: too far to be suggested,
                // and a hostile 12,000-character cell costs no 12,000 x |id| table per id
                continue;
            }
            int d = distance(w, lower);
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= allowed ? best : null;
    }

    /**
     * Levenshtein distance (insertions, deletions, substitutions), two rows of the classic
     * dynamic programme: ids are short, and a 0.9 MB library for these lines is not worth it.
     */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** "; did you mean 'x'?" or "" when nothing is close. */
    public static String didYouMean(String word, Collection<String> candidates) {
        String n = nearest(word, candidates);
        return n == null ? "" : "; did you mean '" + n + "'?";
    }
}
