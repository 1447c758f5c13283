package org.vemanager.provider.libvirt;

import java.util.ArrayList;
import java.util.List;

/** A line diff of two XML texts ("- old", "+ new"), for the debug log of every redefine. */
public final class XmlDiff {

    private XmlDiff() {
    }

    /** Changed lines only, in order; empty when the texts are equal line by line (ignoring indentation). */
    public static List<String> lines(String before, String after) {
        String[] a = trimmed(before);
        String[] b = trimmed(after);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                out.add("+ " + b[j++]);
            } else {
                out.add("- " + a[i++]);
            }
        }
        return out;
    }

    private static String[] trimmed(String text) {
        return text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toArray(String[]::new);
    }
}
