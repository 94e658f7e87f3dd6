using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Konbit.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IncidentCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IncidentCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Adm1Pcode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Adm2Pcode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    EventType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MissionInvolved = table.Column<bool>(type: "boolean", nullable: false),
                    Synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Events = table.Column<int>(type: "integer", nullable: false),
                    Fatalities = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IncidentLog",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    LogVersion = table.Column<long>(type: "bigint", nullable: false),
                    RollupVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentLog", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "IncidentLog",
                columns: new[] { "Id", "LogVersion", "RollupVersion" },
                values: new object[] { 1, 1L, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentCounts_Adm1Pcode_Adm2Pcode_Events_Fatalities",
                table: "IncidentCounts",
                columns: new[] { "Adm1Pcode", "Adm2Pcode", "Events", "Fatalities" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentCounts_EventType_Month_Adm1Pcode_Adm2Pcode_Events_F~",
                table: "IncidentCounts",
                columns: new[] { "EventType", "Month", "Adm1Pcode", "Adm2Pcode", "Events", "Fatalities" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IncidentCounts");

            migrationBuilder.DropTable(
                name: "IncidentLog");
        }
    }
}
