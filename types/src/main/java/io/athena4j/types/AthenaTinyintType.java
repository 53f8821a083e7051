package io.athena4j.types;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.usertype.UserType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** The user type of {@link AthenaTinyint}: an {@code Integer} stored as {@code tinyint}, range-checked on write. */
public final class AthenaTinyintType
        implements UserType<Integer>
{
    @Override
    public int getSqlType()
    {
        return Types.TINYINT;
    }

    @Override
    public Class<Integer> returnedClass()
    {
        return Integer.class;
    }

    @Override
    public Integer nullSafeGet(ResultSet rs, int position, WrapperOptions options)
            throws SQLException
    {
        byte value = rs.getByte(position);
        return rs.wasNull() ? null : (int) value;
    }

    @Override
    public void nullSafeSet(PreparedStatement st, Integer value, int position, WrapperOptions options)
            throws SQLException
    {
        if (value == null) {
            st.setNull(position, Types.TINYINT);
            return;
        }
        if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("Cannot write " + value + " to a tinyint column: Athena's tinyint holds -128 to 127; "
                    + "map the attribute without @AthenaTinyint (Integer is an int column) or keep the value in range");
        }
        st.setByte(position, value.byteValue());
    }

    @Override
    public Integer deepCopy(Integer value)
    {
        return value;
    }

    @Override
    public boolean isMutable()
    {
        return false;
    }
}
