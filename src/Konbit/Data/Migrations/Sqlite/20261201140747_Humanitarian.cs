using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Konbit.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Humanitarian : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DisplacementFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Pcode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ReportingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Idps = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: true),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisplacementFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FoodInsecurityFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Adm1Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Pcode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnalysisType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AnalysisDate = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Population = table.Column<int>(type: "INTEGER", nullable: true),
                    Phase1 = table.Column<int>(type: "INTEGER", nullable: true),
                    Phase2 = table.Column<int>(type: "INTEGER", nullable: true),
                    Phase3 = table.Column<int>(type: "INTEGER", nullable: true),
                    Phase4 = table.Column<int>(type: "INTEGER", nullable: true),
                    Phase5 = table.Column<int>(type: "INTEGER", nullable: true),
                    Phase3Plus = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FoodInsecurityFigures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisplacementFigures_Level_Pcode_ReportingDate",
                table: "DisplacementFigures",
                columns: new[] { "Level", "Pcode", "ReportingDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FoodInsecurityFigures_Area_PeriodStart_PeriodEnd_AnalysisType",
                table: "FoodInsecurityFigures",
                columns: new[] { "Area", "PeriodStart", "PeriodEnd", "AnalysisType" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisplacementFigures");

            migrationBuilder.DropTable(
                name: "FoodInsecurityFigures");
        }
    }
}
