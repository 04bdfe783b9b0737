package org.xinye.ledger.io.imports;

import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;

/** What an org's name says about it, for an org an import creates from a name alone. */
final class OrgNames {
    private OrgNames() {
    }

    /** 联合党支部, 临时党支部, 党总支, 党委, else 党支部. */
    static OrgLevel level(String name) {
        return name.contains("联合党支部") ? OrgLevel.JOINT_BRANCH : name.contains("临时党支部")
                ? OrgLevel.TEMPORARY_BRANCH : name.contains("党总支") ? OrgLevel.GENERAL_BRANCH
                : name.endsWith("党委") ? OrgLevel.COMMITTEE : OrgLevel.BRANCH;
    }

    /** 联合 → joint, 功能型/流动党员 → functional, 行业 → industry, 区域/楼宇/商圈 → area, else single; null when {@code none}. */
    static OrgForm form(String name, OrgForm none) {
        if (name.contains("联合")) {
            return OrgForm.JOINT;
        }
        if (name.contains("功能型") || name.contains("流动党员")) {
            return OrgForm.FUNCTIONAL;
        }
        if (name.contains("行业")) {
            return OrgForm.INDUSTRY;
        }
        if (name.contains("区域") || name.contains("楼宇") || name.contains("商圈")) {
            return OrgForm.AREA;
        }
        return none;
    }
}
