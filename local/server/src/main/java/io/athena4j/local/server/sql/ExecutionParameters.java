package io.athena4j.local.server.sql;

import io.trino.execution.ParameterExtractor;
import io.trino.grammar.sql.SqlBaseLexer;
import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.DefaultTraversalVisitor;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.LambdaArgumentDeclaration;
import io.trino.sql.tree.LambdaExpression;
import io.trino.sql.tree.Parameter;
import org.antlr.v4.runtime.Token;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import static java.util.Objects.requireNonNull;

/**
 * Binds {@code StartQueryExecution}'s {@code ExecutionParameters} to the {@code ?} of a statement the way Athena does
 * (athena-behaviour.md §B.11, measured by athena-local): a value is not bound as a string but read as SQL.
 * <ul>
 * <li>A value that parses as one expression and references no column is used as that expression:
 * {@code 'abc'}, {@code 1 + 1}, {@code DATE '2020-01-01'}, {@code NULL}, {@code now()}; also {@code nosuchfunc(1)},
 * which then fails the query when it runs.
 * <li>A value that does not parse ({@code abc def}, {@code it's}) or references a column ({@code abc}, {@code x + 1},
 * {@code t.x}) is used as a string literal holding the value.
 * </ul>
 * The result is Trino's {@code EXECUTE IMMEDIATE '<statement>' USING <values>}, so a {@code ?} inside a string
 * literal or a comment is never replaced.
 *
 * <p>Trino reports errors in the embedded statement at their position in the whole {@code EXECUTE IMMEDIATE} text
 * ({@code SELEC ?} fails at {@code line 1:20}), not in the statement as the client sent it; run
 * {@link SyntaxCheck#check} on the original statement first so syntax errors carry Athena's positions.
 */
public final class ExecutionParameters
{
    private static final SqlParser SQL_PARSER = new SqlParser();

    private ExecutionParameters() {}

    /**
     * The Trino statement that runs {@code sql} with {@code values} bound to its {@code ?} parameters.
     *
     * <p>{@code sql} is the statement as Trino should run it (the output of {@link AthenaSqlTranslator#toTrino},
     * without a trailing {@code ;}). Decimal literals in it and in the values are made double literals here too,
     * since a {@code 1.5} passed as a parameter is a {@code double} in Athena; doing so twice changes nothing.
     *
     * <p>Without values, or when the statement has no {@code ?} at all (Athena then ignores the values), {@code sql}
     * is returned unchanged.
     *
     * @throws InvalidParameterUsageException if the statement has {@code ?} parameters and their number is not the
     * number of values
     */
    public static String bind(String sql, List<String> values)
    {
        requireNonNull(sql, "sql is null");
        if (values == null || values.isEmpty()) {
            return sql;
        }
        String statement = AthenaSqlTranslator.rewriteDecimalLiterals(sql);
        int parameterCount = parameterCount(statement);
        if (parameterCount == 0) {
            return sql;
        }
        if (parameterCount != values.size()) {
            throw new InvalidParameterUsageException(parameterCount, values.size());
        }
        StringJoiner boundValues = new StringJoiner(", ");
        for (String value : values) {
            boundValues.add(toTrinoExpression(requireNonNull(value, "values contains null")));
        }
        return "EXECUTE IMMEDIATE " + LexedSql.quoteString(statement) + " USING " + boundValues;
    }

    /**
     * The number of positional parameters, from the parsed statement; for a statement Trino cannot parse (Hive
     * DDL, which Athena does not prepare anyway), the number of {@code ?} tokens outside literals and comments.
     */
    private static int parameterCount(String statement)
    {
        try {
            return ParameterExtractor.getParameterCount(SQL_PARSER.createStatement(statement));
        }
        catch (ParsingException e) {
            int count = 0;
            for (Token token : LexedSql.lex(statement).significantTokens()) {
                if (token.getType() == SqlBaseLexer.QUESTION_MARK) {
                    count++;
                }
            }
            return count;
        }
    }

    /**
     * The expression one value stands for in the {@code USING} list.
     */
    private static String toTrinoExpression(String value)
    {
        Expression expression;
        try {
            expression = SQL_PARSER.createExpression(value);
        }
        catch (ParsingException e) {
            return LexedSql.quoteString(value);
        }
        if (!isSelfContained(expression)) {
            return LexedSql.quoteString(value);
        }
        // The value is one complete expression, so it can stand between commas as it is. Its comments are blanked
        // because a trailing "-- ..." would swallow the rest of the USING list.
        LexedSql lexed = LexedSql.lex(value);
        Map<Token, String> replacements = new HashMap<>();
        for (Token token : lexed.tokens()) {
            if (LexedSql.isComment(token)) {
                replacements.put(token, " ");
            }
            else if (token.getType() == SqlBaseLexer.DECIMAL_VALUE) {
                replacements.put(token, token.getText().replace("_", "") + "E0");
            }
        }
        return lexed.rewrite(replacements).strip();
    }

    /**
     * Whether the expression references no column: no identifier other than the arguments of an enclosing lambda
     * ({@code transform(a, x -> x + 1)} binds {@code x}). A nested {@code ?} is not a value either, so it counts as
     * a reference: {@code ?} given as a value binds the one-character string.
     */
    private static boolean isSelfContained(Expression expression)
    {
        ReferenceFinder finder = new ReferenceFinder();
        finder.process(expression, Set.of());
        return !finder.found;
    }

    private static final class ReferenceFinder
            extends DefaultTraversalVisitor<Set<String>>
    {
        private boolean found;

        @Override
        protected Void visitIdentifier(Identifier node, Set<String> lambdaArguments)
        {
            if (!lambdaArguments.contains(node.getCanonicalValue())) {
                found = true;
            }
            return null;
        }

        @Override
        protected Void visitParameter(Parameter node, Set<String> lambdaArguments)
        {
            found = true;
            return null;
        }

        @Override
        protected Void visitLambdaExpression(LambdaExpression node, Set<String> lambdaArguments)
        {
            Set<String> arguments = new HashSet<>(lambdaArguments);
            for (LambdaArgumentDeclaration argument : node.getArguments()) {
                arguments.add(argument.getName().getCanonicalValue());
            }
            process(node.getBody(), arguments);
            return null;
        }
    }
}
