package org.xinye.ledger.io.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.Gender;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.Text;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.io.sheet.Cell;

/**
 * Reading values as senders type them: dates in every common form, 是/否 in every common
 * form, and the enum labels of the glossary (developer guide §3) with their everyday variants
 * (党员, 中共党员 …).
 * A value that cannot be read gives null, and the caller says so.
 */
public final class Values {
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(\\.\\d+)?");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final Map<String, Boolean> BOOLEANS = new HashMap<>();
    private static final Map<String, PoliticalStatus> POLITICAL = new HashMap<>();
    private static final Map<String, Gender> GENDERS = new HashMap<>();
    private static final Map<String, Occupation> OCCUPATIONS = new HashMap<>();
    private static final Map<String, WorkerStatus> WORKER_STATUS = new HashMap<>();
    private static final Map<String, EnterpriseKind> KINDS = new HashMap<>();
    private static final Map<String, Industry> INDUSTRIES = new HashMap<>();
    private static final Map<String, OperatingStatus> OPERATING = new HashMap<>();
    private static final Map<String, OrgForm> FORMS = new HashMap<>();
    private static final Map<String, RelationStatus> RELATIONS = new HashMap<>();
    private static final Map<Class<?>, Map<String, ? extends Enum<?>>> LABELS = Map.of(PoliticalStatus.class, POLITICAL,
            Gender.class, GENDERS, Occupation.class, OCCUPATIONS, WorkerStatus.class, WORKER_STATUS,
            EnterpriseKind.class, KINDS, Industry.class, INDUSTRIES, OperatingStatus.class, OPERATING, OrgForm.class,
            FORMS, RelationStatus.class, RELATIONS);

