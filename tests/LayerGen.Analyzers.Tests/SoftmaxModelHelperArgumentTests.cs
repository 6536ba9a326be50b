using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A helper that subtracts a shift it is given (<c>Shifted(v, m) =&gt; Math.Exp(v - m)</c>,
/// <c>Scaled(s, shift, factor) =&gt; Math.Exp((s - shift) * factor)</c>) is shifted by the caller's argument for that
/// parameter, whatever arithmetic of its parameters the exponent is and wherever the helper is declared: a batch-wide
/// peak passed as the shift is LG0001 exactly as <c>Math.Exp((x[r, c] - peak) * factor)</c> written inline is; each
/// row's own peak passed there is correct and silent.
/// </summary>
public class SoftmaxModelHelperArgumentTests
{
    /// <summary>Exponent shapes of a helper <c>E(v, m, c, d)</c> and a call of it: the shift <c>m</c> with data-free factors and offsets.</summary>
    private static readonly (string Exponent, string Call)[] ExponentShapes =
    {
        ("v - m", "E(x[r, c], peak, 1.0, 0.0)"),
        ("(v - m) * c", "E(x[r, c], peak, scale, 0.0)"),
        ("(v - m) / c", "E(x[r, c], peak, scale, 0.0)"),
        ("c * (v - m) + d", "E(x[r, c], peak, scale, 0.5)"),
        ("d + (v - m) * c", "E(x[r, c], peak, scale, 0.5)"),
        ("c * (v - m) - d", "E(x[r, c], peak, scale, 0.5)"),
        ("(v - m) * c / 2.0", "E(x[r, c], peak, scale, 0.0)"),
    };

    /// <summary>Where and how the helper <c>E</c> is declared (see <see cref="Batch"/>).</summary>
    private static readonly string[] PlacementNames =
    {
        "local function after the loops",
        "static local function after the loops",
        "local function before the loops",
        "local function after a return",
        "local function nested in a block",
        "block-bodied local function after the loops",
        "static method",
        "instance method",
        "arithmetic local function after the loops",
        "arithmetic static method",
    };

    public static TheoryData<string, string> Exponents()
    {
        var data = new TheoryData<string, string>();
        foreach (var (exponent, call) in ExponentShapes)
        {
            data.Add(exponent, call);
        }

        return data;
    }

    public static TheoryData<string, string, string> ExponentsByPlacement()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (exponent, call) in ExponentShapes)
        {
            foreach (var placement in PlacementNames)
            {
                data.Add(placement, exponent, call);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExponentsByPlacement))]
    public async Task BatchPeakPassedAsTheShift_IsLG0001(string placement, string exponent, string call)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Batch(placement, exponent, call, perRow: false)));
    }

    [Theory]
    [MemberData(nameof(ExponentsByPlacement))]
    public async Task RowPeakPassedAsTheShift_IsSilent(string placement, string exponent, string call)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Batch(placement, exponent, call, perRow: true)));
    }

    /// <summary>The same exponents written inline: the reference the helper forms must agree with.</summary>
    [Theory]
    [MemberData(nameof(Exponents))]
    public async Task InlineBatchPeak_IsLG0001(string exponent, string call)
    {
        _ = call;
        var inline = "Math.Exp(" + Inline(exponent, "x[r, c]", "peak", "scale", "0.5") + ")";
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Batch("none", exponent, inline, perRow: false)));
        Assert.Empty(await FixRunner.ReportedIdsAsync(Batch("none", exponent, inline, perRow: true)));
    }

    /// <summary>The helper called with nothing subtracted (0 as its shift) is raw logits: LG0003, as inline.</summary>
    [Theory]
    [InlineData("local function after the loops")]
    [InlineData("local function before the loops")]
    [InlineData("static method")]
    public async Task ZeroPassedAsTheShift_IsLG0003(string placement)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Batch(placement, "(v - m) * c", "E(x[r, c], 0.0, scale, 0.0)", perRow: true)));
    }

    /// <summary>The issue's two spellings, word for word: <c>Shifted(x[r, c], peak)</c> and <c>Scaled(s, shift, factor)</c>.</summary>
    [Theory]
    [InlineData("double Shifted(double v, double m) => Math.Exp(v - m);", "Shifted(x[r, c], peak)")]
    [InlineData("static double Scaled(double s, double shift, double factor) => Math.Exp((s - shift) * factor);", "Scaled(x[r, c], peak, 0.5)")]
    [InlineData("double Scaled(double s, double shift, double factor) { return Math.Exp((s - shift) / factor); }", "Scaled(x[r, c], peak, 2.0)")]
    public async Task IssueSpellings_BatchPeak_IsLG0001_RowPeak_IsSilent(string helper, string call)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(TrailingHelper(helper, call, perRow: false)));
        Assert.Empty(await FixRunner.ReportedIdsAsync(TrailingHelper(helper, call, perRow: true)));
    }

    /// <summary>
    /// Helpers that take the peak and do the whole normalisation, exp and division (<c>Normalize(row, peak)</c>): a batch
    /// peak passed to them is LG0001 as the same loops written inline are; each row's own peak is silent. (The same
    /// normaliser as a local function is a known gap: the caller's peak does not reach a local function's own folds.)
    /// </summary>
    private const string Normalizer =
        "private static void Normalize(double[] row, double[] output, double max) { double sum = 0; for (int c = 0; c < row.Length; c++) { output[c] = Math.Exp(row[c] - max); sum += output[c]; } for (int c = 0; c < row.Length; c++) output[c] /= sum; }";

    [Fact]
    public async Task NormalizerGivenTheBatchPeak_IsLG0001()
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(JaggedNormalizer("Normalize(x[r], y[r], peak);", Normalizer, perRow: false)));
    }

    [Fact]
    public async Task NormalizerGivenTheRowPeak_IsSilent()
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(JaggedNormalizer("Normalize(x[r], y[r], peak);", Normalizer, perRow: true)));
    }

    /// <summary>Jagged rows normalised by a call per row; the peak is each row's (<paramref name="perRow"/>) or the whole batch's.</summary>
    private static string JaggedNormalizer(string call, string helper, bool perRow) => $$"""
            using System;

            public class C
            {
                {{helper}}

                public void F(double[][] x, double[][] y)
                {
                    {{(perRow ? "" : "double peak = double.MinValue; foreach (var row in x) foreach (var v in row) peak = Math.Max(peak, v);")}}
                    for (int r = 0; r < x.Length; r++)
                    {
                        {{(perRow ? "double peak = double.MinValue; foreach (var v in x[r]) peak = Math.Max(peak, v);" : "")}}
                        {{call}}
                    }
                }
            }
            """;

    /// <summary>The helper's exponent written inline: each parameter replaced by its operand (<c>c</c> of <c>x[r, c]</c> kept).</summary>
    private static string Inline(string exponent, string v, string m, string c, string d) =>
        exponent.Replace("v", v.Replace("c", "§")).Replace("m", m).Replace("d", d).Replace("c", c).Replace("§", "c");

    /// <summary>The issue's layout: a [rows, cols] batch and the helper declared last in the method.</summary>
    private static string TrailingHelper(string helper, string call, bool perRow) => $$"""
        using System;

        public class C
        {
            public void F(double[,] x, double[,] y)
            {
                int rows = x.GetLength(0), cols = x.GetLength(1);
                {{(perRow ? "" : "double peak = double.MinValue; for (int q = 0; q < rows; q++) for (int c = 0; c < cols; c++) peak = Math.Max(peak, x[q, c]);")}}
                for (int r = 0; r < rows; r++)
                {
                    {{(perRow ? "double peak = double.MinValue; for (int c = 0; c < cols; c++) peak = Math.Max(peak, x[r, c]);" : "")}}
                    double sum = 0;
                    for (int c = 0; c < cols; c++) { y[r, c] = {{call}}; sum += y[r, c]; }
                    for (int c = 0; c < cols; c++) y[r, c] /= sum;
                }

                {{helper}}
            }
        }
        """;

    /// <summary>A [rows, cols] batch with a data-free <c>scale</c>; the peak is each row's (<paramref name="perRow"/>) or the whole batch's.</summary>
    private static string Batch(string placement, string exponent, string call, bool perRow)
    {
        var signature = "double v, double m, double c, double d";
        var expression = $"double E({signature}) => Math.Exp({exponent});";
        // A local function nested in a block is seen only inside it: it goes into the loop body that calls it.
        var (member, before, after, nested) = placement switch
        {
            "local function after the loops" => ("", "", expression, ""),
            "static local function after the loops" => ("", "", "static " + expression, ""),
            "local function before the loops" => ("", expression, "", ""),
            "local function after a return" => ("", "", "return;\n" + expression, ""),
            "local function nested in a block" => ("", "", "", expression),
            "block-bodied local function after the loops" => ("", "", $"double E({signature}) {{ return Math.Exp({exponent}); }}", ""),
            "static method" => ("private static " + expression, "", "", ""),
            "instance method" => ("private " + expression, "", "", ""),
            // The helper computes the exponent only; the caller takes the exp of what it returns.
            "arithmetic local function after the loops" => ("", "", $"double E({signature}) => {exponent};", ""),
            "arithmetic static method" => ($"private static double E({signature}) => {exponent};", "", "", ""),
            _ => ("", "", "", ""),
        };
        call = placement.StartsWith("arithmetic", StringComparison.Ordinal) ? $"Math.Exp({call})" : call;
        var batchPeak = perRow ? "" : "double peak = double.MinValue; for (int q = 0; q < rows; q++) for (int c = 0; c < cols; c++) peak = Math.Max(peak, x[q, c]);";
        var rowPeak = perRow ? "double peak = double.MinValue; for (int c = 0; c < cols; c++) peak = Math.Max(peak, x[r, c]);" : "";
        return $$"""
            using System;

            public class C
            {
                {{member}}

                public void F(double[,] x, double[,] y, double scale)
                {
                    {{before}}
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    {{batchPeak}}
                    for (int r = 0; r < rows; r++)
                    {
                        {{rowPeak}}
                        double sum = 0;
                        for (int c = 0; c < cols; c++) { y[r, c] = {{call}}; sum += y[r, c]; {{nested}} }
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }

                    {{after}}
                }
            }
            """;
    }
}
