using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Per-slice resets that the control-flow graph alone does not see as certain. (1) A keyed max or sum buffer
/// (<c>m[r]</c> over the inner index of an <c>[outer, axis, inner]</c> block) reset by a loop at the top of each outer
/// slice: the graph lets the reset loop run zero times, yet a loop that writes every element the fold reads (the same
/// key, over the fold's whole index range) kills the previous slice's values exactly like <c>Array.Fill</c>. Partial
/// resets (one element short, every other element, from 1, another key) and resets hoisted out of the outer loop stay
/// LG0001/LG0002. (2) A flat running max or sum reset at the START of each slice (<c>i % cols == 0</c>, a remainder
/// local, a column counter at 0) and stored at the slice's END: one slice per stored value; wrong periods or offsets
/// (<c>i % cols == 1</c>) stay reported.
/// </summary>
public class SoftmaxModelSliceResetLoopTests
{
    /// <summary>
    /// Softmax along the middle axis of <c>[outer, axis, inner]</c> with keyed buffers <c>m[r]</c>, <c>s[r]</c>;
    /// <c>{before}</c> runs before the outer loop, <c>{max}</c>/<c>{sum}</c> at the top of each outer slice.
    /// </summary>
    private const string Strided = """
        using System;
        static class C {
            static void F(float[] x, int outer, int axis, int inner, float[] y) {
                var m = new float[inner];
                var s = new float[inner];
        {before}
                for (int o = 0; o < outer; o++) {
        {max}
                    for (int a = 0; a < axis; a++) for (int r = 0; r < inner; r++) m[r] = MathF.Max(m[r], x[(o * axis + a) * inner + r]);
        {sum}
                    for (int a = 0; a < axis; a++) for (int r = 0; r < inner; r++) { int k = (o * axis + a) * inner + r; y[k] = MathF.Exp(x[k] - m[r]); s[r] += y[k]; }
                    for (int a = 0; a < axis; a++) for (int r = 0; r < inner; r++) y[(o * axis + a) * inner + r] /= s[r];
                }
            }
        }
        """;

    private const string SumLoopReset = "for (int r = 0; r < inner; r++) s[r] = 0f;";

    private static string StridedWith(string max, string sum = SumLoopReset, string before = "") =>
        Strided.Replace("{before}", before).Replace("{max}", max).Replace("{sum}", sum);

