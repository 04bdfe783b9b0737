package org.xinye.ledger.ui;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.geometry.Orientation;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.ui.support.ChartHolder;

/**
 * What the screen test looks for in a window, each check giving the problems it found as
 * sentences that name the node. Data (table and list cells, what is typed in fields, the
 * ledger's path) is not the window's own text and is left out of the language check.
 */
final class ScreenChecks {
    /** Latin words a Chinese office program shows as they are: keys, file formats, paper sizes. */
    private static final Set<String> LATIN_ALLOWED = Set.of("Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Delete",
            "PDF", "PNG", "SVG", "CSV", "UTF", "Excel", "Word", "WPS", "xlsx", "xls", "csv", "docx", "dpi", "USB", "A4",
            "Windows", "Apache");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*[A-Za-z]");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    private ScreenChecks() {
    }

    /** Nodes that are shown: visible themselves and all their parents. */
    static List<Node> shown(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** Whether a node is shown: in a scene, visible itself and all its parents. */
    static boolean treeVisible(Node n) {
        if (n == null || n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /**
     * Empty fields whose prompt (the grey hint, like a search field's 搜索（汉字或拼音首字母）) runs past
     * the field's edge: its end is cut off without an ellipsis.
     */
    static List<String> cutPrompts(List<Node> shown) {
        List<String> out = new ArrayList<>();
        for (Node n : shown) {
            if (!(n instanceof Text t) || t.getText() == null || t.getText().isBlank()) {
                continue;
            }
            TextInputControl field = null;
            for (Node p = t.getParent(); p != null && field == null; p = p.getParent()) {
                if (p instanceof TextInputControl f) {
                    field = f;
                }
            }
            if (field == null || !t.getText().equals(field.getPromptText())
                    || field.getText() != null && !field.getText().isEmpty()) {
                continue;
            }
            double end = t.localToScene(t.getLayoutBounds()).getMaxX();
            double edge = field.localToScene(field.getLayoutBounds()).getMaxX() - field.snappedRightInset();
            // The skin shows the text through a clip (narrower where a field has a node at its right).
            for (Node p = t.getParent(); p != field; p = p.getParent()) {
                if (p.getClip() != null) {
                    edge = Math.min(edge, p.localToScene(p.getClip().getBoundsInParent()).getMaxX());
                }
            }
            if (end > edge + 0.5) {
                out.add(String.format("prompt \"%s\" cut by %.0f px in %s", t.getText(), end - edge, describe(field)));
            }
        }
        return out;
    }

    /**
     * Labels, buttons, cells and column headers whose text is cut with an ellipsis. One that
     * gives its whole text on hover (a tooltip with the same text, perhaps with more lines below it) is
     * not cut for the reader.
     */
    static List<String> clipped(List<Node> shown) {
        List<String> out = new ArrayList<>();
        for (Node n : shown) {
            if (!(n instanceof Labeled l) || l.getText() == null || l.getText().isEmpty()) {
                continue;
            }
            Text displayed = null;
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t) {
                    displayed = t;
                }
            }
            if (displayed == null || displayed.getText() == null) {
                continue;
            }
            String full = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
            String shownText = displayed.getText();
            String ellipsis = l.getEllipsisString();
            boolean cut = !shownText.equals(full) && !ellipsis.isEmpty() && shownText.contains(ellipsis)
                    && !full.contains(ellipsis);
            Tooltip tip = l.getTooltip();
            if (cut && !(tip != null && (full.equals(tip.getText()) || tip.getText().startsWith(full + "\n")))) {
                out.add("cut to \"" + shownText + "\" (whole: \"" + full + "\") in " + describe(l));
            }
        }
        return out;
    }

    /**
     * What the ledger holds as text (names of regions, units, orgs, people, stations…), to tell
     * a name shown inside a sentence ("昆都仑区: 406 units in scope") from the window's own words.
     */
    record Data(String all) {
        static Data of(Path db) {
            StringBuilder b = new StringBuilder(db.toString()).append('\u0000');
            try (Ledger ledger = Ledger.open(db, Ledger.Mode.READ)) {
                ledger.read(s -> {
                    for (String sql : List.of("SELECT name FROM region", "SELECT name FROM enterprise",
                            "SELECT name FROM party_org", "SELECT name FROM worker", "SELECT name FROM instructor",
                            "SELECT name || char(0) || COALESCE(host, '') FROM station")) {
                        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                            while (rs.next()) {
                                b.append(rs.getString(1)).append('\u0000');
                            }
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    return null;
                });
            }
            return new Data(b.toString());
        }

        /** Whether {@code part} is (part of) something the ledger holds. */
        boolean holds(String part) {
            return all.contains(part);
        }
    }

    /** Latin words in the window's own text (labels, buttons, headers, prompts, chart texts), outside data. */
    static List<String> latinWords(List<Node> shown, Data data) {
        List<String> out = new ArrayList<>();
        for (String[] t : ownTexts(shown)) {
            Matcher m = LATIN_WORD.matcher(t[0]);
            while (m.find()) {
                if (!LATIN_ALLOWED.contains(m.group()) && !data.holds(m.group())) {
                    out.add("Latin \"" + m.group() + "\" in \"" + t[0] + "\" (" + t[1] + ")");
                    break;
                }
            }
        }
        return out;
    }

    /** Chinese characters in the English window's own text, outside data (a name inside a sentence is data). */
    static List<String> hanCharacters(List<Node> shown, Data data) {
        List<String> out = new ArrayList<>();
        for (String[] t : ownTexts(shown)) {
            Matcher m = HAN_RUN.matcher(t[0]);
            while (m.find()) {
                if (!data.holds(m.group())) {
                    out.add("Chinese \"" + m.group() + "\" in \"" + t[0] + "\" (" + t[1] + ")");
                    break;
                }
            }
        }
        return out;
    }

    /** Each text the window shows of its own, with where it is: {text, node}. A label's whole text, even where cut. */
    private static List<String[]> ownTexts(List<Node> shown) {
        List<String[]> out = new ArrayList<>();
        for (Node n : shown) {
            if (n instanceof Text t && t.getText() != null && !t.getText().isBlank() && !isData(t)) {
                String text = t.getParent() instanceof Labeled l && l.getText() != null ? l.getText() : t.getText();
                out.add(new String[] {text, describe(t)});
            } else if (n instanceof TextInputControl f && f.getPromptText() != null && !f.getPromptText().isBlank()) {
                out.add(new String[] {f.getPromptText(), "prompt of " + describe(f)});
            } else if (n instanceof ChartViewer v && v.getChart() != null) {
                for (String s : chartTexts(v.getChart())) {
                    out.add(new String[] {s, "chart " + describe(v)});
                }
            }
        }
        return out;
    }

    /** Text that comes from the ledger or the user rather than from the program. */
    private static boolean isData(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("data") || p.getStyleClass().contains("status-file")) {
                return true;
            }
            if (p instanceof TextInputControl) {
                // What is typed is data; the prompt is the program's and is read from the field itself.
                return true;
            }
            if (p instanceof IndexedCell<?> && insideList(p)) {
                return true;
            }
            if (p instanceof ComboBoxBase<?> c && c.getStyleClass().contains("data-choice")) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideList(Node cell) {
        for (Node p = cell.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TableView<?> || p instanceof TreeTableView<?> || p instanceof ListView<?> || p instanceof TreeView<?>) {
                return true;
            }
        }
        return false;
    }

    private static List<String> chartTexts(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        if (chart.getTitle() != null) {
            out.add(chart.getTitle().getText());
        }
        Plot plot = chart.getPlot();
        if (plot instanceof CategoryPlot p) {
            if (p.getRangeAxis() != null && p.getRangeAxis().getLabel() != null) {
                out.add(p.getRangeAxis().getLabel());
            }
            if (p.getDataset() != null) {
                for (Object key : p.getDataset().getRowKeys()) {
                    out.add(String.valueOf(key));
                }
            }
        } else if (plot instanceof XYPlot p) {
            if (p.getRangeAxis() != null && p.getRangeAxis().getLabel() != null) {
                out.add(p.getRangeAxis().getLabel());
            }
            if (p.getDataset() != null) {
                for (int s = 0; s < p.getDataset().getSeriesCount(); s++) {
                    out.add(String.valueOf(p.getDataset().getSeriesKey(s)));
                }
            }
        }
        return out;
    }

    /** Charts shown without a value to show (empty axes), or drawn mostly black. */
    static List<String> badCharts(List<Node> shown, WritableImage screen) {
        List<String> out = new ArrayList<>();
        for (Node n : shown) {
            if (!(n instanceof ChartViewer v)) {
                continue;
            }
            if (v.getChart() == null || !ChartHolder.hasValues(v.getChart())) {
                out.add("chart with no values shown: " + describe(v));
            }
            double black = blackShare(v, screen);
            if (black > 0.25) {
                out.add(String.format("chart %.0f%% black: %s", black * 100, describe(v)));
            }
        }
        return out;
    }

    private static double blackShare(Node n, WritableImage screen) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        PixelReader px = screen.getPixelReader();
        int black = 0;
        int all = 0;
        for (int y = (int) Math.max(0, b.getMinY()); y < Math.min(screen.getHeight(), b.getMaxY()); y += 4) {
            for (int x = (int) Math.max(0, b.getMinX()); x < Math.min(screen.getWidth(), b.getMaxX()); x += 4) {
                int argb = px.getArgb(x, y);
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int bl = argb & 0xff;
                all++;
                if (r < 24 && g < 24 && bl < 24) {
                    black++;
                }
            }
        }
        return all == 0 ? 0 : (double) black / all;
    }

    /** Null when every row of the table is shown whole without scrolling, else what is hidden. */
    static String rowsHidden(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        int rows = table.getItems().size();
        if (flow == null || rows == 0) {
            return rows == 0 ? "the table has no rows" : "the table is not laid out";
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        double viewport = flow.getHeight();
        for (Node c : flow.getChildrenUnmodifiable()) {
            if (c instanceof ScrollBar sb && sb.getOrientation() == Orientation.HORIZONTAL && sb.isVisible()) {
                viewport -= sb.getHeight();
            }
        }
        if (first == null || last == null || first.getIndex() != 0 || last.getIndex() != rows - 1) {
            return String.format("rows %d–%d of %d shown in %.0f px", first == null ? -1 : first.getIndex() + 1,
                    last == null ? -1 : last.getIndex() + 1, rows, viewport);
        }
        Bounds lastBounds = flow.sceneToLocal(last.localToScene(last.getBoundsInLocal()));
        if (lastBounds.getMaxY() > viewport + 0.5) {
            return String.format("the last of %d rows is cut (%.0f of %.0f px)", rows, viewport - lastBounds.getMinY(),
                    lastBounds.getHeight());
        }
        return null;
    }

    /** The node's class, id and style classes, and its nearest ancestors with an id. */
    static String describe(Node n) {
        StringBuilder b = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            b.append('#').append(n.getId());
        }
        if (n instanceof Cell<?> && n.getStyleClass().size() > 0) {
            b.append('.').append(n.getStyleClass().get(0));
        }
        int found = 0;
        for (Node p = n.getParent(); p != null && found < 2; p = p.getParent()) {
            if (p.getId() != null) {
                b.append(" in #").append(p.getId());
                found++;
            }
        }
        return b.toString();
    }
}
