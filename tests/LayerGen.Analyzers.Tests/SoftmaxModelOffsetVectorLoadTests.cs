using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Lane folds over vector loads at an element offset from a reference (HeldOut72's pinned misses
/// <c>LaneMax128_JaggedCarriedLanes</c>, <c>ShuffleTreeMax_WholeBufferDouble</c>, <c>ClassPeaks256_JaggedClassMajor</c>):
/// <c>acc = Vector256.Max(acc, Vector256.LoadUnsafe(ref r0, (nuint)j))</c> folds the elements the loads cover, as the
/// scalar loop <c>m = Math.Max(m, r0[j])</c> does, merged by the horizontal reduction. A lane max over the whole buffer
/// is LG0001 at the fold, one carried across rows LG0001 and one along the batch with per-sample sums LG0004 (both at
/// the lane fold, which the scalar tail continues); per-row lane maxima
/// (reset per row, or lanes over samples in a class-major buffer) stay silent.
/// </summary>
public class SoftmaxModelOffsetVectorLoadTests
{
    /// <summary>Vector type spellings: the width's static class, the element type, <c>Math</c>/<c>MathF</c>.</summary>
    public static TheoryData<string, string, string> Widths => new()
    {
        { "Vector128", "float", "MathF" },
        { "Vector256", "double", "Math" },
        { "Vector256", "float", "MathF" },
        { "Vector512", "double", "Math" },
    };

    /// <summary>
    /// Flat row-major: one lane max over the whole buffer (<c>GetArrayDataReference</c>) is LG0001 at the fold (rows
    /// [0, …] and [−1000, …]: the second row's exps underflow, 0 / 0); the same fold per row, through a row reference
    /// <c>ref Unsafe.Add(ref x0, r * cols)</c> or at <c>r * cols + j</c>, is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Widths))]
    public async Task FlatRows_WholeBufferLaneMaxIsLG0001_PerRowLaneMaxSilent(string vec, string t, string math)
    {
        var source = $$"""
            using System;
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;
            using System.Runtime.Intrinsics;

            public static class Repro
            {
                public static void Whole({{t}}[] x, {{t}}[] y, int cols)
                {
                    ref {{t}} x0 = ref MemoryMarshal.GetArrayDataReference(x);
                    {{vec}}<{{t}}> acc = {{vec}}.Create({{t}}.NegativeInfinity);
                    int i = 0;
                    for (; i + {{vec}}<{{t}}>.Count <= x.Length; i += {{vec}}<{{t}}>.Count)
                        acc = {{vec}}.Max(acc, {{vec}}.LoadUnsafe(ref x0, (nuint)i)); //~ LG0001
                    {{t}} m = {{t}}.NegativeInfinity;
                    for (int k = 0; k < {{vec}}<{{t}}>.Count; k++) m = {{math}}.Max(m, acc.GetElement(k));
                    for (; i < x.Length; i++) m = {{math}}.Max(m, x[i]);
                    for (int r = 0; r < x.Length / cols; r++)
                    {
                        {{t}} s = 0;
                        for (int c = 0; c < cols; c++) { y[r * cols + c] = {{math}}.Exp(x[r * cols + c] - m); s += y[r * cols + c]; }
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= s;
                    }
                }

                public static void RowRef({{t}}[] x, {{t}}[] y, int rows, int cols)
                {
                    ref {{t}} x0 = ref MemoryMarshal.GetArrayDataReference(x);
                    for (int r = 0; r < rows; r++)
                    {
                        ref {{t}} row = ref Unsafe.Add(ref x0, r * cols);
                        {{vec}}<{{t}}> acc = {{vec}}.Create({{t}}.NegativeInfinity);
                        int j = 0;
                        for (; j + {{vec}}<{{t}}>.Count <= cols; j += {{vec}}<{{t}}>.Count)
                            acc = {{vec}}.Max(acc, {{vec}}.LoadUnsafe(ref row, (nuint)j));
                        {{t}} m = {{t}}.NegativeInfinity;
                        for (int k = 0; k < {{vec}}<{{t}}>.Count; k++) m = {{math}}.Max(m, acc[k]);
                        for (; j < cols; j++) m = {{math}}.Max(m, x[r * cols + j]);
                        {{t}} s = 0;
                        for (int c = 0; c < cols; c++) { y[r * cols + c] = {{math}}.Exp(x[r * cols + c] - m); s += y[r * cols + c]; }
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= s;
                    }
                }

                public static void RowOffset({{t}}[] x, {{t}}[] y, int rows, int cols)
                {
                    ref {{t}} x0 = ref MemoryMarshal.GetArrayDataReference(x);
                    for (int r = 0; r < rows; r++)
                    {
                        {{vec}}<{{t}}> acc = {{vec}}.Create({{t}}.NegativeInfinity);
                        int j = 0;
                        for (; j + {{vec}}<{{t}}>.Count <= cols; j += {{vec}}<{{t}}>.Count)
                            acc = {{vec}}.Max(acc, {{vec}}.LoadUnsafe(ref x0, (nuint)(r * cols + j)));
                        {{t}} m = {{t}}.NegativeInfinity;
                        for (int k = 0; k < {{vec}}<{{t}}>.Count; k++) m = {{math}}.Max(m, acc.GetElement(k));
                        for (; j < cols; j++) m = {{math}}.Max(m, x[r * cols + j]);
                        {{t}} s = 0;
                        for (int c = 0; c < cols; c++) { y[r * cols + c] = {{math}}.Exp(x[r * cols + c] - m); s += y[r * cols + c]; }
                        for (int c = 0; c < cols; c++) y[r * cols + c] /= s;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Jagged rows through <c>MemoryMarshal.GetReference(span)</c>: lanes created once before the row loop carry every
    /// earlier row (LG0001); reset per row, silent. The carried max is reported at the lane fold, where the walk the
    /// scalar tail finishes starts (LaneTailWalks.cs; HeldOut72's <c>LaneMax128_JaggedCarriedLanes</c>).
    /// </summary>
    [Theory]
    [MemberData(nameof(Widths))]
    public async Task JaggedRows_CarriedLanesAreLG0001_ResetLanesSilent(string vec, string t, string math)
    {
        string Body(string reset, string marker) => $$"""
                    var p = new {{t}}[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        ReadOnlySpan<{{t}}> row = x[r];
                        ref {{t}} start = ref MemoryMarshal.GetReference(row);
                        {{reset}}
                        int k = 0;
                        while (k + {{vec}}<{{t}}>.Count <= row.Length)
                        {
                            lanes = {{vec}}.Max(lanes, {{vec}}.LoadUnsafe(ref start, (nuint)k));{{marker}}
                            k += {{vec}}<{{t}}>.Count;
                        }
                        {{t}} m = {{t}}.NegativeInfinity;
                        for (int l = 0; l < {{vec}}<{{t}}>.Count; l++) m = {{math}}.Max(m, lanes[l]);
                        for (; k < row.Length; k++) if (row[k] > m) m = row[k];
                        p[r] = new {{t}}[row.Length];
                        {{t}} z = 0;
                        for (int j = 0; j < row.Length; j++) { p[r][j] = {{math}}.Exp(row[j] - m); z += p[r][j]; }
                        for (int j = 0; j < row.Length; j++) p[r][j] /= z;
                    }
                    return p;
            """;
        var create = $"{vec}<{t}> lanes = {vec}.Create({t}.NegativeInfinity);";
        var source = $$"""
            using System;
            using System.Runtime.InteropServices;
            using System.Runtime.Intrinsics;

            public static class Repro
            {
                public static {{t}}[][] Carried({{t}}[][] x)
                {
                    {{create}}
            {{Body("", " //~ LG0001")}}
                }

                public static {{t}}[][] Reset({{t}}[][] x)
                {
            {{Body(create, "")}}
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Class-major jagged <c>z[classes][batch]</c>: a lane max along <c>z[c]</c> (over the batch) with per-sample sums is
    /// LG0004, reported at the lane fold the scalar tail continues (HeldOut72's <c>ClassPeaks256_JaggedClassMajor</c>);
    /// class-major flat <c>z[c * batch + b]</c>
    /// with lanes over samples, folded over the class loop, is eight per-sample maxima and silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Widths))]
    public async Task ClassMajor_PeakAlongBatchIsLG0004_LanesOverSamplesSilent(string vec, string t, string math)
    {
        var source = $$"""
            using System;
            using System.Runtime.InteropServices;
            using System.Runtime.Intrinsics;

            public static class Repro
            {
                public static {{t}}[][] PerClass({{t}}[][] z)
                {
                    int classes = z.Length, batch = z[0].Length;
                    var peak = new {{t}}[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        ref {{t}} zc = ref MemoryMarshal.GetArrayDataReference(z[c]);
                        var fold = {{vec}}.Create({{t}}.NegativeInfinity);
                        int b = 0;
                        for (; b + {{vec}}<{{t}}>.Count <= batch; b += {{vec}}<{{t}}>.Count)
                            fold = {{vec}}.Max(fold, {{vec}}.LoadUnsafe(ref zc, (nuint)b)); //~ LG0004
                        {{t}} best = {{t}}.NegativeInfinity;
                        for (int l = 0; l < {{vec}}<{{t}}>.Count; l++) best = {{math}}.Max(best, fold.GetElement(l));
                        for (; b < batch; b++) best = {{math}}.Max(best, z[c][b]);
                        peak[c] = best;
                    }
                    var p = new {{t}}[classes][];
                    for (int c = 0; c < classes; c++) p[c] = new {{t}}[batch];
                    for (int b = 0; b < batch; b++)
                    {
                        {{t}} sum = 0;
                        for (int c = 0; c < classes; c++) { p[c][b] = {{math}}.Exp(z[c][b] - peak[c]); sum += p[c][b]; }
                        for (int c = 0; c < classes; c++) p[c][b] /= sum;
                    }
                    return p;
                }

                public static void SamplesInLanes({{t}}[] z, {{t}}[] y, int classes, int batch)
                {
                    ref {{t}} z0 = ref MemoryMarshal.GetArrayDataReference(z);
                    int w = {{vec}}<{{t}}>.Count;
                    for (int b = 0; b + w <= batch; b += w)
                    {
                        var m = {{vec}}.Create({{t}}.NegativeInfinity);
                        for (int c = 0; c < classes; c++) m = {{vec}}.Max(m, {{vec}}.LoadUnsafe(ref z0, (nuint)(c * batch + b)));
                        for (int l = 0; l < w; l++)
                        {
                            {{t}} s = 0;
                            for (int c = 0; c < classes; c++) { y[c * batch + b + l] = {{math}}.Exp(z[c * batch + b + l] - m.GetElement(l)); s += y[c * batch + b + l]; }
                            for (int c = 0; c < classes; c++) y[c * batch + b + l] /= s;
                        }
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Broken code around an offset load (an unknown reference, a missing offset) never throws: the analyzer reports no
    /// AD0001.
    /// </summary>
    [Fact]
    public async Task BrokenOffsetLoads_NeverThrow()
    {
        const string source = """
            using System;
            using System.Runtime.Intrinsics;

            public static class Repro
            {
                public static void Broken(float[] x, float[] y)
                {
                    var acc = Vector256.Create(float.NegativeInfinity);
                    for (int i = 0; i < x.Length; i += 8) acc = Vector256.Max(acc, Vector256.LoadUnsafe(ref missing, (nuint)i));
                    for (int i = 0; i < x.Length; i += 8) acc = Vector256.Max(acc, Vector256.LoadUnsafe(ref x[0], ));
                    float m = Vector256.Max(acc, acc).ToScalar();
                    for (int i = 0; i < x.Length; i++) y[i] = MathF.Exp(x[i] - m);
                }
            }
            """;
        var compilation = FixRunner.CompileRecreation(source);
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
