package io.athena4j.types;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestValueTypes
{
    record Item(Integer productId, Integer quantity, @Column(precision = 8, scale = 2) BigDecimal price) {}

    record Profile(String address, String phone, Map<String, String> preferences) {}

    record Everything(String text, boolean flag, Byte tiny, short small, int number, Long big, Float real, Double dbl,
            BigDecimal money, LocalDate day, LocalDateTime at, @Column(secondPrecision = 6) LocalDateTime micro, UUID id,
            Color color, @Column(name = "renamed") String original) {}

    enum Color { RED, GREEN }

    record WithBytes(byte[] bytes) {}

    record Empty() {}

    // Fields only for their generic types.
    List<Item> items;
    Map<Integer, List<Double>> series;
    List<Map<String, String>> maps;
    Long[] longs;
    int[] ints;
    Map<Profile, String> byProfile;
    java.util.Set<String> set;
    List<?> wildcard;
    Map<String, java.time.Instant> instants;

    private static ValueType type(String field)
            throws NoSuchFieldException
    {
        java.lang.reflect.Field member = TestValueTypes.class.getDeclaredField(field);
        return ValueTypes.of(member.getGenericType(), member, field);
    }

    @Test
    void namesTheSeedTypesInHiveAndTrinoSpelling()
            throws NoSuchFieldException
    {
        assertThat(type("items").hiveName()).isEqualTo("array<struct<product_id:int,quantity:int,price:decimal(8,2)>>");
        assertThat(type("items").trinoName()).isEqualTo("array(row(product_id integer, quantity integer, price decimal(8, 2)))");
        ValueType profile = ValueTypes.of(Profile.class, null, "profile");
        assertThat(profile.hiveName()).isEqualTo("struct<address:string,phone:string,preferences:map<string,string>>");
        assertThat(profile.trinoName()).isEqualTo("row(address varchar, phone varchar, preferences map(varchar, varchar))");
        assertThat(type("series").hiveName()).isEqualTo("map<int,array<double>>");
        assertThat(type("series").trinoName()).isEqualTo("map(integer, array(double))");
        assertThat(type("maps").hiveName()).isEqualTo("array<map<string,string>>");
        assertThat(type("longs").hiveName()).isEqualTo("array<bigint>");
        assertThat(type("ints").trinoName()).isEqualTo("array(integer)");
    }

    @Test
    void namesEveryScalar()
    {
        ValueType everything = ValueTypes.of(Everything.class, null, "e");
        assertThat(everything.hiveName()).isEqualTo("struct<text:string,flag:boolean,tiny:tinyint,small:smallint,number:int,big:bigint,"
                + "real:float,dbl:double,money:decimal(38,2),day:date,at:timestamp,micro:timestamp,id:string,color:string,renamed:string>");
        assertThat(everything.trinoName()).isEqualTo("row(text varchar, flag boolean, tiny tinyint, small smallint, number integer, "
                + "big bigint, real real, dbl double, money decimal(38, 2), day date, at timestamp(3), micro timestamp(6), id varchar, "
                + "color varchar, renamed varchar)");
    }

    @Test
    void readsWhatAthenaCannotRenderAsTextExactly()
            throws Exception
    {
        ValueType profile = ValueTypes.of(Profile.class, null, "profile");
        JsonNode json = JsonTree.parse("{\"address\":\"a, b=c {d} [e] \\\"f\\\" \\\\ g\\nh\",\"phone\":null,\"preferences\":{\"k=v, x\":null,\"\":\"\"}}");
        Map<String, String> preferences = new LinkedHashMap<>();
        preferences.put("k=v, x", null);
        preferences.put("", "");
        assertThat(profile.fromJson(json, "profile")).isEqualTo(new Profile("a, b=c {d} [e] \"f\" \\ g\nh", null, preferences));
    }

    @Test
    void readsRowsByNameOrByPosition()
            throws Exception
    {
        ValueType items = type("items");
        List<Item> expected = Arrays.asList(new Item(1, 2, new BigDecimal("9.90")), null);
        assertThat(items.fromJson(JsonTree.parse("[{\"product_id\":1,\"quantity\":2,\"price\":9.90},null]"), "items")).isEqualTo(expected);
        assertThat(items.fromJson(JsonTree.parse("[[1,2,9.9],null]"), "items")).isEqualTo(expected);
        // Athena lower-cases names; field names are matched without case.
        assertThat(items.fromJson(JsonTree.parse("[{\"PRODUCT_ID\":1,\"quantity\":2,\"price\":9.9},null]"), "items")).isEqualTo(expected);
    }

    @Test
    void readsNonStringMapKeysAndNonFiniteNumbers()
            throws Exception
    {
        Object series = type("series").fromJson(JsonTree.parse("{\"-1\":[\"NaN\",\"Infinity\",\"-Infinity\",-0.0,4.9E-324],\"2\":[]}"), "series");
        Map<Integer, List<Double>> expected = new LinkedHashMap<>();
        expected.put(-1, List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE));
        expected.put(2, List.of());
        assertThat(series).isEqualTo(expected);
    }

    @Test
    void keepsNegativeZeroAndDecimalDigits()
    {
        assertThat(JsonTree.parse("[-0.0, 0.0, 123456789012345678901234567.123456789, -1E-400]").toString())
                .isEqualTo("[-0.0,0.0,123456789012345678901234567.123456789,-1E-400]");
        assertThat(ValueTypes.of(Float.class, null, "f").fromJson(JsonTree.parse("-0.0"), "f")).isEqualTo(-0.0f);
        assertThatThrownBy(() -> JsonTree.parse("[a, b]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonTree.parse("{k=v}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsEveryScalarFromTrinosJson()
            throws Exception
    {
        ValueType everything = ValueTypes.of(Everything.class, null, "e");
        UUID id = UUID.randomUUID();
        JsonNode json = JsonTree.parse("{\"text\":\"t\",\"flag\":true,\"tiny\":-128,\"small\":32767,\"number\":-2147483648,"
                + "\"big\":9223372036854775807,\"real\":3.4028235E38,\"dbl\":0.30000000000000004,\"money\":1.50,\"day\":\"0001-01-01\","
                + "\"at\":\"2024-01-31 12:34:56.789\",\"micro\":\"9999-12-31 23:59:59.999999\",\"id\":\"" + id + "\",\"color\":\"GREEN\",\"renamed\":\"r\"}");
        assertThat(everything.fromJson(json, "e")).isEqualTo(new Everything("t", true, Byte.MIN_VALUE, Short.MAX_VALUE, Integer.MIN_VALUE,
                Long.MAX_VALUE, Float.MAX_VALUE, 0.30000000000000004, new BigDecimal("1.50"), LocalDate.of(1, 1, 1),
                LocalDateTime.of(2024, 1, 31, 12, 34, 56, 789_000_000), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000), id,
                Color.GREEN, "r"));
    }

    @Test
    void refusesJsonThatDoesNotFit()
            throws Exception
    {
        ValueType items = assertDoesNotThrowType("items");
        assertThatThrownBy(() -> items.fromJson(JsonTree.parse("[{\"product_id\":1}]"), "Order.items"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Order.items[0]");
        assertThatThrownBy(() -> items.fromJson(JsonTree.parse("[[\"x\",2,1.0]]"), "Order.items"))
                .hasMessageContaining("Order.items[0].product_id").hasMessageContaining("expected an integer");
        assertThatThrownBy(() -> items.fromJson(JsonTree.parse("[[1,2,1.001]]"), "Order.items"))
                .hasMessageContaining("more fraction digits than decimal(8,2)");
        assertThat(items.fromJson(JsonTree.parse("[[1,null,1.00]]"), "Order.items")).isEqualTo(List.of(new Item(1, null, new BigDecimal("1.00"))));
    }

    private static ValueType assertDoesNotThrowType(String field)
    {
        try {
            return type(field);
        }
        catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesValuesThatWouldBeRoundedOnWrite()
    {
        ValueType items = assertDoesNotThrowType("items");
        Connection noConnection = null;
        ScalarType price = (ScalarType) ((RecordType) ((ListType) items).element()).fields().get(2).type();
        assertThatThrownBy(() -> price.toJdbc(noConnection, new BigDecimal("1.005"), "Order.items[0].price"))
                .hasMessageContaining("Order.items[0].price").hasMessageContaining("more than 2 fraction digits");
        assertThatThrownBy(() -> price.toJdbc(noConnection, new BigDecimal("1000000"), "p")).hasMessageContaining("more than 6 integer digits");
        assertThat(price.toJdbc(noConnection, new BigDecimal("9.9"), "p")).isEqualTo(new BigDecimal("9.90"));

        ScalarType millis = (ScalarType) ValueTypes.of(LocalDateTime.class, null, "at");
        assertThatThrownBy(() -> millis.toJdbc(noConnection, LocalDateTime.of(2024, 1, 1, 0, 0, 0, 1_000), "at"))
                .hasMessageContaining("secondPrecision = 6");
    }

    @Test
    void refusesWhatAthenaCannotStoreInsideComplexValues()
    {
        assertThatThrownBy(() -> ValueTypes.of(WithBytes.class, null, "Blob.data")).hasMessageContaining("Blob.data.bytes")
                .hasMessageContaining("byte[] (varbinary) cannot be stored");
        assertThatThrownBy(() -> type("byProfile")).hasMessageContaining("map keys must be scalars");
        assertThatThrownBy(() -> type("set")).hasMessageContaining("declare the attribute as List<T> or Map<K, V>");
        assertThatThrownBy(() -> type("wildcard")).hasMessageContaining("no wildcards");
        assertThatThrownBy(() -> type("instants")).hasMessageContaining("java.time.Instant cannot be stored").hasMessageContaining("LocalDateTime in UTC");
        assertThatThrownBy(() -> ValueTypes.of(Empty.class, null, "e")).hasMessageContaining("has no components");
        assertThatThrownBy(() -> ValueTypes.of(List.class, null, "raw")).hasMessageContaining("needs its type arguments");
    }

    @Test
    void comparesAndCopiesByValue()
            throws NoSuchFieldException
    {
        ValueType longs = type("longs");
        Long[] original = {1L, null, 3L};
        Object copy = longs.copy(original);
        assertThat(copy).isNotSameAs(original).isEqualTo(original);
        assertThat(longs.equal(original, copy)).isTrue();
        assertThat(longs.hash(original)).isEqualTo(longs.hash(copy));
        assertThat(longs.equal(original, new Long[] {1L, null, 4L})).isFalse();
        ValueType money = ValueTypes.of(BigDecimal.class, null, "m");
        assertThat(money.equal(new BigDecimal("1.5"), new BigDecimal("1.50"))).isTrue();
        assertThat(money.hash(new BigDecimal("1.5"))).isEqualTo(money.hash(new BigDecimal("1.50")));
    }
}
