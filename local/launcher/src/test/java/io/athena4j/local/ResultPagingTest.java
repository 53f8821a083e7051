package io.athena4j.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.Row;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GetQueryResults paging as measured on Athena: at most 1000 rows a page with the header row counted on page one, and a
 * NextToken on every page that is exactly full, even when nothing follows.
 */
@AthenaLocalTest
final class ResultPagingTest
{
    private static AthenaApi athena;
    private static String query2500;

    @BeforeAll
    static void connect(AthenaLocal local)
    {
        athena = new AthenaApi(local.endpoint());
        query2500 = athena.run(rowsQuery(2500)).queryExecutionId();
    }

    @AfterAll
    static void disconnect()
    {
        athena.close();
    }

    private static String rowsQuery(int rows)
    {
        return "SELECT x FROM UNNEST(sequence(1, 2500)) t(x) WHERE x <= " + rows + " ORDER BY x";
    }

    @ParameterizedTest(name = "{0} rows -> pages of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | 1
            999  | 1000,0
            1000 | 1000,1
            1001 | 1000,2
            2500 | 1000,1000,501
            """)
    void pagesOfAThousandRowsCountingTheHeader(int rowCount, String expectedPageSizes)
    {
        List<GetQueryResultsResponse> pages = athena.pages(athena.run(rowsQuery(rowCount)).queryExecutionId(), 1000);

        assertThat(pages).extracting(page -> page.resultSet().rows().size())
                .containsExactlyElementsOf(java.util.Arrays.stream(expectedPageSizes.split(",")).map(Integer::valueOf).toList());
        for (int i = 0; i < pages.size(); i++) {
            boolean full = pages.get(i).resultSet().rows().size() == 1000;
            assertThat(pages.get(i).nextToken()).as("token on page %s", i + 1).matches(token -> full == (token != null));
        }
        List<Row> rows = new ArrayList<>();
        pages.forEach(page -> rows.addAll(page.resultSet().rows()));
        assertThat(AthenaApi.values(rows.get(0))).containsExactly("x");
        List<String> values = rows.subList(1, rows.size()).stream().map(row -> row.data().get(0).varCharValue()).toList();
        assertThat(values).hasSize(rowCount);
        for (int i = 0; i < rowCount; i++) {
            assertThat(values.get(i)).isEqualTo(String.valueOf(i + 1));
        }
    }

    @Test
    void smallPagesCoverEveryRowOnce()
    {
        List<GetQueryResultsResponse> pages = athena.pages(query2500, 7);
        assertThat(pages).hasSize((2500 + 1 + 6) / 7);
        List<String> values = new ArrayList<>();
        pages.forEach(page -> page.resultSet().rows().forEach(row -> values.add(row.data().get(0).varCharValue())));
        assertThat(values.get(0)).isEqualTo("x");
        assertThat(values).hasSize(2501).doesNotHaveDuplicates();
        assertThat(values.get(values.size() - 1)).isEqualTo("2500");
        // Column metadata comes with every page.
        assertThat(pages).allSatisfy(page -> assertThat(page.resultSet().resultSetMetadata().columnInfo()).hasSize(1));
    }

    @Test
    void tokensCanBeReplayed()
    {
        GetQueryResultsResponse first = athena.client().getQueryResults(request -> request.queryExecutionId(query2500).maxResults(10));
        GetQueryResultsResponse second = athena.client().getQueryResults(request -> request.queryExecutionId(query2500).maxResults(10).nextToken(first.nextToken()));
        GetQueryResultsResponse again = athena.client().getQueryResults(request -> request.queryExecutionId(query2500).maxResults(10).nextToken(first.nextToken()));
        assertThat(again.resultSet().rows()).isEqualTo(second.resultSet().rows());
        assertThat(AthenaApi.values(second.resultSet().rows().get(0))).containsExactly("10");
    }

    @Test
    void moreThanAThousandRowsPerPageIsRefused()
    {
        assertThatThrownBy(() -> athena.client().getQueryResults(request -> request.queryExecutionId(query2500).maxResults(1001)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("INVALID_INPUT");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("MaxResults is more than maximum allowed length 1000");
                });
    }

    @Test
    void malformedOrForeignTokensAreRefused()
    {
        String otherQueryToken = athena.client().getQueryResults(request -> request.queryExecutionId(query2500).maxResults(5)).nextToken();
        String anotherQuery = athena.run(rowsQuery(20)).queryExecutionId();
        for (String token : List.of("not-a-token", otherQueryToken)) {
            assertThatThrownBy(() -> athena.client().getQueryResults(request -> request.queryExecutionId(anotherQuery).nextToken(token)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.athenaErrorCode()).isEqualTo("INVALID_INPUT");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Malformed nextPageToken " + token);
                    });
        }
    }
}
