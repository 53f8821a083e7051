package io.athena4j.hibernate;

import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.BooleanLiteral;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.GenericLiteral;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.SingleColumn;
import jakarta.persistence.TemporalType;
import org.hibernate.SessionFactory;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.pagination.OffsetFetchLimitHandler;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.Limit;
import org.hibernate.sql.ast.spi.StringBuilderSqlAppender;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Calendar;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialect's hooks, each checked against Trino's parser where it renders SQL. */
final class TestAthenaDialect
{
    private static final SqlParser PARSER = new SqlParser();
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final AthenaDialect dialect = new AthenaDialect();

    @Test
    void dateTimeLiteralsAreTrinoLiteralsInEveryOverload()
    {
        assertLiteral(sql -> dialect.appendDateTimeLiteral(sql, LocalDate.of(2024, 1, 2), TemporalType.DATE, UTC), "DATE '2024-01-02'", "DATE");
        assertLiteral(sql -> dialect.appendDateTimeLiteral(sql, LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6_000_000), TemporalType.TIMESTAMP, UTC),
                "TIMESTAMP '2024-01-02 03:04:05.006'", "TIMESTAMP");
        assertLiteral(sql -> dialect.appendDateTimeLiteral(sql, LocalTime.of(3, 4, 5), TemporalType.TIME, UTC), "TIME '03:04:05'", "TIME");

        Calendar calendar = Calendar.getInstance(UTC);
        calendar.setTimeInMillis(1_704_164_645_006L); // 2024-01-02T03:04:05.006Z
        Date date = calendar.getTime();
        assertLiteral(sql -> dialect.appendDateTimeLiteral(sql, date, TemporalType.TIMESTAMP, UTC), "TIMESTAMP '2024-01-02 03:04:05.006'", "TIMESTAMP");
        assertLiteral(sql -> dialect.appendDateTimeLiteral(sql, calendar, TemporalType.TIMESTAMP, UTC), "TIMESTAMP '2024-01-02 03:04:05.006'", "TIMESTAMP");
        assertLiteral(sql -> dialect.appendDateTimeLiteral(sql, new java.sql.Date(date.getTime()), TemporalType.DATE, UTC), null, "DATE");
        assertLiteral(sql -> dialect.appendDateTimeLiteral(sql, calendar, TemporalType.DATE, UTC), null, "DATE");
    }

    @Test
    void booleansAreTrueAndFalse()
    {
        StringBuilderSqlAppender sql = new StringBuilderSqlAppender();
        dialect.appendBooleanValueString(sql, true);
        sql.appendSql(' ');
        dialect.appendBooleanValueString(sql, false);
        assertThat(sql.toString()).isEqualTo("true false");
        assertThat(select("true")).isInstanceOf(BooleanLiteral.class);
        assertThat(dialect.toBooleanValueString(false)).isEqualTo("false");
    }

    @Test
    void nativePaginationIsOffsetFetch()
    {
        assertThat(dialect.getLimitHandler()).isSameAs(OffsetFetchLimitHandler.INSTANCE);
        Limit limit = new Limit(20, 10);
        String sql = dialect.getLimitHandler().processSql("select * from t order by id", limit);
        assertThat(sql).isEqualTo("select * from t order by id offset ? rows fetch next ? rows only");
        PARSER.createStatement(sql.replace("?", "1"));
    }

    @Test
    void defaults()
    {
        assertThat(dialect.getDefaultStatementBatchSize()).isGreaterThan(1);
        assertThat(dialect.getDefaultUseGetGeneratedKeys()).isFalse();
        assertThat(dialect.getForUpdateString()).isEmpty();
        assertThat(dialect.supportsStandardArrays()).isTrue();
        assertThat(dialect.getSequenceSupport().supportsSequences()).isFalse();
        assertThat(dialect.getIdentityColumnSupport().supportsIdentityColumns()).isFalse();
        assertThat(dialect.getDropTableString("`t`")).isEqualTo("DROP TABLE IF EXISTS `t`");
        assertThat(dialect.getCreateSchemaCommand("Sales")).containsExactly("CREATE DATABASE IF NOT EXISTS `Sales`");
        assertThat(dialect.getNameQualifierSupport()).isEqualTo(org.hibernate.engine.jdbc.env.spi.NameQualifierSupport.SCHEMA);
        assertThat(dialect.getVersion().getMajor()).isEqualTo(3);
    }

    @Test
    void resolvedFromTheProductNameOnly()
    {
        AthenaDialectResolver resolver = new AthenaDialectResolver();
        Dialect resolved = resolver.resolveDialect(product("Amazon Athena", 3));
        assertThat(resolved).isInstanceOf(AthenaDialect.class);
        assertThat(resolved.getVersion().getMajor()).isEqualTo(3);
        assertThat(resolver.resolveDialect(product("PostgreSQL", 16))).isNull();
    }

    @Test
    void shortNameSelectsTheDialect()
    {
        try (SessionFactory factory = OfflineBoot.sessionFactory(Map.of(), Customer.class)) {
            assertThat(factory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()).isInstanceOf(AthenaDialect.class);
        }
    }

    private static DialectResolutionInfo product(String name, int major)
    {
        return new DialectResolutionInfo()
        {
            @Override
            public String getDatabaseName()
            {
                return name;
            }

            @Override
            public String getDatabaseVersion()
            {
                return major + ".0";
            }

            @Override
            public int getDatabaseMajorVersion()
            {
                return major;
            }

            @Override
            public int getDatabaseMinorVersion()
            {
                return 0;
            }

            @Override
            public String getDriverName()
            {
                return "test";
            }

            @Override
            public int getDriverMajorVersion()
            {
                return 1;
            }

            @Override
            public int getDriverMinorVersion()
            {
                return 0;
            }

            @Override
            public String getSQLKeywords()
            {
                return "";
            }
        };
    }

    private static void assertLiteral(Consumer<StringBuilderSqlAppender> render, String expected, String type)
    {
        StringBuilderSqlAppender sql = new StringBuilderSqlAppender();
        render.accept(sql);
        if (expected != null) {
            assertThat(sql.toString()).isEqualTo(expected);
        }
        Expression parsed = select(sql.toString());
        // Trino parses DATE '…' as a generic literal, TIME and TIMESTAMP as their own literal nodes.
        assertThat(parsed).isInstanceOf(io.trino.sql.tree.Literal.class);
        if (parsed instanceof GenericLiteral generic) {
            assertThat(generic.getType()).isEqualToIgnoringCase(type);
        }
        else {
            assertThat(parsed.getClass().getSimpleName()).isEqualToIgnoringCase(type + "Literal");
        }
    }

    private static Expression select(String expression)
    {
        Query query = (Query) PARSER.createStatement("SELECT " + expression);
        return ((SingleColumn) ((QuerySpecification) query.getQueryBody()).getSelect().getSelectItems().get(0)).getExpression();
    }
}
