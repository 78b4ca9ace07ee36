package org.annotide.ui.internal.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;

/**
 * The user guide: a search field, the list of pages (those that match the search) and the page, its Markdown
 * rendered (see {@link GuideMarkdown}: headings larger and bold, code in the text font, links underlined) and the
 * searched words highlighted. Works offline: the pages ship in the bundle.
 */
public final class UserGuideView extends ViewPart {

    public static final String ID = "org.annotide.ui.views.userGuide";

    private UserGuide guide;
    private Text search;
    private org.eclipse.swt.widgets.List list;
    private StyledText page;
    private List<UserGuide.Page> shown = List.of();
    private String words = "";
    private final Font[] headingFonts = new Font[4];

    @Override
    public void createPartControl(Composite parent) {
        guide = UserGuide.of(FrameworkUtil.getBundle(getClass()));
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        search = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search the user guide");
        search.setData("annotide.role", "guide-search");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.Modify, event -> search(search.getText()));
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        list = new org.eclipse.swt.widgets.List(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        list.setData("annotide.role", "guide-pages");
        list.addListener(SWT.Selection, event -> {
            int index = list.getSelectionIndex();
            if (index >= 0 && index < shown.size()) {
                show(shown.get(index));
            }
        });
        page = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        page.setData("annotide.role", "guide-page");
        page.setMargins(8, 8, 8, 8);
        page.addDisposeListener(event -> {
            for (Font font : headingFonts) {
                if (font != null) {
                    font.dispose();
                }
            }
        });
        sash.setWeights(1, 3);
        list(guide.pages());
        if (!guide.pages().isEmpty()) {
            show(guide.pages().get(0));
        }
    }

    /** Shows the pages that hold the words, the first of them with the words highlighted. */
    public void search(String expression) {
        String text = expression == null ? "" : expression;
        if (!search.getText().equals(text)) {
            search.setText(text); // comes back here through Modify
            return;
        }
        // the field keeps what was typed (a trailing space before the next word); the search ignores the spaces
        words = text.trim();
        List<UserGuide.Page> found = guide.search(words);
        list(found);
        if (!found.isEmpty()) {
            show(found.get(0));
        } else {
            page.setText("Nothing in the user guide mentions \"" + words + "\".");
            page.setStyleRanges(new StyleRange[0]);
        }
    }

    /** Shows the page of the file (e.g. "editor.md"); false when there is none. */
    public boolean showFile(String file) {
        UserGuide.Page found = guide.page(file);
        if (found != null) {
            show(found);
        }
        return found != null;
    }

    public UserGuide guide() {
        return guide;
    }

    private void list(List<UserGuide.Page> pages) {
        shown = pages;
        list.setItems(pages.stream().map(UserGuide.Page::title).toArray(String[]::new));
    }

    private void show(UserGuide.Page shownPage) {
        int index = shown.indexOf(shownPage);
        if (index >= 0) {
            list.setSelection(index);
        }
        setContentDescription(shownPage.title());
        GuideMarkdown.Rendered rendered = shownPage.rendered();
        String text = rendered.text();
        page.setText(text);
        List<int[]> hits = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length())) {
                hits.add(new int[] {at, at + word.length()});
            }
        }
        page.setStyleRanges(styles(text.length(), rendered.spans(), hits));
        indentWrappedListItems();
        int first = hits.stream().mapToInt(hit -> hit[0]).min().orElse(-1);
        if (first >= 0) {
            page.setSelection(first);
            page.showSelection();
        } else {
            page.setTopIndex(0);
        }
    }

    /**
     * Style ranges must not overlap, while the page's spans nest (code in a heading, a link in bold) and a
     * searched word may cross them: the text is cut wherever a span or hit begins or ends, and each piece gets
     * the style of everything that covers it.
     */
    private StyleRange[] styles(int length, List<GuideMarkdown.Span> spans, List<int[]> hits) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        for (GuideMarkdown.Span span : spans) {
            cuts.add(span.start());
            cuts.add(span.end());
        }
        for (int[] hit : hits) {
            cuts.add(hit[0]);
            cuts.add(hit[1]);
        }
        List<StyleRange> result = new ArrayList<>();
        Integer from = cuts.isEmpty() ? null : cuts.first();
        for (Integer to = from == null ? null : cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            if (to > length) {
                break;
            }
            StyleRange range = style(from, to, spans, hits);
            if (range != null) {
                result.add(range);
            }
        }
        return result.toArray(StyleRange[]::new);
    }

    private StyleRange style(int from, int to, List<GuideMarkdown.Span> spans, List<int[]> hits) {
        int fontStyle = SWT.NORMAL;
        int heading = 0;
        boolean code = false;
        boolean link = false;
        for (GuideMarkdown.Span span : spans) {
            if (span.start() <= from && to <= span.end()) {
                switch (span.kind()) {
                    case HEADING -> {
                        heading = span.level();
                        fontStyle |= SWT.BOLD;
                    }
                    case STRONG -> fontStyle |= SWT.BOLD;
                    case EMPHASIS -> fontStyle |= SWT.ITALIC;
                    case CODE, CODE_BLOCK, TABLE -> code = true;
                    case LINK -> link = true;
                }
            }
        }
        boolean hit = hits.stream().anyMatch(h -> h[0] <= from && to <= h[1]);
        if (fontStyle == SWT.NORMAL && heading == 0 && !code && !link && !hit) {
            return null;
        }
        StyleRange range = new StyleRange(from, to - from, null, null, fontStyle);
        if (code) {
            range.font = JFaceResources.getTextFont();
        } else if (heading > 0) {
            range.font = headingFont(heading);
        }
        if (link) {
            range.underline = true;
            range.foreground = page.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
        }
        if (hit) {
            range.background = page.getDisplay().getSystemColor(SWT.COLOR_YELLOW);
        }
        return range;
    }

    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("^\\s*(\u2022|\\d+\\.) ");

    /** A list item's wrapped lines start under its text, not under its bullet. */
    private void indentWrappedListItems() {
        page.setLineWrapIndent(0, page.getLineCount(), 0);
        GC gc = new GC(page);
        try {
            gc.setFont(page.getFont());
            for (int line = 0; line < page.getLineCount(); line++) {
                java.util.regex.Matcher item = LIST_ITEM.matcher(page.getLine(line));
                if (item.find()) {
                    page.setLineWrapIndent(line, 1, gc.textExtent(item.group()).x);
                }
            }
        } finally {
            gc.dispose();
        }
    }

    /** Bold and larger the higher the heading; made once per level, disposed with the page. */
    private Font headingFont(int level) {
        int at = Math.min(level, headingFonts.length) - 1;
        if (headingFonts[at] == null) {
            double[] scale = {1.6, 1.35, 1.15, 1.0};
            FontData[] data = page.getFont().getFontData();
            for (FontData one : data) {
                one.setHeight((int) Math.round(one.getHeight() * scale[at]));
                one.setStyle(SWT.BOLD);
            }
            headingFonts[at] = new Font(page.getDisplay(), data);
        }
        return headingFonts[at];
    }

    /** The text shown, for tests. */
    public String pageText() {
        return page.getText();
    }

    @Override
    public void setFocus() {
        search.setFocus();
    }
}
