using Konbit.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Konbit.Accounts;

/// <summary>A signed-in user changes their password (an initial one from `konbit users add`, say).</summary>
public sealed class PasswordModel(UserManager<KonbitUser> users, SignInManager<KonbitUser> signIn, Actor actor) : PageModel
{
    [BindProperty] public string? Current { get; set; }
    [BindProperty] public string? New { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    public List<string> Problems { get; } = [];
    public bool Changed { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (string.IsNullOrEmpty(Current) || string.IsNullOrEmpty(New)) Problems.Add("Both the current and the new password are required.");
        else if (New != Confirm) Problems.Add("The new password and its confirmation differ.");
        if (Problems.Count > 0) return Page();

        actor.ActAs(user.Email ?? "user");
        // A wrong current password counts towards lockout, as at sign-in: a borrowed session cannot be used to guess it.
        if (await users.IsLockedOutAsync(user)) { Problems.Add("Too many failed attempts: try again later."); return Page(); }
        var result = await users.ChangePasswordAsync(user, Current!, New!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "PasswordMismatch")) await users.AccessFailedAsync(user);
            Problems.AddRange(result.Errors.Select(e => e.Code == "PasswordMismatch" ? "The current password is wrong." : e.Description));
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}
