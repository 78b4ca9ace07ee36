package org.annotide.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.annotide.tests.support.ui.Spin;
import org.annotide.tests.support.ui.Widgets;
import org.annotide.ui.internal.help.GuideMarkdown;
import org.annotide.ui.internal.help.UserGuideView;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The user guide reads as a document, not as Markdown source: headings larger and bold, code in the monospace
 * text font, lists with bullets and numbers, tables as rows, and none of Markdown's marks left in the text.
 */
class UserGuideRenderingTest {

    @AfterEach
    void closeGuide() {
        IWorkbenchPage page = Workbench.page();
        if (page.findView(UserGuideView.ID) != null) {
            page.hideView(page.findView(UserGuideView.ID));
        }
    }

    @Test
    void aPageShowsRenderedMarkdown() throws PartInitException {
        UserGuideView view = (UserGuideView) Workbench.page().showView(UserGuideView.ID);
        assertTrue(view.showFile("editor.md"));
        StyledText page = Widgets.byRole(view.getSite().getShell(), StyledText.class, "guide-page");
        Spin.until("the editor page", () -> page.getText().startsWith("The annotation editor"));
        String text = view.pageText();
        Font mono = JFaceResources.getTextFont();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int lineStart = offset;
            offset += line.length() + 1;
            StyleRange lineStyle = line.isBlank() ? null
                    : page.getStyleRangeAtOffset(lineStart + line.indexOf(line.strip()));
            if (lineStyle != null && lineStyle.font == mono) {
                continue; // a code block: shell comments start with '#'
            }
            assertFalse(line.strip().startsWith("#"), "a heading mark left: " + line);
            assertFalse(line.strip().startsWith("|"), "a table pipe left: " + line);
            assertFalse(line.matches("\\s*[-*] .*"), "a Markdown bullet left: " + line);
        }
        assertFalse(text.contains("`"), "no backticks");
        assertFalse(text.contains("**"), "no strong marks");
        assertFalse(text.contains("]("), "no link syntax");
        assertFalse(text.contains("|---") || text.contains("| ---"), "no table rule");

        int heading = text.indexOf("\nOpening\n") + 1;
        assertTrue(heading > 0, "the heading \"Opening\" on a line of its own");
        StyleRange headingStyle = page.getStyleRangeAtOffset(heading);
        assertNotNull(headingStyle, "the heading is styled");
        assertNotNull(headingStyle.font, "the heading has a font of its own");
        assertTrue((headingStyle.font.getFontData()[0].getStyle() & SWT.BOLD) != 0, "the heading is bold");
        assertTrue(headingStyle.font.getFontData()[0].getHeight() > page.getFont().getFontData()[0].getHeight(),
                "the heading is larger than the text");

        int code = text.indexOf("org.annotide.ui.editor is where");
        assertTrue(code >= 0, text.substring(0, Math.min(300, text.length())));
        StyleRange codeStyle = page.getStyleRangeAtOffset(code);
        assertNotNull(codeStyle, "the code span is styled");
        assertEquals(mono, codeStyle.font, "the code span is in the monospace text font");
        StyleRange after = page.getStyleRangeAtOffset(code + "org.annotide.ui.editor".length() + 1);
        assertTrue(after == null || after.font != mono, "the code span ends with the code");

