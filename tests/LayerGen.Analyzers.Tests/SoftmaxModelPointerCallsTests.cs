using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Calls through a function pointer or delegate of one known value read as calls of that method, and two-value combiners
/// as folds (HeldOut82's blind misses <c>FunctionPointer_RawFlatFloat</c>, <c>PointerCombiner_MaxNeverReset</c>,
/// <c>DelegateField_ClassPeaks</c>, <c>MethodGroup_RunningTotal</c>): <c>delegate*&lt;float, float&gt; e = &amp;MathF.Exp</c>,
/// <c>Func&lt;float, float&gt; e = MathF.Exp</c>, a <c>static readonly</c> delegate field, a pointer to an exp helper are the
/// exp; <c>&amp;MathF.Max</c> and a user <c>Larger(a, b) =&gt; a &gt; b ? a : b</c> are a max; a user
/// <c>Plus(a, b) =&gt; a + b</c> (direct, as a method group or through a pointer) is a sum. Each bug has a correct twin
/// that stays silent, and a pointer or delegate of no one known value is not guessed.
/// </summary>
public class SoftmaxModelPointerCallsTests
{
    /// <summary>
    /// Spellings of an exp of one value: the declaration (<c>{t}</c> element type, <c>{E}</c> the system exp) placed in the
    /// method or the class, and the call's callee.
    /// </summary>
    public static TheoryData<string, string, string, string> ExpSpellings => new()
    {
        { "delegate*<{t}, {t}> e = &{E};", "", "e", "float" },
        { "delegate*<{t}, {t}> e = &{E};", "", "e", "double" },
        { "Func<{t}, {t}> e = {E};", "", "e", "float" },
        { "", "private static readonly Func<{t}, {t}> Ex = {E};", "Ex", "double" },
        { "", "private static readonly delegate*<{t}, {t}> Ex = &{E};", "Ex", "float" },
        { "delegate* managed<{t}, {t}> e = &Grow;", "private static {t} Grow({t} v) => {E}(v);", "e", "double" },
        { "var e = new Func<{t}, {t}>(Grow);", "private static {t} Grow({t} v) => {E}(v);", "e", "float" },
    };

