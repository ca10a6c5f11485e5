package org.ccmdesk.briefings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memo page as a reader sees it: the text of an element by its id, the "what to
 * prepare" keys, the rows of the obligations table. The page's elements read here are not
 * nested in elements of their own kind, which keeps this small.
 */
record MemoPage(String html) {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    boolean has(String id) {
        return html.contains("id=\"" + id + "\"");
    }

    String text(String id) {
        String inner = inner(id);
        return inner == null ? "" : plain(inner);
    }

    List<String> prepareKeys() {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("data-key=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** Each row of the obligations table: its standing, then its text. */
    List<String[]> obligationRows() {
        List<String[]> rows = new ArrayList<>();
        String table = inner("obligations");
        if (table == null) {
            return rows;
        }
        Matcher m = Pattern.compile("<tr data-standing=\"([A-Z_]+)\">(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (m.find()) {
            rows.add(new String[] { m.group(1), plain(m.group(2)) });
        }
        return rows;
    }

    private String inner(String id) {
        Matcher open = Pattern.compile("<([a-z0-9]+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        if (!open.find()) {
            return null;
        }
        int end = html.indexOf("</" + open.group(1) + ">", open.end());
        return html.substring(open.end(), end);
    }

    static String plain(String html) {
        return TAG.matcher(html)
            .replaceAll(" ")
            .replace("&amp;", "&")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&nbsp;", " ")
            .replace('\u00A0', ' ')
            .replaceAll("\\s+", " ")
            .trim();
    }

}
