package io.athena4j.it.guide;

import io.athena4j.types.AthenaArray;
import io.athena4j.types.AthenaMap;
import io.athena4j.types.AthenaStruct;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.List;
import java.util.Map;

// docs/types.md
@Entity @Immutable @Table(name = "customers")
public class Customer {
    @Id @Column(name = "customer_id") Integer customerId;
    Byte age;                                                   // tinyint
    @AthenaMap Map<String, String> preferences;                 // map<string,string>     map(varchar, varchar)
    @AthenaArray @Column(name = "order_history")
    List<Integer> orderHistory;                                 // array<int>             array(integer)
    @AthenaStruct Profile profile;                              // struct<address:string,phone:string,preferences:map<string,string>>
}
