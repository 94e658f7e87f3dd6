using System.Runtime.InteropServices;

namespace Konbit.Data;

/// <summary>
/// The SQLite calls that the bulk paths (the import's binding, the CSV export's reading) make once per value, declared
/// directly on the bundled e_sqlite3 library with raw statement handles. SQLitePCL's wrappers go through an interface
/// and marshal a SafeHandle on every call (two interlocked operations), which at 30 values a row cost more than
/// SQLite's own work. These calls are short and never block or call back, so they also skip the GC transition.
/// Statements are still prepared, stepped and finalized through SQLitePCL.
/// </summary>
static unsafe partial class SqliteNative
{
    const string Library = "e_sqlite3";
    public const int Integer = 1, Float = 2, Text = 3, Blob = 4, Null = 5;
    /// <summary>SQLITE_TRANSIENT: SQLite copies the bound bytes, so the caller's buffer can be reused at once.</summary>
    public static readonly nint Transient = -1;

    [LibraryImport(Library), SuppressGCTransition] public static partial int sqlite3_column_type(nint statement, int column);
    [LibraryImport(Library), SuppressGCTransition] public static partial byte* sqlite3_column_blob(nint statement, int column);
    [LibraryImport(Library), SuppressGCTransition] public static partial int sqlite3_column_bytes(nint statement, int column);
    [LibraryImport(Library), SuppressGCTransition] public static partial long sqlite3_column_int64(nint statement, int column);
    [LibraryImport(Library), SuppressGCTransition] public static partial double sqlite3_column_double(nint statement, int column);

    [LibraryImport(Library), SuppressGCTransition] public static partial int sqlite3_bind_int64(nint statement, int index, long value);
    [LibraryImport(Library), SuppressGCTransition] public static partial int sqlite3_bind_double(nint statement, int index, double value);
    [LibraryImport(Library), SuppressGCTransition] public static partial int sqlite3_bind_null(nint statement, int index);
    [LibraryImport(Library), SuppressGCTransition] public static partial int sqlite3_bind_text(nint statement, int index, byte* text, int bytes, nint destructor);

    /// <summary>The bytes of a text or blob value (valid until the statement moves on).</summary>
    public static ReadOnlySpan<byte> Bytes(nint statement, int column)
    {
        var start = sqlite3_column_blob(statement, column); // before _bytes, as SQLite's documentation asks
        return new ReadOnlySpan<byte>(start, sqlite3_column_bytes(statement, column));
    }

    public static int BindText(nint statement, int index, ReadOnlySpan<byte> text)
    {
        fixed (byte* p = text) return sqlite3_bind_text(statement, index, p, text.Length, Transient);
    }
}
