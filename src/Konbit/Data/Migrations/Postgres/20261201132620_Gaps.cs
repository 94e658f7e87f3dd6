using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Konbit.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Gaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BudgetPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    BudgetUsd = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ConflictId = table.Column<int>(type: "integer", nullable: true),
                    Counted = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SeedKey = table.Column<string>(type: "text", nullable: true),
                    EditedByUser = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetPeriods_Conflicts_ConflictId",
                        column: x => x.ConflictId,
                        principalTable: "Conflicts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EquipmentEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Donor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContributorCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    PledgeId = table.Column<int>(type: "integer", nullable: true),
                    ConflictId = table.Column<int>(type: "integer", nullable: true),
                    Counted = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SeedKey = table.Column<string>(type: "text", nullable: true),
                    EditedByUser = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquipmentEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EquipmentEntries_Conflicts_ConflictId",
                        column: x => x.ConflictId,
                        principalTable: "Conflicts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EquipmentEntries_Contributors_ContributorCode",
                        column: x => x.ContributorCode,
                        principalTable: "Contributors",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EquipmentEntries_EquipmentEntries_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "EquipmentEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FundingEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Donor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContributorCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    RateToUsd = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    RateOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountUsd = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ConflictId = table.Column<int>(type: "integer", nullable: true),
                    Counted = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SeedKey = table.Column<string>(type: "text", nullable: true),
                    EditedByUser = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingEntries_Conflicts_ConflictId",
                        column: x => x.ConflictId,
                        principalTable: "Conflicts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FundingEntries_Contributors_ContributorCode",
                        column: x => x.ContributorCode,
                        principalTable: "Contributors",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetPeriodSources",
                columns: table => new
                {
                    BudgetPeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetPeriodSources", x => new { x.BudgetPeriodId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_BudgetPeriodSources_BudgetPeriods_BudgetPeriodId",
                        column: x => x.BudgetPeriodId,
                        principalTable: "BudgetPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BudgetPeriodSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EquipmentEntrySources",
                columns: table => new
                {
                    EquipmentEntryId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquipmentEntrySources", x => new { x.EquipmentEntryId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_EquipmentEntrySources_EquipmentEntries_EquipmentEntryId",
                        column: x => x.EquipmentEntryId,
                        principalTable: "EquipmentEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EquipmentEntrySources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingEntrySources",
                columns: table => new
                {
                    FundingEntryId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingEntrySources", x => new { x.FundingEntryId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_FundingEntrySources_FundingEntries_FundingEntryId",
                        column: x => x.FundingEntryId,
                        principalTable: "FundingEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FundingEntrySources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetPeriods_ConflictId",
                table: "BudgetPeriods",
                column: "ConflictId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetPeriods_SeedKey",
                table: "BudgetPeriods",
                column: "SeedKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetPeriodSources_SourcesId",
                table: "BudgetPeriodSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentEntries_Category_On",
                table: "EquipmentEntries",
                columns: new[] { "Category", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentEntries_ConflictId",
                table: "EquipmentEntries",
                column: "ConflictId");

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentEntries_ContributorCode",
                table: "EquipmentEntries",
                column: "ContributorCode");

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentEntries_PledgeId",
                table: "EquipmentEntries",
                column: "PledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentEntries_SeedKey",
                table: "EquipmentEntries",
                column: "SeedKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentEntrySources_SourcesId",
                table: "EquipmentEntrySources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingEntries_ConflictId",
                table: "FundingEntries",
                column: "ConflictId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingEntries_ContributorCode",
                table: "FundingEntries",
                column: "ContributorCode");

            migrationBuilder.CreateIndex(
                name: "IX_FundingEntries_On",
                table: "FundingEntries",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_FundingEntries_SeedKey",
                table: "FundingEntries",
                column: "SeedKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingEntrySources_SourcesId",
                table: "FundingEntrySources",
                column: "SourcesId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetPeriodSources");

            migrationBuilder.DropTable(
                name: "EquipmentEntrySources");

            migrationBuilder.DropTable(
                name: "FundingEntrySources");

            migrationBuilder.DropTable(
                name: "BudgetPeriods");

            migrationBuilder.DropTable(
                name: "EquipmentEntries");

            migrationBuilder.DropTable(
                name: "FundingEntries");
        }
    }
}
