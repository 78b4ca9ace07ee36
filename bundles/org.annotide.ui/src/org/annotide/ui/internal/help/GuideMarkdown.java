package org.annotide.ui.internal.help;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A user guide page's Markdown, parsed by commonmark-java (with GitHub tables) and laid out as plain text with
 * spans saying which parts are headings, emphasis, code, links or table headers: what the view shows, with no
 * Markdown syntax left. Knows nothing of SWT; the view turns the spans into style ranges.
 */
public final class GuideMarkdown {

    /** What a span of the text is. */
    public enum Kind {
        HEADING, STRONG, EMPHASIS, CODE, CODE_BLOCK, LINK, TABLE
    }

    /** A part of the rendered text; {@code level} is the heading's level (1 for "#"), 0 for other kinds. */
    public record Span(int start, int length, Kind kind, int level) {
        public int end() {
            return start + length;
        }
    }

    /** The rendered page: its text and spans (which may nest, e.g. code inside a heading). */
    public record Rendered(String text, List<Span> spans) {
    }

    /** Tables wider than this (in characters, padded) are shown one row a line with separators, not aligned. */
    static final int ALIGNED_TABLE_WIDTH = 110;

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private GuideMarkdown() {
    }

    public static Rendered render(String markdown) {
        Writer writer = new Writer();
        PARSER.parse(markdown == null ? "" : markdown).accept(writer);
        String text = writer.out.toString().stripTrailing();
        List<Span> spans = new ArrayList<>();
        for (Span span : writer.spans) {
            int end = Math.min(span.end(), text.length());
            if (span.start() < end) {
                spans.add(new Span(span.start(), end - span.start(), span.kind(), span.level()));
            }
        }
        return new Rendered(text, List.copyOf(spans));
    }

    /** Walks the tree, writing text and spans; blocks are separated by a blank line (by one in tight lists). */
    private static final class Writer extends AbstractVisitor {

        final StringBuilder out = new StringBuilder();
        final List<Span> spans = new ArrayList<>();
        /** What starts every line of the current block: the indentation of list items and quotes. */
        private String indent = "";
        private boolean tight;

