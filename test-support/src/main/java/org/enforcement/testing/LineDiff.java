package org.enforcement.testing;

import java.util.ArrayList;
import java.util.List;

/** The committed contract against the generated one, line by line, as a test failure shows it. */
final class LineDiff {

    static final int MAX_DIFF_LINES = 80;

    private LineDiff() {
    }

    /** Unix line ends and a final newline, so only real differences show. */
    static String normalise(String text) {
        String unix = text.replace("\r\n", "\n");
        return unix.endsWith("\n") ? unix : unix + "\n";
    }

    /**
     * A line diff of committed ({@code -}) and generated ({@code +}) text, with line numbers of each side: the
     * common head and tail are skipped, the rest is aligned by longest common subsequence when small enough.
     */
    static List<String> diff(List<String> committed, List<String> generated) {
        int head = 0;
        while (head < committed.size() && head < generated.size()
                && committed.get(head).equals(generated.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < committed.size() - head && tail < generated.size() - head
                && committed.get(committed.size() - 1 - tail).equals(generated.get(generated.size() - 1 - tail))) {
            tail++;
        }
        List<String> a = committed.subList(head, committed.size() - tail);
        List<String> b = generated.subList(head, generated.size() - tail);
        List<String> out = new ArrayList<>();
        if ((long) a.size() * b.size() > 4_000_000L) {
            for (int i = 0; i < a.size(); i++) {
                out.add(String.format("-%5d: %s", head + i + 1, a.get(i)));
            }
            for (int j = 0; j < b.size(); j++) {
                out.add(String.format("+%5d: %s", head + j + 1, b.get(j)));
            }
        } else {
            int[][] lcs = new int[a.size() + 1][b.size() + 1];
            for (int i = a.size() - 1; i >= 0; i--) {
                for (int j = b.size() - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < a.size() || j < b.size()) {
                if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                    i++;
                    j++;
                } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    out.add(String.format("-%5d: %s", head + i + 1, a.get(i)));
                    i++;
                } else {
                    out.add(String.format("+%5d: %s", head + j + 1, b.get(j)));
                    j++;
                }
            }
        }
        if (out.size() > MAX_DIFF_LINES) {
            int more = out.size() - MAX_DIFF_LINES;
            out.subList(MAX_DIFF_LINES, out.size()).clear();
            out.add("... and " + more + " more differing lines");
        }
        return out;
    }
}