    static {
        for (String s : new String[] {"是", "有", "已建", "已建立", "建立", "已成立", "成立", "y", "yes", "true", "1", "√", "✓"}) {
            BOOLEANS.put(s, true);
        }
        for (String s : new String[] {"否", "无", "没有", "未建", "未建立", "未成立", "n", "no", "false", "0", "×", "✗"}) {
            BOOLEANS.put(s, false);
        }
        put(POLITICAL, PoliticalStatus.MEMBER, "党员", "中共党员", "正式党员", "中国共产党党员", "共产党员");
        put(POLITICAL, PoliticalStatus.PROBATIONARY, "预备党员", "中共预备党员");
        put(POLITICAL, PoliticalStatus.LEAGUE, "团员", "共青团员", "中国共产主义青年团团员");
        put(POLITICAL, PoliticalStatus.MASSES, "群众", "普通群众", "无党派", "无党派人士", "无");
        put(GENDERS, Gender.MALE, "男", "男性", "m", "male");
        put(GENDERS, Gender.FEMALE, "女", "女性", "f", "female");
        put(OCCUPATIONS, Occupation.COURIER, "快递员", "快递小哥", "快递", "快递配送员", "揽投员", "快递业务员");
        put(OCCUPATIONS, Occupation.RIDER, "外卖骑手", "骑手", "外卖员", "送餐员", "外卖配送员", "配送员", "外卖");
        put(OCCUPATIONS, Occupation.RIDE_HAILING_DRIVER, "网约车司机", "网约车驾驶员", "网约车", "专车司机", "快车司机");
        put(OCCUPATIONS, Occupation.TRUCK_DRIVER, "货车司机", "货运司机", "卡车司机", "货车驾驶员");
        put(OCCUPATIONS, Occupation.STREAMER, "网络主播", "主播", "带货主播");
        put(OCCUPATIONS, Occupation.DOMESTIC_WORKER, "家政服务员", "家政员", "家政", "保洁员", "月嫂", "育婴员", "保姆");
        put(OCCUPATIONS, Occupation.OTHER, "其他", "其它");
        put(WORKER_STATUS, WorkerStatus.ACTIVE, "在岗", "在职", "正常", "是");
        put(WORKER_STATUS, WorkerStatus.LEFT, "离职", "已离职", "离岗", "否");
        put(WORKER_STATUS, WorkerStatus.TO_VERIFY, "待核实", "待确认", "核实中");
        put(KINDS, EnterpriseKind.PLATFORM, "平台企业", "平台", "平台公司");
        put(KINDS, EnterpriseKind.BRANCH, "分支机构", "分公司", "分支", "区域总部", "子公司");
        put(KINDS, EnterpriseKind.FRANCHISE, "加盟企业", "加盟商", "加盟店", "加盟");
        put(KINDS, EnterpriseKind.OUTLET, "基层网点", "网点", "站点", "基层站点", "基层网点/站点", "营业部", "配送站");
        put(INDUSTRIES, Industry.EXPRESS, "快递", "快递物流", "快递业", "寄递", "邮政快递");
        put(INDUSTRIES, Industry.FOOD_DELIVERY, "外卖", "外卖配送", "即时配送", "餐饮外卖");
        put(INDUSTRIES, Industry.RIDE_HAILING, "网约车", "出行", "网约出行");
        put(INDUSTRIES, Industry.FREIGHT, "货运", "网络货运", "货运物流", "物流", "同城货运");
        put(INDUSTRIES, Industry.LIVE_STREAMING, "网络直播", "直播", "直播电商");
        put(INDUSTRIES, Industry.DOMESTIC, "家政", "家政服务");
        put(INDUSTRIES, Industry.OTHER, "其他", "其它");
        put(OPERATING, OperatingStatus.OPERATING, "在营", "存续", "营业", "正常", "开业", "在业");
        put(OPERATING, OperatingStatus.SUSPENDED, "停业", "歇业", "暂停营业");
        put(OPERATING, OperatingStatus.CANCELLED, "注销", "吊销", "已注销", "已吊销");
        put(FORMS, OrgForm.SINGLE, "单独组建", "单建", "独立组建");
        put(FORMS, OrgForm.JOINT, "联合组建", "联建");
        put(FORMS, OrgForm.AREA, "区域", "区域覆盖", "区域组建", "楼宇", "商圈", "区域(楼宇/商圈)");
        put(FORMS, OrgForm.INDUSTRY, "行业", "行业覆盖", "行业组建");
        put(RELATIONS, RelationStatus.TRANSFERRED_IN, "已转入", "转入", "已转", "是", "已转接", "已接转");
        put(RELATIONS, RelationStatus.NOT_TRANSFERRED, "未转入", "未转", "否", "在原籍", "仍在原籍", "未转接");
        put(RELATIONS, RelationStatus.MOBILE, "流动党员", "流动", "外出流动", "流入党员");
        put(FORMS, OrgForm.FUNCTIONAL, "功能型", "流动党员", "功能型/流动党员", "功能型党组织");
    }

    private Values() {
    }

