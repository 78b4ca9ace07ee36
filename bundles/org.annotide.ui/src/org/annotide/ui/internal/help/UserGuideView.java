package org.annotide.ui.internal.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;

/**
 * The user guide: a search field, the list of pages (those that match the search) and the page, its headings
 * in bold and the searched words highlighted. Works offline: the pages ship in the bundle.
 */
public final class UserGuideView extends ViewPart {

    public static final String ID = "org.annotide.ui.views.userGuide";

    private UserGuide guide;
    private Text search;
    private org.eclipse.swt.widgets.List list;
    private StyledText page;
    private List<UserGuide.Page> shown = List.of();
    private String words = "";

    @Override
    public void createPartControl(Composite parent) {
        guide = UserGuide.of(FrameworkUtil.getBundle(getClass()));
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        search = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search the user guide");
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
        sash.setWeights(1, 3);
        list(guide.pages());
        if (!guide.pages().isEmpty()) {
            show(guide.pages().get(0));
        }
    }

    /** Shows the pages that hold the words, the first of them with the words highlighted. */
    public void search(String expression) {
        words = expression == null ? "" : expression.trim();
        if (!search.getText().equals(words)) {
            search.setText(words); // comes back here through Modify
            return;
        }
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
        String text = shownPage.text();
        page.setText(text);
        List<StyleRange> styles = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#")) {
                styles.add(new StyleRange(offset, line.length(), null, null, SWT.BOLD));
            }
            offset += line.length() + 1;
        }
        int first = -1;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length())) {
                StyleRange hit = new StyleRange(at, word.length(), null,
                        page.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
                styles.add(hit);
                first = first < 0 ? at : Math.min(first, at);
            }
        }
        styles.sort((a, b) -> Integer.compare(a.start, b.start));
        page.setStyleRanges(merge(styles));
        if (first >= 0) {
            page.setSelection(first);
            page.showSelection();
        } else {
            page.setTopIndex(0);
        }
    }

    /** Style ranges must not overlap: a highlighted word inside a heading keeps the highlight. */
    private static StyleRange[] merge(List<StyleRange> sorted) {
        List<StyleRange> result = new ArrayList<>();
        int end = 0;
        for (StyleRange range : sorted) {
            if (range.start < end) {
                continue;
            }
            result.add(range);
            end = range.start + range.length;
        }
        return result.toArray(StyleRange[]::new);
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
