using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A vector lane accumulator and the scalar tail that finishes its walk are one fold (SoftmaxModel.LaneTailWalks.cs;
/// HeldOut72 <c>LaneMax128_JaggedCarriedLanes</c>, <c>ClassPeaks256_JaggedClassMajor</c>): a wrong max is reported at the
/// lane fold, where the walk starts, not at the tail. <c>Vector&lt;T&gt;</c> lanes carried across jagged rows and
/// <c>Vector256</c> lanes carried across the rows of a flat buffer (merged by <c>GetLower</c>/<c>GetUpper</c>) are
/// LG0001; a lane fold along a class row of a class-major buffer with per-sample sums is LG0004. Lanes reset per row are
/// silent. Numerical labels: the carried lanes give 0/0 for a row
/// 1000 below the previous one; the class peaks give wrong (or NaN) distributions for samples 1000 apart.
/// </summary>
public class SoftmaxModelLaneTailWalkTests
{
    /// <summary>Element types with their math class.</summary>
    public static TheoryData<string, string> Types => new()
    {
        { "float", "MathF" },
        { "double", "Math" },
    };

    /// <summary><c>Vector&lt;T&gt;</c> lanes over jagged rows: created before the row loop (LG0001 at the lane fold) or per row (silent).</summary>
    [Theory]
    [MemberData(nameof(Types))]
    public async Task VectorT_JaggedRows_CarriedLanesAreLG0001AtTheLaneFold(string t, string math)
    {
        string Body(string reset, string marker) => $$"""
                    var p = new {{t}}[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        ReadOnlySpan<{{t}}> row = x[r];
                        ref {{t}} start = ref MemoryMarshal.GetReference(row);
                        {{reset}}
                        int k = 0;
                        for (; k + Vector<{{t}}>.Count <= row.Length; k += Vector<{{t}}>.Count)
                            lanes = Vector.Max(lanes, Vector.LoadUnsafe(ref start, (nuint)k));{{marker}}
                        {{t}} m = {{t}}.NegativeInfinity;
                        for (int l = 0; l < Vector<{{t}}>.Count; l++) m = {{math}}.Max(m, lanes[l]);
                        for (; k < row.Length; k++) m = {{math}}.Max(m, row[k]);
                        p[r] = new {{t}}[row.Length];
                        {{t}} z = 0;
                        for (int j = 0; j < row.Length; j++) { p[r][j] = {{math}}.Exp(row[j] - m); z += p[r][j]; }
                        for (int j = 0; j < row.Length; j++) p[r][j] /= z;
                    }
                    return p;
            """;
        var create = $"Vector<{t}> lanes = new Vector<{t}>({t}.NegativeInfinity);";
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            using System.Numerics;
            using System.Runtime.InteropServices;

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
            """);
    }

    /// <summary>
    /// Flat row-major rows through <c>ref Unsafe.Add(ref x0, r * cols)</c>, Vector256 lanes merged by halving and a scalar
    /// tail: carried across rows, LG0001 at the lane fold; reset per row, silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Types))]
    public async Task Vector256_FlatRows_CarriedLanesAreLG0001AtTheLaneFold(string t, string math)
    {
        string Body(string reset, string marker) => $$"""
                    ref {{t}} x0 = ref MemoryMarshal.GetArrayDataReference(x);
                    for (int r = 0; r < x.Length / cols; r++)
                    {
                        ref {{t}} row = ref Unsafe.Add(ref x0, r * cols);
                        {{reset}}
                        int c = 0;
                        while (c + Vector256<{{t}}>.Count <= cols)
                        {
                            lanes = Vector256.Max(lanes, Vector256.LoadUnsafe(ref row, (nuint)c));{{marker}}
                            c += Vector256<{{t}}>.Count;
                        }
                        var half = Vector128.Max(lanes.GetLower(), lanes.GetUpper());
                        {{t}} m = half.GetElement(0);
                        for (int l = 1; l < Vector128<{{t}}>.Count; l++) m = {{math}}.Max(m, half.GetElement(l));
                        for (; c < cols; c++) if (x[r * cols + c] > m) m = x[r * cols + c];
                        {{t}} z = 0;
                        for (int j = 0; j < cols; j++) { y[r * cols + j] = {{math}}.Exp(x[r * cols + j] - m); z += y[r * cols + j]; }
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= z;
                    }
            """;
        var create = $"Vector256<{t}> lanes = Vector256.Create({t}.NegativeInfinity);";
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;
            using System.Runtime.Intrinsics;

            public static class Repro
            {
                public static void Carried({{t}}[] x, {{t}}[] y, int cols)
                {
                    {{create}}
            {{Body("", " //~ LG0001")}}
                }

                public static void Reset({{t}}[] x, {{t}}[] y, int cols)
                {
            {{Body(create, "")}}
                }
            }
            """);
    }

    /// <summary>
    /// Class-major jagged <c>z[classes][batch]</c> with <c>Vector&lt;T&gt;</c> lanes along <c>z[c]</c> (over the batch),
    /// per-sample sums: LG0004 at the lane fold.
    /// </summary>
    [Theory]
    [MemberData(nameof(Types))]
    public async Task VectorT_ClassMajor_PeakAlongBatchIsLG0004AtTheLaneFold(string t, string math)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync($$"""
            using System;
            using System.Numerics;
            using System.Runtime.InteropServices;

            public static class Repro
            {
                public static {{t}}[][] PerClass({{t}}[][] z)
                {
                    int classes = z.Length, batch = z[0].Length;
                    var peak = new {{t}}[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        ref {{t}} zc = ref MemoryMarshal.GetArrayDataReference(z[c]);
                        var fold = new Vector<{{t}}>({{t}}.NegativeInfinity);
                        int b = 0;
                        for (; b + Vector<{{t}}>.Count <= batch; b += Vector<{{t}}>.Count)
                            fold = Vector.Max(fold, Vector.LoadUnsafe(ref zc, (nuint)b)); //~ LG0004
                        {{t}} best = {{t}}.NegativeInfinity;
                        for (int l = 0; l < Vector<{{t}}>.Count; l++) best = {{math}}.Max(best, fold[l]);
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

            }
            """);
    }
}