        private void write(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != '\n' && atLineStart()) {
                    out.append(indent);
                }
                out.append(c);
            }
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        }

        /** Starts a block: on a new line, after a blank line unless this is the first or the list is tight. */
        private void startBlock(boolean blankBefore) {
            if (out.isEmpty()) {
                return;
            }
            if (!atLineStart()) {
                out.append('\n');
            }
            if (blankBefore && !endsWithBlankLine()) {
                out.append('\n');
            }
        }

        private boolean endsWithBlankLine() {
            return out.length() < 2 || out.charAt(out.length() - 2) == '\n' && out.charAt(out.length() - 1) == '\n';
        }

        private void span(Kind kind, int level, Node node) {
            int start = out.length();
            visitChildren(node);
            spans.add(new Span(start, out.length() - start, kind, level));
        }

        @Override
        public void visit(Document document) {
            visitChildren(document);
        }

        @Override
        public void visit(Heading heading) {
            startBlock(true);
            span(Kind.HEADING, heading.getLevel(), heading);
        }

        @Override
        public void visit(Paragraph paragraph) {
            // The first paragraph of a list item goes on the bullet's line.
            boolean first = paragraph.getParent() instanceof ListItem && paragraph.getPrevious() == null;
            if (!first) {
                startBlock(!tight || !(paragraph.getParent() instanceof ListItem));
            }
            visitChildren(paragraph);
        }

        @Override
        public void visit(BlockQuote quote) {
            startBlock(true);
            String outer = indent;
            indent = outer + "    ";
            visitChildren(quote);
            indent = outer;
        }

        @Override
        public void visit(BulletList list) {
            list(list);
        }

        @Override
        public void visit(OrderedList list) {
            list(list);
        }

        private void list(ListBlock list) {
            boolean nested = list.getParent() instanceof ListItem;
            startBlock(!(nested && tight));
            boolean outerTight = tight;
            tight = list.isTight();
            int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item != list.getFirstChild()) {
                    startBlock(!tight);
                }
                String marker = list instanceof OrderedList ? (number++) + ". " : "\u2022 ";
                String outer = indent;
                indent = outer + "  ";
                write(marker);
                indent = outer + "  " + " ".repeat(marker.length());
                item.accept(this);
                indent = outer;
            }
            tight = outerTight;
        }

        @Override
        public void visit(ListItem item) {
            visitChildren(item);
        }

        @Override
        public void visit(FencedCodeBlock block) {
            codeBlock(block.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            codeBlock(block.getLiteral());
        }

        private void codeBlock(String literal) {
            startBlock(true);
            int start = out.length();
            write(literal.stripTrailing());
            spans.add(new Span(start, out.length() - start, Kind.CODE_BLOCK, 0));
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            startBlock(true);
            write("\u2014".repeat(20));
        }

        @Override
        public void visit(HtmlBlock html) {
            // Comments and tags are not for reading.
        }

        @Override
        public void visit(HtmlInline html) {
        }

        @Override
        public void visit(Text text) {
            write(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            int start = out.length();
            write(code.getLiteral());
            spans.add(new Span(start, out.length() - start, Kind.CODE, 0));
        }

        @Override
        public void visit(Emphasis emphasis) {
            span(Kind.EMPHASIS, 0, emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            span(Kind.STRONG, 0, strong);
        }

        @Override
        public void visit(Link link) {
            span(Kind.LINK, 0, link);
        }

        @Override
        public void visit(Image image) {
            // Its alternative text, as the page cannot show the picture.
            span(Kind.EMPHASIS, 0, image);
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            write(" ");
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            write("\n");
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
                table(table);
            } else {
                visitChildren(block);
            }
        }

        /**
         * A table in the monospace font, its columns aligned. A table wider than {@link #ALIGNED_TABLE_WIDTH} gets
         * narrower columns (the widest give way first) whose cells wrap at word boundaries over several lines,
         * with " \u2502 " between the columns and a blank line between the rows, as terminal Markdown viewers
         * show them: a row on one line would run far past the view and wrap into a jumble.
         */
        private void table(TableBlock table) {
            startBlock(true);
            List<List<Rendered>> rows = new ArrayList<>();
            List<Boolean> header = new ArrayList<>();
            collectRows(table, rows, header);
            int columns = rows.stream().mapToInt(List::size).max().orElse(0);
            int[] widths = new int[columns];
            for (List<Rendered> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    widths[c] = Math.max(widths[c], row.get(c).text().length());
                }
            }
            boolean wrapped = Arrays.stream(widths).sum() + 2 * Math.max(0, columns - 1) > ALIGNED_TABLE_WIDTH;
            String separator = wrapped ? " \u2502 " : "  ";
            if (wrapped) {
                narrow(widths, ALIGNED_TABLE_WIDTH - separator.length() * Math.max(0, columns - 1));
            }
            int tableStart = out.length();
            for (int r = 0; r < rows.size(); r++) {
                if (r > 0) {
                    write(wrapped ? "\n\n" : "\n");
                }
                int rowStart = out.length();
                List<Rendered> row = rows.get(r);
                List<List<int[]>> pieces = new ArrayList<>();
                int height = 1;
                for (int c = 0; c < row.size(); c++) {
                    List<int[]> lines = wrapped ? wrap(row.get(c).text(), widths[c])
                            : List.of(new int[] {0, row.get(c).text().length()});
                    pieces.add(lines);
                    height = Math.max(height, lines.size());
                }
                for (int line = 0; line < height; line++) {
                    if (line > 0) {
                        write("\n");
                    }
                    int last = lastCellWithText(pieces, line);
                    for (int c = 0; c <= last; c++) {
                        if (c > 0) {
                            out.append(separator);
                        }
                        if (atLineStart()) {
                            out.append(indent);
                        }
                        Rendered cell = row.get(c);
                        int[] piece = line < pieces.get(c).size() ? pieces.get(c).get(line) : new int[] {0, 0};
                        int at = out.length();
                        out.append(cell.text(), piece[0], piece[1]);
                        for (Span span : cell.spans()) {
                            int from = Math.max(span.start(), piece[0]);
                            int to = Math.min(span.end(), piece[1]);
                            if (from < to) {
                                spans.add(new Span(at + from - piece[0], to - from, span.kind(), span.level()));
                            }
                        }
                        if (c < last) {
                            out.append(" ".repeat(widths[c] - (piece[1] - piece[0])));
                        }
                    }
                }
                if (header.get(r)) {
                    spans.add(new Span(rowStart, out.length() - rowStart, Kind.STRONG, 0));
                }
            }
            spans.add(new Span(tableStart, out.length() - tableStart, Kind.TABLE, 0));
        }

        /** The last column with text on this line of a row (the line ends there, without trailing blanks). */
        private static int lastCellWithText(List<List<int[]>> pieces, int line) {
            int last = 0;
            for (int c = 0; c < pieces.size(); c++) {
                if (line < pieces.get(c).size() && pieces.get(c).get(line)[1] > pieces.get(c).get(line)[0]) {
                    last = c;
                }
            }
            return last;
        }

        /** Takes a character at a time from the widest column until the columns fit; none below 8. */
        private static void narrow(int[] widths, int budget) {
            int total = Arrays.stream(widths).sum();
            while (total > budget) {
                int widest = 0;
                for (int c = 1; c < widths.length; c++) {
                    if (widths[c] > widths[widest]) {
                        widest = c;
                    }
                }
                if (widths[widest] <= 8) {
                    return;
                }
                widths[widest]--;
                total--;
            }
        }

        /** The text's lines at most width long, broken after spaces (a longer word is cut): [start, end) each. */
        static List<int[]> wrap(String text, int width) {
            List<int[]> lines = new ArrayList<>();
            int start = 0;
            while (text.length() - start > width) {
                int cut = text.lastIndexOf(' ', start + width);
                int next;
                if (cut <= start) {
                    cut = start + width;
                    next = cut;
                } else {
                    next = cut + 1;
                }
                lines.add(new int[] {start, cut});
                start = next;
            }
            lines.add(new int[] {start, text.length()});
            return lines;
        }

        private static void collectRows(Node node, List<List<Rendered>> rows, List<Boolean> header) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TableRow row) {
                    List<Rendered> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            Writer writer = new Writer();
                            writer.visitChildren(cell);
                            cells.add(new Rendered(writer.out.toString().replace('\n', ' '), writer.spans));
                        }
                    }
                    rows.add(cells);
                    header.add(node instanceof TableHead);
                } else {
                    collectRows(child, rows, header);
                }
            }
        }
    }
}