    [Theory]
    [InlineData("for (int r = 0; r < inner; r++) m[r] = float.NegativeInfinity;")]
    [InlineData("for (int q = 0; q < inner; ++q) { m[q] = float.MinValue; }")]
    [InlineData("for (int r = 0; r < m.Length; r++) m[r] = float.NegativeInfinity;")]
    [InlineData("for (int r = inner - 1; r >= 0; r--) m[r] = float.NegativeInfinity;")]
    [InlineData("int t = 0; while (t < inner) { m[t] = float.NegativeInfinity; t++; }")]
    [InlineData("for (int r = 0; r < inner; r++) m[r] = x[o * axis * inner + r];")]
    [InlineData("for (int r = 0; r <= inner - 1; r += 1) m[r] = -float.MaxValue;")]
    [InlineData("Array.Fill(m, float.NegativeInfinity);")]
    [InlineData("m.AsSpan().Fill(float.NegativeInfinity);")]
    [InlineData("Array.Fill(m, float.NegativeInfinity, 0, inner);")]
    public async Task KeyedMaxResetByALoopPerSlice_StaysSilent(string max) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(StridedWith(max)));

    /// <summary>
    /// Scratch buffers the method does not allocate (parameters, fields, pool rentals that may be longer than asked)
    /// refilled over the slice's extent by a ranged <c>Array.Fill</c>/<c>Array.Clear</c>: a reset of every element the
    /// folds key, as on main before ranged calls were checked (a reviewer's false-report case).
    /// </summary>
    [Theory]
    [InlineData("float[] m, float[] s", "", "")]
    [InlineData("float[] x2", "var m = System.Buffers.ArrayPool<float>.Shared.Rent(inner); var s = System.Buffers.ArrayPool<float>.Shared.Rent(inner);", "")]
    [InlineData("float[] x2", "", "static float[] m = new float[64], s = new float[64];")]
    public async Task ScratchBuffersRefilledOverTheSliceExtent_StaySilent(string parameters, string locals, string fields)
    {
        var source = $$"""
            using System;
            static class C {
                {{fields}}
                static void F(float[] x, int outer, int axis, int inner, float[] y, {{parameters}}) {
                    {{locals}}
                    for (int o = 0; o < outer; o++) {
                        Array.Fill(m, float.NegativeInfinity, 0, inner);
                        Array.Clear(s, 0, inner);
                        for (int a = 0; a < axis; a++) for (int r = 0; r < inner; r++) m[r] = MathF.Max(m[r], x[(o * axis + a) * inner + r]);
                        for (int a = 0; a < axis; a++) for (int r = 0; r < inner; r++) { int k = (o * axis + a) * inner + r; y[k] = MathF.Exp(x[k] - m[r]); s[r] += y[k]; }
                        for (int a = 0; a < axis; a++) for (int r = 0; r < inner; r++) y[(o * axis + a) * inner + r] /= s[r];
                    }
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("for (int r = 0; r < inner; r++) s[r] = 0f;")]
    [InlineData("for (int q = s.Length - 1; q >= 0; --q) s[q] = 0;")]
    [InlineData("Array.Clear(s, 0, s.Length);")]
    [InlineData("Array.Clear(s);")]
    [InlineData("s.AsSpan().Clear();")]
    public async Task KeyedSumResetByALoopPerSlice_StaysSilent(string sum) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(StridedWith("for (int r = 0; r < inner; r++) m[r] = float.NegativeInfinity;", sum)));

    [Theory]
    [InlineData("for (int r = 0; r < inner - 1; r++) m[r] = float.NegativeInfinity;")]
    [InlineData("for (int r = 0; r < inner; r += 2) m[r] = float.NegativeInfinity;")]
    [InlineData("for (int r = 1; r < inner; r++) m[r] = float.NegativeInfinity;")]
    [InlineData("for (int r = 0; r < axis; r++) m[r] = float.NegativeInfinity;")]
    [InlineData("for (int r = 0; r < inner; r++) m[0] = float.NegativeInfinity;")]
    [InlineData("for (int r = 0; r < inner / 2; r++) m[2 * r] = float.NegativeInfinity;")]
    [InlineData("for (int r = 0; r < inner; r++) if (r > 0) m[r] = float.NegativeInfinity;")]
    [InlineData("for (int r = 0; r < inner; r++) { if (x[r] > 0) break; m[r] = float.NegativeInfinity; }")]
    [InlineData("Array.Fill(m, float.NegativeInfinity, 0, inner - 1);")]
    [InlineData("Array.Fill(m, float.NegativeInfinity, 1, inner - 1);")]
    [InlineData("")]
    public async Task KeyedMaxResetPartlyOrNever_IsTooWide(string max) =>
        Assert.Contains("LG0001", await FixRunner.ReportedIdsAsync(StridedWith(max)));

    [Fact]
    public async Task KeyedMaxResetLoopHoistedOutOfTheOuterLoop_IsTooWide() =>
        Assert.Contains("LG0001", await FixRunner.ReportedIdsAsync(StridedWith("", before: "for (int r = 0; r < inner; r++) m[r] = float.NegativeInfinity;")));

    [Theory]
    [InlineData("for (int r = 0; r < inner - 1; r++) s[r] = 0f;")]
    [InlineData("for (int r = 0; r < inner; r += 2) s[r] = 0f;")]
    [InlineData("Array.Clear(s, 1, s.Length - 1);")]
    [InlineData("Array.Clear(s, 0, inner / 2);")]
    [InlineData("")]
    public async Task KeyedSumResetPartlyOrNever_IsTooWide(string sum) =>
        Assert.Contains("LG0002", await FixRunner.ReportedIdsAsync(StridedWith("for (int r = 0; r < inner; r++) m[r] = float.NegativeInfinity;", sum)));

    [Fact]
    public async Task KeyedSumResetLoopHoistedOutOfTheOuterLoop_IsTooWide() =>
        Assert.Contains("LG0002", await FixRunner.ReportedIdsAsync(StridedWith(
            "for (int r = 0; r < inner; r++) m[r] = float.NegativeInfinity;", "", "for (int r = 0; r < inner; r++) s[r] = 0f;")));

    /// <summary>
    /// Mutation sweep: the reset of both keyed buffers moved or reshaped (one loop for both, a helper or local function
    /// called per slice, a fresh <c>new float[inner]</c> per slice, span fills); <c>{0}</c> runs at the top of each outer
    /// slice, <c>{1}</c> before the outer loop. Per slice: silent; hoisted out of the outer loop or partial: reported.
    /// </summary>
    private const string Swept = """
        using System;
        static class C {
            static void F(float[] x, int outer, int axis, int inner, float[] y) {
                var m = new float[inner];
                var s = new float[inner];
                {1}
                for (int o = 0; o < outer; o++) {
                    {0}
                    for (int a = 0; a < axis; a++) for (int r = 0; r < inner; r++) m[r] = MathF.Max(m[r], x[(o * axis + a) * inner + r]);
                    for (int a = 0; a < axis; a++) for (int r = 0; r < inner; r++) { int k = (o * axis + a) * inner + r; y[k] = MathF.Exp(x[k] - m[r]); s[r] += y[k]; }
                    for (int a = 0; a < axis; a++) for (int r = 0; r < inner; r++) y[(o * axis + a) * inner + r] /= s[r];
                }
            }
            static void Reset(float[] a, float[] b) { for (int r = 0; r < a.Length; r++) { a[r] = float.NegativeInfinity; b[r] = 0f; } }
        }
        """;

    [Theory]
    [InlineData("for (int r = 0; r < inner; r++) { m[r] = float.NegativeInfinity; s[r] = 0f; }")]
    [InlineData("Reset(m, s);")]
    [InlineData("m = new float[inner]; Array.Fill(m, float.NegativeInfinity); s = new float[inner];")]
    [InlineData("for (int r = 0; r != inner; r++) m[r] = float.NegativeInfinity; for (int r = 0; r < inner; r++) s[r] = 0f;")]
    [InlineData("void ResetAll() { for (int r = 0; r < inner; r++) { m[r] = float.NegativeInfinity; s[r] = 0f; } } ResetAll();")]
    [InlineData("m.AsSpan().Fill(float.NegativeInfinity); s.AsSpan().Clear();")]
    [InlineData("for (int r = 0; r < inner; r++) { s[r] = 0f; m[r] = x[o * axis * inner + r]; }")]
    [InlineData("Span<float> mm = m; mm.Fill(float.NegativeInfinity); Array.Clear(s, 0, inner);")]
    public async Task SweptResetPerSlice_StaysSilent(string reset) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Swept.Replace("{0}", reset).Replace("{1}", "")));

    [Theory]
    [InlineData("for (int r = 0; r < inner; r++) { m[r] = float.NegativeInfinity; s[r] = 0f; }")]
    [InlineData("Reset(m, s);")]
    [InlineData("m = new float[inner]; Array.Fill(m, float.NegativeInfinity); s = new float[inner];")]
    public async Task SweptResetHoistedOutOfTheOuterLoop_IsTooWide(string reset)
    {
        var reported = await FixRunner.ReportedIdsAsync(Swept.Replace("{0}", "").Replace("{1}", reset));
        Assert.Contains("LG0001", reported);
        Assert.Contains("LG0002", reported);
    }

    [Theory]
    [InlineData("for (int r = 0; r < inner; r++) { m[r] = float.NegativeInfinity; if (r > 1) s[r] = 0f; }")]
    [InlineData("Array.Clear(s, 0, inner - 1); Array.Fill(m, float.NegativeInfinity);")]
    public async Task SweptSumResetPartly_IsTooWide(string reset) =>
        Assert.Contains("LG0002", await FixRunner.ReportedIdsAsync(Swept.Replace("{0}", reset).Replace("{1}", "")));

    /// <summary>A scratch buffer passed in (its size unknown): the reset loop covers the fold's index range by its bound.</summary>
    [Theory]
    [InlineData("for (int j = 0; j < inner; j++) m[j] = double.NegativeInfinity;", "")]
    [InlineData("for (int j = 0; j < inner - 1; j++) m[j] = double.NegativeInfinity;", "LG0001")]
    public async Task ScratchBufferResetPerSlice(string reset, string expected)
    {
        var source = """
            using System;
            static class C {
                static void F(double[] x, int outer, int axis, int inner, double[] m, double[] y) {
                    for (int o = 0; o < outer; o++) {
                        {reset}
                        for (int a = 0; a < axis; a++) for (int r = 0; r < inner; r++) if (x[(o * axis + a) * inner + r] > m[r]) m[r] = x[(o * axis + a) * inner + r];
                        for (int r = 0; r < inner; r++) {
                            double sum = 0;
                            for (int a = 0; a < axis; a++) { int k = (o * axis + a) * inner + r; y[k] = Math.Exp(x[k] - m[r]); sum += y[k]; }
                            for (int a = 0; a < axis; a++) y[(o * axis + a) * inner + r] /= sum;
                        }
                    }
                }
            }
            """.Replace("{reset}", reset);
        var reported = await FixRunner.ReportedIdsAsync(source);
        if (expected.Length == 0)
        {
            Assert.Empty(reported);
        }
        else
        {
            Assert.Contains(expected, reported);
        }
    }

    /// <summary>A flat walk over <c>[n, m]</c>; <c>{0}</c> is its body, storing row r's peak into <c>maxes[r]</c> at the row's end.</summary>
    private const string FlatPeaks = """
        using System;
        static class C {
            static void F(float[] x, int n, int m, float[] y) {
                var maxes = new float[n];
                float mx = float.NegativeInfinity;
                int c = 0;
                for (int i = 0; i < n * m; i++) {
        {0}
                }
                for (int r = 0; r < n; r++) {
                    float sum = 0f;
                    for (int j = 0; j < m; j++) { y[r * m + j] = MathF.Exp(x[r * m + j] - maxes[r]); sum += y[r * m + j]; }
                    for (int j = 0; j < m; j++) y[r * m + j] /= sum;
                }
            }
        }
        """;

    [Theory]
    [InlineData("if (i % m == 0) mx = float.NegativeInfinity; mx = MathF.Max(mx, x[i]); if ((i + 1) % m == 0) maxes[i / m] = mx;")]
    [InlineData("if (0 == i % m) { mx = float.MinValue; } if (x[i] > mx) mx = x[i]; if (i % m == m - 1) maxes[i / m] = mx;")]
    [InlineData("int j = i % m; if (j == 0) mx = float.NegativeInfinity; mx = MathF.Max(mx, x[i]); if (j == m - 1) maxes[i / m] = mx;")]
    [InlineData("if (i % m == 0) mx = x[i]; else mx = MathF.Max(mx, x[i]); if ((i + 1) % m == 0) maxes[i / m] = mx;")]
    [InlineData("if (i % m == 0) mx = float.NegativeInfinity; mx = MathF.Max(mx, x[i]); maxes[i / m] = mx;")]
    [InlineData("if (c == 0) mx = float.NegativeInfinity; mx = MathF.Max(mx, x[i]); if (++c == m) { maxes[i / m] = mx; c = 0; }")]
    public async Task PeakResetAtEachRowStart_StaysSilent(string body) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(FlatPeaks.Replace("{0}", body)));

    [Theory]
    [InlineData("if (i % m == 1) mx = float.NegativeInfinity; mx = MathF.Max(mx, x[i]); if ((i + 1) % m == 0) maxes[i / m] = mx;")]
    [InlineData("if (i % (2 * m) == 0) mx = float.NegativeInfinity; mx = MathF.Max(mx, x[i]); if ((i + 1) % m == 0) maxes[i / m] = mx;")]
    [InlineData("if (i == 0) mx = float.NegativeInfinity; mx = MathF.Max(mx, x[i]); if ((i + 1) % m == 0) maxes[i / m] = mx;")]
    [InlineData("mx = MathF.Max(mx, x[i]); if ((i + 1) % m == 0) maxes[i / m] = mx;")]
    [InlineData("mx = MathF.Max(mx, x[i]); if (i % m == 0) mx = float.NegativeInfinity; if ((i + 1) % m == 0) maxes[i / m] = mx;")]
    [InlineData("if (i % m == 0) mx = float.NegativeInfinity; mx = MathF.Max(mx, x[i]); maxes[i % m] = mx;")]
    [InlineData("if (i % m == 0) mx = float.NegativeInfinity; mx = MathF.Max(mx, x[i]); maxes[i / (2 * m)] = mx;")]
    [InlineData("c++; if (c == 0) mx = float.NegativeInfinity; mx = MathF.Max(mx, x[i]); if (c == m) { maxes[i / m] = mx; c = 0; }")]
    [InlineData("if (c == 0) mx = float.NegativeInfinity; mx = MathF.Max(mx, x[i]); if (++c == 2 * m) { maxes[i / m] = mx; c = 0; }")]
    public async Task PeakResetAtAnotherStartOrNever_IsTooWide(string body) =>
        Assert.Contains("LG0001", await FixRunner.ReportedIdsAsync(FlatPeaks.Replace("{0}", body)));

    /// <summary>The sum counterpart: <c>{0}</c> is the body of the flat sum walk (its running sum <c>s</c>, stored into <c>sums</c>).</summary>
    private const string FlatSums = """
        using System;
        static class C {
            static void F(float[] x, int n, int m, float[] y) {
                var maxes = new float[n];
                var sums = new float[n];
                for (int r = 0; r < n; r++) { float best = float.NegativeInfinity; for (int j = 0; j < m; j++) best = MathF.Max(best, x[r * m + j]); maxes[r] = best; }
                float s = 0f;
                int c = 0;
                for (int i = 0; i < n * m; i++) {
                    y[i] = MathF.Exp(x[i] - maxes[i / m]);
        {0}
                }
                for (int i = 0; i < n * m; i++) y[i] /= sums[i / m];
            }
        }
        """;

    [Theory]
    [InlineData("if (i % m == 0) s = 0f; s += y[i]; if ((i + 1) % m == 0) sums[i / m] = s;")]
    [InlineData("int j = i % m; if (j == 0) s = 0; s += y[i]; if (j == m - 1) sums[i / m] = s;")]
    [InlineData("if (c == 0) s = 0f; s += y[i]; if (++c == m) { sums[i / m] = s; c = 0; }")]
    public async Task SumResetAtEachRowStart_StaysSilent(string body) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(FlatSums.Replace("{0}", body)));

    [Theory]
    [InlineData("if (i % m == 1) s = 0f; s += y[i]; if ((i + 1) % m == 0) sums[i / m] = s;")]
    [InlineData("if (i % (2 * m) == 0) s = 0f; s += y[i]; if ((i + 1) % m == 0) sums[i / m] = s;")]
    [InlineData("s += y[i]; if ((i + 1) % m == 0) sums[i / m] = s;")]
    public async Task SumResetAtAnotherStartOrNever_IsTooWide(string body) =>
        Assert.Contains("LG0002", await FixRunner.ReportedIdsAsync(FlatSums.Replace("{0}", body)));
}
