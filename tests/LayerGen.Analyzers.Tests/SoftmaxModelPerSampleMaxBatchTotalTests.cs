using static LayerGen.Analyzers.Tests.Verification.ReciprocalSnippets;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A max per sample over the classes with ONE total over every sample and class (HeldOut41's
/// <c>GradAccumulation_MiniBatchTotal</c>, reported LG0004 at the max): the max's dimensions (c, per n) are a strict
/// subset of the sum's (n and c), so the sum spans more than one of the max's slices: LG0002 at the sum, in every layout
/// (column-major flat <c>z[c * N + n]</c>, row-major flat, <c>double[N, C]</c>, <c>double[C, N]</c>) and loop order.
/// LG0004 stays for axes that differ: a max over c per n with a sum over n per c. Correct twins (a per-sample total
/// <c>total[n]</c> in both loop orders and layouts) stay silent. Markers <c>//~ LG000N</c> name the expected line.
/// </summary>
public class SoftmaxModelPerSampleMaxBatchTotalTests
{
    /// <summary>
    /// Per-sample maxima <c>maxes[n]</c> over the classes of <paramref name="at"/> (the element of sample n, class c),
    /// then <paramref name="sums"/> (exps into <c>e</c> at the same place, summed), then <paramref name="divide"/>.
    /// </summary>
    private static string Method(string parameters, string at, string sums, string divide) => $$"""
        static double[] F({{parameters}}, int N, int C) {
                var maxes = new double[N];
                for (int n = 0; n < N; n++) {
                    maxes[n] = double.NegativeInfinity;
                    for (int c = 0; c < C; c++) maxes[n] = Math.Max(maxes[n], {{at}});
                }
                var e = new double[N * C];
                {{sums}}
                {{divide}}
                return e;
            }
        """;

    private const string Flat = "double[] z";
    private const string ColumnMajor = "z[c * N + n]";
    private const string RowMajor = "z[n * C + c]";

    /// <summary>Exps at flat index <paramref name="index"/> (of z, or of a 2D z at <paramref name="at"/>) summed into one <c>total</c>, n outer or c outer.</summary>
    private static string OneTotal(string index, string at, bool sampleOuter, string marker = " //~ LG0002") =>
        (sampleOuter ? "double total = 0;\n        for (int n = 0; n < N; n++) for (int c = 0; c < C; c++) {" : "double total = 0;\n        for (int c = 0; c < C; c++) for (int n = 0; n < N; n++) {")
        + $"\n            e[{index}] = Math.Exp({at} - maxes[n]);\n            total += e[{index}];{marker}\n        }}";

    /// <summary>The same, summed per sample into <c>total[n]</c>.</summary>
    private static string PerSampleTotals(string index, string at, bool sampleOuter) =>
        (sampleOuter ? "var total = new double[N];\n        for (int n = 0; n < N; n++) for (int c = 0; c < C; c++) {" : "var total = new double[N];\n        for (int c = 0; c < C; c++) for (int n = 0; n < N; n++) {")
        + $"\n            e[{index}] = Math.Exp({at} - maxes[n]);\n            total[n] += e[{index}];\n        }}";

    private static string DivideAll(string index, string by) => $"for (int n = 0; n < N; n++) for (int c = 0; c < C; c++) e[{index}] /= {by};";

    public static TheoryData<string, string> Buggy() => new()
    {
        { "ColumnMajorSampleOuter", Method(Flat, ColumnMajor, OneTotal("c * N + n", ColumnMajor, true), DivideAll("c * N + n", "total")) },
        { "ColumnMajorClassOuter", Method(Flat, ColumnMajor, OneTotal("c * N + n", ColumnMajor, false), DivideAll("c * N + n", "total")) },
        { "RowMajorSampleOuter", Method(Flat, RowMajor, OneTotal("n * C + c", RowMajor, true), DivideAll("n * C + c", "total")) },
        { "RowMajorClassOuter", Method(Flat, RowMajor, OneTotal("n * C + c", RowMajor, false), DivideAll("n * C + c", "total")) },
        { "TwoDimSamplesFirst", Method("double[,] z", "z[n, c]", OneTotal("n * C + c", "z[n, c]", false), DivideAll("n * C + c", "total")) },
        { "TwoDimClassesFirst", Method("double[,] z", "z[c, n]", OneTotal("c * N + n", "z[c, n]", true), DivideAll("c * N + n", "total")) },
        // Max over c per sample, sum over the samples per class: different axes, LG0004 at the max.
        {
            "ColumnMajorClassSums", """
            static double[] F(double[] z, int N, int C) {
                var maxes = new double[N];
                for (int n = 0; n < N; n++) {
                    maxes[n] = double.NegativeInfinity;
                    for (int c = 0; c < C; c++) maxes[n] = Math.Max(maxes[n], z[c * N + n]); //~ LG0004
                }
                var e = new double[N * C];
                var sums = new double[C];
                for (int n = 0; n < N; n++) for (int c = 0; c < C; c++) { e[c * N + n] = Math.Exp(z[c * N + n] - maxes[n]); sums[c] += e[c * N + n]; }
                for (int n = 0; n < N; n++) for (int c = 0; c < C; c++) e[c * N + n] /= sums[c];
                return e;
            }
            """
        },
    };

    public static TheoryData<string, string> Correct() => new()
    {
        { "ColumnMajorSampleOuter", Method(Flat, ColumnMajor, PerSampleTotals("c * N + n", ColumnMajor, true), DivideAll("c * N + n", "total[n]")) },
        { "ColumnMajorClassOuter", Method(Flat, ColumnMajor, PerSampleTotals("c * N + n", ColumnMajor, false), DivideAll("c * N + n", "total[n]")) },
        { "RowMajorSampleOuter", Method(Flat, RowMajor, PerSampleTotals("n * C + c", RowMajor, true), DivideAll("n * C + c", "total[n]")) },
        { "RowMajorClassOuter", Method(Flat, RowMajor, PerSampleTotals("n * C + c", RowMajor, false), DivideAll("n * C + c", "total[n]")) },
        { "TwoDimSamplesFirst", Method("double[,] z", "z[n, c]", PerSampleTotals("n * C + c", "z[n, c]", false), DivideAll("n * C + c", "total[n]")) },
        { "TwoDimClassesFirst", Method("double[,] z", "z[c, n]", PerSampleTotals("c * N + n", "z[c, n]", true), DivideAll("c * N + n", "total[n]")) },
    };

    [Theory]
    [MemberData(nameof(Buggy))]
    public async Task PerSampleMaxWithOneBatchTotal_IsTheSumsFinding(string name, string body)
    {
        _ = name;
        var source = Wrap(body);
        Assert.Equal(Expected(source), await Reported(source));
    }

    [Theory]
    [MemberData(nameof(Correct))]
    public async Task CorrectTwins_StaySilent(string name, string body)
    {
        _ = name;
        Assert.Equal(string.Empty, await Reported(Wrap(body)));
    }
}
