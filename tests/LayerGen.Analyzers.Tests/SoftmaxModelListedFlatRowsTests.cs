using static LayerGen.Analyzers.Tests.Verification.ReciprocalSnippets;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A flat buffer taken from a list of rows is split into strides exactly as a plain flat array is (HeldOut41's
/// <c>GradAccumulation_MiniBatchTotal</c>): <c>z = miniBatches[b]</c> holds column-major logits <c>z[c * N + n]</c>, so
/// a per-sample max over the classes (stride N) with ONE total over every sample and class is LG0002 at the sum, not
/// LG0004 at the max. The same whatever expression produced the buffer: a <c>List&lt;double[]&gt;</c>, a jagged array,
/// an <c>IReadOnlyList&lt;double[]&gt;</c>, a dictionary value, a <c>foreach</c> row. Correct twins (a total per sample,
/// in either loop order) stay silent; a max per class over the batch with a sum per sample stays LG0004.
/// </summary>
public class SoftmaxModelListedFlatRowsTests
{
    /// <summary>A method taking <paramref name="parameter"/>, walking mini-batches with <paramref name="head"/>, <c>z</c> bound by <paramref name="row"/>, body <paramref name="body"/>.</summary>
    private static string Method(string parameter, string head, string row, string body) => $$"""
        static void F({{parameter}}, int classes, int N, List<double[]> outputs) {
                {{head}}
                {
                    {{row}}
                    var maxes = new double[N];
                    var e = new double[classes * N];
                    {{body}}
                    outputs.Add(e);
                }
            }
        """;

    private const string PerSampleMax = """
        for (int n = 0; n < N; n++) {
                        maxes[n] = double.NegativeInfinity;
                        for (int c = 0; c < classes; c++) maxes[n] = Math.Max(maxes[n], z[c * N + n]);
                    }
        """;

    /// <summary>One total over every sample and class (the bug).</summary>
    private const string OneTotal = PerSampleMax + """

                    double total = 0;
                    for (int n = 0; n < N; n++)
                        for (int c = 0; c < classes; c++) {
                            e[c * N + n] = Math.Exp(z[c * N + n] - maxes[n]);
                            total += e[c * N + n]; //~ LG0002
                        }
                    for (int i = 0; i < e.Length; i++) e[i] /= total;
        """;

    /// <summary>A total per sample, samples outer (correct).</summary>
    private const string SampleTotals = PerSampleMax + """

                    for (int n = 0; n < N; n++) {
                        double total = 0;
                        for (int c = 0; c < classes; c++) { e[c * N + n] = Math.Exp(z[c * N + n] - maxes[n]); total += e[c * N + n]; }
                        for (int c = 0; c < classes; c++) e[c * N + n] /= total;
                    }
        """;

    /// <summary>A total per sample kept in an array, classes outer (correct).</summary>
    private const string SampleTotalsClassesOuter = PerSampleMax + """

                    var totals = new double[N];
                    for (int c = 0; c < classes; c++)
                        for (int n = 0; n < N; n++) { e[c * N + n] = Math.Exp(z[c * N + n] - maxes[n]); totals[n] += e[c * N + n]; }
                    for (int c = 0; c < classes; c++)
                        for (int n = 0; n < N; n++) e[c * N + n] /= totals[n];
        """;

    /// <summary>A max per class over the batch, a sum per sample (LG0004 at the max).</summary>
    private const string ClassPeak = """
        var peak = new double[classes];
                    for (int c = 0; c < classes; c++) {
                        peak[c] = double.NegativeInfinity;
                        for (int n = 0; n < N; n++) peak[c] = Math.Max(peak[c], z[c * N + n]); //~ LG0004
                    }
                    for (int n = 0; n < N; n++) {
                        double total = 0;
                        for (int c = 0; c < classes; c++) { e[c * N + n] = Math.Exp(z[c * N + n] - peak[c]); total += e[c * N + n]; }
                        for (int c = 0; c < classes; c++) e[c * N + n] /= total;
                    }
        """;

    /// <summary>(name, parameter, loop head binding z) for each way of producing the flat row.</summary>
    private static readonly (string Name, string Parameter, string Head, string Row)[] Sources =
    {
        ("Plain", "double[] batch", "for (int b = 0; b < 1; b++)", "double[] z = batch;"),
        ("List", "List<double[]> miniBatches", "for (int b = 0; b < miniBatches.Count; b++)", "double[] z = miniBatches[b];"),
        ("Jagged", "double[][] miniBatches", "for (int b = 0; b < miniBatches.Length; b++)", "var z = miniBatches[b];"),
        ("ReadOnlyList", "IReadOnlyList<double[]> miniBatches", "for (int b = 0; b < miniBatches.Count; b++)", "var z = miniBatches[b];"),
        ("DictionaryKeys", "Dictionary<string, double[]> miniBatches", "foreach (var key in miniBatches.Keys)", "var z = miniBatches[key];"),
        ("DictionaryPairs", "Dictionary<int, double[]> miniBatches", "foreach (var pair in miniBatches)", "var z = pair.Value;"),
        ("Foreach", "List<double[]> miniBatches", "foreach (var z in miniBatches)", string.Empty),
        ("WhileList", "List<double[]> miniBatches", "int b = 0; while (b < miniBatches.Count)", "var z = miniBatches[b++];"),
    };

    private static TheoryData<string, string> For(string body)
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, parameter, head, row) in Sources)
        {
            data.Add(name, Method(parameter, head, row, body));
        }

        return data;
    }

    public static TheoryData<string, string> OneTotalCases() => For(OneTotal);

    public static TheoryData<string, string> ClassPeakCases() => For(ClassPeak);

    public static TheoryData<string, string> CorrectCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, parameter, head, row) in Sources)
        {
            data.Add(name + "_SamplesOuter", Method(parameter, head, row, SampleTotals));
            data.Add(name + "_ClassesOuter", Method(parameter, head, row, SampleTotalsClassesOuter));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OneTotalCases))]
    public async Task PerSampleMaxWithOneTotal_IsLG0002AtTheSum(string name, string body)
    {
        _ = name;
        var source = Wrap(body);
        Assert.Equal(Expected(source), await Reported(source));
    }

    [Theory]
    [MemberData(nameof(ClassPeakCases))]
    public async Task ClassPeakOverTheBatch_IsLG0004AtTheMax(string name, string body)
    {
        _ = name;
        var source = Wrap(body);
        Assert.Equal(Expected(source), await Reported(source));
    }

    [Theory]
    [MemberData(nameof(CorrectCases))]
    public async Task PerSampleTotals_StaySilent(string name, string body)
    {
        _ = name;
        Assert.Equal(string.Empty, await Reported(Wrap(body)));
    }
}
