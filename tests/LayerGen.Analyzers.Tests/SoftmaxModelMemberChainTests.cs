using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Softmaxes written as a chain of calls or over a collection of rows. Exps a helper of another type writes into a
/// range of the array it is given (<c>MathUtil.ExpShiftedInPlace(frames, f * w, w, m)</c>) are exps of the caller's
/// elements in that range, so a later fold over the whole buffer (<c>MathUtil.Sum(frames)</c>, or a flat loop) is a sum
/// over every frame (LG0002, at the call that passes the whole buffer), while a per-frame sum is right and a ranged
/// helper writing anything but exps makes no softmax at all.
/// </summary>
public class SoftmaxModelMemberChainTests
{
    private const string MathUtil = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public static class MathUtil
        {
            public static float Max(float[] a, int offset, int count)
            {
                var m = a[offset];
                for (var i = offset + 1; i < offset + count; i++) if (a[i] > m) m = a[i];
                return m;
            }

            public static void ExpShiftedInPlace(float[] a, int offset, int count, float shift)
            {
                for (var i = offset; i < offset + count; i++) a[i] = MathF.Exp(a[i] - shift);
            }

            public static void ExpShiftedInto(float[] a, float[] e, int offset, int count, float shift)
            {
                for (var i = offset; i < offset + count; i++) e[i] = MathF.Exp(a[i] - shift);
            }

            public static void ShiftInPlace(float[] a, int offset, int count, float shift)
            {
                for (var i = offset; i < offset + count; i++) a[i] = a[i] - shift;
            }

            public static float Sum(float[] a)
            {
                var s = 0f;
                foreach (var v in a) s += v;
                return s;
            }

            public static float Sum(float[] a, int offset, int count)
            {
                var s = 0f;
                for (var i = offset; i < offset + count; i++) s += a[i];
                return s;
            }
        }

        """;

    /// <summary>
    /// Per-frame exps written by a ranged helper, then a fold over the whole flat buffer: too wide (LG0002 on the line of
    /// the fold or the call that folds, 1-based within the caller's body); a per-frame fold is right.
    /// </summary>
    [Theory]
    [InlineData("""
        for (var f = 0; f < count; f++) MathUtil.ExpShiftedInPlace(frames, f * w, w, MathUtil.Max(frames, f * w, w));
        var norm = MathUtil.Sum(frames);
        for (var i = 0; i < frames.Length; i++) frames[i] /= norm;
        """, 2)]
    [InlineData("""
        for (var f = 0; f < count; f++) { var peak = MathUtil.Max(frames, f * w, w); MathUtil.ExpShiftedInPlace(frames, f * w, w, peak); }
        var norm = 0f;
        for (var i = 0; i < frames.Length; i++) norm += frames[i];
        for (var f = 0; f < count; f++) for (var j = 0; j < w; j++) frames[f * w + j] /= norm;
        """, 3)]
    [InlineData("""
        var e = new float[frames.Length];
        for (var f = 0; f < count; f++) MathUtil.ExpShiftedInto(frames, e, f * w, w, MathUtil.Max(frames, f * w, w));
        var norm = MathUtil.Sum(e);
        for (var i = 0; i < e.Length; i++) e[i] /= norm;
        """, 3)]
    [InlineData("""
        for (var f = 0; f < count; f++) MathUtil.ExpShiftedInPlace(frames, f * w, w, MathUtil.Max(frames, f * w, w));
        var norm = frames.Sum();
        for (var i = 0; i < frames.Length; i++) frames[i] /= norm;
        """, 2)]
    [InlineData("""
        for (var f = 0; f < count; f++)
        {
            MathUtil.ExpShiftedInPlace(frames, f * w, w, MathUtil.Max(frames, f * w, w));
            var norm = MathUtil.Sum(frames, f * w, w);
            for (var j = 0; j < w; j++) frames[f * w + j] /= norm;
        }
        """, 0)]
    [InlineData("""
        for (var f = 0; f < count; f++)
        {
            MathUtil.ExpShiftedInPlace(frames, f * w, w, MathUtil.Max(frames, f * w, w));
            var norm = 0f;
            for (var j = 0; j < w; j++) norm += frames[f * w + j];
            for (var j = 0; j < w; j++) frames[f * w + j] /= norm;
        }
        """, 0)]
    public async Task RangedExpHelper_ThenWholeBufferFold(string body, int reportedLine)
    {
        var reports = await ReportsAsync(body);
        Assert.Equal(reportedLine == 0 ? [] : new[] { $"LG0002@{reportedLine}" }, reports);
    }

    /// <summary>A ranged helper that writes shifted values (no exp) makes no softmax: dividing by the whole sum is a plain normalisation.</summary>
    [Fact]
    public async Task RangedHelperWritingNoExp_IsNoSoftmax()
    {
        var reports = await ReportsAsync("""
            for (var f = 0; f < count; f++) MathUtil.ShiftInPlace(frames, f * w, w, MathUtil.Max(frames, f * w, w));
            var norm = MathUtil.Sum(frames);
            for (var i = 0; i < frames.Length; i++) frames[i] /= norm;
            """);
        Assert.Empty(reports);
    }

    /// <summary>The ranged helper given no max (a raw exp) is reported at the call that passes the raw frame.</summary>
    [Fact]
    public async Task RangedExpHelperGivenNoMax_IsUnshiftedAtTheCall()
    {
        var reports = await ReportsAsync("""
            for (var f = 0; f < count; f++)
            {
                MathUtil.ExpShiftedInPlace(frames, f * w, w, 0f);
                var norm = MathUtil.Sum(frames, f * w, w);
                for (var j = 0; j < w; j++) frames[f * w + j] /= norm;
            }
            """);
        Assert.Equal(["LG0003@3"], reports);
    }

    /// <summary>The IDs reported on the caller, as <c>ID@line</c> with the line counted from the first line of <paramref name="body"/>.</summary>
    private static async Task<List<string>> ReportsAsync(string body)
    {
        var source = $$"""
            {{MathUtil}}
            public sealed class Layer(int w)
            {
                public void Forward(float[] frames)
                {
                    var count = frames.Length / w;
            {{body}}
                }
            }
            """;
        var firstLine = source.Split('\n').ToList().FindIndex(line => line.Contains("var count = frames.Length / w;", StringComparison.Ordinal)) + 2;
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics.Select(diagnostic => $"{diagnostic.Id}@{diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1 - firstLine + 1}").ToList();
    }
}
