using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Konbit.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Incidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdminUnits",
                columns: table => new
                {
                    Pcode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    ParentPcode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    NameFr = table.Column<string>(type: "text", nullable: false),
                    NameEn = table.Column<string>(type: "text", nullable: true),
                    NameHt = table.Column<string>(type: "text", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    GeometryJson = table.Column<string>(type: "text", nullable: true),
                    Origin = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdminUnits", x => x.Pcode);
                });

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FileBytes = table.Column<long>(type: "bigint", nullable: false),
                    Layout = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    StartedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DryRun = table.Column<bool>(type: "boolean", nullable: false),
                    Strict = table.Column<bool>(type: "boolean", nullable: false),
                    BytesRead = table.Column<long>(type: "bigint", nullable: false),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    Imported = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Rejected = table.Column<int>(type: "integer", nullable: false),
                    RejectsSample = table.Column<string>(type: "text", nullable: true),
                    Error = table.Column<string>(type: "text", nullable: true),
                    SourceId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRuns_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Dataset = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    EventDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    TimePrecision = table.Column<byte>(type: "smallint", nullable: false),
                    DisorderType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EventType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubEventType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Actor1 = table.Column<string>(type: "text", nullable: false),
                    AssocActor1 = table.Column<string>(type: "text", nullable: true),
                    Inter1 = table.Column<byte>(type: "smallint", nullable: true),
                    Actor2 = table.Column<string>(type: "text", nullable: true),
                    AssocActor2 = table.Column<string>(type: "text", nullable: true),
                    Inter2 = table.Column<byte>(type: "smallint", nullable: true),
                    Interaction = table.Column<byte>(type: "smallint", nullable: true),
                    CivilianTargeting = table.Column<string>(type: "text", nullable: true),
                    Admin1 = table.Column<string>(type: "text", nullable: true),
                    Admin2 = table.Column<string>(type: "text", nullable: true),
                    Admin3 = table.Column<string>(type: "text", nullable: true),
                    Adm1Pcode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Adm2Pcode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Adm3Pcode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Location = table.Column<string>(type: "text", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    GeoPrecision = table.Column<byte>(type: "smallint", nullable: false),
                    OutsideHaiti = table.Column<bool>(type: "boolean", nullable: false),
                    SourceNames = table.Column<string>(type: "text", nullable: true),
                    SourceScale = table.Column<string>(type: "text", nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    Tags = table.Column<string>(type: "text", nullable: true),
                    Fatalities = table.Column<int>(type: "integer", nullable: false),
                    FatalitiesLow = table.Column<int>(type: "integer", nullable: true),
                    FatalitiesHigh = table.Column<int>(type: "integer", nullable: true),
                    Injured = table.Column<int>(type: "integer", nullable: true),
                    Abducted = table.Column<int>(type: "integer", nullable: true),
                    Displaced = table.Column<int>(type: "integer", nullable: true),
                    SourceTimestamp = table.Column<long>(type: "bigint", nullable: true),
                    RowHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MissionInvolved = table.Column<bool>(type: "boolean", nullable: false),
                    RespondingUnits = table.Column<string>(type: "text", nullable: true),
                    AlertedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DepartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ArrivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResponseMinutes = table.Column<int>(type: "integer", nullable: true),
                    ImportRunId = table.Column<long>(type: "bigint", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Incidents_ImportRuns_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "ImportRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "IncidentRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    ReplacedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReplacedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncidentRevisions_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IncidentSources",
                columns: table => new
                {
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentSources", x => new { x.IncidentId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_IncidentSources_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IncidentSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AdminUnits",
                columns: new[] { "Pcode", "GeometryJson", "Latitude", "Level", "Longitude", "NameEn", "NameFr", "NameHt", "Origin", "ParentPcode" },
                values: new object[,]
                {
                    { "HT01", null, 18.526199999999999, 1, -72.337100000000007, "West", "Ouest", "Lwès", "built-in", "HT" },
                    { "HT02", null, 18.296299999999999, 1, -72.527100000000004, "South-East", "Sud-Est", "Sidès", "built-in", "HT" },
                    { "HT03", null, 19.748799999999999, 1, -72.225399999999993, "North", "Nord", "Nò", "built-in", "HT" },
                    { "HT04", null, 19.591799999999999, 1, -71.856800000000007, "North-East", "Nord-Est", "Nòdès", "built-in", "HT" },
                    { "HT05", null, 19.4785, 1, -72.638499999999993, "Artibonite", "Artibonite", "Latibonit", "built-in", "HT" },
                    { "HT06", null, 19.144400000000001, 1, -72.019099999999995, "Centre", "Centre", "Sant", "built-in", "HT" },
                    { "HT07", null, 18.261500000000002, 1, -73.761300000000006, "South", "Sud", "Sid", "built-in", "HT" },
                    { "HT08", null, 18.533899999999999, 1, -74.161100000000005, "Grand'Anse", "Grande'Anse", "Grandans", "built-in", "HT" },
                    { "HT09", null, 19.866299999999999, 1, -72.9285, "North-West", "Nord-Ouest", "Nòdwès", "built-in", "HT" },
                    { "HT10", null, 18.368200000000002, 1, -73.062600000000003, "Nippes", "Nippes", "Nip", "built-in", "HT" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdminUnits_Level",
                table: "AdminUnits",
                column: "Level");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_Key",
                table: "ImportRuns",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_SourceId",
                table: "ImportRuns",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_IncidentRevisions_IncidentId",
                table: "IncidentRevisions",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Adm2Pcode_EventDate",
                table: "Incidents",
                columns: new[] { "Adm2Pcode", "EventDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_EventDate",
                table: "Incidents",
                column: "EventDate");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_EventType_EventDate",
                table: "Incidents",
                columns: new[] { "EventType", "EventDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_ImportRunId",
                table: "Incidents",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_SourceId",
                table: "Incidents",
                column: "SourceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IncidentSources_SourcesId",
                table: "IncidentSources",
                column: "SourcesId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdminUnits");

            migrationBuilder.DropTable(
                name: "IncidentRevisions");

            migrationBuilder.DropTable(
                name: "IncidentSources");

            migrationBuilder.DropTable(
                name: "Incidents");

            migrationBuilder.DropTable(
                name: "ImportRuns");
        }
    }
}
