using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// The adjoint of a row's maximum is left out only where the output provably does not depend on it (ShiftInvariance):
/// softmax, log-softmax and log-sum-exp written with a max shift have no <c>dMax</c>; every near miss, whose output does
/// depend on the maximum, keeps it; all pass the double gradient check (ties, large and negative inputs) through both
/// backward paths (the near misses on rows without ties: their outputs have a kink where two entries tie for the maximum).
/// </summary>
public class ShiftInvarianceTests
{
    private const string MaxAndSum = """
            double max = x[0];
            for (int i = 1; i < x.Length; i++)
            {
                if (x[i] > max) max = x[i];
            }

            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                sum += Math.Exp(x[i] - max);
            }

        """;

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

    private static string Row(string body, string output = "Span<double> y") =>
        "static void ForwardRow(ReadOnlySpan<double> x, " + output + ")\n{\n" + MaxAndSum + body + "\n}\n";

    public static TheoryData<string, string, int> Invariant() => new()
    {
        { "softmax", Softmax, 16 },
        { "softmax times the reciprocal of the sum",
            Row("    double inverse = 1 / sum;\n    for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i] - max) * inverse;"), 16 },
        { "softmax scaled by a constant", Row("    for (int i = 0; i < x.Length; i++) y[i] = 2 * Math.Exp(x[i] - max) / sum;"), 16 },
        { "log-softmax", Row("    double log = Math.Log(sum);\n    for (int i = 0; i < x.Length; i++) y[i] = x[i] - max - log;"), 16 },
        { "log-sum-exp", Row("    y[0] = max + Math.Log(sum);"), 1 },
        { "squared exps over their sum (a softmax of 2x)",
            Row("    double squares = 0;\n    for (int i = 0; i < x.Length; i++) squares += Math.Exp(x[i] - max) * Math.Exp(x[i] - max);\n"
                + "    for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i] - max) * Math.Exp(x[i] - max) / squares;"), 16 },
    };

    public static TheoryData<string, string, int> DependOnMaximum() => new()
    {
        { "unnormalised exp", Row("    for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i] - max);"), 16 },
        { "one added to the sum", Row("    for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i] - max) / (sum + 1);"), 16 },
        { "twice the shift in the exp", Row("    for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(2 * (x[i] - max)) / sum;"), 16 },
        { "the max added to the output", Row("    for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i] - max) / sum + max;"), 16 },
        { "a threshold on the shifted value",
            Row("    for (int i = 0; i < x.Length; i++) y[i] = x[i] - max > -1 ? Math.Exp(x[i] - max) / sum : 0;"), 16 },
        { "only half of y normalised",
            Row("    for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i] - max);\n    for (int i = 0; i < 8; i++) y[i] /= sum;"), 16 },
        { "log-sum-exp without the max added back", Row("    y[0] = Math.Log(sum);"), 1 },
        { "log-sum-exp with the max added twice", Row("    y[0] = max + Math.Log(sum) + max;"), 1 },
    };

    [Theory]
    [MemberData(nameof(Invariant))]
    public void Outputs_free_of_the_maximum_drop_its_adjoint_and_the_gradient_is_right(string what, string members, int outputs)
    {
        string generated = Generated(members, outputs);
        Assert.False(generated.Contains("dMax", StringComparison.Ordinal), what + ": the maximum's adjoint is still computed\n" + generated);
        CheckGradient(members, outputs);
    }

    [Theory]
    [MemberData(nameof(DependOnMaximum))]
    public void Outputs_that_depend_on_the_maximum_keep_its_adjoint_and_the_gradient_is_right(string what, string members, int outputs)
    {
        string generated = Generated(members, outputs);
        Assert.True(generated.Contains("dMax", StringComparison.Ordinal), what + ": the maximum's adjoint was dropped\n" + generated);
        // The output depends on the maximum, which has a kink where two entries tie for it: rows without ties.
        CheckGradient(members, outputs, ties: false);
    }

    private static string Generated(string members, int outputs)
    {
        LayerGen.Differentiation.Lowering.LoweringResult lowered = Lower(members, 16, outputs);
        Assert.True(lowered.Model is not null, "Not lowered: " + string.Join("; ", lowered.Problems));
        return Emit(lowered.Model!);
    }

    private static void CheckGradient(string members, int outputs, bool ties = true)
    {
        CompiledLayer<double> layer = Compile<double>(members, 16, outputs);
        int seed = 0;
        foreach (double[] x in GradientCheck.Rows(16, 11, large: true, ties))
        {
            GradientCheck.Verify(layer, x, [], seed++);
        }
    }
}
