using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Konbit.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Pcode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ReportingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Idps = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: true),
                    Operation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SourceFile = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisplacementFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FoodInsecurityFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Area = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Adm1Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Pcode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    AnalysisType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnalysisDate = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Population = table.Column<int>(type: "integer", nullable: true),
                    Phase1 = table.Column<int>(type: "integer", nullable: true),
                    Phase2 = table.Column<int>(type: "integer", nullable: true),
                    Phase3 = table.Column<int>(type: "integer", nullable: true),
                    Phase4 = table.Column<int>(type: "integer", nullable: true),
                    Phase5 = table.Column<int>(type: "integer", nullable: true),
                    Phase3Plus = table.Column<int>(type: "integer", nullable: false),
                    SourceFile = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_FoodInsecurityFigures_Area_PeriodStart_PeriodEnd_AnalysisTy~",
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
