#!/usr/bin/env bash
# Smoke test of a running local Athena with the AWS CLI (v1 or v2): a query's life through the Athena API, the
# catalog APIs, and the query's result file read back through the S3 endpoint.
#
#   usage: awscli-smoke.sh ENDPOINT        for example  awscli-smoke.sh http://127.0.0.1:4566
#
# Credentials are dummies unless AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set (a server started with
# --require-auth needs the right ones). Prints each step's output; exits non-zero at the first failure.
set -euo pipefail

endpoint=${1:?usage: awscli-smoke.sh ENDPOINT}
export AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID:-AKIDLOCAL}
export AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:-local-secret}
export AWS_PAGER=""
export AWS_EC2_METADATA_DISABLED=true
# No ~/.aws of the caller's may change the outcome.
export AWS_CONFIG_FILE=/dev/null
export AWS_SHARED_CREDENTIALS_FILE=/dev/null

output_location=s3://athena4j-cli/results/

local_aws() {
    aws --endpoint-url "$endpoint" --region us-east-1 --output text "$@"
}

# Starts a query, waits for it and prints its id.
run_query() {
    local id state
    id=$(local_aws athena start-query-execution --query-string "$1" \
        --result-configuration "OutputLocation=$output_location" --query QueryExecutionId)
    for _ in $(seq 1 600); do
        state=$(local_aws athena get-query-execution --query-execution-id "$id" --query QueryExecution.Status.State)
        case $state in
            SUCCEEDED) echo "$id"; return 0 ;;
            FAILED|CANCELLED)
                echo "query ended $state: $1" >&2
                local_aws athena get-query-execution --query-execution-id "$id" --query QueryExecution.Status.StateChangeReason >&2
                return 1 ;;
        esac
        sleep 0.2
    done
    echo "query still $state after 120 s: $1" >&2
    return 1
}

id=$(run_query "SELECT 1 AS one, 'x' AS two")
echo "get-query-execution: $(local_aws athena get-query-execution --query-execution-id "$id" --query 'QueryExecution.[StatementType,Status.State]')"
echo "get-query-results:"
local_aws athena get-query-results --query-execution-id "$id" --query 'ResultSet.Rows[].Data[].VarCharValue'

table=cli_smoke_$(date +%s)_$$
run_query "CREATE TABLE $table WITH (external_location = 's3://athena4j-cli/data/$table/') AS SELECT 1 AS id, CAST('a' AS varchar) AS name" > /dev/null
echo "get-table-metadata:"
local_aws athena get-table-metadata --catalog-name AwsDataCatalog --database-name default --table-name "$table" \
    --query 'TableMetadata.[TableType,Parameters.location]'
local_aws athena get-table-metadata --catalog-name AwsDataCatalog --database-name default --table-name "$table" \
    --query 'TableMetadata.Columns[].[Name,Type]'
echo "list-databases:"
local_aws athena list-databases --catalog-name AwsDataCatalog --query 'DatabaseList[?Name==`default`].Name'

echo "s3 cp:"
aws --endpoint-url "$endpoint" --region us-east-1 s3 cp "$output_location$id.csv" -
echo "done"
