// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// The "what is supported" halves of the LG11xx messages, one place so messages, the rules' help texts
/// (DiagnosticDescriptors) and docs/custom-layers.md agree (SupportedMessageTests checks the docs' table against them).
/// </summary>
internal static class Supported
{
    public const string Statements =
        "supported statements are local declarations, assignments (=, +=, -=, *=, /=, ++, --), for and foreach loops, counting while and do loops, " +
        "if/else, switch, continue at the end of an if branch, an early-return guard (if (c) { …; return; }), blocks, span Clear/Fill/CopyTo on y and local buffers " +
        "(typed as spans or arrays: array.CopyTo(y), Array.Fill(array, v), Array.Clear(array), Array.Copy(s, si, t, di, n); a float or double table copied in: Table.AsSpan().CopyTo(buffer)), " +
        "tuple deconstruction of a tuple literal or of a helper returning one ((z[j], z[j + 1]) = (z[j + 1], z[j]); var (mean, std) = MeanAndStd(x);), " +
        "an assignment to a real local used as a value (c[i] = s += x[i];), " +
        "calls of helpers as statements, and local functions used as helpers";

    public const string Functions =
        "supported calls are Math/MathF (or float/double) Exp, Log, Sqrt, Tanh, Pow, Max, Min, Abs, Sin and Cos, " +
        "float/double (or Math/MathF where they exist) ExpM1, LogP1, Exp2, Log2, Log10, Cbrt, Sinh, Cosh, Tan, Atan, Asin, Acos, Atan2, Hypot, Asinh, Acosh and Atanh, " +
        "FusedMultiplyAdd, CopySign, MaxMagnitude and MinMagnitude, ScaleB, " +
        "Floor, Ceiling, Truncate and Round (also Round(v, digits); derivative 0), and Clamp and Sign (lowered to those)";

    public const string Helpers =
        "a helper is inlined when it is a static method in ForwardRow's file or a local function that returns float, double or int (or a tuple of them, deconstructed) and takes " +
        "float, double or int values, span views or constant tables as ReadOnlySpan<T>, and float or double by ref, out or in (aliased to the caller's local or element: " +
        "double o = Tick(v, ref s1, ref s2); Polar(a, b, out var r, out _);); a void helper (or any helper) called as a statement runs in place, writing through its Span " +
        "parameters into the caller's views (Cross(a, b, y.Slice(0, 3));); a helper that writes a span, ref or out parameter and returns a value is the whole value of its " +
        "statement (double m = Centre(x, d);); a helper with statements in a branch of ?:, a switch arm or its when guard, or right of && or || runs with its choice, hoisted as an if; " +
        "its body may hold what ForwardRow may (the same loops), with return at its end or at the end of an if branch";

    public const string Switches =
        "a switch is supported over a real or int value with constant and relational patterns (0, < 1.5, >= 0 and < 1, not 0, 1 or 2), " +
        "an optional when guard and, in a switch expression, a final '_ => value' arm; a switch section ends in break (also inside a block, " +
        "or in each arm of an if), in continue inside a loop, or in return among ForwardRow's own statements or in a helper; " +
        "instead of goto case, write the shared statements in each section (or in a helper each calls)";

    public const string Writes =
        "ForwardRow may write only its output row y (also adding into it, y[i % 3] += v;, as y starts every row at zero), " +
        "its own locals and local buffers (stackalloc or new T[n])";

    public const string Loops =
        "a loop must be 'for (int i = start; i < bound; i++)' (or <=, counting down with > / >= and i--, a constant step i += k or i -= k, " +
        "a condition with an offset such as i + k < n, further incrementors such as 'i++, j += 2'), foreach over a span, or a counting while " +
        "or do loop ('int i = start;' directly before 'while (i < bound) { …; i += k; }' or 'do { …; i++; } while (i < bound);', also nested " +
        "in a loop body; the step may stand anywhere in the body, also in 'for (int i = start; i < bound;) { …; i++; … }', and runs exactly " +
        "once per pass), or a while over two or more counters its body steps by constants (while (left < right) { …; left++; right--; }), " +
        "with start and bound computed from constants, span lengths, enclosing loop variables and integer locals the loop " +
        "does not assign, and i not assigned in the body otherwise";

    public const string Indices =
        "indices and integer locals must be computed from constants, span lengths, loop variables and integer locals " +
        "with + - * / %, the bit operators << >> >>> & | ^ ~ (by any such count: 1 << k with k a loop variable), ^k from the end of any span, buffer or table, ?:, Math.Max, Min, Clamp and Abs of ints and (int) of Math calls on such integers (int bucket = (int)Math.Log(d / 4.0);); integer locals may be reassigned (k++, k += s, y[k++] = v, best = i inside an if) and may hold a value " +
        "converted from data (int k = (int)t;), which indexes like any other";

    public const string Exits =
        "loops always run to their bound: use a condition inside the loop (if (x[i] > m) m = x[i];, Math.Max or ?:) instead of leaving early; " +
        "'continue' is supported in the loop body, its blocks, if branches and switch sections (the rest of the body becomes the other branch), and 'return;' " +
        "among ForwardRow's own statements, their blocks, if branches and switch sections (if (norm == 0) { y.Clear(); return; } makes the rest of the row its else), " +
        "not inside an inner loop";

    public const string Expressions =
        "supported are float/double/bool locals, arithmetic (+ - * / unary -), comparisons, &&, ||, !, ?:, casts between float and double, " +
        "constants, reads of x, y, learnable parameters, local buffers and constant tables, static float/double fields (read as run-time constants, " +
        "derivative 0), int ?: on data used as a real (v > 0 ? 1 : 0) and guards double.IsNaN, IsFinite, IsInfinity, IsPositiveInfinity, IsNegativeInfinity (float too)";

    public const string Tables =
        "a table is read as constants when it is a private static readonly int, float or double array of the layer's type, initialised with " +
        "constants in its declaration ({ 0, 3, 1 }, new[] { … } or [0, 3, 1]) and only read (Name[i], Name[^1], Name.Length, foreach, as a ReadOnlySpan<T>: " +
        "passed to a helper, held in a local, Name[a..b] or a window of it, or copied out: Name.AsSpan().CopyTo(buffer)) anywhere in the type; tables are read-only, " +
        "so a helper that writes one takes a copy in a local buffer";

    public const string Buffers =
        "a local buffer must be 'Span<T> name = stackalloc T[n];' or 'T[] name = new T[n];' (or var; T float or double, also the other type than the row's) with n known at compile time (a constant, " +
        "a span length, or an int local holding one: int n = x.Length;), so a length that changes per row or iteration is written as the " +
        "largest one needed and a part of it used; a span view is a window of x, y, a learnable or a buffer (y, x.Slice(a, n), x[a..b], q[^1], array.AsSpan(a..b)); " +
        "a span or buffer local is never reassigned: to move a window, index it with an offset (x[i + k]) or declare the view inside the loop " +
        "(var w = x.Slice(i, 3);); " +
        "a range of an array (array[a..b]) is a copy, not a view";

    public const string TapeSize =
        "loops must run at most 50,000,000 iterations per row in all, with bounds that divide by no zero and read no integer computed from data";
}
