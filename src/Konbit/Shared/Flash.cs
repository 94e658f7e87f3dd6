using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Konbit.Shared;

/// <summary>
/// A confirmation carried across the redirect after a successful form (post, redirect, get), shown once by the
/// layout. TempData lives in a data-protected cookie, so any node can show it.
/// </summary>
public static class Flash
{
    const string Key = "Confirmation";

    public static void Confirm(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    public static string? TakeConfirmation(this ITempDataDictionary tempData) => tempData[Key] as string;
}
