package io.athena4j.examples;

import io.athena4j.local.AthenaLocal;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.Row;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's main job: starts the local Athena and talks to it exactly as an application talks to Amazon Athena,
 * through the AWS SDK's {@link AthenaClient} over HTTP. Creates a table, queries it, and prints what happened.
 */
public final class Demo
{
    private static final String OUTPUT_LOCATION = "s3://athena4j-demo/query-results/";
    private static final PrintStream OUT = System.out;

    private final AthenaClient athena;

    private Demo(AthenaClient athena)
    {
        this.athena = athena;
    }

    public static void main(String[] arguments)
            throws Exception
    {
        OUT.println("athena4j demo: the local Athena (Athena's API over an embedded Trino), driven by the AWS SDK for Java v2");
        OUT.println();
        long startNanos = System.nanoTime();
        try (AthenaLocal local = AthenaLocal.start();
                AthenaClient client = AthenaClient.builder()
                        .endpointOverride(local.endpoint())
                        .region(Region.US_EAST_1)
                        // The local Athena accepts any credentials; these are never sent to AWS.
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                        .httpClientBuilder(UrlConnectionHttpClient.builder())
                        .build()) {
            OUT.printf("Local Athena ready at %s after %.1f s (data in %s)%n%n", local.endpoint(), seconds(System.nanoTime() - startNanos), local.dataDirectory());
            new Demo(client).run();
        }
        OUT.println("Local Athena stopped.");
    }

    private void run()
    {
        execute("Create a Parquet table in S3 from 10,000 generated orders (CTAS)", """
                CREATE TABLE orders
                WITH (format = 'PARQUET', external_location = 's3://athena4j-demo/warehouse/orders/', partitioned_by = ARRAY['region'])
                AS SELECT id,
                          'customer-' || CAST(id % 250 AS varchar) AS customer,
                          CAST(round(10 + (id * 7919 % 100000) / 100.0, 2) AS decimal(10, 2)) AS amount,
                          date_add('day', CAST(id % 365 AS integer), DATE '2026-01-01') AS order_date,
                          ARRAY['item-' || CAST(id % 7 AS varchar), 'item-' || CAST(id % 11 AS varchar)] AS items,
                          element_at(ARRAY['eu-west', 'us-east', 'ap-south'], CAST(id % 3 + 1 AS integer)) AS region
                   FROM UNNEST(sequence(1, 10000)) AS t(id)""");
        execute("Append rows (INSERT INTO)", """
                INSERT INTO orders VALUES
                  (10001, 'customer-new', DECIMAL '99.99', DATE '2026-12-31', ARRAY['gift'], 'eu-west'),
                  (10002, 'customer-new', DECIMAL '0.01', DATE '2026-12-31', ARRAY[], 'us-east')""");
        execute("Revenue by region", """
                SELECT region, count(*) AS orders, sum(amount) AS revenue, round(avg(amount), 2) AS average
                FROM orders GROUP BY region ORDER BY revenue DESC""");
        execute("Monthly revenue in the first quarter (date_format)", """
                SELECT date_format(order_date, '%Y-%m') AS month, sum(amount) AS revenue
                FROM orders WHERE order_date < DATE '2026-04-01' GROUP BY 1 ORDER BY 1""");
        execute("Top customers with a window function and pagination", """
                SELECT customer, total, rank() OVER (ORDER BY total DESC) AS rank
                FROM (SELECT customer, sum(amount) AS total FROM orders GROUP BY customer)
                ORDER BY total DESC, customer OFFSET 0 ROWS FETCH NEXT 5 ROWS ONLY""");
        execute("Complex values as Athena renders them", """
                SELECT items, MAP(ARRAY['region', 'customer'], ARRAY[region, customer]) AS tags,
                       CAST(ROW(id, amount) AS ROW(id bigint, amount decimal(10, 2))) AS summary,
                       0.1 + 0.2 AS athena_double, CAST(NULL AS varchar) AS nothing
                FROM orders WHERE id IN (10001, 10002) ORDER BY id""");
    }

