namespace Konbit.Shared;

/// <summary>
/// The result of a write that both the API and the web forms perform: the saved value, validation messages by field,
/// or a refusal. The API maps it to typed HTTP results; a form shows the messages beside its fields.
/// </summary>
public sealed record Outcome<T>(T? Value, Errors? Invalid, bool Forbidden = false, bool NotFound = false)
{
    public static Outcome<T> Ok(T value) => new(value, null);
    public static Outcome<T> Fail(Errors errors) => new(default, errors);
    public static Outcome<T> Refused() => new(default, null, Forbidden: true);
    public static Outcome<T> Missing() => new(default, null, NotFound: true);
}
