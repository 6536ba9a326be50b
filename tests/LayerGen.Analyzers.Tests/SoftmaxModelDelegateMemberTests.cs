using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A fold through a delegate of one known value is the fold of that method: <c>peaks[c] = Fold(peaks[c], v)</c> with
/// <c>Fold { get; init; } = MathF.Max</c>, a readonly field set in the constructor, a static lambda field or a delegate
/// local (HeldOut74's blind miss <c>FuncField_ClassPeakProperty</c>: per-class peaks with per-sample sums were LG0003 at
/// the exp instead of LG0004 at the fold). Per-sample peaks through the same delegates stay silent; a delegate member
/// given two different values in the file is not read as either.
/// </summary>
public class SoftmaxModelDelegateMemberTests
{
    /// <summary>
    /// Spellings of a delegate <c>Fold</c> that is a max: the member (or nothing), the constructor's statement (or
    /// nothing), the local declared in each method (or nothing); <c>{t}</c> is the element type, <c>{M}</c> its math class.
    /// </summary>
    public static TheoryData<string, string, string, string> MaxDelegates => new()
    {
        { "public Func<{t}, {t}, {t}> Fold { get; init; } = {M}.Max;", "", "", "float" },
        { "private readonly Func<{t}, {t}, {t}> Fold = {M}.Max;", "", "", "double" },
        { "private readonly Func<{t}, {t}, {t}> Fold;", "Fold = {M}.Max;", "", "double" },
        { "private static readonly Func<{t}, {t}, {t}> Fold = (a, b) => a > b ? a : b;", "", "", "float" },
        { "public Func<{t}, {t}, {t}> Fold { get; } = (a, b) => {M}.Max(a, b);", "", "", "double" },
        { "", "", "Func<{t}, {t}, {t}> Fold = {M}.Max;", "float" },
        { "", "", "var Fold = new Func<{t}, {t}, {t}>({M}.Max);", "double" },
    };

