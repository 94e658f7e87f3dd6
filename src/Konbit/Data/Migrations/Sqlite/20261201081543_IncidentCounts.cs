using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Konbit.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Adm1Pcode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Adm2Pcode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MissionInvolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    Synthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Events = table.Column<int>(type: "INTEGER", nullable: false),
                    Fatalities = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IncidentLog",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LogVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    RollupVersion = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "IX_IncidentCounts_EventType_Month_Adm1Pcode_Adm2Pcode_Events_Fatalities",
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
