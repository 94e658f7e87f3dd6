using Konbit.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Conduct;

/// <summary>
/// What the public complaint pages share: no sign-in, the reporter's language (?lang=, kept in the forms; Creole
/// unless another is chosen), and messages beside the fields in that language.
/// </summary>
[AllowAnonymous]
public abstract class PublicPage : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Lang { get; set; }

    public string L => Texts.Pick(Lang);

    public Errors Errors { get; protected set; } = new();

    public string T(string key) => Texts.T(L, key);

    public IEnumerable<string> MessagesFor(string field) => Errors.ToDictionary().TryGetValue(field, out var m) ? m : [];
}