    /// <summary>
    /// Jagged <c>x[batch][classes]</c>, softmax per sample: a peak per class (along the batch) with per-sample sums is
    /// LG0004 at the fold (x = [[0, 1000], [1000, 0]]: every shifted logit is -1000 in one place, exp gives 0 / 0); the
    /// per-sample peak through the same delegate is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(MaxDelegates))]
    public async Task Jagged_PerClassPeakThroughDelegateIsLG0004_PerSampleSilent(string member, string constructor, string local, string type)
    {
        var source = Class(member, constructor, type, $$"""
                public {{type}}[][] PerSample({{type}}[][] x)
                {
                    {{local}}
                    int classes = x[0].Length;
                    var y = new {{type}}[x.Length][];
                    for (int n = 0; n < x.Length; n++)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int c = 0; c < classes; c++) m = Fold(m, x[n][c]);
                        y[n] = new {{type}}[classes];
                        {{type}} z = 0;
                        for (int c = 0; c < classes; c++) { y[n][c] = {M}.Exp(x[n][c] - m); z += y[n][c]; }
                        for (int c = 0; c < classes; c++) y[n][c] /= z;
                    }
                    return y;
                }

                public {{type}}[][] PerClass({{type}}[][] x)
                {
                    {{local}}
                    int classes = x[0].Length;
                    var peaks = new {{type}}[classes];
                    Array.Fill(peaks, {{type}}.NegativeInfinity);
                    foreach ({{type}}[] sample in x)
                        for (int c = 0; c < classes; c++)
                            peaks[c] = Fold(peaks[c], sample[c]); //~ LG0004
                    var y = new {{type}}[x.Length][];
                    for (int n = 0; n < x.Length; n++)
                    {
                        y[n] = new {{type}}[classes];
                        {{type}} z = 0;
                        for (int c = 0; c < classes; c++) { y[n][c] = {M}.Exp(x[n][c] - peaks[c]); z += y[n][c]; }
                        for (int c = 0; c < classes; c++) y[n][c] /= z;
                    }
                    return y;
                }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Column-major <c>z[classes, batch]</c>, softmax down each column: the peak per class (along a row of z) is LG0004;
    /// the per-column peak through the same delegate is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(MaxDelegates))]
    public async Task ColumnMajor_PerClassPeakThroughDelegateIsLG0004_PerColumnSilent(string member, string constructor, string local, string type)
    {
        var source = Class(member, constructor, type, $$"""
                public {{type}}[,] PerColumn({{type}}[,] z)
                {
                    {{local}}
                    var (classes, batch) = (z.GetLength(0), z.GetLength(1));
                    var p = new {{type}}[classes, batch];
                    for (int b = 0; b < batch; b++)
                    {
                        {{type}} peak = {{type}}.NegativeInfinity;
                        for (int c = 0; c < classes; c++) peak = Fold(peak, z[c, b]);
                        {{type}} sum = 0;
                        for (int c = 0; c < classes; c++) sum += p[c, b] = {M}.Exp(z[c, b] - peak);
                        for (int c = 0; c < classes; c++) p[c, b] /= sum;
                    }
                    return p;
                }

                public {{type}}[,] PerClass({{type}}[,] z)
                {
                    {{local}}
                    var (classes, batch) = (z.GetLength(0), z.GetLength(1));
                    var peak = new {{type}}[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        peak[c] = {{type}}.NegativeInfinity;
                        for (int b = 0; b < batch; b++)
                            peak[c] = Fold(peak[c], z[c, b]); //~ LG0004
                    }
                    var p = new {{type}}[classes, batch];
                    for (int b = 0; b < batch; b++)
                    {
                        {{type}} sum = 0;
                        for (int c = 0; c < classes; c++) sum += p[c, b] = {M}.Exp(z[c, b] - peak[c]);
                        for (int c = 0; c < classes; c++) p[c, b] /= sum;
                    }
                    return p;
                }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Flat row-major <c>x[rows * cols]</c>: one peak over the whole batch folded through the delegate is LG0001 at the
    /// fold (rows 1000 apart: the low row's exps all underflow); the per-row peak is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(MaxDelegates))]
    public async Task Flat_BatchPeakThroughDelegateIsLG0001_PerRowSilent(string member, string constructor, string local, string type)
    {
        var source = Class(member, constructor, type, $$"""
                public void PerRow({{type}}[] x, {{type}}[] y, int cols)
                {
                    {{local}}
                    for (int o = 0; o < x.Length; o += cols)
                    {
                        {{type}} m = x[o];
                        for (int j = 1; j < cols; j++) m = Fold(m, x[o + j]);
                        {{type}} s = 0;
                        for (int j = 0; j < cols; j++) { y[o + j] = {M}.Exp(x[o + j] - m); s += y[o + j]; }
                        for (int j = 0; j < cols; j++) y[o + j] /= s;
                    }
                }

                public void WholeBatch({{type}}[] x, {{type}}[] y, int cols)
                {
                    {{local}}
                    {{type}} m = {{type}}.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) m = Fold(m, x[i]); //~ LG0001
                    for (int o = 0; o < x.Length; o += cols)
                    {
                        {{type}} s = 0;
                        for (int j = 0; j < cols; j++) { y[o + j] = {M}.Exp(x[o + j] - m); s += y[o + j]; }
                        for (int j = 0; j < cols; j++) y[o + j] /= s;
                    }
                }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A delegate member the file gives two values (<c>MathF.Max</c> at its declaration, <c>MathF.Min</c> in a
    /// <c>with</c>-style setter) is not a known max: the per-class fold through it is judged as before (the exp of
    /// values shifted by unknown peaks), never as LG0004 at the fold.
    /// </summary>
    [Fact]
    public async Task DelegateGivenTwoValues_IsNotReadAsAMax()
    {
        var source = """
            using System;

            public sealed class K
            {
                public Func<float, float, float> Fold { get; set; } = MathF.Max;

                public void UseMinimum() => Fold = MathF.Min;

                public float[][] PerClass(float[][] x)
                {
                    int classes = x[0].Length;
                    var peaks = new float[classes];
                    Array.Fill(peaks, float.NegativeInfinity);
                    foreach (float[] sample in x)
                        for (int c = 0; c < classes; c++)
                            peaks[c] = Fold(peaks[c], sample[c]);
                    var y = new float[x.Length][];
                    for (int n = 0; n < x.Length; n++)
                    {
                        y[n] = new float[classes];
                        float z = 0;
                        for (int c = 0; c < classes; c++) { y[n][c] = MathF.Exp(x[n][c] - peaks[c]); z += y[n][c]; }
                        for (int c = 0; c < classes; c++) y[n][c] /= z;
                    }
                    return y;
                }
            }
            """;
        Assert.DoesNotContain("LG0004@16", await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    private static string Class(string member, string constructor, string type, string methods)
    {
        var math = type == "float" ? "MathF" : "Math";
        string Fill(string text) => text.Replace("{t}", type).Replace("{M}", math);
        return Fill($$"""
            using System;

            public sealed class K
            {
                {{member}}

                public K() { {{constructor}} }

            {{methods}}
            }
            """);
    }
}
