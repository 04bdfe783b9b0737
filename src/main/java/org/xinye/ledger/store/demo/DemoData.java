package org.xinye.ledger.store.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.xinye.ledger.domain.Assignment;
import org.xinye.ledger.domain.CoverageCounts;
import org.xinye.ledger.domain.Designation;
import org.xinye.ledger.domain.DesignationKind;
import org.xinye.ledger.domain.DoubleReport;
import org.xinye.ledger.domain.Employment;
import org.xinye.ledger.domain.Enterprise;
import org.xinye.ledger.domain.EnterpriseKind;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.Industry;
import org.xinye.ledger.domain.Instructor;
import org.xinye.ledger.domain.InstructorRole;
import org.xinye.ledger.domain.Membership;
import org.xinye.ledger.domain.Occupation;
import org.xinye.ledger.domain.OperatingStatus;
import org.xinye.ledger.domain.OrgForm;
import org.xinye.ledger.domain.OrgLevel;
import org.xinye.ledger.domain.OrgLife;
import org.xinye.ledger.domain.PartyOrg;
import org.xinye.ledger.domain.PoliticalStatus;
import org.xinye.ledger.domain.LedgerScope;
import org.xinye.ledger.domain.Region;
import org.xinye.ledger.domain.RegionLevel;
import org.xinye.ledger.domain.RelationStatus;
import org.xinye.ledger.domain.Station;
import org.xinye.ledger.domain.StationKind;
import org.xinye.ledger.domain.Visit;
import org.xinye.ledger.domain.Worker;
import org.xinye.ledger.domain.WorkerStatus;
import org.xinye.ledger.store.Ledger;
import org.xinye.ledger.store.RegionCoverage;
import org.xinye.ledger.store.RecordJson;
import org.xinye.ledger.store.Session;
import org.xinye.ledger.store.StoreException;
import org.xinye.ledger.store.rollup.ScopeStore;

/**
 * A deterministic, synthetic district ledger over the region tree: units of every kind
 * and industry, party orgs of every form, instructors with visits, stations, workers with
 * check-digit-valid IDs, party members with their relations, and twelve months of
 * snapshots. Brands and people are invented; no real person's data.
 */
public final class DemoData {
    /** Counts of what was written. */
    public record Result(int units, int orgs, int instructors, int stations, int workers, int partyMembers,
                         int snapshotMonths) {
    }

    private static final String[] BRANDS_BY_INDUSTRY_EXPRESS = {"迅达快递", "通远速运", "鹿鸣快运", "北疆快递", "安捷物流", "星驰速递"};
    private static final String[] BRANDS_FOOD = {"饱了么外卖", "美味达外卖", "闪送餐", "青城外卖"};
    private static final String[] BRANDS_RIDE = {"畅行出行", "安途约车", "鹿城快车"};
    private static final String[] BRANDS_FREIGHT = {"满运货运", "拉货宝", "钢城货运"};
    private static final String[] BRANDS_LIVE = {"草原直播", "鹿城传媒", "云播文化"};
    private static final String[] BRANDS_DOMESTIC = {"安心家政", "暖家家政", "巧手家政服务"};
    private static final String[] BRANDS_OTHER = {"同城跑腿", "帮帮跑腿", "快修到家"};
    private static final String[] HONOURS = {"劳动模范", "三八红旗手", "红旗方向盘", "爱心车队", "优秀共产党员", "最美快递员"};
    private static final String[] GOVERNANCE = {"随手拍", "志愿服务", "平安建设"};

    private final DemoRandom rnd;
    private final int workerCount;
    private final LocalDate today;

    public DemoData(long seed, int workerCount, LocalDate today) {
        this.rnd = new DemoRandom(seed, today);
        this.workerCount = workerCount;
        this.today = today;
    }

