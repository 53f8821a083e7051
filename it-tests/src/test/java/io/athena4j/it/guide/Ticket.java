package io.athena4j.it.guide;

import io.athena4j.hibernate.AthenaTable;
import io.athena4j.hibernate.TableType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** docs/getting-started.md: an Iceberg table. */
@Entity
@Table(name = "tickets")
@AthenaTable(type = TableType.ICEBERG)       // Iceberg tables take updates and deletes
public class Ticket
{
    @Id
    String id;

    String status;

    @Column(name = "opened_at")
    LocalDateTime openedAt;

    protected Ticket() {}

    public Ticket(String id, String status, LocalDateTime openedAt)
    {
        this.id = id;
        this.status = status;
        this.openedAt = openedAt;
    }

    public void close()
    {
        status = "closed";
    }
}
