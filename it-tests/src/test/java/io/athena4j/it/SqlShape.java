package io.athena4j.it;

import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.ArithmeticUnaryExpression;
import io.trino.sql.tree.BinaryLiteral;
import io.trino.sql.tree.BooleanLiteral;
import io.trino.sql.tree.Cast;
import io.trino.sql.tree.DataType;
import io.trino.sql.tree.DecimalLiteral;
import io.trino.sql.tree.DoubleLiteral;
import io.trino.sql.tree.FunctionCall;
import io.trino.sql.tree.GenericLiteral;
import io.trino.sql.tree.Insert;
import io.trino.sql.tree.Literal;
import io.trino.sql.tree.LongLiteral;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.NullLiteral;
import io.trino.sql.tree.Parameter;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.StringLiteral;
import io.trino.sql.tree.Values;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks with Trino's own parser that binding values did not change a statement's structure: the bound statement
 * parses to the template's tree, node for node, with a closed value expression (a literal, a negated literal,
 * {@code nan()}/{@code infinity()}, or a CAST of one) exactly where the template has a {@code ?}. A value that
 * escaped its literal would add, remove or change nodes.
 */
final class SqlShape
{
    private static final SqlParser PARSER = new SqlParser();
    private static final Set<String> VALUE_FUNCTIONS = Set.of("nan", "infinity");

    private SqlShape() {}

    /**
     * Compares {@code boundSql} with {@code templateSql} and returns the literals found at the parameters, in order.
     * A multi-row {@code INSERT … VALUES} whose template has one row is compared row by row.
     */
    static List<Literal> matchTemplate(String templateSql, String boundSql)
    {
        Statement bound = PARSER.createStatement(boundSql);
        Statement template = PARSER.createStatement(templateSql);
        if (template instanceof Insert insertTemplate && bound instanceof Insert insertBound) {
            Values templateValues = values(insertTemplate);
            Values boundValues = values(insertBound);
            if (templateValues != null && boundValues != null && templateValues.getRows().size() == 1) {
                List<Literal> literals = new ArrayList<>();
                if (!insertTemplate.getTarget().equals(insertBound.getTarget()) || !insertTemplate.getColumns().equals(insertBound.getColumns())) {
                    throw new AssertionError("Target table or columns changed in: " + abbreviate(boundSql));
                }
                for (Node row : boundValues.getRows()) {
                    compare(templateValues.getRows().get(0), row, literals, boundSql);
                }
                return literals;
            }
        }
        List<Literal> literals = new ArrayList<>();
        compare(template, bound, literals, boundSql);
        return literals;
    }

    private static Values values(Insert insert)
    {
        Query query = insert.getQuery();
        return query.getQueryBody() instanceof Values values ? values : null;
    }

    private static void compare(Node template, Node bound, List<Literal> literals, String boundSql)
    {
        if (template instanceof Parameter) {
            literals.add(closedValue(bound, boundSql));
            return;
        }
        if (!template.shallowEquals(bound)) {
            throw new AssertionError("Structure changed: template node " + template + " became " + bound + " in: " + abbreviate(boundSql));
        }
        List<? extends Node> templateChildren = template.getChildren();
        List<? extends Node> boundChildren = bound.getChildren();
        if (templateChildren.size() != boundChildren.size()) {
            throw new AssertionError("Structure changed: " + template.getClass().getSimpleName() + " has " + boundChildren.size()
                    + " children instead of " + templateChildren.size() + " in: " + abbreviate(boundSql));
        }
        for (int i = 0; i < templateChildren.size(); i++) {
            compare(templateChildren.get(i), boundChildren.get(i), literals, boundSql);
        }
    }

    /** The literal a parameter became; fails for anything that is not a closed value. */
    private static Literal closedValue(Node node, String boundSql)
    {
        if (node instanceof StringLiteral || node instanceof LongLiteral || node instanceof DoubleLiteral || node instanceof DecimalLiteral
                || node instanceof GenericLiteral || node instanceof BinaryLiteral || node instanceof BooleanLiteral || node instanceof NullLiteral) {
            return (Literal) node;
        }
        if (node instanceof ArithmeticUnaryExpression unary) {
            return closedValue(unary.getValue(), boundSql);
        }
        if (node instanceof Cast cast && cast.getType() instanceof DataType) {
            return closedValue(cast.getExpression(), boundSql);
        }
        if (node instanceof FunctionCall call && call.getArguments().isEmpty()
                && VALUE_FUNCTIONS.contains(call.getName().toString().toLowerCase(java.util.Locale.ROOT))) {
            return new NullLiteral(); // nan() and infinity(): a value without a literal of its own
        }
        // Other literal node classes (TIMESTAMP '…' in some parser versions) are literals too.
        if (node instanceof Literal literal && node.getChildren().isEmpty()) {
            return literal;
        }
        throw new AssertionError("A parameter became " + node.getClass().getSimpleName() + " (" + node + "), not a value, in: " + abbreviate(boundSql));
    }

    static String abbreviate(String sql)
    {
        return sql.length() <= 300 ? sql : sql.substring(0, 300) + "… (" + sql.length() + " characters)";
    }
}
