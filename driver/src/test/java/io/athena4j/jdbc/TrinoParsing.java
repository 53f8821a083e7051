package io.athena4j.jdbc;

import io.trino.sql.ExpressionFormatter;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.ArithmeticUnaryExpression;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.SingleColumn;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.StringLiteral;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-only access to Trino's own SQL parser (trino-parser 435, the last Java 17 release), so that rendered literals
 * and folded statements are checked by the grammar Athena's Trino engine uses, not by string comparison alone.
 */
final class TrinoParsing
{
    private static final SqlParser PARSER = new SqlParser();

    private TrinoParsing() {}

    static Statement statement(String sql)
    {
        return PARSER.createStatement(sql);
    }

    /** Parses {@code SELECT <literal>} and returns the single select item. */
    static Expression literal(String literal)
    {
        Query query = (Query) PARSER.createStatement("SELECT " + literal);
        QuerySpecification specification = (QuerySpecification) query.getQueryBody();
        if (specification.getSelect().getSelectItems().size() != 1) {
            throw new AssertionError("Not one select item: " + literal);
        }
        return ((SingleColumn) specification.getSelect().getSelectItems().get(0)).getExpression();
    }

    /** Trino's canonical text for a parsed expression. */
    static String format(Expression expression)
    {
        return ExpressionFormatter.formatExpression(expression);
    }

    /** The value of the string literals in the tree, in order. */
    static List<String> stringValues(Node node)
    {
        List<String> values = new ArrayList<>();
        collectStrings(node, values);
        return values;
    }

    private static void collectStrings(Node node, List<String> values)
    {
        if (node instanceof StringLiteral literal) {
            values.add(literal.getValue());
        }
        for (Node child : node.getChildren()) {
            collectStrings(child, values);
        }
    }

    /** Strips a unary minus: returns the operand and records the sign in {@code negative[0]}. */
    static Expression unsigned(Expression expression, boolean[] negative)
    {
        negative[0] = false;
        while (expression instanceof ArithmeticUnaryExpression unary) {
            if (unary.getSign() == ArithmeticUnaryExpression.Sign.MINUS) {
                negative[0] = !negative[0];
            }
            expression = unary.getValue();
        }
        return expression;
    }
}
