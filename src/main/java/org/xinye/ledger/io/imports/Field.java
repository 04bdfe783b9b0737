package org.xinye.ledger.io.imports;

import java.util.ArrayList;
import java.util.List;
import org.xinye.ledger.domain.Messages;

/**
 * The canonical columns of each import type (the glossary of the developer guide, §3) and the
 * headers senders use for them. Synonyms are written in normalized form (see {@link Headers#normalize}): no spaces,
 * no brackets, lower case.
 */
public enum Field {
    NAME(ImportType.WORKERS, "name", true, false, "姓名", "名字", "人员姓名", "从业人员姓名", "骑手姓名", "快递员姓名",
            "司机姓名", "职工姓名", "员工姓名", "党员姓名", "name"),
    ID_NUMBER(ImportType.WORKERS, "idNumber", true, true, "身份证号", "身份证号码", "公民身份号码", "证件号码", "证件号",
            "身份证", "居民身份证号码", "居民身份证号", "身份证件号码", "公民身份证号码", "公民身份证号", "身份号码",
            "身份证件号", "身份证编号", "居民身份证", "idnumber", "id"),
    GENDER(ImportType.WORKERS, "gender", false, false, "性别", "gender"),
    BIRTH_DATE(ImportType.WORKERS, "birthDate", false, false, "出生日期", "出生年月", "出生年月日", "生日", "birthdate"),
    MOBILE(ImportType.WORKERS, "mobile", false, true, "手机号", "联系电话", "手机号码", "手机", "电话", "联系方式",
            "电话号码", "移动电话", "联系手机", "本人手机号", "本人手机", "本人电话", "手机号联系电话",
            "联系电话手机", "联系号码", "mobile", "phone"),
    OCCUPATION(ImportType.WORKERS, "occupation", false, false, "职业", "从业类型", "岗位", "工种", "职业类别", "从业岗位",
            "职业类型", "从事职业", "occupation"),
    EMPLOYER(ImportType.WORKERS, "employer", false, false, "所在企业", "工作单位", "企业名称", "所在单位", "单位名称",
            "所属企业", "所属单位", "用工单位", "就职单位", "单位", "企业", "所在网点", "所属网点", "所在站点", "站点名称",
            "网点名称", "所属站点", "所在企业名称", "所属企业名称", "所在单位名称", "所属单位名称", "工作单位名称",
            "用工单位名称", "用工企业", "就业单位", "所在公司", "公司名称", "所在网点名称", "所在站点名称", "employer"),
    EMPLOYER_CODE(ImportType.WORKERS, "employerCode", false, true, "统一社会信用代码", "企业统一社会信用代码",
            "单位统一社会信用代码", "信用代码", "社会信用代码", "单位信用代码", "employercode"),
    COUNTY(ImportType.WORKERS, "county", false, false, "所在区县", "区县", "所属区县", "旗县区", "区旗县", "县区",
            "所属旗县区", "所在旗县区", "区", "旗县市区", "所在旗县市区", "县市区", "所在县市区", "所在区", "所属区",
            "county"),
    TOWNSHIP(ImportType.WORKERS, "township", false, false, "所在街道", "乡镇街道", "所属街道", "街道", "街道乡镇",
            "乡镇", "服务街道", "所在乡镇", "所属乡镇街道", "所在乡镇街道", "街镇", "苏木乡镇", "所在街镇", "所属街镇",
            "所在街道乡镇", "所属街道乡镇", "所属乡镇", "街道镇", "镇街", "所在镇街", "所属镇街", "街道办事处",
            "所在街道办事处", "所属街道办事处", "所在苏木乡镇", "township"),
    POLITICAL_STATUS(ImportType.WORKERS, "politicalStatus", false, false, "政治面貌", "politicalstatus"),
    PARTY_ORG(ImportType.WORKERS, "partyOrg", false, false, "党组织", "所在党组织", "所属党组织", "党组织名称",
            "隶属党组织", "组织关系所在党组织", "党员所在党组织", "所在党支部", "所属党支部", "党支部", "partyorg"),
    RELATION_STATUS(ImportType.WORKERS, "relationStatus", false, false, "组织关系状态", "组织关系", "党组织关系",
            "组织关系是否转入", "党员组织关系", "组织关系情况", "relationstatus"),
    JOINED_PARTY(ImportType.WORKERS, "joinedParty", false, false, "入党日期", "入党时间", "入党年月", "入党年月日",
            "joinedparty"),
    STATUS(ImportType.WORKERS, "status", false, false, "人员状态", "状态", "在岗状态", "在职状态", "是否在岗",
            "status"),
    START_DATE(ImportType.WORKERS, "startDate", false, false, "入职日期", "入职时间", "从业时间", "开始从业时间",
            "入职年月", "从业开始时间", "startdate"),
    NOTES(ImportType.WORKERS, "notes", false, false, "备注", "说明", "notes"),