    /**
     * Fills an empty ledger in one transaction. {@code progress} hears percentages 0–100.
     * Refuses a ledger that already has units or workers.
     */
    public Result fill(Ledger ledger, IntConsumer progress) {
        return fill(ledger, progress, () -> true);
    }

    /**
     * {@link #fill(Ledger, IntConsumer)}, asking {@code commit} just before the transaction
     * commits: false rolls it back ({@link java.util.concurrent.CancellationException}).
     */
    public Result fill(Ledger ledger, IntConsumer progress, java.util.function.BooleanSupplier commit) {
        return ledger.write(s -> {
            if (s.enterprises().count() > 0 || s.workers().count() > 0) {
                throw new StoreException(StoreException.Kind.NOT_EMPTY, "demo.notEmpty", null, ledger.file());
            }
            Result r = fill(s, progress);
            if (!commit.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            return r;
        });
    }

    private Result fill(Session s, IntConsumer progress) {
        // A county's ledger gets a district of that county only, so it can be submitted as it is.
        String county = new ScopeStore(s).get().filter(sc -> sc.kind() == LedgerScope.Kind.COUNTY)
                .map(LedgerScope::countyCode).orElse(null);
        List<Region> townships = s.regions().byLevel(RegionLevel.TOWNSHIP).stream()
                .filter(t -> county == null || county.equals(t.parentCode())).toList();
        if (townships.isEmpty()) {
            throw new StoreException(StoreException.Kind.CONSTRAINT, "demo.noRegions", null);
        }
        Map<String, Region> regions = new HashMap<>();
        s.regions().all().stream().filter(r -> county == null || r.level() == RegionLevel.CITY
                || r.code().equals(county) || county.equals(r.parentCode())).forEach(r -> regions.put(r.code(), r));
        progress.accept(2);
        List<Enterprise> units = units(s, townships, regions);
        progress.accept(10);
        List<PartyOrg> orgs = orgs(s, units, regions);
        progress.accept(15);
        int instructors = instructors(s, units);
        int stations = stations(s, townships, regions);
        progress.accept(20);
        int members = workers(s, units, townships, orgs, regions, progress);
        snapshots(s);
        Result done = new Result(units.size(), orgs.size(), instructors, stations, workerCount, members, 12);
        // The whole ledger changed: the log says so, with the counts (see AuditFormat).
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("units", done.units());
        facts.put("orgs", done.orgs());
        facts.put("instructors", done.instructors());
        facts.put("stations", done.stations());
        facts.put("workers", done.workers());
        facts.put("partyMembers", done.partyMembers());
        s.audit().append("ledger", null, "DEMO", null, RecordJson.write(facts));
        progress.accept(100);
        return done;
    }

    // ---- units ----

    private List<Enterprise> units(Session s, List<Region> townships, Map<String, Region> regions) {
        int total = Math.max(20, Math.min(2000, workerCount / 15));
        List<Enterprise> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Industry[] industries = Industry.values();
        double[] industryShare = {0.34, 0.25, 0.10, 0.12, 0.06, 0.09, 0.04};
        List<Region> weighted = weightedTownships(townships);
        List<Enterprise> platforms = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (Industry ind : industries) {
            String[] brands = brands(ind);
            for (String brand : brands) {
                if (out.size() >= Math.max(7, total / 100)) {
                    break;
                }
                Region t = rnd.pick(weighted);
                Enterprise p = unit(brand + "（包头）有限公司", EnterpriseKind.PLATFORM, ind, null, t, codes, true);
                long id = s.enterprises().insert(p);
                p = p.withId(id);
                platforms.add(p);
                out.add(p);
            }
        }
        while (out.size() < total) {
            Industry ind = rnd.pickWeighted(industries, industryShare);
            String[] brands = brands(ind);
            String brand = brands[rnd.nextInt(brands.length)];
            Enterprise parent = platforms.stream().filter(p -> p.name().startsWith(brand)).findFirst().orElse(null);
            Region t = rnd.pick(weighted);
            Region county = regions.get(t.parentCode());
            double roll = rnd.nextDouble();
            EnterpriseKind kind = roll < 0.05 ? EnterpriseKind.BRANCH : roll < 0.22 ? EnterpriseKind.FRANCHISE : EnterpriseKind.OUTLET;
            String name = switch (kind) {
                case BRANCH -> brand + "包头" + shortName(county) + "分公司";
                case FRANCHISE -> brand + shortName(county) + shortName(t) + "加盟店";
                default -> brand + shortName(t) + outletSuffix(ind);
            };
            name = distinct(name, names);
            Enterprise e = unit(name, kind, ind, parent, t, codes, kind != EnterpriseKind.OUTLET || rnd.nextDouble() < 0.6);
            out.add(e.withId(s.enterprises().insert(e)));
        }
        return out;
    }

    /** Second and later units of the same name get a number, as outlets do: 营业部（二）. */
    private static String distinct(String name, Map<String, Integer> seen) {
        int n = seen.merge(name, 1, Integer::sum);
        if (n == 1) {
            return name;
        }
        String numerals = "零一二三四五六七八九十";
        return name + "（" + (n <= 10 ? String.valueOf(numerals.charAt(n)) : String.valueOf(n)) + "）";
    }

    private Enterprise unit(String name, EnterpriseKind kind, Industry ind, Enterprise parent, Region township,
                            Set<String> codes, boolean withCode) {
        double st = rnd.nextDouble();
        OperatingStatus status = st < 0.93 ? OperatingStatus.OPERATING : st < 0.97 ? OperatingStatus.SUSPENDED : OperatingStatus.CANCELLED;
        int declared = switch (kind) {
            case PLATFORM -> 80 + rnd.nextInt(400);
            case BRANCH -> 30 + rnd.nextInt(120);
            case FRANCHISE -> 8 + rnd.nextInt(40);
            case OUTLET -> 3 + rnd.nextInt(25);
        };
        boolean union = rnd.nextDouble() < (kind == EnterpriseKind.OUTLET ? 0.12 : 0.45);
        boolean league = rnd.nextDouble() < 0.08;
        return new Enterprise(null, name, withCode ? rnd.creditCode(township, codes) : null, kind, ind,
                parent == null ? null : parent.id(), township.code(), shortName(township) + rnd.randomStreet(),
                declared, status, rnd.nextDouble() < 0.97, competentDept(ind), shortName(township) + "党工委",
                rnd.nextDouble() < 0.3, rnd.nextDouble() < 0.15, union, league, rnd.nextDouble() < 0.05,
                rnd.person(), rnd.mobile(), null);
    }

    private String outletSuffix(Industry ind) {
        return switch (ind) {
            case EXPRESS -> "营业部";
            case FOOD_DELIVERY -> "配送站";
            case RIDE_HAILING -> "服务站";
            case FREIGHT -> "货运站";
            case LIVE_STREAMING -> "直播基地";
            case DOMESTIC -> "服务网点";
            case OTHER -> "服务点";
        };
    }

    private static String competentDept(Industry ind) {
        return switch (ind) {
            case EXPRESS -> "邮政管理局";
            case FOOD_DELIVERY -> "市场监督管理局";
            case RIDE_HAILING, FREIGHT -> "交通运输局";
            case LIVE_STREAMING -> "网信办";
            case DOMESTIC -> "商务局";
            case OTHER -> "商务局";
        };
    }

    private static String[] brands(Industry ind) {
        return switch (ind) {
            case EXPRESS -> BRANDS_BY_INDUSTRY_EXPRESS;
            case FOOD_DELIVERY -> BRANDS_FOOD;
            case RIDE_HAILING -> BRANDS_RIDE;
            case FREIGHT -> BRANDS_FREIGHT;
            case LIVE_STREAMING -> BRANDS_LIVE;
            case DOMESTIC -> BRANDS_DOMESTIC;
            case OTHER -> BRANDS_OTHER;
        };
    }

    // ---- party orgs ----

    private List<PartyOrg> orgs(Session s, List<Enterprise> units, Map<String, Region> regions) {
        List<PartyOrg> out = new ArrayList<>();
        Map<String, Long> committees = new HashMap<>();
        for (Region county : regions.values().stream().filter(r -> r.level() == RegionLevel.COUNTY)
                .sorted((a, b) -> a.code().compareTo(b.code())).toList()) {
            PartyOrg committee = new PartyOrg(null, county.name() + "新业态新就业群体党委", OrgLevel.COMMITTEE,
                    OrgForm.INDUSTRY, null, county.code(), rnd.person(), rnd.mobile(), rnd.date(2019, 2022), true, null);
            committee = committee.withId(s.orgs().insert(committee));
            out.add(committee);
            committees.put(county.code(), committee.id());
        }
        List<Enterprise> pool = new ArrayList<>(units);
        java.util.Collections.shuffle(pool, rnd);
        int i = 0;
        int singles = pool.size() * 20 / 100;
        for (; i < singles; i++) {
            Enterprise e = pool.get(i);
            out.add(org(s, e.name() + "党支部", OrgLevel.BRANCH, OrgForm.SINGLE, committees, regions, e.townshipCode(),
                    List.of(e)));
        }
        // One joint branch has grown past five units, as they do; it shows on the follow-up list.
        if (pool.size() >= 40) {
            List<Enterprise> grown = pool.subList(i, i + 6);
            i += 6;
            out.add(org(s, shortName(regions.get(grown.get(0).townshipCode())) + "商贸物流联合党支部", OrgLevel.JOINT_BRANCH,
                    OrgForm.JOINT, committees, regions, grown.get(0).townshipCode(), grown));
        }
        // Joint branches: 2–5 neighbouring units, the odd one a little more.
        Map<String, List<Enterprise>> byTownship = new HashMap<>();
        int jointEnd = i + pool.size() * 18 / 100;
        for (; i < jointEnd; i++) {
            byTownship.computeIfAbsent(pool.get(i).townshipCode(), k -> new ArrayList<>()).add(pool.get(i));
        }
        int jointNo = 0;
        for (var entry : byTownship.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            List<Enterprise> group = entry.getValue();
            int k = 0;
            while (k < group.size()) {
                int size = jointNo % 17 == 5 ? 6 + rnd.nextInt(2) : 2 + rnd.nextInt(4);
                List<Enterprise> members = group.subList(k, Math.min(group.size(), k + size));
                k += size;
                if (members.size() < 2) {
                    break;
                }
                jointNo++;
                Region t = regions.get(entry.getKey());
                out.add(org(s, shortName(t) + "新业态联合党支部" + (jointNo % 3 == 0 ? "（二）" : ""), OrgLevel.JOINT_BRANCH,
                        OrgForm.JOINT, committees, regions, entry.getKey(), members));
            }
        }
        // Area branches (楼宇/商圈) over a slice of units in busy townships.
        Map<String, List<Enterprise>> area = new HashMap<>();
        int areaEnd = i + pool.size() * 12 / 100;
        for (; i < areaEnd && i < pool.size(); i++) {
            area.computeIfAbsent(pool.get(i).townshipCode(), k -> new ArrayList<>()).add(pool.get(i));
        }
        for (var entry : area.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            Region t = regions.get(entry.getKey());
            out.add(org(s, shortName(t) + "商圈党支部", OrgLevel.BRANCH, OrgForm.AREA, committees, regions,
                    entry.getKey(), entry.getValue()));
        }
        // Functional branches for mobile members, covering no unit of their own.
        for (Region county : regions.values().stream().filter(r -> r.level() == RegionLevel.COUNTY)
                .sorted((a, b) -> a.code().compareTo(b.code())).limit(4).toList()) {
            out.add(org(s, county.name() + "流动党员党支部", OrgLevel.BRANCH, OrgForm.FUNCTIONAL, committees, regions,
                    county.code(), List.of()));
        }
        // A dissolved temporary branch: present, but it covers nothing any more.
        if (!pool.isEmpty()) {
            Enterprise e = pool.get(pool.size() - 1);
            PartyOrg temp = new PartyOrg(null, e.name() + "临时党支部", OrgLevel.TEMPORARY_BRANCH, OrgForm.SINGLE,
                    committees.get(regions.get(e.townshipCode()).parentCode()), e.townshipCode(), rnd.person(), rnd.mobile(),
                    rnd.date(2021, 2022), false, "已撤销");
            long id = s.orgs().insert(temp);
            s.orgs().cover(id, e.id());
            out.add(temp.withId(id));
        }
        return out;
    }

    private PartyOrg org(Session s, String name, OrgLevel level, OrgForm form, Map<String, Long> committees,
                         Map<String, Region> regions, String regionCode, List<Enterprise> covered) {
        Region r = regions.get(regionCode);
        String county = r.level() == RegionLevel.COUNTY ? r.code() : r.parentCode();
        PartyOrg o = new PartyOrg(null, name, level, form, committees.get(county), regionCode, rnd.person(), rnd.mobile(),
                rnd.date(2018, today.getYear()), true, null);
        long id = s.orgs().insert(o);
        for (Enterprise e : covered) {
            s.orgs().cover(id, e.id());
        }
        return o.withId(id);
    }

    // ---- instructors and stations ----

    private int instructors(Session s, List<Enterprise> units) {
        int count = Math.max(3, units.size() / 16);
        List<Enterprise> pool = new ArrayList<>(units);
        java.util.Collections.shuffle(pool, rnd);
        int next = 0;
        for (int i = 0; i < count; i++) {
            InstructorRole role = i % 3 == 2 ? InstructorRole.LIAISON : InstructorRole.INSTRUCTOR;
            Instructor ins = new Instructor(null, rnd.person(), rnd.nextBoolean() ? "区委组织部" : "街道党工委",
                    role, rnd.nextDouble() < 0.3, rnd.mobile(), i % 40 != 39, null);
            long id = s.instructors().insert(ins);
            int assigned = 3 + rnd.nextInt(6);
            for (int k = 0; k < assigned && next < pool.size(); k++, next++) {
                Enterprise e = pool.get(next);
                LocalDate from = today.minusDays(60 + rnd.nextInt(700));
                LocalDate to = rnd.nextDouble() < 0.08 ? from.plusDays(200) : null;
                s.instructors().assign(new Assignment(null, id, e.id(), from, to != null && to.isBefore(today) ? to : null));
                // Most assignments are visited regularly; some have gone quiet for months.
                boolean quiet = rnd.nextDouble() < 0.15;
                LocalDate d = from.plusDays(7 + rnd.nextInt(30));
                LocalDate until = quiet ? today.minusDays(100 + rnd.nextInt(120)) : today.minusDays(rnd.nextInt(60));
                while (!d.isAfter(until)) {
                    s.instructors().addVisit(new Visit(null, id, e.id(), d, visitNote()));
                    d = d.plusDays(30 + rnd.nextInt(60));
                }
            }
        }
        return count;
    }

    private String visitNote() {
        String[] notes = {"了解骑手权益保障情况", "指导党员亮身份", "宣讲党的二十届四中全会精神", "协调解决站点休息场所",
                "摸排党员底数", "指导组建工会", "推动党建入章程", "走访慰问一线快递员"};
        return notes[rnd.nextInt(notes.length)];
    }

    private int stations(Session s, List<Region> townships, Map<String, Region> regions) {
        int n = 0;
        for (Region county : regions.values().stream().filter(r -> r.level() == RegionLevel.COUNTY)
                .sorted((a, b) -> a.code().compareTo(b.code())).toList()) {
            s.stations().insert(new Station(null, county.name() + "新就业群体党群服务中心", StationKind.SERVICE_CENTER,
                    county.name() + "委组织部", county.code(), shortName(county) + rnd.randomStreet(),
                    "休息区、饮水、充电、阅读角、应急药箱", "09:00–21:00", null));
            n++;
        }
        for (int i = 0; i < townships.size(); i += 2) {
            Region t = townships.get(i);
            boolean energy = i % 4 == 0;
            s.stations().insert(new Station(null, shortName(t) + (energy ? "红色蓄能站" : "暖新驿站"),
                    energy ? StationKind.ENERGY_STATION : StationKind.WARM_STATION, shortName(t) + "社区",
                    t.code(), shortName(t) + rnd.randomStreet(), "饮水、充电、微波炉、卫生间", energy ? "全天" : "08:00–20:00", null));
            n++;
        }
        return n;
    }

    // ---- workers and members ----

    private int workers(Session s, List<Enterprise> units, List<Region> townships, List<PartyOrg> orgs,
                        Map<String, Region> regions, IntConsumer progress) {
        long firstId = s.workers().nextId();
        // The ledger is empty (checked above): index once at the end instead of row by row.
        Runnable reindexWorkers = s.withoutSecondaryIndexes("worker");
        Runnable reindexJobs = s.withoutSecondaryIndexes("employment");
        Set<String> ids = new HashSet<>(workerCount * 2);
        List<Worker> batch = new ArrayList<>();
        List<Employment> jobs = new ArrayList<>();
        List<Worker> members = new ArrayList<>();
        int[] cumulative = new int[units.size()];
        int sum = 0;
        for (int i = 0; i < units.size(); i++) {
            Integer declared = units.get(i).declaredWorkers();
            sum += declared == null ? 5 : declared;
            cumulative[i] = sum;
        }
        for (int n = 0; n < workerCount; n++) {
            Enterprise employer = units.get(rnd.pickCumulative(cumulative, sum));
            IdNumber id = rnd.idNumber(ids);
            double p = rnd.nextDouble();
            PoliticalStatus ps = p < 0.026 ? PoliticalStatus.MEMBER : p < 0.032 ? PoliticalStatus.PROBATIONARY
                    : p < 0.11 ? PoliticalStatus.LEAGUE : PoliticalStatus.MASSES;
            double st = rnd.nextDouble();
            WorkerStatus status = st < 0.92 ? WorkerStatus.ACTIVE : st < 0.97 ? WorkerStatus.LEFT : WorkerStatus.TO_VERIFY;
            String township = rnd.nextDouble() < 0.85 ? employer.townshipCode() : townships.get(rnd.nextInt(townships.size())).code();
            Worker w = new Worker(firstId + n, id.value(), rnd.person(), id.gender(), id.birthDate(), rnd.mobile(),
                    occupation(employer.industry()), employer.id(), null, township, null, ps, status, null);
            batch.add(w);
            LocalDate hired = today.minusDays(30 + rnd.nextInt(2000));
            if (rnd.nextDouble() < 0.2) {
                Enterprise previous = units.get(rnd.nextInt(units.size()));
                jobs.add(new Employment(null, w.id(), previous.id(), null, hired.minusDays(200 + rnd.nextInt(600)), hired.minusDays(1)));
            }
            jobs.add(new Employment(null, w.id(), employer.id(), null, hired,
                    status == WorkerStatus.LEFT ? today.minusDays(rnd.nextInt(200)) : null));
            if (ps.isPartyMember()) {
                members.add(w);
            }
            if (batch.size() == 5000) {
                s.workers().insertAll(batch);
                s.workers().insertEmployments(jobs);
                batch.clear();
                jobs.clear();
                progress.accept(20 + (int) (70L * n / workerCount));
            }
        }
        s.workers().insertAll(batch);
        s.workers().insertEmployments(jobs);
        reindexWorkers.run();
        reindexJobs.run();
        members(s, members, units, orgs, regions);
        return members.size();
    }

    private void members(Session s, List<Worker> members, List<Enterprise> units, List<PartyOrg> orgs,
                         Map<String, Region> regions) {
        Map<Long, List<Long>> orgsByUnit = new HashMap<>();
        for (PartyOrg o : orgs) {
            if (o.active()) {
                for (Enterprise e : s.orgs().coveredUnits(o.id())) {
                    orgsByUnit.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(o.id());
                }
            }
        }
        List<PartyOrg> functional = orgs.stream().filter(o -> o.form() == OrgForm.FUNCTIONAL || o.form() == OrgForm.AREA).toList();
        List<PartyOrg> committees = orgs.stream().filter(o -> o.level() == OrgLevel.COMMITTEE).toList();
        int n = 0;
        for (Worker w : members) {
            double r = rnd.nextDouble();
            List<Long> own = orgsByUnit.getOrDefault(w.employerId(), List.of());
            LocalDate joined = rnd.date(1995, today.getYear() - 1);
            if (n++ % 80 == 7) {
                continue; // no relation recorded yet: shows on the follow-up list
            }
            Membership m;
            if (r < 0.66) {
                Long org = !own.isEmpty() ? own.get(0) : committees.get(rnd.nextInt(committees.size())).id();
                m = new Membership(w.id(), org, RelationStatus.TRANSFERRED_IN, null, null, null, null, joined);
            } else if (r < 0.84) {
                m = new Membership(w.id(), null, RelationStatus.NOT_TRANSFERRED, homeOrg(w.idNumber()), null, null, null, joined);
            } else {
                LocalDate cert = today.minusDays(rnd.nextInt(500));
                LocalDate check = rnd.nextDouble() < 0.4 ? cert.plusDays(330 + rnd.nextInt(60)) : null;
                Long org = functional.isEmpty() ? null : functional.get(rnd.nextInt(functional.size())).id();
                m = new Membership(w.id(), org, RelationStatus.MOBILE, homeOrg(w.idNumber()),
                        String.format("流动证%06d", w.id()), cert, check != null && check.isBefore(today) ? check : null, joined);
            }
            s.memberships().save(m);
            if (!functional.isEmpty() && rnd.nextDouble() < 0.2) {
                PartyOrg f = functional.get(rnd.nextInt(functional.size()));
                if (!f.id().equals(m.orgId())) {
                    s.memberships().addOrgLife(new OrgLife(null, w.id(), f.id(), today.minusDays(rnd.nextInt(700)), null));
                }
            }
            if (rnd.nextDouble() < 0.35 && w.townshipCode() != null) {
                Region t = regions.get(w.townshipCode());
                s.memberships().addDoubleReport(new DoubleReport(null, w.id(), null, null,
                        shortName(t) + COMMUNITIES[rnd.nextInt(COMMUNITIES.length)] + "社区", today.minusDays(rnd.nextInt(600))));
            }
            double d = rnd.nextDouble();
            int year = today.getYear() - rnd.nextInt(3);
            if (d < 0.12) {
                s.memberships().addDesignation(new Designation(null, w.id(), DesignationKind.PIONEER_POST, "党员先锋岗", year, null, null));
            } else if (d < 0.18) {
                s.memberships().addDesignation(new Designation(null, w.id(), DesignationKind.HONOUR,
                        HONOURS[rnd.nextInt(HONOURS.length)], year, null, null));
            } else if (d < 0.26) {
                s.memberships().addDesignation(new Designation(null, w.id(), DesignationKind.RESPONSIBILITY_ZONE, "党员责任区", year, null, null));
            }
            if (rnd.nextDouble() < 0.4) {
                s.memberships().addDesignation(new Designation(null, w.id(), DesignationKind.FOUR_LIGHTS, "党员亮身份", year, null, null));
            }
            if (rnd.nextDouble() < 0.25) {
                s.memberships().addDesignation(new Designation(null, w.id(), DesignationKind.GOVERNANCE,
                        GOVERNANCE[rnd.nextInt(GOVERNANCE.length)], year, today.minusDays(rnd.nextInt(365)), null));
            }
        }
    }

    private static final String[] COMMUNITIES = {"友谊", "阳光", "和平", "幸福", "团结", "民主", "新华", "光明", "富强", "康乐"};

    private String homeOrg(String idNumber) {
        String[] villages = {"红星村", "前进村", "新民村", "东风村", "胜利村", "永丰村"};
        return "户籍地" + idNumber.substring(0, 6) + villages[rnd.nextInt(villages.length)] + "党支部";
    }

    private Occupation occupation(Industry ind) {
        double r = rnd.nextDouble();
        if (r < 0.1) {
            return Occupation.OTHER;
        }
        return switch (ind) {
            case EXPRESS -> Occupation.COURIER;
            case FOOD_DELIVERY -> Occupation.RIDER;
            case RIDE_HAILING -> Occupation.RIDE_HAILING_DRIVER;
            case FREIGHT -> Occupation.TRUCK_DRIVER;
            case LIVE_STREAMING -> Occupation.STREAMER;
            case DOMESTIC -> Occupation.DOMESTIC_WORKER;
            case OTHER -> r < 0.55 ? Occupation.RIDER : Occupation.OTHER;
        };
    }

    // ---- snapshots ----

    /** Twelve months ending this month; earlier months show a plausible, steady climb to today's numbers. */
    private void snapshots(Session s) {
        List<RegionCoverage> rows = s.coverage().byCountyWithTotal();
        YearMonth now = YearMonth.from(today);
        Instant taken = Instant.now();
        for (int back = 11; back >= 0; back--) {
            YearMonth month = now.minusMonths(back);
            for (RegionCoverage row : rows) {
                s.snapshots().put(row.code(), month, past(row.counts(), back), taken);
            }
        }
    }

    private static CoverageCounts past(CoverageCounts now, int monthsBack) {
        double f = 1.0 - 0.03 * monthsBack;
        int single = (int) Math.round(now.orgSingle() * f);
        int joint = (int) Math.round(now.orgJoint() * f);
        int area = (int) Math.round(now.orgArea() * (1.0 - 0.015 * monthsBack));
        int lostOrg = now.orgCovered() - single - joint - area;
        int work = (int) Math.round(now.workCovered() * (1.0 - 0.02 * monthsBack)) + lostOrg / 2;
        int uncovered = now.inScope() - single - joint - area - work;
        int workers = (int) Math.round(now.workers() * (1.0 - 0.01 * monthsBack));
        int members = (int) Math.round(now.partyMembers() * (1.0 - 0.012 * monthsBack));
        return new CoverageCounts(now.inScope(), single, joint, area, work, uncovered, workers, members);
    }

    /** The short form of a region name used inside unit names: 昆都仑区 → 昆都仑, 少先路街道 → 少先路. */
    static String shortName(Region r) {
        String n = r.name();
        for (String suffix : new String[] {"街道", "苏木", "镇", "乡", "区", "旗", "县"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length() + 1) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }

    private List<Region> weightedTownships(List<Region> townships) {
        List<Region> out = new ArrayList<>();
        for (Region t : townships) {
            // City districts have more outlets than banners and parks.
            String county = t.parentCode();
            int w = county.startsWith("15020") ? 4 : county.startsWith("15027") ? 3 : 1;
            if (t.code().charAt(6) == '4' || t.code().charAt(6) == '5') {
                w = 1;
            }
            for (int i = 0; i < w; i++) {
                out.add(t);
            }
        }
        return out;
    }

}
