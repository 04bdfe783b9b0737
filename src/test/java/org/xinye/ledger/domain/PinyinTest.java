package org.xinye.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinTest {
    @Test
    void chineseNamesSortByPinyinSyllableBySyllable() {
        List<String> names = new ArrayList<>(List.of("张三", "阿里巴巴", "美团", "李四", "林", "包头市", "鑫达物流", "琪琪",
                "淼淼", "喆", "曾华", "赵六"));
        names.sort(Pinyin.ORDER);
        assertEquals(List.of("阿里巴巴", "包头市", "李四", "林", "美团", "淼淼", "琪琪", "鑫达物流", "曾华", "张三", "赵六", "喆"),
                names);
    }

    @Test
    void theStoredKeyOrdersAsTheComparatorDoes() {
        List<String> names = new ArrayList<>(List.of("王五", "汪峰", "王小明", "ABC物流", "123驿站", "万达", "李"));
        List<String> byKey = new ArrayList<>(names);
        byKey.sort((a, b) -> Pinyin.sortKey(a).compareTo(Pinyin.sortKey(b)));
        names.sort(Pinyin.ORDER);
        assertEquals(names, byKey);
        assertTrue(Pinyin.sortKey("王五").compareTo(Pinyin.sortKey("王小明")) < 0, "wang wu before wang xiao");
        assertTrue(Pinyin.sortKey("李四").compareTo(Pinyin.sortKey("林")) < 0, "li before lin");
    }

    @Test
    void sameSpellingFallsBackToTheTextSoTheOrderIsTotal() {
        assertTrue(Pinyin.ORDER.compare("张三", "章三") != 0);
        assertEquals(0, Pinyin.ORDER.compare("张三", "张三"));
        assertTrue(Pinyin.ORDER.compare(null, "张三") < 0);
    }

    @Test
    void searchFormsHoldFullPinyinAndInitials() {
        assertEquals("meituanwaimai|mtwm", Pinyin.searchForms("美团外卖"));
        assertEquals("", Pinyin.searchForms("ABC"));
        assertTrue(Pinyin.searchForms("单伟").contains("shanwei"), "a surname read as in names");
        assertTrue(Pinyin.searchForms("单伟").contains("dw"));
    }

    @Test
    void searchByPinyinInitialsFullPinyinOrText() {
        assertTrue(SearchMatcher.of("mt").matches("美团外卖"));
        assertTrue(SearchMatcher.of("MeiTuan").matches("美团外卖"));
        assertTrue(SearchMatcher.of("团外").matches("美团外卖"));
        assertTrue(SearchMatcher.of("(二)").matches("迅达快递（二）"), "full-width brackets match typed ones");
        assertTrue(SearchMatcher.of("mt 包头").matches("美团外卖", "包头市"), "every word, in any field");
        assertFalse(SearchMatcher.of("mt 上海").matches("美团外卖", "包头市"));
        assertFalse(SearchMatcher.of("null").matches("美团外卖", null), "a missing field holds nothing");
        assertFalse(SearchMatcher.of("tm").matches("美团外卖"));
        assertTrue(SearchMatcher.of("  ").isEmpty());
    }
}