    /// <summary>
    /// Flat row-major and jagged rows: an exp of the raw logits through the spelling is LG0003 at the exp (logits near
    /// 1000 overflow); the same exp of the logits shifted by their row max is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(ExpSpellings))]
    public async Task ExpThroughPointerOrDelegate_RawIsLG0003_ShiftedSilent(string local, string member, string callee, string type)
    {
        string S(string text) => text.Replace("{t}", type).Replace("{E}", type == "float" ? "MathF.Exp" : "Math.Exp");
        var source = $$"""
            using System;

            public static unsafe class Repro
            {
                {{S(member)}}

                public static void FlatRaw({{type}}[] x, {{type}}[] y, int cols)
                {
                    {{S(local)}}
                    for (int o = 0; o < x.Length; o += cols)
                    {
                        {{type}} s = 0;
                        for (int j = 0; j < cols; j++) s += y[o + j] = {{callee}}(x[o + j]); //~ LG0003
                        for (int j = 0; j < cols; j++) y[o + j] /= s;
                    }
                }

                public static void FlatShifted({{type}}[] x, {{type}}[] y, int cols)
                {
                    {{S(local)}}
                    for (int o = 0; o < x.Length; o += cols)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int j = 0; j < cols; j++) if (x[o + j] > m) m = x[o + j];
                        {{type}} s = 0;
                        for (int j = 0; j < cols; j++) s += y[o + j] = {{callee}}(x[o + j] - m);
                        for (int j = 0; j < cols; j++) y[o + j] /= s;
                    }
                }

                public static {{type}}[][] JaggedShifted({{type}}[][] x)
                {
                    {{S(local)}}
                    var y = new {{type}}[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        foreach (var v in x[r]) m = Math.Max(m, v);
                        y[r] = new {{type}}[x[r].Length];
                        {{type}} s = 0;
                        for (int j = 0; j < x[r].Length; j++) s += y[r][j] = {{callee}}(x[r][j] - m);
                        for (int j = 0; j < x[r].Length; j++) y[r][j] /= s;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Class-major flat buffer (sample b's class c at <c>c * batch + b</c>) with the exp through the spelling: a per-class
    /// peak with per-sample sums is LG0004 at the fold (hidden before: no exp was seen); the per-sample peak is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(ExpSpellings))]
    public async Task ExpThroughPointerOrDelegate_ClassPeaksAreLG0004_SamplePeaksSilent(string local, string member, string callee, string type)
    {
        string S(string text) => text.Replace("{t}", type).Replace("{E}", type == "float" ? "MathF.Exp" : "Math.Exp");
        var source = $$"""
            using System;

            public static unsafe class Repro
            {
                {{S(member)}}

                public static {{type}}[] ClassPeaks({{type}}[] z, int classes, int batch)
                {
                    {{S(local)}}
                    var peak = new {{type}}[classes];
                    var norm = new {{type}}[batch];
                    var p = new {{type}}[z.Length];
                    for (int c = 0; c < classes; c++)
                    {
                        peak[c] = {{type}}.NegativeInfinity;
                        for (int b = 0; b < batch; b++) peak[c] = Math.Max(peak[c], z[c * batch + b]); //~ LG0004
                    }
                    for (int c = 0; c < classes; c++)
                        for (int b = 0; b < batch; b++)
                            norm[b] += p[c * batch + b] = {{callee}}(z[c * batch + b] - peak[c]);
                    for (int i = 0; i < p.Length; i++) p[i] /= norm[i % batch];
                    return p;
                }

                public static {{type}}[] SamplePeaks({{type}}[] z, int classes, int batch)
                {
                    {{S(local)}}
                    var p = new {{type}}[z.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        {{type}} peak = {{type}}.NegativeInfinity;
                        for (int c = 0; c < classes; c++) peak = Math.Max(peak, z[c * batch + b]);
                        {{type}} norm = 0;
                        for (int c = 0; c < classes; c++) norm += p[c * batch + b] = {{callee}}(z[c * batch + b] - peak);
                        for (int c = 0; c < classes; c++) p[c * batch + b] /= norm;
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Spellings of a max combiner: the declaration in the method, the member it needs, and the fold's callee.</summary>
    public static TheoryData<string, string, string, string> MaxSpellings => new()
    {
        { "delegate*<{t}, {t}, {t}> pick = &{M};", "", "pick", "float" },
        { "delegate*<{t}, {t}, {t}> pick = &Larger;", "private static {t} Larger({t} a, {t} b) => a > b ? a : b;", "pick", "double" },
        { "", "private static {t} Larger({t} a, {t} b) => a > b ? a : b;", "Larger", "float" },
        { "Func<{t}, {t}, {t}> pick = Larger;", "private static {t} Larger({t} a, {t} b) => {M}(a, b);", "pick", "double" },
        { "", "private static readonly Func<{t}, {t}, {t}> Pick = {M};", "Pick", "float" },
    };

    /// <summary>
    /// Flat row-major rows: a max folded through the combiner and never reset spans every earlier row, LG0001 at the
    /// fold; reset per row it is silent. Spans and the jagged layout give the same reading.
    /// </summary>
    [Theory]
    [MemberData(nameof(MaxSpellings))]
    public async Task MaxThroughCombiner_NeverResetIsLG0001_PerRowSilent(string local, string member, string callee, string type)
    {
        string S(string text) => text.Replace("{t}", type).Replace("{M}", type == "float" ? "MathF.Max" : "Math.Max");
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var source = $$"""
            using System;

            public static unsafe class Repro
            {
                {{S(member)}}

                public static {{type}}[] NeverReset(ReadOnlySpan<{{type}}> x, int width)
                {
                    {{S(local)}}
                    var y = new {{type}}[x.Length];
                    {{type}} peak = {{type}}.NegativeInfinity;
                    for (int start = 0; start < x.Length; start += width)
                    {
                        for (int k = start; k < start + width; k++) peak = {{callee}}(peak, x[k]); //~ LG0001
                        {{type}} total = 0;
                        for (int k = start; k < start + width; k++) total += y[k] = {{exp}}(x[k] - peak);
                        for (int k = start; k < start + width; k++) y[k] /= total;
                    }
                    return y;
                }

                public static {{type}}[] PerRow(ReadOnlySpan<{{type}}> x, int width)
                {
                    {{S(local)}}
                    var y = new {{type}}[x.Length];
                    for (int start = 0; start < x.Length; start += width)
                    {
                        {{type}} peak = {{type}}.NegativeInfinity;
                        for (int k = start; k < start + width; k++) peak = {{callee}}(peak, x[k]);
                        {{type}} total = 0;
                        for (int k = start; k < start + width; k++) total += y[k] = {{exp}}(x[k] - peak);
                        for (int k = start; k < start + width; k++) y[k] /= total;
                    }
                    return y;
                }

                public static {{type}}[][] JaggedPerRow({{type}}[][] x)
                {
                    {{S(local)}}
                    var y = new {{type}}[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        {{type}} peak = {{type}}.NegativeInfinity;
                        foreach (var v in x[r]) peak = {{callee}}(v, peak);
                        y[r] = new {{type}}[x[r].Length];
                        {{type}} total = 0;
                        for (int j = 0; j < x[r].Length; j++) total += y[r][j] = {{exp}}(x[r][j] - peak);
                        for (int j = 0; j < x[r].Length; j++) y[r][j] /= total;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Spellings of a sum combiner: the declaration in the method, the member it needs, and the callee.</summary>
    public static TheoryData<string, string, string, string> SumSpellings => new()
    {
        { "", "private static {t} Plus({t} a, {t} b) => a + b;", "Plus", "float" },
        { "Func<{t}, {t}, {t}> plus = Plus;", "private static {t} Plus({t} a, {t} b) => a + b;", "plus", "float" },
        { "delegate*<{t}, {t}, {t}> plus = &Plus;", "private static {t} Plus({t} a, {t} b) { return (b + a); }", "plus", "double" },
        { "", "private static readonly Func<{t}, {t}, {t}> Add = Plus; private static {t} Plus({t} a, {t} b) => a + b;", "Add", "double" },
    };

    /// <summary>
    /// Jagged rows and a flat buffer: a sum through the combiner declared above the row loop and never reset is LG0002 at
    /// the accumulation; reset per row it is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(SumSpellings))]
    public async Task SumThroughCombiner_NeverResetIsLG0002_PerRowSilent(string local, string member, string callee, string type)
    {
        string S(string text) => text.Replace("{t}", type);
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var source = $$"""
            using System;

            public static unsafe class Repro
            {
                {{S(member)}}

                public static {{type}}[][] NeverReset({{type}}[][] x)
                {
                    {{S(local)}}
                    var y = new {{type}}[x.Length][];
                    {{type}} total = 0;
                    for (int r = 0; r < x.Length; r++)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        foreach (var v in x[r]) m = Math.Max(m, v);
                        y[r] = new {{type}}[x[r].Length];
                        for (int j = 0; j < x[r].Length; j++)
                        {
                            y[r][j] = {{exp}}(x[r][j] - m);
                            total = {{callee}}(total, y[r][j]); //~ LG0002
                        }
                        for (int j = 0; j < y[r].Length; j++) y[r][j] /= total;
                    }
                    return y;
                }

                public static {{type}}[][] PerRow({{type}}[][] x)
                {
                    {{S(local)}}
                    var y = new {{type}}[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        foreach (var v in x[r]) m = Math.Max(m, v);
                        y[r] = new {{type}}[x[r].Length];
                        {{type}} total = 0;
                        for (int j = 0; j < x[r].Length; j++)
                        {
                            y[r][j] = {{exp}}(x[r][j] - m);
                            total = {{callee}}(total, y[r][j]);
                        }
                        for (int j = 0; j < y[r].Length; j++) y[r][j] /= total;
                    }
                    return y;
                }

                public static void FlatPerRow({{type}}[] x, {{type}}[] y, int cols)
                {
                    {{S(local)}}
                    for (int o = 0; o < x.Length; o += cols)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int j = 0; j < cols; j++) m = Math.Max(m, x[o + j]);
                        {{type}} total = 0;
                        for (int j = 0; j < cols; j++) total = {{callee}}(y[o + j] = {{exp}}(x[o + j] - m), total);
                        for (int j = 0; j < cols; j++) y[o + j] /= total;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// The HeldOut82 <c>ManagedPointer_ClassPeaks</c> shape: a <c>delegate* managed</c> pointer to a private helper that
    /// exponentiates its first parameter shifted by its second. Per-class peaks are LG0004 at the fold; the per-row peak
    /// passed to the same pointer is silent.
    /// </summary>
    [Fact]
    public async Task PointerToShiftedExpHelper_ClassPeaksAreLG0004_RowPeakSilent()
    {
        var source = """
            using System;

            public static unsafe class Repro
            {
                private static double Shifted(double v, double m) => Math.Exp(v - m);

                public static double[,] ClassPeaks(double[,] logits)
                {
                    delegate* managed<double, double, double> e = &Shifted;
                    int n = logits.GetLength(0), k = logits.GetLength(1);
                    var peak = new double[k];
                    Array.Fill(peak, double.NegativeInfinity);
                    for (int i = 0; i < n; i++)
                        for (int c = 0; c < k; c++)
                            peak[c] = Math.Max(peak[c], logits[i, c]); //~ LG0004
                    var result = new double[n, k];
                    for (int i = 0; i < n; i++)
                    {
                        double norm = 0;
                        for (int c = 0; c < k; c++) norm += result[i, c] = e(logits[i, c], peak[c]);
                        for (int c = 0; c < k; c++) result[i, c] /= norm;
                    }
                    return result;
                }

                public static double[,] RowPeak(double[,] logits)
                {
                    delegate* managed<double, double, double> e = &Shifted;
                    int n = logits.GetLength(0), k = logits.GetLength(1);
                    var result = new double[n, k];
                    for (int i = 0; i < n; i++)
                    {
                        double peak = double.NegativeInfinity;
                        for (int c = 0; c < k; c++) peak = Math.Max(peak, logits[i, c]);
                        double norm = 0;
                        for (int c = 0; c < k; c++) norm += result[i, c] = e(logits[i, c], peak);
                        for (int c = 0; c < k; c++) result[i, c] /= norm;
                    }
                    return result;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// No value is guessed: a delegate re-assigned to another method, a pointer given as a parameter and a combiner that
    /// is no plain sum or max (<c>a + 2 * b</c>, <c>a &gt; b ? a - b : 0</c>) leave the code unread: silent, no AD0001.
    /// </summary>
    [Fact]
    public async Task UnknownTargetsAreNotGuessed()
    {
        var source = """
            using System;

            public static unsafe class Repro
            {
                private static float Weighted(float a, float b) => a + 2 * b;
                private static float Gap(float a, float b) => a > b ? a - b : 0;
                private static float Half(float v) => v / 2;

                public static void Reassigned(float[] x, float[] y, int cols, bool soft)
                {
                    Func<float, float> e = MathF.Exp;
                    if (soft) e = Half;
                    for (int o = 0; o < x.Length; o += cols)
                    {
                        float s = 0;
                        for (int j = 0; j < cols; j++) s += y[o + j] = e(x[o + j]);
                        for (int j = 0; j < cols; j++) y[o + j] /= s;
                    }
                }

                public static void Parameter(float[] x, float[] y, int cols, delegate*<float, float> e)
                {
                    for (int o = 0; o < x.Length; o += cols)
                    {
                        float s = 0;
                        for (int j = 0; j < cols; j++) s += y[o + j] = e(x[o + j]);
                        for (int j = 0; j < cols; j++) y[o + j] /= s;
                    }
                }

                public static float[][] OtherCombiners(float[][] x)
                {
                    var y = new float[x.Length][];
                    float total = 0, peak = float.NegativeInfinity;
                    for (int r = 0; r < x.Length; r++)
                    {
                        foreach (var v in x[r]) peak = Gap(peak, v);
                        float m = float.NegativeInfinity;
                        foreach (var v in x[r]) m = MathF.Max(m, v);
                        y[r] = new float[x[r].Length];
                        for (int j = 0; j < x[r].Length; j++)
                        {
                            y[r][j] = MathF.Exp(x[r][j] - m);
                            total = Weighted(total, y[r][j]);
                        }
                        float s = 0;
                        for (int j = 0; j < y[r].Length; j++) s += y[r][j];
                        for (int j = 0; j < y[r].Length; j++) y[r][j] /= s;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
