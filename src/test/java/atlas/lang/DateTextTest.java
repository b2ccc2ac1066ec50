package atlas.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.story.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dates keep their precision in every language: a year, a month and a day read differently. */
class DateTextTest {
    private static final PartialDate YEAR = PartialDate.parse("2011"), MONTH = PartialDate.parse("2023-03"), DAY = PartialDate.parse("2023-12-04");

    @AfterEach
    void english() {
        Ui.setLanguage(Language.EN);
    }

    @Test
    void eachPrecisionInEachLanguage() {
        assertEquals("2011", DateText.of(YEAR, Language.EN));
        assertEquals("March 2023", DateText.of(MONTH, Language.EN));
        assertEquals("4 December 2023", DateText.of(DAY, Language.EN));
        assertEquals("март 2023", DateText.of(MONTH, Language.RU));
        assertEquals("4 декабря 2023", DateText.of(DAY, Language.RU));
        assertEquals("сакавік 2023", DateText.of(MONTH, Language.BE));
        assertEquals("4 снежня 2023", DateText.of(DAY, Language.BE));
        assertEquals("2011年", DateText.of(YEAR, Language.ZH));
        assertEquals("2023年3月", DateText.of(MONTH, Language.ZH));
        assertEquals("2023年12月4日", DateText.of(DAY, Language.ZH));
    }

    @Test
    void rangesShortenWhereTheEndsShareAMonthOrAYear() {
        PartialDate a = PartialDate.parse("2015-05-10"), b = PartialDate.parse("2015-05-12"), c = PartialDate.parse("2015-06-02");
        assertEquals("10–12 May 2015", DateText.range(a, b, Language.EN));
        assertEquals("10 мая – 2 июня 2015", DateText.range(a, c, Language.RU));
        assertEquals("10–12 мая 2015", DateText.range(a, b, Language.RU));
        assertEquals("2–4 чэрвеня 2015", DateText.range(c, PartialDate.parse("2015-06-04"), Language.BE));
        assertEquals("2015年5月10日–12日", DateText.range(a, b, Language.ZH));
        assertEquals("2015年5月10日–6月2日", DateText.range(a, c, Language.ZH));
        assertEquals("март–май 2023", DateText.range(MONTH, PartialDate.parse("2023-05"), Language.RU));
        assertEquals("2023年3月–5月", DateText.range(MONTH, PartialDate.parse("2023-05"), Language.ZH));
        assertEquals("2011–2012", DateText.range(YEAR, PartialDate.parse("2012"), Language.BE));
        assertEquals("2011 – March 2023", DateText.range(YEAR, MONTH, Language.EN));
    }

    @Test
    void theEnglishFormsAreTheStoryOwn() {
        // The English texts are those PartialDate has always given, so nothing changes for English readers.
        for (String s : new String[] {"2011", "2023-03", "2023-12-04", "1992-01-20"}) {
            PartialDate d = PartialDate.parse(s);
            assertEquals(d.display(), DateText.of(d, Language.EN));
        }
        PartialDate a = PartialDate.parse("2023-02-28"), b = PartialDate.parse("2023-03-02");
        assertEquals(PartialDate.displayRange(a, b), DateText.range(a, b, Language.EN));
    }

    @Test
    void followsTheLanguageAndShortMonths() {
        Ui.setLanguage(Language.RU);
        assertEquals("4 декабря 2023", DateText.of(LocalDate.of(2023, 12, 4)));
        assertEquals("март", DateText.monthShort(java.time.Month.MARCH));
        Ui.setLanguage(Language.ZH);
        assertEquals("3月", DateText.monthShort(java.time.Month.MARCH));
    }

    @Test
    void countryNamesComeFromCldr() {
        assertEquals("Беларусь", Names.country("BLR", "Belarus", Language.RU));
        assertEquals("Кітай", Names.country("CHN", "China", Language.BE));
        assertEquals("白俄罗斯", Names.country("BLR", "Belarus", Language.ZH));
        assertEquals("Польшча", Names.country("POL", "Poland", Language.BE));
        assertEquals("Belarus", Names.country("BLR", "Belarus", Language.EN), "English keeps the outlines' own names");
        assertEquals("N. Cyprus", Names.country("-99", "N. Cyprus", Language.RU), "no ISO code: the outline's name");
    }
}