    private void execute(String title, String sql)
    {
        OUT.println("== " + title);
        OUT.println(indent(sql));
        String id = athena.startQueryExecution(request -> request
                .queryString(sql)
                .queryExecutionContext(context -> context.database("default"))
                .resultConfiguration(configuration -> configuration.outputLocation(OUTPUT_LOCATION))).queryExecutionId();
        QueryExecution execution = await(id);
        if (execution.status().state() != QueryExecutionState.SUCCEEDED) {
            throw new IllegalStateException("Query " + id + " " + execution.status().state() + ": " + execution.status().stateChangeReason());
        }
        List<Row> rows = new ArrayList<>();
        List<ColumnInfo> columns = List.of();
        Long updateCount = null;
        for (GetQueryResultsResponse page : athena.getQueryResultsPaginator(request -> request.queryExecutionId(id))) {
            rows.addAll(page.resultSet().rows());
            columns = page.resultSet().resultSetMetadata().columnInfo();
            updateCount = page.updateCount();
        }
        boolean hasHeader = "DML".equals(execution.statementTypeAsString()) && "SELECT".equals(execution.substatementType());
        if (hasHeader && !rows.isEmpty()) {
            printTable(columns, rows.subList(1, rows.size()));
        }
        else if (updateCount != null) {
            OUT.println("   rows written: " + updateCount);
        }
        OUT.printf("   %s %s, %d ms in the engine, %d ms in total, %,d bytes scanned, query id %s%n%n",
                execution.statementTypeAsString(), execution.substatementType(),
                execution.statistics().engineExecutionTimeInMillis(), execution.statistics().totalExecutionTimeInMillis(),
                execution.statistics().dataScannedInBytes(), id);
    }

    private QueryExecution await(String id)
    {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        long sleepMillis = 10;
        while (true) {
            QueryExecution execution = athena.getQueryExecution(request -> request.queryExecutionId(id)).queryExecution();
            QueryExecutionState state = execution.status().state();
            if (state != QueryExecutionState.QUEUED && state != QueryExecutionState.RUNNING) {
                return execution;
            }
            if (System.nanoTime() > deadline) {
                athena.stopQueryExecution(request -> request.queryExecutionId(id));
                throw new IllegalStateException("Query " + id + " did not finish within 2 minutes; it was stopped");
            }
            try {
                Thread.sleep(sleepMillis);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                athena.stopQueryExecution(request -> request.queryExecutionId(id));
                throw new IllegalStateException("Interrupted while waiting for query " + id, e);
            }
            sleepMillis = Math.min(200, sleepMillis * 2);
        }
    }

    private static void printTable(List<ColumnInfo> columns, List<Row> rows)
    {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = (columns.get(i).name() + " (" + columns.get(i).type() + ")").length();
        }
        for (Row row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], text(row.data().get(i)).length());
            }
        }
        StringBuilder header = new StringBuilder("   ");
        StringBuilder rule = new StringBuilder("   ");
        for (int i = 0; i < widths.length; i++) {
            header.append(pad(columns.get(i).name() + " (" + columns.get(i).type() + ")", widths[i])).append("  ");
            rule.append("-".repeat(widths[i])).append("  ");
        }
        OUT.println(header.toString().stripTrailing());
        OUT.println(rule.toString().stripTrailing());
        for (Row row : rows) {
            StringBuilder line = new StringBuilder("   ");
            for (int i = 0; i < widths.length; i++) {
                line.append(pad(text(row.data().get(i)), widths[i])).append("  ");
            }
            OUT.println(line.toString().stripTrailing());
        }
    }

    /** A Datum without VarCharValue is SQL NULL. */
    private static String text(Datum datum)
    {
        return datum.varCharValue() == null ? "NULL" : datum.varCharValue();
    }

    private static String pad(String value, int width)
    {
        return value + " ".repeat(Math.max(0, width - value.length()));
    }

    private static String indent(String sql)
    {
        return "   " + sql.strip().replace("\n", "\n   ");
    }

    private static double seconds(long nanos)
    {
        return nanos / 1e9;
    }
}
