// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
namespace LayerGen.Differentiation.Lowering;

/// <summary>The "what is supported" halves of the LG11xx messages, one place so messages and docs agree.</summary>
internal static class Supported
{
    public const string Statements =
        "supported statements are local declarations, assignments (=, +=, -=, *=, /=, ++, --), for and foreach loops " +
        "(and counting while loops), if/else, continue at the end of an if branch, blocks, span Clear/Fill/CopyTo on y and local buffers, " +
        "and local functions used as helpers";

    public const string Functions =
        "supported calls are Math/MathF (or float/double) Exp, Log, Sqrt, Tanh, Pow, Max, Min, Abs, Sin and Cos, " +
        "float/double (or Math/MathF where they exist) ExpM1, LogP1, Exp2, Log2, Log10, Cbrt, Sinh, Cosh, Atan, Asin and Acos, " +
        "FusedMultiplyAdd, CopySign, MaxMagnitude and MinMagnitude, " +
        "Floor, Ceiling, Truncate and Round (one argument; derivative 0), and Clamp and Sign (lowered to those)";

    public const string Helpers =
        "a helper is inlined when it is a static method in ForwardRow's file or a local function that returns float, double or int and takes " +
        "float, double or int values or span views; its body may hold what ForwardRow may, with return at its end or at the end of an if branch";

    public const string Writes =
        "ForwardRow may write only its output row, its own locals and local buffers (stackalloc or new T[n])";

    public const string Loops =
        "a loop must be 'for (int i = start; i < bound; i++)' (or <=, or counting down with > / >= and i--), or foreach over a span, " +
        "with start and bound computed from constants, span lengths, enclosing loop variables and integer locals the loop does not assign, " +
        "and i not assigned in the body";

    public const string CountingWhile =
        "a counting while loop, 'int i = start;' directly before 'while (i < bound) { …; i++; }', is a for loop";

    public const string Indices =
        "indices and integer locals must be computed from constants, span lengths, loop variables and integer locals " +
        "with + - * / % and ?:; integer locals may be reassigned (k++, k += s, best = i inside an if)";

    public const string Exits =
        "loops always run to their bound: use a condition inside the loop (if (x[i] > m) m = x[i];) instead of leaving early; " +
        "'continue' is supported as the last statement of an if or else branch directly in the loop body";

    public const string Expressions =
        "supported are float/double/bool locals, arithmetic (+ - * / unary -), comparisons, ?:, casts between float and double, " +
        "constants, reads of x, y, learnable parameters and local buffers";

    public const string Tables =
        "a table is read as constants when it is a private static readonly int, float or double array of the layer's type, initialised with " +
        "constants in its declaration ({ 0, 3, 1 } or [0, 3, 1]) and only read (Name[i], Name.Length, foreach) anywhere in the type";

    public const string Buffers =
        "a local buffer must be 'Span<T> name = stackalloc T[n];' or 'T[] name = new T[n];' with n known at compile time (a constant, " +
        "a span length, or an int local holding one: int n = x.Length;), so a length that changes per row or iteration is written as the " +
        "largest one needed and a part of it used; a span view is a window of x, y, a learnable or a buffer (y, x.Slice(a, n), x[a..b])";
}
