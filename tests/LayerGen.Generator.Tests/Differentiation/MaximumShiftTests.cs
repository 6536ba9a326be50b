using System.Text.RegularExpressions;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// The exp adjoint's guard against 0 · ∞ is left out only where the exp's argument is provably x[j] - max(x)
/// (MaximumShift): the generated code of a stable softmax has none, every near miss keeps it, and all of them pass the
/// double gradient check (ties, large and negative inputs).
/// </summary>
public partial class MaximumShiftTests
{
    private const string Softmax = """
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double max = x[0];
            for (int i = 1; i < x.Length; i++)
            {
                if (x[i] > max) max = x[i];
            }

            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = Math.Exp(x[i] - max);
                sum += y[i];
            }

            for (int i = 0; i < x.Length; i++)
            {
                y[i] /= sum;
            }
        }
        """;

    // A guarded exp adjoint: the scalar `(g == 0.0 ? 0.0 : g * v)` or the lanes' ConditionalSelect(Equals(g, Zero), …).
    [GeneratedRegex(@"\(g\d* == 0(\.0)?d? \?|ConditionalSelect\(global::System\.Runtime\.Intrinsics\.Vector256\.Equals\(g")]
    private static partial Regex Guard();

    private static string Generated(string members)
    {
        LayerGen.Differentiation.Lowering.LoweringResult lowered = Lower(members, 16, 16);
        Assert.True(lowered.Model is not null, "Not lowered: " + string.Join("; ", lowered.Problems));
        return Emit(lowered.Model!);
    }

    private static void CheckGradient(string members, bool large = true)
    {
        CompiledLayer<double> layer = Compile<double>(members, 16, 16);
        int seed = 0;
        foreach (double[] x in GradientCheck.Rows(16, 11, large, ties: true))
        {
            GradientCheck.Verify(layer, x, [], seed++);
        }
    }

    [Fact]
    public void A_stable_softmax_has_no_guard_and_its_gradient_is_right()
    {
        Assert.DoesNotMatch(Guard(), Generated(Softmax));
        CheckGradient(Softmax);
    }

    public static TheoryData<string, string, bool> Variants() => new()
    {
        // (what changes, the edit, still provably ≤ 0)
        { "max from 0 with any start value", "double max = x[0];\n    for (int i = 1;|double max = -1000;\n    for (int i = 0;", true },
        { "max seeded with -1000, the loop from 1: x[0] may be larger", "double max = x[0];|double max = -1000;", false },
        { "the loop skips x[1]", "for (int i = 1; i < x.Length; i++)\n    {\n        if|for (int i = 2; i < x.Length; i++)\n    {\n        if", false },
        { "a minimum, not a maximum", "if (x[i] > max)|if (x[i] < max)", false },
        { "max changed after the loop", "double sum = 0;|max = max - 1;\n    double sum = 0;", false },
        { "max read before the loop", "for (int i = 1; i < x.Length; i++)\n    {\n        if|y[0] = Math.Exp(x[1] - max);\n    for (int i = 1; i < x.Length; i++)\n    {\n        if", false },
        { "not only the shift", "Math.Exp(x[i] - max)|Math.Exp(x[i] - max + 0.5)", false },
        { "an int converted from data reads max after the loop", "double sum = 0;|int k = (int)Math.Abs(max * 0);\n    double sum = k;", true },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Near_misses_keep_the_guard_and_every_gradient_is_right(string what, string edit, bool unguarded)
    {
        string[] parts = edit.Split('|');
        string members = Softmax.ReplaceLineEndings("\n").Replace(parts[0], parts[1], StringComparison.Ordinal);
        Assert.True(members != Softmax.ReplaceLineEndings("\n"), "the edit did not apply: " + what);
        string generated = Generated(members);
        if (unguarded)
        {
            Assert.DoesNotMatch(Guard(), generated);
        }
        else
        {
            Assert.Matches(Guard(), generated);
        }

        // A minimum shift overflows at large inputs (the forward is NaN there): checked on moderate rows only.
        CheckGradient(members, large: !what.StartsWith("a minimum", StringComparison.Ordinal));
    }
}