    @SafeVarargs
    private static <E extends Enum<E>> void put(Map<String, E> map, E value, String... words) {
        for (String w : words) {
            map.put(key(w), value);
        }
        map.put(key(value.name()), value);
        map.put(key(Messages.label(value)), value);
        map.put(key(Messages.load(Locale.ENGLISH).getString(
                "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name())), value);
    }

    private static String key(String s) {
        return Text.compact(s).toLowerCase(Locale.ROOT).replace("（", "(").replace("）", ")");
    }

    /**
     * What to store for text a row gives: the stored text when the two differ only as matching
     * sees it (NFKC, whitespace), so re-importing a file never rewrites 迅达快递（包头）有限公司 as
     * 迅达快递(包头)有限公司; else the row's text, and the stored one when the row gives none.
     */
    static String merged(String stored, String given) {
        return given == null || stored != null && Text.compact(stored).equals(Text.compact(given)) ? stored : given;
    }

    /**
     * The cell without the apostrophe an export puts before text a spreadsheet would run as a
     * formula ({@code '-加班}, see TableWriter.neutralize): the apostrophe is a marker, not
     * part of the value. Before any other character it is the sender's and stays.
     */
    static Cell unmarked(Cell c) {
        String t = c.kind() == Cell.Kind.TEXT ? c.text() : null;
        if (t == null || t.length() < 2 || t.charAt(0) != '\'') {
            return c;
        }
        char next = t.charAt(1);
        boolean trigger = next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r'
                || next == '\n';
        return trigger ? Cell.text(t.substring(1)) : c;
    }

    /**
     * An ID number, mobile or credit code without the apostrophe Excel and WPS users type
     * before digits to keep them text ({@code '150203…}): no such value contains one.
     */
    static String code(String raw) {
        String s = Text.clean(raw);
        return s.startsWith("'") || s.startsWith("‘") || s.startsWith("’") ? s.substring(1) : s;
    }

    /** The cell as clean text (NFKC, trimmed); "" when blank. */
    public static String text(Cell c) {
        return c == null ? "" : Text.clean(c.text());
    }

    /**
     * A date from a date cell, an Excel serial, or text such as {@code 2001-07-01},
     * {@code 2001/7/1}, {@code 2001.07.01}, {@code 2001年7月1日}, {@code 20010701} or
     * {@code 2001年7月} (the first of the month); null when it is none of these.
     */
    public static LocalDate date(Cell c) {
        if (c == null) {
            return null;
        }
        if (c.isNumeric()) {
            double d = c.number();
            if (c.kind() == Cell.Kind.NUMBER && d >= 19000101 && d <= 21001231 && d == Math.rint(d)) {
                return date(String.valueOf((long) d));
            }
            return plausible(Cell.serialToDate(d));
        }
        return date(c.text());
    }

    public static LocalDate date(String raw) {
        String s = Text.clean(raw);
        int space = s.indexOf(' ');
        if (space > 0) {
            s = s.substring(0, space);
        }
        s = s.replace('T', ' ').trim();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = YMD.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = YM.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), "1");
        }
        if (SERIAL.matcher(s).matches()) {
            return plausible(Cell.serialToDate(Double.parseDouble(s)));
        }
        return null;
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            return plausible(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate plausible(LocalDate d) {
        return d == null || d.isBefore(EARLIEST) || d.isAfter(LATEST) ? null : d;
    }

    /** 是/否 and its variants; null when neither. */
    public static Boolean bool(Cell c) {
        return c == null ? null : BOOLEANS.get(key(c.text()));
    }

    /** A whole number ≥ 0, also written {@code 35人}; null otherwise. */
    public static Integer count(Cell c) {
        if (c == null) {
            return null;
        }
        if (c.kind() == Cell.Kind.NUMBER) {
            double d = c.number();
            return d >= 0 && d == Math.rint(d) && d < Integer.MAX_VALUE ? (int) d : null;
        }
        String s = Text.compact(c.text());
        if (s.endsWith("人") || s.endsWith("名")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            int n = Integer.parseInt(s);
            return n >= 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A label as senders type it (党员, 中共党员, 快递小哥 …) read as the enum constant of
     * {@code type}: one of PoliticalStatus, Gender, Occupation, WorkerStatus, EnterpriseKind,
     * Industry, OperatingStatus, OrgForm, RelationStatus. Null when the cell is empty or says something else.
     */
    public static <E extends Enum<E>> E label(Class<E> type, Cell c) {
        Map<String, ? extends Enum<?>> map = LABELS.get(type);
        if (map == null) {
            throw new IllegalArgumentException("no labels for " + type);
        }
        return c == null ? null : type.cast(map.get(key(c.text())));
    }

    /** The industry a unit's name suggests (顺丰速运… → 快递), for a new unit whose file says none. */
    public static Industry industryFromName(String name) {
        String n = name == null ? "" : name;
        if (n.contains("快递") || n.contains("速运") || n.contains("速递") || n.contains("快运") || n.contains("邮政")) {
            return Industry.EXPRESS;
        }
        if (n.contains("外卖") || n.contains("配送") || n.contains("餐")) {
            return Industry.FOOD_DELIVERY;
        }
        if (n.contains("出行") || n.contains("约车") || n.contains("快车") || n.contains("打车")) {
            return Industry.RIDE_HAILING;
        }
        if (n.contains("货运") || n.contains("货拉拉") || n.contains("运输")) {
            return Industry.FREIGHT;
        }
        if (n.contains("直播") || n.contains("传媒")) {
            return Industry.LIVE_STREAMING;
        }
        if (n.contains("家政")) {
            return Industry.DOMESTIC;
        }
        return Industry.OTHER;
    }
}