        int bold = text.indexOf("Relink to a file...");
        assertTrue(bold >= 0);
        assertTrue((page.getStyleRangeAtOffset(bold).fontStyle & SWT.BOLD) != 0, "**Relink to a file...** is bold");
        int bullet = text.indexOf("\u2022 ");
        assertTrue(bullet > 0, "a bulleted list");
        assertTrue(page.getLineWrapIndent(page.getLineAtOffset(bullet)) > 0, "a wrapped item starts under its text");
        Workbench.screenshot("user-guide-rendered");
    }

    @Test
    void searchHighlightsWordsInTheRenderedText() throws PartInitException {
        UserGuideView view = (UserGuideView) Workbench.page().showView(UserGuideView.ID);
        view.search("relink");
        StyledText page = Widgets.byRole(view.getSite().getShell(), StyledText.class, "guide-page");
        Spin.until("a page about relinking", () -> page.getText().toLowerCase().contains("relink"));
        int at = page.getText().toLowerCase().indexOf("relink");
        StyleRange hit = page.getStyleRangeAtOffset(at);
        assertNotNull(hit);
        assertNotNull(hit.background, "the word highlighted");
        assertTrue(Arrays.stream(page.getStyleRanges())
                .allMatch(r -> r.start >= 0 && r.start + r.length <= page.getCharCount()), "ranges inside the text");
    }

    @Test
    void listsTablesAndLinksAreLaidOut() {
        GuideMarkdown.Rendered rendered = GuideMarkdown.render("""
                # Title

                Some *soft* text with a [link](https://example.org) and `code`.

                - one
                - two
                  - nested

                1. first
                2. second

                | Key | What |
                |-----|------|
                | `A` | all  |
                | B   | **bold** |

                ```
                code block
                ```
                """);
        List<String> lines = List.of(rendered.text().split("\n"));
        assertEquals("Title", lines.get(0));
        assertEquals("", lines.get(1), "a blank line after the heading");
        assertEquals("Some soft text with a link and code.", lines.get(2));
        assertTrue(lines.contains("  \u2022 one"), lines.toString());
        assertTrue(lines.contains("  \u2022 two"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(" {4,}\u2022 nested")), lines.toString());
        assertTrue(lines.contains("  1. first") && lines.contains("  2. second"), lines.toString());
        assertTrue(lines.contains("Key  What"), lines.toString());
        assertTrue(lines.contains("A    all"), lines.toString());
        assertTrue(lines.contains("B    bold"), lines.toString());
        assertTrue(lines.contains("code block"), lines.toString());
        assertTrue(rendered.spans().stream().anyMatch(s -> s.kind() == GuideMarkdown.Kind.LINK
                && rendered.text().substring(s.start(), s.end()).equals("link")));
        assertTrue(rendered.spans().stream().anyMatch(s -> s.kind() == GuideMarkdown.Kind.EMPHASIS
                && rendered.text().substring(s.start(), s.end()).equals("soft")));
    }

    /** QA: a wide table showed each row on one line of cells, wrapped by the view into a jumble. */
    @Test
    void aWideTableWrapsItsCellsInAlignedColumns() {
        String longText = "a description long enough that the row cannot fit on one line of the guide however wide "
                + "the other columns are, so it must wrap over several lines";
        GuideMarkdown.Rendered rendered = GuideMarkdown.render("| id | reads | writes |\n|---|---|---|\n"
                + "| `coco` | " + longText + " | " + longText + " |\n| yolo | boxes | boxes |\n");
        List<String> lines = List.of(rendered.text().split("\n"));
        assertTrue(lines.size() > 4, "the long row takes several lines: " + lines);
        int bar = lines.get(0).indexOf('\u2502');
        assertTrue(bar > 0, lines.get(0));
        for (String line : lines) {
            assertTrue(line.length() <= 110, "fits the guide: " + line.length() + " " + line);
            if (!line.isBlank()) {
                assertEquals(bar, line.indexOf('\u2502'), "the columns line up: " + lines);
            }
        }
        String joined = String.join(" ", lines).replaceAll("[\\s\u2502]+", " ");
        for (String word : longText.split(" ")) {
            assertTrue(joined.contains(word), "no word lost: " + word);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("yolo \u2502 boxes")), "a short row stays one line: " + lines);
        assertTrue(rendered.spans().stream().anyMatch(s -> s.kind() == GuideMarkdown.Kind.TABLE
                && s.start() == 0 && s.end() == rendered.text().length()), "the whole table in the monospace font");
        assertTrue(rendered.spans().stream().anyMatch(s -> s.kind() == GuideMarkdown.Kind.CODE
                && rendered.text().substring(s.start(), s.end()).equals("coco")), "a cell's code stays code");
    }
}
