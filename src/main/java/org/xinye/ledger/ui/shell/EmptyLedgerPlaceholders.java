package org.xinye.ledger.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import org.xinye.ledger.ui.support.EmptyState;
import org.xinye.ledger.ui.support.NextSteps;

/**
 * The lists of the record pages and of 待办 say what they say when a search finds nothing, and
 * on a new ledger add the first steps (导入名单, 载入示例数据, 打开台账…) below it. Done here, once
 * for all pages, on the list each page names {@code #table} or {@code #tree} (待办: each tab's list).
 */
final class EmptyLedgerPlaceholders {
    private static final Set<PageId> RECORD_PAGES = Set.of(PageId.UNITS, PageId.ORGS, PageId.PEOPLE,
            PageId.INSTRUCTORS, PageId.STATIONS, PageId.FOLLOW_UPS);

    private EmptyLedgerPlaceholders() {
    }

    static void install(PageId id, Node page, NextSteps steps) {
        if (!RECORD_PAGES.contains(id)) {
            return;
        }
        List<Node> lists = new ArrayList<>();
        collect(page, id == PageId.FOLLOW_UPS, lists);
        for (Node n : lists) {
            if (n instanceof TableView<?> t && t.getPlaceholder() != null) {
                t.setPlaceholder(EmptyState.placeholder(t.getPlaceholder(), steps));
            } else if (n instanceof TreeTableView<?> t && t.getPlaceholder() != null) {
                t.setPlaceholder(EmptyState.placeholder(t.getPlaceholder(), steps));
            }
        }
    }

    /** The page's lists, looked for also where a skin has not put them among the children yet (split panes, tabs). */
    private static void collect(Node n, boolean everyTable, List<Node> out) {
        if (n instanceof TableView<?> || n instanceof TreeTableView<?>) {
            if (everyTable || "table".equals(n.getId()) || "tree".equals(n.getId())) {
                out.add(n);
            }
            return;
        }
        List<Node> inside = new ArrayList<>();
        if (n instanceof SplitPane sp) {
            inside.addAll(sp.getItems());
        } else if (n instanceof TabPane tp) {
            tp.getTabs().forEach(t -> inside.add(t.getContent()));
        } else if (n instanceof ScrollPane s) {
            inside.add(s.getContent());
        } else if (n instanceof Parent p) {
            inside.addAll(p.getChildrenUnmodifiable());
        }
        for (Node c : inside) {
            if (c != null) {
                collect(c, everyTable, out);
            }
        }
    }
}