    UNIT_NAME(ImportType.ENTERPRISES, "name", true, false, "企业名称", "单位名称", "名称", "网点名称", "站点名称",
            "企业网点名称", "企业全称", "单位全称", "机构名称", "企业单位名称", "公司名称", "企业站点名称", "name"),
    CREDIT_CODE(ImportType.ENTERPRISES, "creditCode", false, true, "统一社会信用代码", "信用代码", "社会信用代码",
            "统一代码", "creditcode"),
    KIND(ImportType.ENTERPRISES, "kind", false, false, "单位类别", "企业类别", "类别", "单位类型", "企业类型", "机构类型",
            "类型", "网点类型", "网点类别", "kind"),
    INDUSTRY(ImportType.ENTERPRISES, "industry", false, false, "行业", "所属行业", "行业类别", "行业类型", "industry"),
    PARENT(ImportType.ENTERPRISES, "parent", false, false, "上级单位", "上级企业", "所属平台", "总部", "上级机构",
            "所属企业", "母公司", "parent"),
    UNIT_COUNTY(ImportType.ENTERPRISES, "county", false, false, "所在区县", "区县", "所属区县", "旗县区", "区旗县",
            "县区", "所属旗县区", "所在旗县区", "旗县市区", "所在旗县市区", "县市区", "所在县市区", "所在区", "所属区",
            "county"),
    UNIT_TOWNSHIP(ImportType.ENTERPRISES, "township", false, false, "所在街道", "乡镇街道", "所属街道", "街道",
            "街道乡镇", "乡镇", "所在乡镇", "所属乡镇街道", "所在乡镇街道", "街镇", "苏木乡镇", "所在街镇", "所属街镇",
            "所在街道乡镇", "所属街道乡镇", "所属乡镇", "街道镇", "镇街", "所在镇街", "所属镇街", "街道办事处",
            "所在街道办事处", "所属街道办事处", "所在苏木乡镇", "township"),
    ADDRESS(ImportType.ENTERPRISES, "address", false, false, "地址", "经营地址", "注册地址", "详细地址", "办公地址",
            "所在地址", "经营场所", "address"),
    DECLARED_WORKERS(ImportType.ENTERPRISES, "declaredWorkers", false, false, "从业人员数", "从业人数", "员工人数",
            "职工人数", "人数", "从业人员数量", "从业人员总数", "员工数", "从业人员", "declaredworkers"),
    OPERATING_STATUS(ImportType.ENTERPRISES, "status", false, false, "经营状态", "营业状态", "状态", "status"),
    IN_SCOPE(ImportType.ENTERPRISES, "inScope", false, false, "纳入统计", "是否纳入统计", "inscope"),
    COMPETENT_DEPT(ImportType.ENTERPRISES, "competentDept", false, false, "行业主管部门", "主管部门", "competentdept"),
    RESPONSIBLE_UNIT(ImportType.ENTERPRISES, "responsibleUnit", false, false, "包联单位", "责任单位",
            "responsibleunit"),
    PARTY_IN_CHARTER(ImportType.ENTERPRISES, "partyInCharter", false, false, "党建入章程", "党建工作写入章程",
            "是否党建入章", "党建入章", "partyincharter"),
    CROSS_APPOINTMENT(ImportType.ENTERPRISES, "crossAppointment", false, false, "交叉任职", "双向进入交叉任职",
            "双向引入交叉任职", "crossappointment"),
    CONTACT_NAME(ImportType.ENTERPRISES, "contactName", false, false, "联系人", "负责人", "联系人姓名", "contactname"),
    CONTACT_PHONE(ImportType.ENTERPRISES, "contactPhone", false, true, "联系电话", "联系人电话", "手机号", "电话",
            "联系方式", "负责人电话", "联系人手机", "contactphone"),
    ORG_NAME(ImportType.ENTERPRISES, "orgName", false, false, "党组织名称", "所在党组织", "党组织", "覆盖党组织",
            "orgname"),
    ORG_FORM(ImportType.ENTERPRISES, "orgForm", false, false, "组建方式", "党组织组建方式", "覆盖方式", "orgform"),
    INSTRUCTOR(ImportType.ENTERPRISES, "instructor", false, false, "党建指导员", "指导员", "instructor"),
    LIAISON(ImportType.ENTERPRISES, "liaison", false, false, "驻企联络员", "联络员", "党建联络员", "liaison"),
    UNION(ImportType.ENTERPRISES, "union", false, false, "工会", "是否建立工会", "建立工会", "是否建工会", "union"),
    YOUTH_LEAGUE(ImportType.ENTERPRISES, "youthLeague", false, false, "共青团", "团组织", "是否建立团组织",
            "是否建立共青团", "youthleague"),
    WOMENS_FEDERATION(ImportType.ENTERPRISES, "womensFederation", false, false, "妇联", "妇女组织", "是否建立妇联",
            "womensfederation"),
    UNIT_NOTES(ImportType.ENTERPRISES, "notes", false, false, "备注", "说明", "notes");

    private final ImportType type;
    private final String key;
    private final boolean required;
    private final boolean textColumn;
    private final List<String> synonyms;

    Field(ImportType type, String key, boolean required, boolean textColumn, String... synonyms) {
        this.type = type;
        this.key = key;
        this.required = required;
        this.textColumn = textColumn;
        this.synonyms = List.of(synonyms);
    }

    public ImportType type() {
        return type;
    }

    /** The name on the command line ({@code --map 表头=idNumber}). */
    public String key() {
        return key;
    }

    public boolean required() {
        return required;
    }

    /** Digits that must stay text in a spreadsheet (IDs, codes, phones). */
    public boolean textColumn() {
        return textColumn;
    }

    List<String> synonyms() {
        return synonyms;
    }

    /** The standard header, as in the template. */
    public String label() {
        return Messages.get("import.field." + type.key() + "." + key);
    }

    public static List<Field> of(ImportType type) {
        List<Field> out = new ArrayList<>();
        for (Field f : values()) {
            if (f.type == type) {
                out.add(f);
            }
        }
        return out;
    }

    /** The field of {@code type} named by its key, its standard header or a synonym; null when none. */
    public static Field byName(ImportType type, String name) {
        String n = Headers.normalize(name);
        for (Field f : of(type)) {
            if (f.key.equalsIgnoreCase(name.trim()) || Headers.normalize(f.label()).equals(n)) {
                return f;
            }
        }
        return Headers.match(type, name);
    }
}
