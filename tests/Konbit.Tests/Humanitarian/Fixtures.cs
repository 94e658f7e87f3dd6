using System.Net.Http.Headers;
using System.Text;
using Konbit.Tests.Infrastructure;

namespace Konbit.Tests.Humanitarian;

/// <summary>Small made-up files in the partners' formats (figures invented, field names as IOM and HDX publish them).</summary>
static class Fixtures
{
    /// <summary>
    /// The DTM API's national answer: 2024-09-30 split by origin and reason into three rows (100 + 250 + 650 = 1,000),
    /// 2025-06-30 in one row.
    /// </summary>
    public const string NationalJson = """
        {"result": [
          {"operation": "Countrywide monitoring", "admin0Name": "Haiti", "admin0Pcode": "HTI", "numPresentIdpInd": 100, "reportingDate": "2024-09-30T00:00:00", "roundNumber": 8, "displacementReason": "Natural disaster", "idpOriginAdmin1Name": "Not available", "idpOriginAdmin1Pcode": "Not available"},
          {"operation": "Countrywide monitoring", "admin0Name": "Haiti", "admin0Pcode": "HTI", "numPresentIdpInd": 250, "reportingDate": "2024-09-30T00:00:00", "roundNumber": 8, "displacementReason": "Conflict", "idpOriginAdmin1Name": "Artibonite", "idpOriginAdmin1Pcode": "HT05"},
          {"operation": "Countrywide monitoring", "admin0Name": "Haiti", "admin0Pcode": "HTI", "numPresentIdpInd": 650, "reportingDate": "2024-09-30T00:00:00", "roundNumber": 8, "displacementReason": "Conflict", "idpOriginAdmin1Name": "Ouest", "idpOriginAdmin1Pcode": "HT01"},
          {"operation": "Countrywide monitoring", "admin0Name": "Haiti", "admin0Pcode": "HTI", "numPresentIdpInd": 2000, "reportingDate": "2025-06-30T00:00:00", "roundNumber": 10, "displacementReason": "Conflict", "idpOriginAdmin1Name": "Ouest", "idpOriginAdmin1Pcode": "HT01"}
        ], "statusCode": 200, "isSuccess": true, "errorMessages": []}
        """;

    /// <summary>The CSV flattening by department: Ouest on 2025-06-30 split by origin (300 + 200), Artibonite in one row.</summary>
    public const string DepartmentsCsv = """
        id,operation,admin0Name,admin0Pcode,admin1Name,admin1Pcode,numPresentIdpInd,reportingDate,yearReportingDate,monthReportingDate,roundNumber,displacementReason,idpOriginAdmin1Name,idpOriginAdmin1Pcode
        1,Countrywide monitoring,Haiti,HTI,Ouest,HT01,300,2025-06-30T00:00:00,2025,6,10,Conflict,Ouest,HT01
        2,Countrywide monitoring,Haiti,HTI,Ouest,HT01,200,2025-06-30T00:00:00,2025,6,10,Conflict,Artibonite,HT05
        3,Countrywide monitoring,Haiti,HTI,Artibonite,HT05,700,2025-06-30T00:00:00,2025,6,10,Conflict,Artibonite,HT05
        4,Countrywide monitoring,Haiti,HTI,Ouest,HT01,400,2024-09-30T00:00:00,2024,9,8,Conflict,Ouest,HT01

        """;

    /// <summary>Communes; line 3 names a commune in a department that does not exist (HT99).</summary>
    public const string CommunesCsv = """
        operation,admin0Pcode,admin1Pcode,admin2Name,admin2Pcode,numPresentIdpInd,reportingDate,roundNumber
        Countrywide monitoring,HTI,HT05,Saint-Marc,HT0531,120,2025-06-30,10
        Countrywide monitoring,HTI,HT99,Nowhere,HT9911,55,2025-06-30,10
        Countrywide monitoring,HTI,HT01,Port-au-Prince,HT0111,80,2025-06-30,10

        """;

    const string IpcHeader = "Date of analysis,Country,Total country population,Level 1,Area,Validity period,From,To,Phase,Number,Percentage";
    const string IpcTags = "#date+analysis,#country+code,#population,#loc+level1,#loc+area,#period+v_ipc,#date+start,#date+end,#severity+v_ipc,#affected+num,#affected+pct";

    /// <summary>Two areas in the current period (phase 3+ 40 + 25 = 65) and one projected; the second area's name holds a comma.</summary>
    public static readonly string IpcRows = string.Join("\n",
        "Sep 2025,HTI,1000,Nippes,Nippes HT01,current,2025-09-01,2026-02-28,all,100,1.0",
        "Sep 2025,HTI,1000,Nippes,Nippes HT01,current,2025-09-01,2026-02-28,3+,40,0.4",
        "Sep 2025,HTI,1000,Nippes,Nippes HT01,current,2025-09-01,2026-02-28,1,20,0.2",
        "Sep 2025,HTI,1000,Nippes,Nippes HT01,current,2025-09-01,2026-02-28,2,40,0.4",
        "Sep 2025,HTI,1000,Nippes,Nippes HT01,current,2025-09-01,2026-02-28,3,30,0.3",
        "Sep 2025,HTI,1000,Nippes,Nippes HT01,current,2025-09-01,2026-02-28,4,10,0.1",
        "Sep 2025,HTI,1000,Nippes,Nippes HT01,current,2025-09-01,2026-02-28,5,0,0",
        "Sep 2025,HTI,1000,ZMPAP,\"Delmas, Petion Ville P+TP\",current,2025-09-01,2026-02-28,all,50,1.0",
        "Sep 2025,HTI,1000,ZMPAP,\"Delmas, Petion Ville P+TP\",current,2025-09-01,2026-02-28,3+,25,0.5",
        "Sep 2025,HTI,1000,Nippes,Nippes HT01,first projection,2026-03-01,2026-07-31,3+,45,0.45",
        "");

    public static readonly string Ipc = IpcHeader + "\n" + IpcTags + "\n" + IpcRows;
    public static readonly string IpcWithoutTags = IpcHeader + "\n" + IpcRows;

    public static ByteArrayContent Body(string text, string contentType = "text/csv")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient coordinator, string text, string fileName) =>
        coordinator.PostAsync($"/api/v1/humanitarian/imports?fileName={fileName}", Body(text, fileName.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/csv"));

    public static async Task<T> ImportAsync<T>(HttpClient coordinator, string text, string fileName) =>
        await (await UploadAsync(coordinator, text, fileName)).ReadAsync<T>();
}
