package io.athena4j.it.guide;

import io.athena4j.hibernate.AthenaTable;
import io.athena4j.hibernate.StorageFormat;
import io.athena4j.types.AthenaArray;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** docs/getting-started.md: a Hive table. */
@Entity
@Immutable                                   // Hive tables are insert-only
@Table(name = "page_hits")
@AthenaTable(format = StorageFormat.PARQUET, partitionedBy = "dt")
public class PageHit
{
    @Id
    UUID id;

    String path;

    @AthenaArray
    List<String> tags;                       // array<string>

    LocalDate dt;                            // a partition: one folder per day

    protected PageHit() {}

    public PageHit(UUID id, String path, List<String> tags, LocalDate dt)
    {
        this.id = id;
        this.path = path;
        this.tags = tags;
        this.dt = dt;
    }
}
