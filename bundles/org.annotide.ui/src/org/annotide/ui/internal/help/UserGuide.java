package org.annotide.ui.internal.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;

/**
 * Annotide's user guide: the project's documents ({@code docs/*.md}, shipped in this bundle's {@code help/}
 * folder), read once, searched offline. What Help > Contents, F1 and "Search in Help" (Ctrl+3) show.
 */
public final class UserGuide {

    /**
     * One document: its file name, its first heading as title, its Markdown source and how it reads (the text
     * shown and searched, with no Markdown syntax).
     */
    public record Page(String file, String title, String markdown, GuideMarkdown.Rendered rendered) {

        Page(String file, String title, String markdown) {
            this(file, title, markdown, GuideMarkdown.render(markdown));
        }

        /** The text a reader sees. */
        public String text() {
            return rendered.text();
        }
    }

    private final List<Page> pages;

    UserGuide(List<Page> pages) {
        this.pages = List.copyOf(pages);
    }

    /** The documents in the bundle's help folder, the editor's first; none when the folder is missing. */
    public static UserGuide of(Bundle bundle) {
        List<Page> pages = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries("help", "*.md", false);
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            try (InputStream in = entry.openStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String file = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
                pages.add(new Page(file, title(text, file), text));
            } catch (IOException e) {
                ILog.of(UserGuide.class).warn("The user guide page " + entry + " cannot be read", e);
            }
        }
        pages.sort(Comparator.comparingInt((Page page) -> rank(page.file())).thenComparing(Page::file));
        return new UserGuide(pages);
    }

    /** What a user reads first: the editor; how Annotide is built comes last. */
    private static final List<String> ORDER = List.of("editor.md", "formats.md", "imaging.md", "metrics.md",
            "store.md");

    private static int rank(String file) {
        int at = ORDER.indexOf(file);
        return at >= 0 ? at : file.equals("building.md") ? Integer.MAX_VALUE : ORDER.size();
    }

    private static String title(String text, String file) {
        for (String line : text.split("\n", 20)) {
            if (line.startsWith("# ")) {
                return GuideMarkdown.render(line).text().trim();
            }
        }
        return file;
    }

    public List<Page> pages() {
        return pages;
    }

    /** The page of this file name (e.g. "editor.md"), or null. */
    public Page page(String file) {
        return pages.stream().filter(page -> page.file().equals(file)).findFirst().orElse(null);
    }

    /** The pages that hold every word of the expression, those with the most hits first; all pages for none. */
    public List<Page> search(String expression) {
        String[] words = expression == null ? new String[0]
                : expression.toLowerCase(Locale.ROOT).trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return pages;
        }
        List<Page> found = new ArrayList<>();
        List<Integer> hits = new ArrayList<>();
        for (Page page : pages) {
            String text = page.text().toLowerCase(Locale.ROOT);
            int count = 0;
            boolean all = true;
            for (String word : words) {
                int n = occurrences(text, word);
                all &= n > 0;
                count += n;
            }
            if (all) {
                int at = 0;
                while (at < hits.size() && hits.get(at) >= count) {
                    at++;
                }
                found.add(at, page);
                hits.add(at, count);
            }
        }
        return found;
    }

    static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }
}
