package atlas.export;

import atlas.story.ItemStore;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Items as CSV (RFC 4180, UTF-8, a header row): {@link ExportRow#CSV_COLUMNS}. Dates are written at
 * their precision ("2013", "2013-05", "2013-05-17"), and again as {@code start_date}/{@code end_date},
 * the first and last day the item covers (empty while ongoing), with {@code date_precision}, so a
 * spreadsheet or QGIS can sort and filter by real dates. lon/lat are a representative point (a point
 * on or in a line or polygon), empty for items with no place.
 */
final class CsvExport {
    private CsvExport() {
    }

    static void write(ItemStore store, int[] rows, Writer out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(ExportRow.CSV_COLUMNS).get());
        for (int r : rows) {
            ExportRow x = ExportRow.of(store, r);
            p.printRecord(x.id(), x.layer(), x.kind(), x.title(), x.start(), x.end(), x.category(), number(x.lon()), number(x.lat()),
                    x.sources(), x.startDate(), x.endDate(), x.precision());
        }
        p.flush();
    }

    /** A coordinate in plain decimal notation (no exponent), empty when absent. */
    static String number(double v) {
        return Double.isNaN(v) ? "" : BigDecimal.valueOf(v).toPlainString();
    }
}
