using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Konbit.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IncidentIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_Adm2Pcode_EventDate",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_EventType_EventDate",
                table: "Incidents");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Adm1Pcode_Adm2Pcode_EventDate_Fatalities",
                table: "Incidents",
                columns: new[] { "Adm1Pcode", "Adm2Pcode", "EventDate", "Fatalities" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_EventType_EventDate_Adm1Pcode_Month_Fatalities",
                table: "Incidents",
                columns: new[] { "EventType", "EventDate", "Adm1Pcode", "Month", "Fatalities" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_ResponseTimes",
                table: "Incidents",
                columns: new[] { "EventDate", "Month", "Adm1Pcode", "ResponseMinutes" },
                filter: "\"ResponseMinutes\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_Adm1Pcode_Adm2Pcode_EventDate_Fatalities",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_EventType_EventDate_Adm1Pcode_Month_Fatalities",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_ResponseTimes",
                table: "Incidents");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Adm2Pcode_EventDate",
                table: "Incidents",
                columns: new[] { "Adm2Pcode", "EventDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_EventType_EventDate",
                table: "Incidents",
                columns: new[] { "EventType", "EventDate" });
        }
    }
}
