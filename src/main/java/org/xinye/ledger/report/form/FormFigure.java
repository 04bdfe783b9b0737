package org.xinye.ledger.report.form;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.Messages;

/**
 * A figure a superior's form can ask for, with the column headers forms use for it (in the
 * normalized form of {@link FormMatcher#normalize}: no spaces, brackets or their text, no
 * slashes). Rates are fractions; counts are whole numbers.
 */
public enum FormFigure {
    IN_SCOPE(false, c -> c.counts().inScope(), "纳入统计", "纳入统计单位", "纳入统计单位数", "纳入统计企业数", "新业态单位",
            "新业态单位数", "新业态企业数", "新业态企业网点数", "企业网点数", "企业数", "单位数", "单位总数", "企业总数"),
    ORG_COVERED(false, c -> c.counts().orgCovered(), "组织覆盖", "组织覆盖数", "组织覆盖单位数", "已建党组织",
            "已建党组织单位数", "已建立党组织", "已建立党组织单位数", "党组织覆盖单位数", "党的组织覆盖"),
    ORG_SINGLE(false, c -> c.counts().orgSingle(), "单独组建", "单独组建数", "单独建立党组织", "单独建立党组织数",
            "单独建立", "单建"),
    ORG_JOINT(false, c -> c.counts().orgJoint(), "联合组建", "联合组建数", "联合建立党组织", "联合建立党组织数",
            "联合建立", "联建"),
    ORG_AREA(false, c -> c.counts().orgArea(), "区域行业", "区域行业覆盖", "区域行业党组织覆盖", "区域覆盖", "行业覆盖"),
    WORK_COVERED(false, c -> c.counts().workCovered(), "工作覆盖", "工作覆盖数", "工作覆盖单位数", "仅工作覆盖",
            "党的工作覆盖"),
    UNCOVERED(false, c -> c.counts().uncovered(), "未覆盖", "未覆盖单位数", "未覆盖数", "空白点"),
    ORG_RATE(true, c -> c.counts().orgRate(), "组织覆盖率", "党组织覆盖率", "党的组织覆盖率"),
    WORK_RATE(true, c -> c.counts().workRate(), "工作覆盖率", "党的工作覆盖率"),
    SINGLE_RATE(true, c -> c.counts().singleRate(), "单独组建率", "单独建立党组织率"),
    WORKERS(false, c -> c.counts().workers(), "从业人员", "从业人员数", "从业人数", "新就业群体", "新就业群体人数",
            "在岗人员", "在岗人数", "人员总数"),
    PARTY_MEMBERS(false, c -> c.counts().partyMembers(), "党员", "党员数", "党员人数", "从业人员中党员",
            "从业人员中党员数"),
    SHOULD_BUILD(false, c -> c.shouldBuild(), "应建未建", "应建未建数", "应建未建单位数", "应建未建企业数");

    /** What a row of the form stands for: its coverage counts and its 应建未建 units. */
    public record Values(CoverageCounts counts, int shouldBuild) {
    }

    private final boolean rate;
    private final ToDoubleFunction<Values> value;
    private final List<String> synonyms;

    FormFigure(boolean rate, ToDoubleFunction<Values> value, String... synonyms) {
        this.rate = rate;
        this.value = value;
        this.synonyms = List.of(synonyms);
    }

    public boolean rate() {
        return rate;
    }

    public double value(Values v) {
        return value.applyAsDouble(v);
    }

    List<String> synonyms() {
        return synonyms;
    }

    /** The name the window and the command line show. */
    public String label() {
        return Messages.get("form.figure." + name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return label();
    }
}
