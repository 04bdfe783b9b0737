package org.xinye.ledger.store.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.xinye.ledger.domain.CreditCode;
import org.xinye.ledger.domain.IdNumber;
import org.xinye.ledger.domain.Region;

/**
 * The demo's random source and its small generators: invented names, mobiles and addresses,
 * ID numbers and credit codes with valid check characters, dates up to today, weighted picks.
 * One seeded sequence, so the same seed gives the same ledger.
 */
final class DemoRandom extends Random {
    private static final String[] SURNAMES = ("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
            + "乌云巴图其木格敖包").split("");
    private static final String[] GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红文辉鹏飞宇浩然俊凯博晨阳帆亮宁婷雪琳晶莹欣怡佳慧志鑫斌海波峰林龙旭东成刚健坤瑞祥福"
            + "宝山金花日格勒").split("");
    /** Birthplace divisions for generated IDs: the city's own and the usual places people come from. */
    private static final String[] BIRTHPLACES = {"150202", "150203", "150204", "150205", "150206", "150207", "150221",
            "150222", "150223", "150105", "150121", "152601", "150621", "140221", "130731", "610802", "622102", "150981"};
    private final LocalDate today;

    DemoRandom(long seed, LocalDate today) {
        super(seed);
        this.today = today;
    }

    IdNumber idNumber(Set<String> used) {
        while (true) {
            String place = BIRTHPLACES[nextInt(BIRTHPLACES.length)];
            LocalDate birth = LocalDate.of(1966, 1, 1).plusDays(nextInt(365 * 38));
            String body = place + birth.toString().replace("-", "") + String.format("%03d", nextInt(1000));
            String id = body + IdNumber.checkChar(body);
            if (used.add(id)) {
                return IdNumber.of(id);
            }
        }
    }

    String creditCode(Region township, Set<String> used) {
        while (true) {
            StringBuilder b = new StringBuilder("91").append(township.code(), 0, 6);
            String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
            for (int i = 0; i < 9; i++) {
                b.append(alphabet.charAt(nextInt(alphabet.length())));
            }
            String code = b.toString() + CreditCode.checkChar(b.toString());
            if (used.add(code)) {
                return code;
            }
        }
    }

    String person() {
        String name = SURNAMES[nextInt(SURNAMES.length)] + GIVEN[nextInt(GIVEN.length)];
        return nextDouble() < 0.6 ? name + GIVEN[nextInt(GIVEN.length)] : name;
    }

    String mobile() {
        String[] prefixes = {"130", "131", "132", "135", "136", "138", "139", "150", "151", "152", "155", "158", "159",
                "176", "177", "180", "182", "185", "186", "187", "188", "189", "199"};
        return prefixes[nextInt(prefixes.length)] + String.format("%08d", nextInt(100_000_000));
    }

    String randomStreet() {
        String[] roads = {"钢铁大街", "阿尔丁大街", "民族东路", "建设路", "友谊大街", "青年路", "幸福路", "团结大街", "巴彦塔拉大街", "呼得木林大街"};
        return roads[nextInt(roads.length)] + (1 + nextInt(300)) + "号";
    }

    LocalDate date(int fromYear, int toYear) {
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        LocalDate end = LocalDate.of(Math.max(fromYear, toYear), 12, 31);
        if (end.isAfter(today)) {
            end = today;
        }
        long span = Math.max(1, end.toEpochDay() - start.toEpochDay());
        return start.plusDays((long) (nextDouble() * span));
    }

    <T> T pick(List<T> list) {
        return list.get(nextInt(list.size()));
    }

    <T> T pickWeighted(T[] values, double[] weights) {
        double r = nextDouble();
        double acc = 0;
        for (int i = 0; i < values.length; i++) {
            acc += weights[i];
            if (r < acc) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    int pickCumulative(int[] cumulative, int sum) {
        int r = nextInt(sum);
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
