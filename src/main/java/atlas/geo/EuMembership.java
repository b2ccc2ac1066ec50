package atlas.geo;

import atlas.io.CsvTable;
import atlas.io.DataSource;
import atlas.io.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Who was in the European Union (and the Communities before it) on which day, from
 * {@code geodata/eu-membership.csv}: {@code iso3,name,joined,member_until,source}, where
 * {@code member_until} is the last day of membership (empty while a member).
 */
public final class EuMembership {
    /** One member state's membership period, both ends inclusive; {@code until} null = still a member. */
    public record Member(String iso3, String name, LocalDate joined, LocalDate until, String source) {
        public boolean isMemberOn(LocalDate d) {
            return !d.isBefore(joined) && (until == null || !d.isAfter(until));
        }
    }

    private final List<Member> members;
    private final List<LocalDate> changes;

    public EuMembership(List<Member> members) {
        this.members = List.copyOf(members);
        TreeSet<LocalDate> c = new TreeSet<>();
        for (Member m : members) {
            c.add(m.joined());
            if (m.until() != null) c.add(m.until().plusDays(1));
        }
        this.changes = List.copyOf(c);
    }

    public static EuMembership load(DataSource source, List<Problem> problems) {
        List<Member> out = new ArrayList<>();
        CsvTable.read(source, "iso3,name,joined,member_until,source", problems, f -> {
            LocalDate joined = LocalDate.parse(f[2]);
            LocalDate until = f[3].isEmpty() ? null : LocalDate.parse(f[3]);
            if (until != null && until.isBefore(joined)) throw new IllegalArgumentException("member_until is before joined");
            out.add(new Member(f[0], f[1], joined, until, f.length > 4 ? f[4] : ""));
        });
        return new EuMembership(out);
    }

    public List<Member> members() {
        return members;
    }

    /** The membership of {@code iso3} that is in force on {@code date}, or null. */
    public Member membershipOn(String iso3, LocalDate date) {
        for (Member m : members) if (m.iso3().equals(iso3) && m.isMemberOn(date)) return m;
        return null;
    }

    public boolean isMember(String iso3, LocalDate date) {
        return membershipOn(iso3, date) != null;
    }

    /** Any membership record for {@code iso3}, for details such as "member since". */
    public List<Member> historyOf(String iso3) {
        return members.stream().filter(m -> m.iso3().equals(iso3)).toList();
    }

    /**
     * The first day of the membership epoch that contains {@code date}: the latest change on or before it
     * (LocalDate.MIN before the first). Two dates with the same epoch have the same member list.
     */
    public LocalDate epochOf(LocalDate date) {
        LocalDate e = LocalDate.MIN;
        for (LocalDate c : changes) {
            if (c.isAfter(date)) break;
            e = c;
        }
        return e;
    }

    /** Every day on which membership changed, ascending. */
    public List<LocalDate> changes() {
        return changes;
    }

    public List<String> membersOn(LocalDate date) {
        return members.stream().filter(m -> m.isMemberOn(date)).map(Member::iso3).distinct().sorted().toList();
    }
}
