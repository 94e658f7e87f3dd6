using System.Text.Json;
using Konbit.Accounts;
using Konbit.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Humanitarian;

/// <summary>
/// Displacement by department over time (chart and map) and food insecurity by IPC period. The tables carry the same
/// figures as the chart and the map, so nothing depends on the script that draws them.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class FiguresPageModel(KonbitDb db) : PageModel
{
    public sealed record Department(string Pcode, string Name, double Latitude, double Longitude);
    public sealed record Latest(Department Department, DateOnly Date, int Idps);

    public List<Department> Departments { get; private set; } = [];
    /// <summary>The latest figure of each department that has one, largest first.</summary>
    public List<Latest> LatestByDepartment { get; private set; } = [];
    public DisplacementPoint? National { get; private set; }
    public List<FoodInsecurityPeriod> Periods { get; private set; } = [];
    /// <summary>The data island the chart and the map are drawn from (wwwroot/js/humanitarian.js).</summary>
    public string DataJson { get; private set; } = "{}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Departments = await db.AdminUnits.AsNoTracking().Where(u => u.Level == 1).OrderBy(u => u.Pcode)
            .Select(u => new Department(u.Pcode, u.NameFr, u.Latitude, u.Longitude)).ToListAsync(ct);
        var series = await HumanitarianApi.SeriesAsync(db, AreaLevel.Adm1, null, ct);
        National = (await HumanitarianApi.SeriesAsync(db, AreaLevel.Country, null, ct)).LastOrDefault();
        LatestByDepartment = [.. series.GroupBy(p => p.Pcode).Select(g => g.Last())
            .Join(Departments, p => p.Pcode, d => d.Pcode, (p, d) => new Latest(d, p.Date, p.Idps))
            .OrderByDescending(l => l.Idps)];
        Periods = await HumanitarianApi.PeriodsAsync(db, ct);
        DataJson = JsonSerializer.Serialize(new
        {
            departments = Departments,
            series,
            latest = LatestByDepartment.Select(l => new { l.Department.Pcode, l.Date, l.Idps }),
        }, JsonSerializerOptions.Web);
    }

    /// <summary>The areas of a period added up by department (IPC's own department names, ZMPAP apart from Ouest).</summary>
    public static IEnumerable<(string Department, int Phase3Plus, int? Population)> ByDepartment(FoodInsecurityPeriod period) =>
        period.Areas.GroupBy(a => a.Department ?? a.Area)
            .Select(g => (Department: g.Key, Phase3Plus: g.Sum(a => a.Phase3Plus), Population: g.All(a => a.Population is not null) ? g.Sum(a => a.Population) : null))
            .OrderByDescending(d => d.Phase3Plus);
}
